// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/localapiserver.h"

#include "crawl/crawlrunner.h"
#include "crawl/urlnormalizer.h"
#include "export/firecrawlexport.h"
#include "model/crawlrequest.h"
#include "server/apibodies.h"
#include "server/apireplies.h"
#include "server/sitemapper.h"
#include "server/statusreader.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

using Handler = void (LocalApiServer::*)(const HttpRequest &, const HttpResponder &,
                                         const QStringList &);

// Compares in time independent of where the strings differ.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Matches path segments against a pattern in which "{}" captures one segment.
bool matches(const QStringList &pattern, const QStringList &segments, QStringList *captured)
{
    if (pattern.size() != segments.size())
        return false;
    QStringList values;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"{}"_s)
            values << segments.at(i);
        else if (pattern.at(i) != segments.at(i))
            return false;
    }
    *captured = values;
    return true;
}

} // namespace

struct LocalApiServer::Route
{
    QByteArray method;
    QStringList pattern;
    Handler handler;
};

LocalApiServer::LocalApiServer(const QString &databasePath, StoreWriter *writer,
                               CrawlRunner *runner, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_writer(writer)
    , m_runner(runner)
    , m_http(new HttpServer(this))
    , m_mapper(new SiteMapper(this))
{
    m_http->setHandler([this](const HttpRequest &request, const HttpResponder &responder) {
        handle(request, responder);
    });
    m_http->setErrorBody(&ApiReplies::httpRefusal);
    connect(m_runner, &CrawlRunner::finished, this,
            [this](const QString &jobId, JobState state, const QString &) {
                onCrawlFinished(jobId, state);
            });
}

LocalApiServer::~LocalApiServer()
{
    stop();
}

bool LocalApiServer::start(const LocalApiOptions &options, QString *error)
{
    stop();
    if (options.token.isEmpty()) {
        if (error)
            *error = tr("The local API needs a token.");
        return false;
    }
    m_options = options;
    m_store = std::make_unique<JobStore>(m_databasePath);
    if (!m_store->open(error)) {
        m_store.reset();
        return false;
    }
    m_reader = std::make_unique<StatusReader>(m_databasePath, options.statusThreads);
    m_http->setMaxBodyBytes(options.maxBodyBytes);
    if (!m_http->listen(options.address, options.port, error)) {
        stop();
        return false;
    }
    return true;
}

void LocalApiServer::stop()
{
    m_http->close();
    for (const QList<HttpResponder> &waiting : std::as_const(m_scrapes)) {
        for (const HttpResponder &responder : waiting)
            responder.send(ApiReplies::v1Error(503, tr("The local API was stopped.")));
    }
    m_scrapes.clear();
    for (const QList<HttpResponder> &waiting : std::as_const(m_statusReads)) {
        for (const HttpResponder &responder : waiting)
            responder.send(ApiReplies::v1Error(503, tr("The local API was stopped.")));
    }
    m_statusReads.clear();
    ++m_generation;
    m_reader.reset();
    m_store.reset();
}

bool LocalApiServer::isListening() const
{
    return m_http->isListening();
}

QUrl LocalApiServer::baseUrl() const
{
    // Listening on every interface, it is reached on this machine through the loopback.
    QHostAddress host = m_http->address();
    if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    else if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(m_http->port());
    return url;
}

bool LocalApiServer::listensOnAllInterfaces() const
{
    const QHostAddress address = m_http->address();
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
           || address == QHostAddress::AnyIPv6;
}

bool LocalApiServer::portInUse() const
{
    return !m_http->isListening() && m_http->listenError() == QAbstractSocket::AddressInUseError;
}

quint16 LocalApiServer::freePortAfter(const QHostAddress &address, quint16 port)
{
    for (int candidate = port + 1; candidate <= std::min(65535, port + 100); ++candidate) {
        QTcpServer probe;
        if (probe.listen(address, quint16(candidate)))
            return quint16(candidate);
    }
    return 0;
}

bool LocalApiServer::isApiScrape(const JobInfo &job)
{
    return job.isLocal() && job.extra.value(apiScrapeKey()).toBool();
}

QString LocalApiServer::generateToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / sizeof(quint32));
    return u"fc-"_s + QString::fromLatin1(bytes.toHex());
}

void LocalApiServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    static const QList<Route> routes{
        {"POST", {u"v1"_s, u"crawl"_s}, &LocalApiServer::crawlV1},
        {"GET", {u"v1"_s, u"crawl"_s, u"ongoing"_s}, &LocalApiServer::ongoingV1},
        {"GET", {u"v1"_s, u"crawl"_s, u"{}"_s}, &LocalApiServer::statusV1},
        {"DELETE", {u"v1"_s, u"crawl"_s, u"{}"_s}, &LocalApiServer::cancelV1},
        {"GET", {u"v1"_s, u"crawl"_s, u"{}"_s, u"errors"_s}, &LocalApiServer::errorsV1},
        {"POST", {u"v1"_s, u"batch"_s, u"scrape"_s}, &LocalApiServer::batchScrapeV1},
        {"GET", {u"v1"_s, u"batch"_s, u"scrape"_s, u"{}"_s}, &LocalApiServer::statusV1},
        {"DELETE", {u"v1"_s, u"batch"_s, u"scrape"_s, u"{}"_s}, &LocalApiServer::cancelV1},
        {"GET",
         {u"v1"_s, u"batch"_s, u"scrape"_s, u"{}"_s, u"errors"_s},
         &LocalApiServer::errorsV1},
        {"POST", {u"v1"_s, u"scrape"_s}, &LocalApiServer::scrapeV1},
        {"POST", {u"v1"_s, u"map"_s}, &LocalApiServer::mapV1},
        {"POST", {u"v0"_s, u"crawl"_s}, &LocalApiServer::crawlV0},
        {"GET", {u"v0"_s, u"crawl"_s, u"status"_s, u"{}"_s}, &LocalApiServer::statusV0},
        {"DELETE", {u"v0"_s, u"crawl"_s, u"cancel"_s, u"{}"_s}, &LocalApiServer::cancelV0},
    };
    // Split before decoding: an id with an encoded "/" stays one segment.
    QStringList segments;
    const QByteArray rawPath = request.target.left(
        request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    for (const QByteArray &segment : rawPath.split('/')) {
        if (!segment.isEmpty())
            segments << QUrl::fromPercentEncoding(segment);
    }
    const bool v0 = segments.value(0) == u"v0"_s;
    QList<QByteArray> allowed;
    for (const Route &route : routes) {
        QStringList captured;
        if (!matches(route.pattern, segments, &captured))
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(route.method))
                allowed << route.method;
            continue;
        }
        if (!authorized(request)) {
            HttpResponse response = v0 ? ApiReplies::v0Error(401, u"Unauthorized"_s)
                                       : ApiReplies::v1Error(401, u"Unauthorized"_s);
            response.headers.emplaceBack("WWW-Authenticate", "Bearer");
            return responder.send(response);
        }
        return (this->*route.handler)(request, responder, captured);
    }
    if (allowed.isEmpty()) {
        const QString reason =
            tr("There is no %1 %2 here.").arg(QString::fromLatin1(request.method), request.path);
        return responder.send(v0 ? ApiReplies::v0Error(404, reason)
                                 : ApiReplies::v1Error(404, reason));
    }
    const QString reason = tr("%1 takes %2, not %3.")
                               .arg(request.path, QString::fromLatin1(allowed.join(", ")),
                                    QString::fromLatin1(request.method));
    HttpResponse response =
        v0 ? ApiReplies::v0Error(405, reason) : ApiReplies::v1Error(405, reason);
    response.headers.emplaceBack("Allow", allowed.join(", "));
    responder.send(response);
}

bool LocalApiServer::authorized(const HttpRequest &request) const
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") || m_options.token.isEmpty())
        return false;
    return sameSecret(header.mid(7).trimmed(), m_options.token.toUtf8());
}

QString LocalApiServer::selfBase(const HttpRequest &request) const
{
    // Firecrawl builds `next` from the Host the client used.
    static const QRegularExpression hostPattern(
        u"^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"_s);
    const QString host = QString::fromLatin1(request.header("host"));
    if (!host.isEmpty() && hostPattern.match(host).hasMatch())
        return u"http://"_s + host;
    return baseUrl().toString();
}

