// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/fakeproviders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

TestResponse json(int status, const QJsonObject &body)
{
    TestResponse response;
    response.status = status;
    response.contentType = "application/json; charset=utf-8"_ba;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

bool isFirecrawl(const QString &provider)
{
    return provider.startsWith(u"firecrawl"_s);
}

// The provider's "not found" body (Firecrawl also says when a job expired).
TestResponse notFound(const QString &provider, bool expired)
{
    if (isFirecrawl(provider))
        return FakeProviders::errorResponse(provider, 404,
                                            expired ? u"Job expired"_s : u"Job not found"_s);
    if (provider == u"spidra"_s)
        return FakeProviders::errorResponse(provider, 404, u"Crawl job not found"_s);
    return FakeProviders::errorResponse(provider, 404, u"Job not found"_s);
}

QStringList unknownKeys(const QJsonObject &object, const QStringList &known)
{
    QStringList unknown;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    return unknown;
}

// Firecrawl v1's request validation (zod, strict): unknown keys are a 400.
TestResponse v1BadRequest(const QString &code, const QStringList &keys, const QString &path,
                          const QString &message)
{
    QJsonObject detail{{u"code"_s, code},
                       {u"path"_s, path.isEmpty() ? QJsonArray() : QJsonArray{path}},
                       {u"message"_s, message}};
    if (!keys.isEmpty())
        detail.insert(u"keys"_s, QJsonArray::fromStringList(keys));
    return json(400, {{u"success"_s, false},
                      {u"error"_s, u"Bad Request"_s},
                      {u"details"_s, QJsonArray{detail}}});
}

// scrapeOptions of v1 (and the top level of a batch scrape), as PROVIDERS.md lists them.
const QStringList v1ScrapeKeys{u"formats"_s,
                               u"onlyMainContent"_s,
                               u"includeTags"_s,
                               u"excludeTags"_s,
                               u"headers"_s,
                               u"waitFor"_s,
                               u"timeout"_s,
                               u"mobile"_s,
                               u"skipTlsVerification"_s,
                               u"removeBase64Images"_s,
                               u"blockAds"_s,
                               u"actions"_s,
                               u"location"_s,
                               u"proxy"_s,
                               u"maxAge"_s,
                               u"parsePDF"_s};

// Why a start request would be refused by the real API (nothing: it is accepted).
std::optional<TestResponse> checkStart(const QString &provider, const QJsonObject &body)
{
    const QString unrecognized = u"Unrecognized key in body -- please review the v1 API "
                                 "documentation for request body changes"_s;
    if (provider == u"firecrawl-v1"_s) {
        const QStringList known{u"url"_s,
                                u"includePaths"_s,
                                u"excludePaths"_s,
                                u"regexOnFullURL"_s,
                                u"maxDepth"_s,
                                u"maxDiscoveryDepth"_s,
                                u"limit"_s,
                                u"allowBackwardLinks"_s,
                                u"crawlEntireDomain"_s,
                                u"allowExternalLinks"_s,
                                u"allowSubdomains"_s,
                                u"ignoreRobotsTxt"_s,
                                u"ignoreSitemap"_s,
                                u"deduplicateSimilarURLs"_s,
                                u"ignoreQueryParameters"_s,
                                u"delay"_s,
                                u"maxConcurrency"_s,
                                u"webhook"_s,
                                u"origin"_s,
                                u"scrapeOptions"_s};
        if (const QStringList unknown = unknownKeys(body, known); !unknown.isEmpty())
            return v1BadRequest(u"unrecognized_keys"_s, unknown, {}, unrecognized);
        const QStringList scrapeUnknown =
            unknownKeys(body.value(u"scrapeOptions"_s).toObject(), v1ScrapeKeys);
        if (!scrapeUnknown.isEmpty())
            return v1BadRequest(u"unrecognized_keys"_s, scrapeUnknown, u"scrapeOptions"_s,
                                unrecognized);
        if (!body.value(u"url"_s).isString())
            return v1BadRequest(u"invalid_type"_s, {}, u"url"_s, u"Required"_s);
        return std::nullopt;
    }
    if (provider == u"firecrawl-v1-batch"_s) {
        const QStringList known = v1ScrapeKeys
                                  + QStringList{u"urls"_s, u"webhook"_s, u"ignoreInvalidURLs"_s,
                                                u"maxConcurrency"_s, u"origin"_s};
        if (const QStringList unknown = unknownKeys(body, known); !unknown.isEmpty())
            return v1BadRequest(u"unrecognized_keys"_s, unknown, {}, unrecognized);
        if (body.value(u"urls"_s).toArray().isEmpty())
            return v1BadRequest(u"invalid_type"_s, {}, u"urls"_s, u"Required"_s);
        return std::nullopt;
    }
    if (provider == u"firecrawl-v0"_s) {
        const QStringList unknown =
            unknownKeys(body, {u"url"_s, u"crawlerOptions"_s, u"pageOptions"_s, u"origin"_s})
            + unknownKeys(body.value(u"crawlerOptions"_s).toObject(),
                          {u"includes"_s, u"excludes"_s, u"maxDepth"_s, u"limit"_s,
                           u"allowBackwardCrawling"_s, u"allowExternalContentLinks"_s,
                           u"ignoreSitemap"_s, u"returnOnlyUrls"_s})
            + unknownKeys(body.value(u"pageOptions"_s).toObject(),
                          {u"onlyMainContent"_s, u"includeHtml"_s, u"includeRawHtml"_s,
                           u"onlyIncludeTags"_s, u"removeTags"_s, u"waitFor"_s, u"headers"_s,
                           u"screenshot"_s});
        if (!unknown.isEmpty())
            return FakeProviders::errorResponse(provider, 400,
                                                u"Unknown keys: "_s + unknown.join(u", "_s));
        if (!body.value(u"url"_s).isString())
            return FakeProviders::errorResponse(provider, 400, u"Url is required"_s);
        return std::nullopt;
    }
    if (provider == u"spidra"_s) {
        const QStringList unknown = unknownKeys(
            body, {u"baseUrl"_s, u"crawlInstruction"_s, u"transformInstruction"_s, u"maxPages"_s,
                   u"maxDepth"_s, u"includePaths"_s, u"excludePaths"_s, u"allowSubdomains"_s,
                   u"crawlEntireDomain"_s, u"ignoreQueryParams"_s, u"webhookUrl"_s, u"cookies"_s});
        if (!unknown.isEmpty())
            return FakeProviders::errorResponse(provider, 422,
                                                u"Unknown fields: "_s + unknown.join(u", "_s));
        for (const QString &required : {u"baseUrl"_s, u"crawlInstruction"_s, u"maxPages"_s}) {
            if (!body.contains(required))
                return FakeProviders::errorResponse(provider, 422, required + u" is required"_s);
        }
        return std::nullopt;
    }
    // Geonode: FastAPI's 422 {detail: [{loc, msg, type}]}.
    auto invalid = [](const QString &key, const QString &message, const QString &type) {
        return json(422,
                    {{u"detail"_s, QJsonArray{QJsonObject{{u"loc"_s, QJsonArray{u"body"_s, key}},
                                                          {u"msg"_s, message},
                                                          {u"type"_s, type}}}}});
    };
    const QStringList unknown =
        unknownKeys(body, {u"url"_s, u"depth"_s, u"limit"_s, u"formats"_s, u"render_js"_s,
                           u"same_domain_only"_s, u"include_subdomains"_s, u"wait_config"_s});
    if (!unknown.isEmpty())
        return invalid(unknown.constFirst(), u"Extra inputs are not permitted"_s,
                       u"extra_forbidden"_s);
    if (!body.value(u"url"_s).isString())
        return invalid(u"url"_s, u"Field required"_s, u"missing"_s);
    const int depth = body.value(u"depth"_s).toInt(2);
    if (depth < 1 || depth > 10)
        return invalid(u"depth"_s, u"Input should be between 1 and 10"_s, u"less_than_equal"_s);
    for (const QJsonValue &format : body.value(u"formats"_s).toArray()) {
        if (format != u"markdown"_s && format != u"html"_s)
            return invalid(u"formats"_s, u"Input should be 'markdown' or 'html'"_s, u"enum"_s);
    }
    return std::nullopt;
}

QJsonObject v0Item(const FakePage &page, int index, bool withIndex)
{
    QJsonObject meta{
        {u"title"_s, page.title},
        {u"sourceURL"_s, page.url},
        {u"pageStatusCode"_s, page.failed() && page.httpStatus == 200 ? 0 : page.httpStatus}};
    if (page.failed())
        meta.insert(u"pageError"_s, page.robotsBlocked ? u"Blocked by robots.txt"_s : page.error);
    QJsonObject item{
        {u"markdown"_s, page.markdown}, {u"content"_s, page.markdown}, {u"metadata"_s, meta}};
    if (withIndex)
        item.insert(u"index"_s, index);
    return item;
}

// A v1 document as the seed shows it: links, a screenshot URL, metadata.statusCode and, for a
// page the site answered with an error, metadata.error.
QJsonObject v1Doc(const FakePage &page)
{
    QJsonObject meta{{u"title"_s, page.title},
                     {u"sourceURL"_s, page.url},
                     {u"url"_s, page.url},
                     {u"statusCode"_s, page.httpStatus}};
    if (page.servedError)
        meta.insert(u"error"_s, page.error);
    const QString slug = QString::fromLatin1(page.url.toUtf8().toHex().right(12));
    return {
        {u"markdown"_s, page.markdown},
        {u"links"_s, QJsonArray{u"https://example.com/"_s, page.url}},
        {u"screenshot"_s, u"https://service.firecrawl.dev/storage/screenshot-%1.png"_s.arg(slug)},
        {u"metadata"_s, meta}};
}

// Seed 002 gives a result item url, title, status and data, nothing more (also when it failed).
QJsonObject spidraItem(const FakePage &page)
{
    if (page.failed())
        return {{u"url"_s, page.url},
                {u"title"_s, QString()},
                {u"status"_s, u"failed"_s},
                {u"data"_s, QJsonObject()}};
    return {{u"url"_s, page.url},
            {u"title"_s, page.title},
            {u"status"_s, u"success"_s},
            {u"data"_s, QJsonObject{{u"title"_s, page.title}, {u"markdown"_s, page.markdown}}}};
}

// A Geonode result: `status` completed, processing or queued (the last two have no content yet).
QJsonObject geonodeResult(const FakePage &page, const QString &status)
{
    const bool done = status == u"completed"_s;
    const bool failed = page.failed() && done;
    QString code;
    if (failed)
        code = page.robotsBlocked ? u"ROBOTS_BLOCKED"_s : u"HTTP_%1"_s.arg(page.httpStatus);
    QJsonObject result{
        {u"url"_s, page.url},
        {u"parent_url"_s,
         page.parentUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.parentUrl)},
        {u"depth"_s, page.depth + 1},
        {u"status"_s, failed ? u"failed"_s : status},
        {u"error_code"_s, failed ? QJsonValue(code) : QJsonValue(QJsonValue::Null)},
        {u"error_message"_s,
         failed ? QJsonValue(page.robotsBlocked ? u"Blocked by robots.txt"_s : page.error)
                : QJsonValue(QJsonValue::Null)},
        {u"links"_s, done ? QJsonArray{u"https://example.com/"_s} : QJsonArray()},
        {u"metadata"_s,
         QJsonObject{{u"http_status"_s, done && !page.robotsBlocked ? QJsonValue(page.httpStatus)
                                                                    : QJsonValue(QJsonValue::Null)},
                     {u"duration_ms"_s, done ? 120 : 0},
                     {u"retry_count"_s, 0},
                     {u"tokens_charged"_s, done ? 1 : 0}}}};
    result.insert(u"data"_s, failed || !done
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(QJsonObject{{u"markdown"_s, page.markdown},
                                                          {u"html"_s, QJsonValue::Null}}));
    return result;
}

} // namespace

