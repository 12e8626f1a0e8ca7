// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/fetcher.h"

#include "crawl/gzip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

PageError errorFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return PageError::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return PageError::Connect;
    case QNetworkReply::HostNotFoundError:
        return PageError::Dns;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // QNAM's transfer timeout (our aborts set a reason)
        return PageError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return PageError::Tls;
    default:
        return PageError::Network;
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

// One fetch: its redirects, its timers and its buffer. A child of the Fetcher.
class FetchJob final : public QObject
{
public:
    FetchJob(QNetworkAccessManager *network, FetchRequest request, Fetcher::Callback done,
             Fetcher *owner)
        : QObject(owner)
        , m_owner(owner)
        , m_network(network)
        , m_request(std::move(request))
        , m_done(std::move(done))
    {
        m_result.url = m_request.url;
        m_clock.start();
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            fail(PageError::Timeout,
                 QCoreApplication::translate("Fetcher", "No complete answer within %1 ms.")
                     .arg(m_request.timeoutMs));
        });
        m_deadline.start(m_request.timeoutMs);
        m_visited.insert(m_request.url.adjusted(QUrl::RemoveFragment).toString());
        send(m_request.url);
    }

    void cancel() { fail(PageError::Cancelled, PageErrors::describe(PageError::Cancelled)); }

