// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/fetcher.h"

#include "codec/gzip.h"
#include "crawl/httpclientconnection.h"
#include "crawl/httpconnectionpool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTimerEvent>

using namespace Qt::StringLiterals;

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Header values are sent as one line each: a CR or LF in one would start another header.
QByteArray oneLine(QByteArray value)
{
    return value.replace('\r', ' ').replace('\n', ' ');
}

// The GET request for `url`, complete: our headers, then the request's own (which replace ours
// of the same name).
QByteArray requestFor(const QUrl &url, const HttpOrigin &origin, const FetchRequest &request)
{
    const auto given = [&request](QByteArrayView name) {
        return std::any_of(request.headers.cbegin(), request.headers.cend(), [name](const auto &h) {
            return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    QUrl::FormattingOptions format =
        QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment | QUrl::FullyEncoded;
    if (!url.path().isEmpty())
        format |= QUrl::NormalizePathSegments;
    QByteArray target = url.toEncoded(format);
    if (!target.startsWith('/'))
        target.prepend('/');

    QByteArray out;
    out.reserve(256 + target.size());
    out += "GET "_ba + target + " HTTP/1.1\r\n"_ba;
    if (!given("Host")) {
        out += "Host: "_ba;
        out += origin.host.contains(u':') ? '[' + origin.host.toLatin1() + ']'
                                          : origin.host.toLatin1();
        if (origin.port != (origin.tls ? 443 : 80))
            out += ':' + QByteArray::number(origin.port);
        out += "\r\n"_ba;
    }
    if (!given("User-Agent") && !request.userAgent.isEmpty())
        out += "User-Agent: "_ba + oneLine(request.userAgent.toLatin1()) + "\r\n"_ba;
    if (!given("Accept"))
        out += "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.5\r\n"_ba;
    // A truncated body is kept as it came: it has to be readable as it is.
    if (!given("Accept-Encoding"))
        out += request.truncateAtLimit ? "Accept-Encoding: identity\r\n"_ba
                                       : "Accept-Encoding: gzip, deflate\r\n"_ba;
    for (const auto &[name, value] : request.headers)
        out += oneLine(name) + ": "_ba + oneLine(value) + "\r\n"_ba;
    if (!given("Connection"))
        out += "Connection: keep-alive\r\n"_ba;
    out += "\r\n"_ba;
    return out;
}

} // namespace

// One fetch: its redirects, its deadlines and its body. Owned by the Fetcher; talks to one
// connection at a time.
class FetchJob final : public HttpClientConnection::Exchange
{
public:
    FetchJob(Fetcher *owner, quint64 id, FetchRequest request, Fetcher::Callback done)
        : m_owner(owner)
        , m_id(id)
        , m_request(std::move(request))
        , m_done(std::move(done))
        , m_startMs(HttpConnectionPool::nowMs())
    {
        m_result.url = m_request.url;
        m_visited.insert(m_request.url.adjusted(QUrl::RemoveFragment).toString());
    }

    quint64 id() const { return m_id; }

    void start() { sendTo(m_request.url); }

    void cancel() { fail(PageError::Cancelled, PageErrors::describe(PageError::Cancelled)); }

    // When the fetch times out unless something happens first.
    qint64 dueMs() const
    {
        const qint64 activity =
            m_connection ? std::max(m_activityMs, m_connection->lastActivityMs()) : m_activityMs;
        return std::min(m_startMs + m_request.timeoutMs, activity + m_request.idleTimeoutMs());
    }

    void checkDeadline(qint64 now)
    {
        if (now < dueMs())
            return;
        if (now >= m_startMs + m_request.timeoutMs) {
            return fail(PageError::Timeout,
                        QCoreApplication::translate("Fetcher", "No complete answer within %1 ms.")
                            .arg(m_request.timeoutMs));
        }
        const QString where = m_origin.host;
        if (!m_connection) {
            return fail(PageError::Timeout,
                        QCoreApplication::translate("Fetcher",
                                                    "The address of %1 was not found within %2 ms.")
                            .arg(where)
                            .arg(m_request.idleTimeoutMs()));
        }
        if (!m_connection->isConnected()) {
            return fail(PageError::Timeout,
                        QCoreApplication::translate("Fetcher", "No connection to %1 within %2 ms.")
                            .arg(where)
                            .arg(m_request.idleTimeoutMs()));
        }
        fail(PageError::Timeout,
             QCoreApplication::translate("Fetcher", "Nothing arrived for %1 ms.")
                 .arg(m_request.idleTimeoutMs()));
    }

private:
    friend class Fetcher;

    void sendTo(const QUrl &url)
    {
        m_url = url;
        m_result.finalUrl = url;
        m_body.clear();
        m_truncated = false;
        m_retriedStale = false;
        m_activityMs = HttpConnectionPool::nowMs();
        m_origin.tls = url.scheme() == u"https"_s;
        m_origin.host = url.host(QUrl::FullyEncoded);
        m_origin.port = quint16(url.port(m_origin.tls ? 443 : 80));
        m_origin.skipTlsVerification = m_origin.tls && m_request.skipTlsVerification;
        if (!url.isValid() || m_origin.host.isEmpty()
            || (!m_origin.tls && url.scheme() != u"http"_s)) {
            return fail(PageError::Network,
                        QCoreApplication::translate("Fetcher",
                                                    "%1 is not an http(s) URL that can be fetched.")
                            .arg(url.toString()));
        }
        m_requestBytes = requestFor(url, m_origin, m_request);
        if (HttpClientConnection *idle = m_owner->m_pool->takeIdle(m_origin)) {
            m_connection = idle;
            idle->send(m_requestBytes, false, this);
            return;
        }
        openConnection();
    }

    void openConnection()
    {
        QList<QHostAddress> addresses;
        Fetcher *owner = m_owner;
        const quint64 id = m_id;
        const bool known = m_owner->m_pool->resolve(
            m_origin.host, &addresses,
            [owner, id](const QList<QHostAddress> &found, PageError error, const QString &why) {
                if (FetchJob *job = owner->job(id))
                    job->resolved(found, error, why);
            });
        if (known)
            resolved(addresses, PageError::None, QString());
    }

    void resolved(const QList<QHostAddress> &addresses, PageError error, const QString &message)
    {
        if (m_connection)
            return; // not waiting for this (the job moved on)
        if (error != PageError::None)
            return fail(error, message);
        m_connection = m_owner->m_pool->open(m_origin, addresses);
        m_connection->send(m_requestBytes, false, this);
    }

    void responseHeaders(const HttpResponseParser &response) override
    {
        const int status = response.status();
        m_result.httpStatus = status;
        m_reason = response.reasonPhrase();
        m_result.responseHeaders = response.headers();
        m_location = response.header("Location");
        const QByteArray contentType = response.header("Content-Type");
        const qsizetype semicolon = contentType.indexOf(';');
        m_result.contentType =
            QString::fromLatin1(
                (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed())
                .toLower();
        m_result.charset.clear();
        if (semicolon >= 0) {
            for (const QByteArray &part : contentType.mid(semicolon + 1).split(';')) {
                const QByteArray parameter = part.trimmed();
                if (parameter.size() > 8 && parameter.first(8).toLower() == "charset=")
                    m_result.charset =
                        QString::fromLatin1(parameter.mid(8).trimmed()).remove(u'"').toLower();
            }
        }
        if (isRedirect(status) || status >= 300)
            return;
        const QString &type = m_result.contentType;
        if (m_request.htmlOnly && !type.isEmpty() && type != u"text/html"_s
            && type != u"application/xhtml+xml"_s) {
            return fail(PageError::NotHtml,
                        QCoreApplication::translate(
                            "Fetcher", "The response is %1, not HTML; it was not downloaded.")
                            .arg(type));
        }
        const qint64 length = response.contentLength();
        if (length >= 0) {
            // Room for the body at once instead of growing it piece by piece.
            m_body.reserve(qsizetype(std::clamp<qint64>(length, 0, m_request.maxBytes)));
            if (!m_request.truncateAtLimit && length > m_request.maxBytes) {
                return fail(PageError::TooLarge,
                            QCoreApplication::translate(
                                "Fetcher", "The page is %1 bytes, more than the limit of %2.")
                                .arg(length)
                                .arg(m_request.maxBytes));
            }
        }
    }

    void responseBody(QByteArrayView data) override
    {
        const qint64 room = m_request.maxBytes - m_body.size();
        if (data.size() <= room) {
            m_body.append(data);
            return;
        }
        if (!m_request.truncateAtLimit) {
            return fail(PageError::TooLarge,
                        QCoreApplication::translate(
                            "Fetcher", "The body passed the limit of %1 bytes (decoded).")
                            .arg(m_request.maxBytes));
        }
        m_body.append(data.first(qsizetype(room)));
        m_truncated = true;
        std::exchange(m_connection, nullptr)->abandon(); // the rest is not wanted
        complete();
    }

    void responseComplete(const HttpResponseParser &) override
    {
        m_connection = nullptr;
        complete();
    }

    void exchangeFailed(PageError error, const QString &message, bool staleReuse) override
    {
        m_connection = nullptr;
        if (staleReuse && !m_retriedStale) {
            // The server had closed the kept-alive connection: once more on a new one.
            m_retriedStale = true;
            m_result.httpStatus = 0;
            return openConnection();
        }
        fail(error, message);
    }

    // The response to the current hop is in (maybe truncated at the size cap).
    void complete()
    {
        const int status = m_result.httpStatus;
        if (const QByteArray retryAfter = m_result.header("Retry-After"); !retryAfter.isEmpty())
            m_result.retryAfterMs =
                Fetcher::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());
        if (isRedirect(status)) {
            if (!m_location.isEmpty())
                return redirect(m_url.resolved(QUrl::fromEncoded(m_location)));
        }
        if (status >= 400) {
            return fail(PageErrors::fromHttpStatus(status),
                        QCoreApplication::translate("Fetcher", "HTTP %1 %2")
                            .arg(status)
                            .arg(QString::fromLatin1(m_reason)));
        }
        const QByteArray encoding = m_result.header("Content-Encoding").trimmed().toLower();
        if (!encoding.isEmpty() && encoding != "identity" && !m_body.isEmpty()) {
            if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
                return fail(
                    PageError::Network,
                    QCoreApplication::translate(
                        "Fetcher", "The body is encoded as %1, which Trawl did not ask for.")
                        .arg(QString::fromLatin1(encoding)));
            m_result.contentEncoding = encoding == "deflate" ? encoding : QByteArray("gzip");
        }
        m_result.body = std::move(m_body);
        // Decoded here unless the caller decodes it later, on another thread.
        if (!m_request.deferDecoding)
            m_result.decodeBody(m_request.maxBytes);
        finish();
    }

    void redirect(const QUrl &target)
    {
        m_result.redirects << target;
        const QString key = target.adjusted(QUrl::RemoveFragment).toString();
        if (m_visited.contains(key))
            return fail(PageError::RedirectLoop,
                        QCoreApplication::translate(
                            "Fetcher", "The redirect to %1 leads back to a URL already visited.")
                            .arg(target.toString()));
        if (m_result.redirects.size() > m_request.maxRedirects)
            return fail(PageError::TooManyRedirects,
                        QCoreApplication::translate("Fetcher", "More than %1 redirects.")
                            .arg(m_request.maxRedirects));
        if (!target.isValid() || (target.scheme() != u"http"_s && target.scheme() != u"https"_s))
            return fail(PageError::OutOfScope,
                        QCoreApplication::translate(
                            "Fetcher", "The redirect goes to %1, which is not an http(s) URL.")
                            .arg(target.toString()));
        if (m_request.checkRedirect) {
            if (const PageError refusal = m_request.checkRedirect(target);
                refusal != PageError::None) {
                m_result.finalUrl = target;
                return fail(refusal, QCoreApplication::translate(
                                         "Fetcher", "The redirect to %1 was not followed: %2")
                                         .arg(target.toString(), PageErrors::describe(refusal)));
            }
        }
        m_visited.insert(key);
        m_result.httpStatus = 0;
        m_result.responseHeaders.clear();
        m_result.contentType.clear();
        m_result.charset.clear();
        m_result.retryAfterMs = -1;
        sendTo(target);
    }

    void fail(PageError error, const QString &message)
    {
        if (m_finished)
            return;
        m_result.error = error;
        m_result.errorMessage = message;
        if (HttpClientConnection *connection = std::exchange(m_connection, nullptr))
            connection->abandon();
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_result.finalUrl.isEmpty())
            m_result.finalUrl = m_request.url;
        m_result.durationMs = HttpConnectionPool::nowMs() - m_startMs;
        m_owner->finished(this);
    }

    Fetcher *m_owner;
    quint64 m_id;
    FetchRequest m_request;
    Fetcher::Callback m_done;
    FetchResult m_result;
    QUrl m_url; // of the current hop
    HttpOrigin m_origin;
    QByteArray m_requestBytes;
    QByteArray m_reason;
    QByteArray m_location; // of the current hop's response
    HttpClientConnection *m_connection = nullptr;
    QByteArray m_body;
    QSet<QString> m_visited;
    qint64 m_startMs;
    qint64 m_activityMs = 0;
    bool m_truncated = false;
    bool m_retriedStale = false;
    bool m_finished = false;
};

bool FetchResult::isHtml() const
{
    return contentType.isEmpty() || contentType == u"text/html"_s
           || contentType == u"application/xhtml+xml"_s;
}

bool FetchResult::decodeBody(qint64 maxBytes)
{
    if (contentEncoding.isEmpty())
        return true;
    QString reason;
    bool tooLarge = false;
    std::optional<QByteArray> decoded = Gzip::inflate(body, maxBytes, &reason, &tooLarge);
    const bool gzip = contentEncoding == "gzip";
    contentEncoding.clear();
    if (decoded) {
        if (gzip)
            gzipBody = std::move(body);
        body = std::move(*decoded);
        return true;
    }
    body.clear();
    error = tooLarge ? PageError::TooLarge : PageError::Network;
    errorMessage = tooLarge ? QCoreApplication::translate(
                                  "Fetcher", "The compressed body inflates past the limit of %1 "
                                             "bytes.")
                                  .arg(maxBytes)
                            : QCoreApplication::translate("Fetcher", "The body could not be "
                                                                     "decompressed: %1.")
                                  .arg(reason);
    return false;
}

QByteArray FetchResult::header(const QByteArray &name) const
{
    QByteArray values;
    bool found = false;
    for (const auto &[key, value] : responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            if (found)
                values += '\n';
            values += value;
            found = true;
        }
    }
    return values;
}