std::optional<QJsonObject> LocalApiServer::jsonBody(const HttpRequest &request,
                                                    const HttpResponder &responder, bool v0) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QString reason;
    if (parseError.error != QJsonParseError::NoError) {
        reason = tr("The body is not JSON: %1 at byte %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        // Firecrawl's own words for a body its JSON parser refuses; the details say where.
        if (!v0) {
            QJsonObject issue{
                {u"code"_s, u"invalid_json"_s}, {u"message"_s, reason}, {u"path"_s, QJsonArray()}};
            responder.send(
                ApiReplies::v1Error(400, u"Bad request, malformed JSON"_s, QJsonArray{issue}));
            return std::nullopt;
        }
    } else if (!document.isObject()) {
        reason = tr("The body must be a JSON object.");
    }
    if (reason.isEmpty())
        return document.object();
    responder.send(v0 ? ApiReplies::v0Error(400, reason) : ApiReplies::v1BadRequest(reason));
    return std::nullopt;
}

bool LocalApiServer::tooManyCrawls(const HttpResponder &responder, bool v0) const
{
    const qsizetype running = m_runner->runningJobs().size();
    if (running < m_options.maxRunningCrawls)
        return false;
    const QString reason =
        tr("Rate limit exceeded: %1 crawls are running, the most this server runs at once. "
           "Retry when one has ended.")
            .arg(running);
    HttpResponse response =
        v0 ? ApiReplies::v0Error(429, reason) : ApiReplies::v1Error(429, reason);
    response.headers.emplaceBack("Retry-After", "5");
    responder.send(response);
    return true;
}

QString LocalApiServer::startJob(const CrawlOptions &options, const QList<QUrl> &seeds,
                                 QString *error, const QJsonObject &extra)
{
    JobInfo job;
    job.options = options;
    job.extra = extra;
    if (!m_store->createJob(job, error))
        return {};
    if (!seeds.isEmpty()) {
        UrlNormalizerOptions normalizer;
        normalizer.ignoreQueryParameters = options.ignoreQueryParameters;
        normalizer.deduplicateSimilarUrls = options.deduplicateSimilarUrls;
        QList<FrontierEntry> entries;
        for (const QUrl &url : seeds) {
            const QUrl normalized = UrlNormalizer::normalize(url, normalizer);
            entries.append({normalized.toString(QUrl::FullyEncoded),
                            UrlNormalizer::key(normalized, normalizer),
                            {},
                            0,
                            0});
        }
        m_writer->addFrontier(job.id, entries);
        m_writer->flush(); // the crawler reads its frontier from the store when it starts
    }
    m_runner->start(job.id);
    Q_EMIT jobStarted(job.id);
    return job.id;
}

void LocalApiServer::crawlV1(const HttpRequest &request, const HttpResponder &responder,
                             const QStringList &)
{
    const auto body = jsonBody(request, responder, false);
    if (!body)
        return;
    QString error;
    const auto options = CrawlRequest::fromJson(*body, &error);
    if (!options)
        return responder.send(ApiReplies::v1BadRequest(error, ApiReplies::issuePath(error, *body)));
    if (tooManyCrawls(responder, false))
        return;
    const QString id = startJob(*options, {}, &error);
    if (id.isEmpty())
        return responder.send(ApiReplies::v1Error(500, error));
    responder.send(ApiReplies::json(200, {{u"success"_s, true},
                                          {u"id"_s, id},
                                          {u"url"_s, selfBase(request) + u"/v1/crawl/"_s + id}}));
}