FakeProviders::FakeProviders(const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_server(this)
    , m_apiKey(apiKey)
{
    m_server.setHandler([this](const TestRequest &request) { return answer(request); });
}

bool FakeProviders::listen()
{
    return m_server.listen();
}

QUrl FakeProviders::baseUrl(const QString &provider) const
{
    if (provider == u"spidra"_s)
        return m_server.url(u"/api"_s);
    if (provider == u"geonode"_s)
        return m_server.url(u"/geonode"_s);
    QUrl url = m_server.url();
    url.setPath(QString());
    return url;
}

void FakeProviders::addJob(const FakeJob &job)
{
    m_jobs.insert(job.id, job);
}

FakeJob *FakeProviders::job(const QString &id)
{
    const auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

QList<FakePage> FakeProviders::samplePages(int count, int failedEvery, int robotsEvery,
                                           int notFoundEvery)
{
    QList<FakePage> pages;
    for (int i = 0; i < count; ++i) {
        FakePage page;
        page.url = i == 0 ? u"https://example.com/"_s : u"https://example.com/page/%1"_s.arg(i);
        page.title = u"Page %1"_s.arg(i);
        page.markdown = u"# Page %1\n\nText of page %1.\n"_s.arg(i);
        page.parentUrl = i == 0 ? QString() : u"https://example.com/"_s;
        page.depth = i == 0 ? 0 : 1;
        if (robotsEvery > 0 && i > 0 && i % robotsEvery == 0) {
            page.robotsBlocked = true;
            page.httpStatus = 0;
        } else if (failedEvery > 0 && i > 0 && i % failedEvery == 0) {
            page.httpStatus = 500;
            page.error = u"Server error on page %1"_s.arg(i);
        } else if (notFoundEvery > 0 && i > 0 && i % notFoundEvery == 0) {
            page.httpStatus = 404;
            page.error = u"Not Found"_s;
            page.servedError = true;
        }
        pages.append(page);
    }
    return pages;
}

TestResponse FakeProviders::errorResponse(const QString &provider, int status,
                                          const QString &message)
{
    if (isFirecrawl(provider))
        return json(status, {{u"success"_s, false}, {u"error"_s, message}});
    if (provider == u"spidra"_s)
        return json(status, {{u"status"_s, u"error"_s}, {u"message"_s, message}});
    QString code = u"error"_s;
    switch (status) {
    case 401:
        code = u"unauthorized"_s;
        break;
    case 402:
        code = u"payment_required"_s;
        break;
    case 404:
        code = u"not_found"_s;
        break;
    case 409:
        code = u"conflict"_s;
        break;
    case 429:
        code = u"rate_limited"_s;
        break;
    default:
        if (status >= 500)
            code = u"internal_error"_s;
    }
    return json(status, {{u"code"_s, code},
                         {u"message"_s, message},
                         {u"correlation_id"_s, u"c0ffee-%1"_s.arg(status)},
                         {u"retryable"_s, status == 429 || status >= 500}});
}

bool FakeProviders::authorized(const QString &provider, const TestRequest &request) const
{
    if (isFirecrawl(provider))
        return request.header("Authorization"_ba) == "Bearer "_ba + m_apiKey.toUtf8();
    if (provider == u"spidra"_s)
        return request.header("x-api-key"_ba) == m_apiKey.toUtf8();
    return request.header("X-Api-Key"_ba) == m_apiKey.toUtf8();
}

void FakeProviders::advance(FakeJob &job)
{
    if (job.cancelled)
        return;
    if (job.queuedRequests > 0) {
        --job.queuedRequests;
        return;
    }
    job.paused = job.finished > 0 && job.pausedRequests > 0 && job.finished < job.pages.size();
    if (job.paused) {
        --job.pausedRequests;
        return;
    }
    const int end =
        job.stallAt >= 0 ? std::min<int>(job.stallAt, job.pages.size()) : int(job.pages.size());
    job.finished = std::max(job.finished, std::min<int>(job.finished + job.pagesPerRequest, end));
}

TestResponse FakeProviders::answer(const TestRequest &request)
{
    QString path = QString::fromUtf8(request.path);
    QString provider;
    QString route;
    // Which provider the path belongs to, and the rest of it.
    if (path.startsWith(u"/api/crawl"_s)) {
        provider = u"spidra"_s;
        route = path.mid(u"/api/crawl"_s.size());
    } else if (path.startsWith(u"/geonode/v1/crawl"_s)) {
        provider = u"geonode"_s;
        route = path.mid(u"/geonode/v1/crawl"_s.size());
    } else if (path.startsWith(u"/v0/crawl/status/"_s)) {
        provider = u"firecrawl-v0"_s;
        route = u"/"_s + path.mid(u"/v0/crawl/status/"_s.size());
    } else if (path.startsWith(u"/v0/crawl/cancel/"_s)) {
        provider = u"firecrawl-v0"_s;
        route = u"/"_s + path.mid(u"/v0/crawl/cancel/"_s.size());
    } else if (path == u"/v0/crawl"_s) {
        provider = u"firecrawl-v0"_s;
    } else if (path.startsWith(u"/v1/batch/scrape"_s)) {
        provider = u"firecrawl-v1-batch"_s;
        route = path.mid(u"/v1/batch/scrape"_s.size());
    } else if (path.startsWith(u"/v1/crawl"_s)) {
        provider = u"firecrawl-v1"_s;
        route = path.mid(u"/v1/crawl"_s.size());
    } else {
        return errorResponse(u"firecrawl-v1"_s, 404, u"No such endpoint"_s);
    }
    if (!authorized(provider, request)) {
        if (isFirecrawl(provider))
            return errorResponse(provider, 401, u"Unauthorized: Invalid token"_s);
        return errorResponse(provider, provider == u"spidra"_s ? 403 : 401, u"Invalid API key"_s);
    }
    if (request.method == "POST"_ba && route.isEmpty())
        return start(provider, request);
    QString id = route.mid(1);
    const bool errors = id.endsWith(u"/errors"_s);
    if (errors)
        id.chop(u"/errors"_s.size());
    FakeJob *found = job(id);
    if (!found || found->provider != provider)
        return notFound(provider, false);
    if (request.method == "DELETE"_ba)
        return cancel(*found);
    if (request.method != "GET"_ba)
        return errorResponse(provider, 405, u"Method not allowed"_s);
    return statusAnswer(*found, request, errors ? u"errors"_s : u"status"_s);
}

TestResponse FakeProviders::cancel(FakeJob &job)
{
    const QString &provider = job.provider;
    const bool ended =
        job.cancelled || (job.finished >= job.pages.size() && job.queuedRequests == 0);
    if (provider == u"geonode"_s) {
        if (ended)
            return errorResponse(provider, 409,
                                 u"Job %1 has ended and cannot be cancelled"_s.arg(job.id));
        job.cancelled = true;
        return json(202,
                    {{u"job_id"_s, job.id},
                     {u"status"_s, u"cancelled"_s},
                     {u"status_url"_s, baseUrl(provider).toString() + u"/v1/crawl/"_s + job.id},
                     {u"in_flight_pages"_s,
                      std::min<qsizetype>(job.pagesPerRequest, job.pages.size() - job.finished)}});
    }
    job.cancelled = true;
    if (provider == u"spidra"_s)
        return json(200, {{u"status"_s, u"cancelled"_s}, {u"jobId"_s, job.id}});
    return json(200, {{u"status"_s, u"cancelled"_s}});
}

TestResponse FakeProviders::start(const QString &provider, const TestRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorResponse(provider, 400, u"Body is not a JSON object"_s);
    const QJsonObject body = document.object();
    m_startBodies.insert(provider, body);
    if (const std::optional<TestResponse> refused = checkStart(provider, body))
        return *refused;
    FakeJob job;
    job.provider = provider;
    job.id = u"started-%1"_s.arg(++m_started);
    job.pages = m_startedPages;
    QString url = body.value(u"url"_s).toString();
    if (provider == u"spidra"_s)
        url = body.value(u"baseUrl"_s).toString();
    else if (provider == u"firecrawl-v1-batch"_s)
        url = body.value(u"urls"_s).toArray().first().toString();
    job.startUrl = url;
    addJob(job);
    if (provider == u"firecrawl-v0"_s)
        return json(200, {{u"jobId"_s, job.id}});
    if (isFirecrawl(provider))
        return json(200, {{u"success"_s, true}, {u"id"_s, job.id}, {u"url"_s, url}});
    if (provider == u"spidra"_s)
        return json(200, {{u"status"_s, u"queued"_s}, {u"jobId"_s, job.id}});
    return json(202, {{u"job_id"_s, job.id},
                      {u"url"_s, url},
                      {u"status"_s, u"queued"_s},
                      {u"status_url"_s, baseUrl(provider).toString() + u"/v1/crawl/"_s + job.id},
                      {u"estimated_pages"_s, job.pages.size()}});
}

TestResponse FakeProviders::fault(FakeJob &job, FakeFault fault)
{
    const QString &provider = job.provider;
    switch (fault) {
    case FakeFault::None:
        break;
    case FakeFault::Status500:
        return errorResponse(provider, 500,
                             provider == u"geonode"_s
                                 ? u"Internal server error"_s
                                 : u"An unexpected error occurred on the server."_s);
    case FakeFault::RateLimited: {
        TestResponse response =
            errorResponse(provider, 429,
                          isFirecrawl(provider)
                              ? u"Request rate limit exceeded. Please wait and try again later."_s
                              : u"Too many requests"_s);
        response.headers.append({"Retry-After"_ba, "1"_ba});
        return response;
    }
    case FakeFault::PaymentRequired:
        return errorResponse(provider, 402,
                             isFirecrawl(provider) ? u"Payment required to access this resource."_s
                                                   : u"Insufficient credits"_s);
    case FakeFault::Malformed: {
        TestResponse response = json(200, {});
        response.body = "<html><body>502 Bad Gateway</body></html>"_ba;
        return response;
    }
    case FakeFault::Truncated:
    case FakeFault::Hang: {
        TestResponse response =
            json(200, {{u"status"_s, u"scraping"_s}, {u"data"_s, QJsonArray()}});
        if (fault == FakeFault::Truncated) {
            response.body = response.body.left(response.body.size() / 2);
            response.declaredLength = response.body.size() * 2 + 10;
        } else {
            response.stallAfterBytes = 5;
        }
        return response;
    }
    }
    return {};
}

TestResponse FakeProviders::statusAnswer(FakeJob &job, const TestRequest &request,
                                         const QString &route)
{
    const QString &provider = job.provider;
    const bool done = job.cancelled || job.finished >= job.pages.size();
    // The job is still queued for this request when it was before it (advance() counts it).
    const bool queued = job.queuedRequests > 0 && !job.cancelled;
    if (route == u"status"_s) {
        ++job.statusRequests;
        if (done && job.requestsBeforeExpiry >= 0
            && ++job.requestsSinceCompletion > job.requestsBeforeExpiry)
            return notFound(provider, true);
        const int faultIndex = job.statusRequests - job.faultsFrom - 1;
        const FakeFault planned = faultIndex >= 0 && faultIndex < job.faults.size()
                                      ? job.faults.at(faultIndex)
                                      : FakeFault::None;
        if (planned != FakeFault::None)
            return fault(job, planned);
        advance(job);
    } else if (done && job.requestsBeforeExpiry >= 0
               && job.requestsSinceCompletion > job.requestsBeforeExpiry) {
        return notFound(provider, true);
    }
    const bool complete = job.finished >= job.pages.size() && job.queuedRequests == 0;
    const QList<FakePage> finished = job.pages.mid(0, job.finished);
    // Pages the service knows of (finished, in flight or queued) while the job runs.
    const qsizetype discovered =
        job.cancelled || complete
            ? finished.size()
            : std::min<qsizetype>(job.pages.size(), job.finished + 2 * job.pagesPerRequest);
    const QUrlQuery query(QString::fromUtf8(request.target.mid(request.path.size() + 1)));

    if (provider == u"firecrawl-v0"_s) {
        QString status = job.paused ? u"paused"_s : u"active"_s;
        if (job.cancelled || (complete && job.failJob))
            status = u"failed"_s; // v0 shows a cancelled job as failed
        else if (complete)
            status = u"completed"_s;
        QJsonArray items;
        for (int i = 0; i < finished.size(); ++i)
            items.append(v0Item(finished.at(i), i, !job.v0WithoutIndex));
        QJsonObject body{
            {u"status"_s, status}, {u"current"_s, finished.size()}, {u"total"_s, discovered}};
        if (status == u"completed"_s) {
            for (const FakePage &page : finished)
                job.delivered.insert(page.url);
            body.insert(u"data"_s, items);
            body.insert(u"partial_data"_s, QJsonArray());
        } else {
            // At most the 50 most recent pages; the oldest dropped first.
            while (items.size() > 50)
                items.removeFirst();
            for (const QJsonValue &item : std::as_const(items))
                job.delivered.insert(item[u"metadata"_s][u"sourceURL"_s].toString());
            body.insert(u"data"_s, QJsonValue::Null);
            body.insert(u"partial_data"_s, items);
        }
        return json(200, body);
    }

    if (isFirecrawl(provider)) {
        if (route == u"errors"_s) {
            if (job.errorsExpireAtEnd && (complete || job.cancelled))
                return notFound(provider, true);
            QJsonArray errors;
            QJsonArray blocked;
            for (int i = 0; i < finished.size(); ++i) {
                const FakePage &page = finished.at(i);
                if (page.inV1Data())
                    continue;
                job.delivered.insert(page.url);
                if (page.robotsBlocked)
                    blocked.append(page.url);
                else
                    errors.append(QJsonObject{{u"id"_s, u"err-%1"_s.arg(i)},
                                              {u"timestamp"_s, u"2025-05-25T08:33:25Z"_s},
                                              {u"url"_s, page.url},
                                              {u"code"_s, u"SCRAPE_FAILED"_s},
                                              {u"error"_s, page.error}});
            }
            return json(200, {{u"errors"_s, errors}, {u"robotsBlocked"_s, blocked}});
        }
        QString status = u"scraping"_s;
        if (job.cancelled)
            status = u"cancelled"_s;
        else if (complete)
            status = job.failJob ? u"failed"_s : u"completed"_s;
        // `completed` and `total` count the documents of `data` (PROVIDERS.md); while the job
        // runs, `total` also counts those still in flight.
        QList<FakePage> documents;
        qsizetype total = 0;
        for (qsizetype i = 0; i < job.pages.size(); ++i) {
            if (!job.pages.at(i).inV1Data())
                continue;
            if (i < finished.size())
                documents.append(job.pages.at(i));
            if (i < discovered)
                ++total;
        }
        const qsizetype completed = documents.size();
        const qsizetype skip =
            std::min<qsizetype>(query.queryItemValue(u"skip"_s).toLongLong(), completed);
        const QList<FakePage> chunk = documents.mid(skip, job.v1ChunkDocs);
        QJsonArray data;
        for (const FakePage &page : chunk) {
            data.append(v1Doc(page));
            job.delivered.insert(page.url);
        }
        QJsonObject body{{u"success"_s, true},
                         {u"status"_s, status},
                         {u"completed"_s, completed},
                         {u"total"_s, total},
                         {u"creditsUsed"_s, completed},
                         {u"expiresAt"_s, u"2025-05-26T08:33:25.000Z"_s},
                         {u"data"_s, data}};
        const qsizetype returned = chunk.size();
        const bool running = status == u"scraping"_s;
        QUrl next = baseUrl(provider);
        next.setPath(QString::fromUtf8(request.path));
        // Seed 003: `next` whenever the job is not completed, or more data waits.
        if (job.nextNeverAdvances && (total > skip + returned || running)) {
            next.setQuery(u"skip=%1"_s.arg(skip));
            body.insert(u"next"_s, next.toString());
        } else if (running || total > skip + returned || job.nextPastTotal) {
            next.setQuery(u"skip=%1"_s.arg(skip + returned));
            body.insert(u"next"_s, next.toString());
        }
        return json(200, body);
    }

    if (provider == u"spidra"_s) {
        QString status = queued ? u"waiting"_s : u"active"_s;
        if (job.cancelled)
            status = u"cancelled"_s;
        else if (complete)
            status = job.failJob ? u"failed"_s : u"completed"_s;
        QJsonObject body{{u"status"_s, status},
                         {u"progress"_s, QJsonObject{{u"message"_s, complete ? u"Crawl complete"_s
                                                                             : u"Crawling"_s},
                                                     {u"pagesCrawled"_s, finished.size()},
                                                     {u"maxPages"_s, job.pages.size()}}},
                         {u"error"_s, job.failJob && complete ? QJsonValue(u"Crawl failed"_s)
                                                              : QJsonValue(QJsonValue::Null)}};
        if (status == u"completed"_s || status == u"failed"_s || status == u"cancelled"_s) {
            QJsonArray result;
            for (const FakePage &page : finished) {
                result.append(spidraItem(page));
                job.delivered.insert(page.url);
            }
            body.insert(u"result"_s, result);
        } else {
            body.insert(u"result"_s, QJsonValue::Null);
        }
        return json(200, body);
    }

    // Geonode.
    const int page = query.hasQueryItem(u"page"_s) ? query.queryItemValue(u"page"_s).toInt() : 1;
    const int pageSize =
        query.hasQueryItem(u"page_size"_s) ? query.queryItemValue(u"page_size"_s).toInt() : 10;
    if (pageSize < 1 || pageSize > 50 || page < 1)
        return json(422,
                    {{u"detail"_s,
                      QJsonArray{QJsonObject{{u"loc"_s, QJsonArray{u"query"_s, u"page_size"_s}},
                                             {u"msg"_s, u"Input should be between 1 and 50"_s},
                                             {u"type"_s, u"less_than_equal"_s}}}}});
    QString status = queued ? u"queued"_s : u"processing"_s;
    if (job.cancelled)
        status = u"cancelled"_s;
    else if (complete)
        status = job.failJob ? u"failed"_s : u"completed"_s;
    // The finished pages, then (while the job runs) those in flight and those still queued.
    QJsonArray all;
    int failedCount = 0;
    for (const FakePage &item : finished) {
        all.append(geonodeResult(item, u"completed"_s));
        failedCount += item.failed() ? 1 : 0;
    }
    if (status == u"processing"_s) {
        for (qsizetype i = finished.size(); i < discovered; ++i)
            all.append(geonodeResult(job.pages.at(i), i < finished.size() + job.pagesPerRequest
                                                          ? u"processing"_s
                                                          : u"queued"_s));
    }
    QJsonArray results;
    for (qsizetype i = qsizetype(page - 1) * pageSize;
         i < all.size() && i < qsizetype(page) * pageSize; ++i) {
        results.append(all.at(i));
        const QString itemStatus = all.at(i)[u"status"_s].toString();
        if (itemStatus != u"processing"_s && itemStatus != u"queued"_s)
            job.delivered.insert(all.at(i)[u"url"_s].toString());
    }
    return json(200, {{u"job_id"_s, job.id},
                      {u"url"_s, job.startUrl},
                      {u"status"_s, status},
                      {u"total_pages"_s, all.size()},
                      {u"completed_pages"_s, finished.size() - failedCount},
                      {u"failed_pages"_s, failedCount},
                      {u"cancelled_pages"_s, 0},
                      {u"created_at"_s, u"2026-05-26T10:30:00Z"_s},
                      {u"completed_at"_s, complete ? QJsonValue(u"2026-05-26T10:31:00Z"_s)
                                                   : QJsonValue(QJsonValue::Null)},
                      {u"token_summary"_s,
                       QJsonObject{{u"tokens_charged_total"_s, finished.size()},
                                   {u"tokens_reserved"_s, discovered - finished.size()}}},
                      {u"results"_s, results}});
}