Fetcher::Fetcher(QObject *parent)
    : QObject(parent)
    , m_pool(new HttpConnectionPool(this))
{}

Fetcher::~Fetcher()
{
    // Whoever owns the Fetcher is going away: end the fetches without calling anyone back. The
    // pool, a child, closes the connections after this.
    const std::vector<std::unique_ptr<FetchJob>> jobs = std::exchange(m_jobs, {});
    for (const auto &job : jobs) {
        job->m_done = nullptr;
        job->cancel();
    }
    m_finished.clear();
}

void Fetcher::fetch(const FetchRequest &request, Callback done)
{
    m_jobs.push_back(std::make_unique<FetchJob>(this, m_nextId++, request, std::move(done)));
    FetchJob *job = m_jobs.back().get();
    job->start();
    if (!job->m_finished)
        watchDeadline(job->dueMs());
}

void Fetcher::abortAll()
{
    // A callback may start new fetches: cancel only those that were running when called.
    QList<quint64> running;
    for (const auto &job : m_jobs)
        running << job->id();
    for (const quint64 id : std::as_const(running)) {
        if (FetchJob *job = this->job(id))
            job->cancel();
    }
    deliver();
}

int Fetcher::inFlight() const
{
    return int(m_jobs.size() + m_finished.size());
}