void LocalApiServer::statusV1(const HttpRequest &request, const HttpResponder &responder,
                              const QStringList &captured)
{
    ApiReplies::StatusQuery query;
    query.jobId = captured.value(0);
    const auto number = [&](const QString &key, qint64 minimum, qint64 *out) {
        if (!request.query.hasQueryItem(key))
            return true;
        bool ok = false;
        *out = request.query.queryItemValue(key).toLongLong(&ok);
        if (ok && *out >= minimum)
            return true;
        responder.send(ApiReplies::v1BadRequest(
            tr("%1 must be a whole number of at least %2.").arg(key).arg(minimum),
            QJsonArray{key}));
        return false;
    };
    if (!number(u"skip"_s, 0, &query.skip) || !number(u"limit"_s, 1, &query.limit))
        return;
    const bool batch = request.path.startsWith(u"/v1/batch/"_s);
    query.selfUrl =
        selfBase(request) + (batch ? u"/v1/batch/scrape/"_s : u"/v1/crawl/"_s) + query.jobId;
    // The read under way began after the previous answer of this key was sent, so a poller never
    // sees a crawl go backwards.
    const QString key =
        u"%1\n%2\n%3\n%4"_s.arg(query.jobId).arg(query.skip).arg(query.limit).arg(query.selfUrl);
    if (const auto waiting = m_statusReads.find(key); waiting != m_statusReads.end())
        return waiting->append(responder);
    m_statusReads.insert(key, {responder});
    ++m_statusReadCount;
    m_reader->run(
        this, [query](JobStore &store) { return ApiReplies::v1Status(store, query); },
        [this, key, generation = m_generation](const HttpResponse &response) {
            if (generation != m_generation)
                return; // a read of before a stop()
            for (const HttpResponder &waiting : m_statusReads.take(key))
                waiting.send(response);
        });
}

void LocalApiServer::errorsV1(const HttpRequest &, const HttpResponder &responder,
                              const QStringList &captured)
{
    const QString jobId = captured.value(0);
    m_reader->run(
        this, [jobId](JobStore &store) { return ApiReplies::v1Errors(store, jobId); },
        [responder](const HttpResponse &response) { responder.send(response); });
}

void LocalApiServer::ongoingV1(const HttpRequest &, const HttpResponder &responder,
                               const QStringList &)
{
    const QStringList running = m_runner->runningJobs();
    m_reader->run(
        this, [running](JobStore &store) { return ApiReplies::v1Ongoing(store, running); },
        [responder](const HttpResponse &response) { responder.send(response); });
}

std::optional<std::pair<int, QString>> LocalApiServer::cancelJob(const QString &jobId)
{
    const auto job = m_store->job(jobId);
    if (!job || !job->isLocal())
        return std::pair{404, u"Job not found"_s};
    if (job->state == JobState::Cancelled)
        return std::nullopt;
    if (JobStates::isTerminal(job->state))
        return std::pair{409, tr("The job is already %1.").arg(JobStates::toString(job->state))};
    if (m_runner->isRunning(jobId)) {
        m_runner->cancel(jobId);
        return std::nullopt;
    }
    // Queued, paused, or running in another process (which sees the state at its heartbeat).
    QString why;
    if (!m_store->setJobState(jobId, JobState::Cancelled, {}, &why))
        return std::pair{409, why};
    return std::nullopt;
}

void LocalApiServer::cancelV1(const HttpRequest &, const HttpResponder &responder,
                              const QStringList &captured)
{
    if (const auto refused = cancelJob(captured.value(0)))
        return responder.send(ApiReplies::v1Error(refused->first, refused->second));
    responder.send(ApiReplies::json(200, {{u"status"_s, u"cancelled"_s}}));
}

void LocalApiServer::batchScrapeV1(const HttpRequest &request, const HttpResponder &responder,
                                   const QStringList &)
{
    const auto body = jsonBody(request, responder, false);
    if (!body)
        return;
    QString error;
    const auto batch = ApiBodies::batchScrape(*body, &error);
    if (!batch)
        return responder.send(ApiReplies::v1BadRequest(error, ApiReplies::issuePath(error, *body)));
    if (tooManyCrawls(responder, false))
        return;
    const QString id = startJob(batch->options, batch->urls, &error);
    if (id.isEmpty())
        return responder.send(ApiReplies::v1Error(500, error));
    QJsonObject answer{{u"success"_s, true},
                       {u"id"_s, id},
                       {u"url"_s, selfBase(request) + u"/v1/batch/scrape/"_s + id}};
    if (body->value(u"ignoreInvalidURLs"_s).toBool())
        answer.insert(u"invalidURLs"_s, QJsonArray::fromStringList(batch->invalid));
    responder.send(ApiReplies::json(200, answer));
}