private:
    void send(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(m_request.idleTimeoutMs());
        request.setDecompressedSafetyCheckThreshold(m_request.maxBytes);
        request.setHeader(QNetworkRequest::UserAgentHeader, m_request.userAgent);
        request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
        // Asking for gzip ourselves makes QNAM hand the body over as it came, for decodeBody().
        if (m_request.deferDecoding)
            request.setRawHeader("Accept-Encoding", "gzip, deflate");
        for (const auto &[name, value] : std::as_const(m_request.headers))
            request.setRawHeader(name, value);
        if (m_request.skipTlsVerification) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(ssl);
        }
        m_body.clear();
        m_reply = m_network->get(request);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onHeaders);
        connect(m_reply, &QNetworkReply::readyRead, this, &FetchJob::onData);
        connect(m_reply, &QNetworkReply::finished, this, &FetchJob::onFinished);
    }

    void onHeaders()
    {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (isRedirect(status) || status >= 300)
            return;
        const QString type =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0);
        const QString contentType = type.trimmed().toLower();
        if (m_request.htmlOnly && !contentType.isEmpty() && contentType != u"text/html"_s
            && contentType != u"application/xhtml+xml"_s) {
            return fail(PageError::NotHtml,
                        QCoreApplication::translate(
                            "Fetcher", "The response is %1, not HTML; it was not downloaded.")
                            .arg(contentType));
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        // Room for the body at once instead of growing it chunk by chunk (compressed bodies
        // decode to a few times their length).
        if (length.isValid()) {
            const qint64 expected = m_reply->rawHeader("Content-Encoding").isEmpty()
                                        ? length.toLongLong()
                                        : length.toLongLong() * 4;
            m_body.reserve(qsizetype(std::clamp<qint64>(expected, 0, m_request.maxBytes)));
        }
        if (!m_request.truncateAtLimit && length.isValid()
            && length.toLongLong() > m_request.maxBytes
            && (m_request.deferDecoding || m_reply->rawHeader("Content-Encoding").isEmpty())) {
            return fail(PageError::TooLarge,
                        QCoreApplication::translate(
                            "Fetcher", "The page is %1 bytes, more than the limit of %2.")
                            .arg(length.toLongLong())
                            .arg(m_request.maxBytes));
        }
    }

    void onData()
    {
        const qint64 room = m_request.maxBytes - m_body.size();
        QByteArray chunk = m_reply->readAll();
        if (chunk.size() <= room) {
            m_body += chunk;
            return;
        }
        if (m_request.truncateAtLimit) {
            m_body += chunk.left(room);
            m_truncated = true;
            m_reply->abort(); // finished() follows, and keeps what was read
            return;
        }
        fail(PageError::TooLarge, QCoreApplication::translate(
                                      "Fetcher", "The body passed the limit of %1 bytes (decoded).")
                                      .arg(m_request.maxBytes));
    }

    void onFinished()
    {
        QNetworkReply *reply = std::exchange(m_reply, nullptr);
        reply->deleteLater();
        if (m_finished)
            return;
        if (reply->bytesAvailable() > 0) {
            m_reply = reply;
            onData();
            m_reply = nullptr;
            if (m_finished)
                return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_result.httpStatus = status;
        m_result.finalUrl = reply->url();
        m_result.responseHeaders.clear();
        for (const auto &pair : reply->rawHeaderPairs())
            m_result.responseHeaders.append({pair.first, pair.second});
        const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const auto parts = QStringView(contentType).split(u';');
        m_result.contentType = parts.value(0).trimmed().toString().toLower();
        m_result.charset.clear();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QStringView part = parts.at(i).trimmed();
            if (part.startsWith(u"charset=", Qt::CaseInsensitive))
                m_result.charset = part.mid(8).trimmed().toString().remove(u'"').toLower();
        }
        if (const QByteArray retryAfter = reply->rawHeader("Retry-After"); !retryAfter.isEmpty())
            m_result.retryAfterMs =
                Fetcher::parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc());

        if (isRedirect(status) && reply->hasRawHeader("Location"))
            return redirect(
                reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location").trimmed())));
        if (status >= 400) {
            return fail(
                PageErrors::fromHttpStatus(status),
                QCoreApplication::translate("Fetcher", "HTTP %1 %2")
                    .arg(status)
                    .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        }
        if (reply->error() == QNetworkReply::UnknownContentError
            && reply->hasRawHeader("Content-Encoding")) {
            // QNAM's decompression safety check: the body inflates far past the size cap.
            return fail(PageError::TooLarge, QCoreApplication::translate(
                                                 "Fetcher", "The compressed body inflates past the "
                                                            "limit of %1 bytes.")
                                                 .arg(m_request.maxBytes));
        }
        if (reply->error() != QNetworkReply::NoError && !m_truncated)
            return fail(errorFor(reply->error()), reply->errorString());
        // QNAM sometimes reports a body cut short as a success: check the declared length.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
        if (!m_truncated && length.isValid() && (m_request.deferDecoding || encoding.isEmpty())
            && m_body.size() < length.toLongLong()) {
            return fail(PageError::Network,
                        QCoreApplication::translate("Fetcher",
                                                    "The connection closed after %1 of %2 bytes.")
                            .arg(m_body.size())
                            .arg(length.toLongLong()));
        }
        if (m_request.deferDecoding && !encoding.isEmpty() && encoding != "identity") {
            if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate")
                return fail(
                    PageError::Network,
                    QCoreApplication::translate(
                        "Fetcher", "The body is encoded as %1, which Trawl did not ask for.")
                        .arg(QString::fromLatin1(encoding)));
            m_result.contentEncoding = encoding == "deflate" ? encoding : QByteArray("gzip");
        }
        m_result.body = std::move(m_body);
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
        send(target);
    }

    void fail(PageError error, const QString &message)
    {
        if (m_finished)
            return;
        m_result.error = error;
        m_result.errorMessage = message;
        if (m_reply) {
            if (m_result.httpStatus == 0)
                m_result.httpStatus =
                    m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (m_result.finalUrl.isEmpty())
                m_result.finalUrl = m_reply->url();
            if (m_result.contentType.isEmpty())
                m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader)
                                           .toString()
                                           .section(u';', 0, 0)
                                           .trimmed()
                                           .toLower();
            QNetworkReply *reply = std::exchange(m_reply, nullptr);
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_owner->m_jobs.remove(this);
        m_deadline.stop();
        if (m_result.finalUrl.isEmpty())
            m_result.finalUrl = m_request.url;
        m_result.durationMs = m_clock.elapsed();
        // The callback may start other fetches or destroy the Fetcher: run it last.
        const Fetcher::Callback done = std::move(m_done);
        const FetchResult result = std::move(m_result);
        deleteLater();
        if (done)
            done(result);
    }

    Fetcher *m_owner;
    QNetworkAccessManager *m_network;
    FetchRequest m_request;
    Fetcher::Callback m_done;
    FetchResult m_result;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QSet<QString> m_visited;
    QElapsedTimer m_clock;
    QTimer m_deadline{this};
    bool m_truncated = false;
    bool m_finished = false;

    friend class Fetcher;
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
    contentEncoding.clear();
    if (decoded) {
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
    for (const auto &[key, value] : responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Fetcher::Fetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

Fetcher::~Fetcher()
{
    // Whoever owns the Fetcher is going away: end the fetches without calling anyone back.
    const QSet<FetchJob *> jobs = m_jobs;
    for (FetchJob *job : jobs) {
        job->m_done = nullptr;
        job->cancel();
    }
}

void Fetcher::fetch(const FetchRequest &request, Callback done)
{
    m_jobs.insert(new FetchJob(m_network, request, std::move(done), this));
}

void Fetcher::abortAll()
{
    // A callback may start new fetches: cancel only those that were running when called.
    const QSet<FetchJob *> jobs = m_jobs;
    for (FetchJob *job : jobs) {
        if (m_jobs.contains(job))
            job->cancel();
    }
}

int Fetcher::inFlight() const
{
    return int(m_jobs.size());
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