FetchJob *Fetcher::job(quint64 id) const
{
    for (const auto &job : m_jobs) {
        if (job->id() == id)
            return job.get();
    }
    return nullptr;
}

void Fetcher::finished(FetchJob *job)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [job](const auto &running) { return running.get() == job; });
    if (it == m_jobs.end())
        return;
    m_finished.push_back(std::move(*it));
    m_jobs.erase(it);
    // Called back from the event loop, not from inside a socket's signal or fetch().
    if (!m_deliveryTimer.isActive())
        m_deliveryTimer.start(0, this);
}

void Fetcher::deliver()
{
    m_deliveryTimer.stop();
    const QPointer<Fetcher> alive(this);
    // A callback may destroy the Fetcher: the batch is held here, not by it.
    std::vector<std::unique_ptr<FetchJob>> batch = std::exchange(m_finished, {});
    for (const auto &job : batch) {
        const Callback done = std::move(job->m_done);
        const FetchResult result = std::move(job->m_result);
        if (done)
            done(result);
        if (!alive)
            return;
    }
}

void Fetcher::watchDeadline(qint64 dueMs)
{
    if (m_deadlineTimer.isActive() && dueMs >= m_deadlineDueMs)
        return;
    m_deadlineDueMs = dueMs;
    m_deadlineTimer.start(int(std::max<qint64>(0, dueMs - HttpConnectionPool::nowMs())),
                          Qt::PreciseTimer, this);
}

void Fetcher::checkDeadlines()
{
    m_deadlineTimer.stop();
    const qint64 now = HttpConnectionPool::nowMs();
    QList<quint64> running;
    for (const auto &job : m_jobs)
        running << job->id();
    for (const quint64 id : std::as_const(running)) {
        if (FetchJob *job = this->job(id))
            job->checkDeadline(now);
    }
    qint64 next = std::numeric_limits<qint64>::max();
    for (const auto &job : m_jobs)
        next = std::min(next, job->dueMs());
    if (!m_jobs.empty())
        watchDeadline(next);
}

void Fetcher::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_deliveryTimer.timerId())
        deliver();
    else if (event->timerId() == m_deadlineTimer.timerId())
        checkDeadlines();
    else
        QObject::timerEvent(event);
}

qint64 Fetcher::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                                   u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return -1;
    QDateTime utc = date;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(utc));
}