void LocalApiServer::scrapeV1(const HttpRequest &request, const HttpResponder &responder,
                              const QStringList &)
{
    const auto body = jsonBody(request, responder, false);
    if (!body)
        return;
    QString error;
    const auto options = ApiBodies::scrape(*body, &error);
    if (!options)
        return responder.send(ApiReplies::v1BadRequest(error, ApiReplies::issuePath(error, *body)));
    if (tooManyCrawls(responder, false))
        return;
    // Marked, so that the window can keep one-page scrapes out of its job list.
    const QString id = startJob(*options, {}, &error, {{apiScrapeKey(), true}});
    if (id.isEmpty())
        return responder.send(ApiReplies::v1Error(500, error));
    m_scrapes[id].append(responder); // answered when the job ends (onCrawlFinished)
}

void LocalApiServer::onCrawlFinished(const QString &jobId, JobState state)
{
    const QList<HttpResponder> waiting = m_scrapes.take(jobId);
    if (waiting.isEmpty() || !m_store)
        return;
    const auto job = m_store->job(jobId);
    const auto page = m_store->page(jobId, 0);
    HttpResponse response;
    if (!page || !job) {
        response = ApiReplies::v1Error(
            500, tr("The scrape ended %1 without a page.").arg(JobStates::toString(state)));
    } else if (page->httpStatus > 0) {
        // A page the site answered, whatever its status (metadata.statusCode says it).
        response = ApiReplies::json(
            200, {{u"success"_s, true},
                  {u"data"_s, FirecrawlFormat::v1Document(*page, job->options.formats)}});
    } else if (page->error == PageError::Timeout) {
        response = ApiReplies::v1Error(408, u"Request timed out"_s);
    } else {
        response = ApiReplies::v1Error(500, u"%1: %2"_s.arg(page->errorCode(), page->errorMessage));
    }
    for (const HttpResponder &responder : waiting)
        responder.send(response);
}

void LocalApiServer::mapV1(const HttpRequest &request, const HttpResponder &responder,
                           const QStringList &)
{
    const auto body = jsonBody(request, responder, false);
    if (!body)
        return;
    QString error;
    const auto map = ApiBodies::map(*body, &error);
    if (!map)
        return responder.send(ApiReplies::v1BadRequest(error, ApiReplies::issuePath(error, *body)));
    m_mapper->map(*map, [responder](const QStringList &links, const QString &why) {
        if (links.isEmpty() && !why.isEmpty())
            return responder.send(ApiReplies::v1Error(500, why));
        responder.send(ApiReplies::json(
            200, {{u"success"_s, true}, {u"links"_s, QJsonArray::fromStringList(links)}}));
    });
}

void LocalApiServer::crawlV0(const HttpRequest &request, const HttpResponder &responder,
                             const QStringList &)
{
    const auto body = jsonBody(request, responder, true);
    if (!body)
        return;
    QString error;
    const auto options = ApiBodies::v0Crawl(*body, &error);
    if (!options)
        return responder.send(ApiReplies::v0Error(400, error));
    if (tooManyCrawls(responder, true))
        return;
    const QString id = startJob(*options, {}, &error);
    if (id.isEmpty())
        return responder.send(ApiReplies::v0Error(500, error));
    responder.send(ApiReplies::json(200, {{u"jobId"_s, id}}));
}

void LocalApiServer::statusV0(const HttpRequest &, const HttpResponder &responder,
                              const QStringList &captured)
{
    const QString jobId = captured.value(0);
    m_reader->run(
        this, [jobId](JobStore &store) { return ApiReplies::v0Status(store, jobId); },
        [responder](const HttpResponse &response) { responder.send(response); });
}

void LocalApiServer::cancelV0(const HttpRequest &, const HttpResponder &responder,
                              const QStringList &captured)
{
    if (const auto refused = cancelJob(captured.value(0)))
        return responder.send(ApiReplies::v0Error(refused->first, refused->second));
    responder.send(ApiReplies::json(200, {{u"status"_s, u"cancelled"_s}}));
}
