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
        return json(404, {{u"success"_s, false},
                          {u"error"_s, expired ? u"Job expired"_s : u"Job not found"_s}});
    if (provider == u"spidra"_s)
        return json(404, {{u"status"_s, u"error"_s}, {u"message"_s, u"Crawl job not found"_s}});
    return json(404, {{u"code"_s, u"not_found"_s},
                      {u"message"_s, u"Job not found"_s},
                      {u"correlation_id"_s, u"c0ffee"_s},
                      {u"retryable"_s, false}});
}

QJsonObject v0Item(const FakePage &page, int index)
{
    QJsonObject meta{
        {u"title"_s, page.title},
        {u"sourceURL"_s, page.url},
        {u"pageStatusCode"_s, page.failed() && page.httpStatus == 200 ? 0 : page.httpStatus}};
    if (page.failed())
        meta.insert(u"pageError"_s, page.robotsBlocked ? u"Blocked by robots.txt"_s : page.error);
    return {{u"markdown"_s, page.markdown},
            {u"content"_s, page.markdown},
            {u"index"_s, index},
            {u"metadata"_s, meta}};
}

QJsonObject v1Doc(const FakePage &page)
{
    return {{u"markdown"_s, page.markdown},
            {u"metadata"_s, QJsonObject{{u"title"_s, page.title},
                                        {u"sourceURL"_s, page.url},
                                        {u"url"_s, page.url},
                                        {u"statusCode"_s, page.httpStatus}}}};
}

QJsonObject spidraItem(const FakePage &page)
{
    if (page.failed())
        return {{u"url"_s, page.url},
                {u"title"_s, QString()},
                {u"status"_s, u"failed"_s},
                {u"data"_s, QJsonObject()},
                {u"error"_s, page.robotsBlocked ? u"Blocked by robots.txt"_s : page.error}};
    return {{u"url"_s, page.url},
            {u"title"_s, page.title},
            {u"status"_s, u"success"_s},
            {u"data"_s, QJsonObject{{u"title"_s, page.title}, {u"markdown"_s, page.markdown}}}};
}

QJsonObject geonodeResult(const FakePage &page, const QString &status)
{
    const bool failed = page.failed() && status != u"processing"_s;
    QJsonObject result{
        {u"url"_s, page.url},
        {u"parent_url"_s,
         page.parentUrl.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(page.parentUrl)},
        {u"depth"_s, page.depth + 1},
        {u"status"_s, failed ? u"failed"_s : status},
        {u"error_code"_s, failed
                              ? QJsonValue(page.robotsBlocked ? u"ROBOTS_BLOCKED"_s : u"HTTP_5XX"_s)
                              : QJsonValue(QJsonValue::Null)},
        {u"error_message"_s,
         failed ? QJsonValue(page.robotsBlocked ? u"Blocked by robots.txt"_s : page.error)
                : QJsonValue(QJsonValue::Null)},
        {u"links"_s, QJsonArray()},
        {u"metadata"_s, QJsonObject{{u"http_status"_s, page.httpStatus},
                                    {u"duration_ms"_s, 120},
                                    {u"retry_count"_s, 0},
                                    {u"tokens_charged"_s, 1}}}};
    result.insert(u"data"_s, failed || status == u"processing"_s
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

QList<FakePage> FakeProviders::samplePages(int count, int failedEvery, int robotsEvery)
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
        }
        pages.append(page);
    }
    return pages;
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
    job.finished = std::min<int>(job.finished + job.pagesPerRequest, job.pages.size());
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
        return json(404, {{u"error"_s, u"No such endpoint"_s}});
    }
    if (!authorized(provider, request)) {
        if (isFirecrawl(provider))
            return json(401,
                        {{u"success"_s, false}, {u"error"_s, u"Unauthorized: Invalid token"_s}});
        if (provider == u"spidra"_s)
            return json(403, {{u"status"_s, u"error"_s}, {u"message"_s, u"Invalid API key"_s}});
        return json(401, {{u"code"_s, u"unauthorized"_s},
                          {u"message"_s, u"Invalid API key"_s},
                          {u"correlation_id"_s, u"c0ffee"_s},
                          {u"retryable"_s, false}});
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
    FakeJob &fake = *found;
    if (request.method == "DELETE"_ba) {
        fake.cancelled = true;
        if (provider == u"geonode"_s)
            return json(
                202, {{u"job_id"_s, fake.id},
                      {u"status"_s, u"cancelled"_s},
                      {u"status_url"_s, baseUrl(provider).toString() + u"/v1/crawl/"_s + fake.id},
                      {u"in_flight_pages"_s, 0}});
        if (provider == u"spidra"_s)
            return json(200, {{u"status"_s, u"cancelled"_s}, {u"jobId"_s, fake.id}});
        return json(200, {{u"status"_s, u"cancelled"_s}});
    }
    if (request.method != "GET"_ba)
        return json(405, {{u"error"_s, u"Method not allowed"_s}});
    return statusAnswer(fake, request, errors ? u"errors"_s : u"status"_s);
}

TestResponse FakeProviders::start(const QString &provider, const TestRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    FakeJob job;
    job.provider = provider;
    job.id = u"started-%1"_s.arg(++m_started);
    job.pages = m_startedPages;
    QString url = body.value(u"url"_s).toString();
    if (provider == u"spidra"_s)
        url = body.value(u"baseUrl"_s).toString();
    else if (provider == u"firecrawl-v1-batch"_s)
        url = body.value(u"urls"_s).toArray().first().toString();
    if (url.isEmpty())
        return json(400, {{u"success"_s, false}, {u"error"_s, u"url is required"_s}});
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

TestResponse FakeProviders::statusAnswer(FakeJob &job, const TestRequest &request,
                                         const QString &route)
{
    const QString &provider = job.provider;
    const bool done = job.cancelled || job.finished >= job.pages.size();
    if (route == u"status"_s) {
        ++job.statusRequests;
        if (done && job.requestsBeforeExpiry >= 0
            && ++job.requestsSinceCompletion > job.requestsBeforeExpiry)
            return notFound(provider, true);
        const int faultIndex = job.statusRequests - job.faultsFrom - 1;
        const FakeFault fault = faultIndex >= 0 && faultIndex < job.faults.size()
                                    ? job.faults.at(faultIndex)
                                    : FakeFault::None;
        switch (fault) {
        case FakeFault::None:
            break;
        case FakeFault::Status500:
            return json(500, {{u"error"_s, u"An unexpected error occurred on the server."_s}});
        case FakeFault::RateLimited: {
            TestResponse response =
                json(429, {{u"error"_s, u"Request rate limit exceeded. Please wait and try again "
                                        "later."_s}});
            response.headers.append({"Retry-After"_ba, "1"_ba});
            return response;
        }
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
        advance(job);
    } else if (done && job.requestsBeforeExpiry >= 0
               && job.requestsSinceCompletion > job.requestsBeforeExpiry) {
        return notFound(provider, true);
    }
    const bool complete = job.finished >= job.pages.size() && job.queuedRequests == 0;
    const bool queued = job.queuedRequests > 0 && !job.cancelled;
    const QList<FakePage> finished = job.pages.mid(0, job.finished);
    const QUrlQuery query(QString::fromUtf8(request.target.mid(request.path.size() + 1)));

    if (provider == u"firecrawl-v0"_s) {
        QString status = u"active"_s;
        if (job.cancelled || (complete && job.failJob))
            status = u"failed"_s; // v0 shows a cancelled job as failed
        else if (complete)
            status = u"completed"_s;
        QJsonArray items;
        for (int i = 0; i < finished.size(); ++i)
            items.append(v0Item(finished.at(i), i));
        QJsonObject body{
            {u"status"_s, status}, {u"current"_s, finished.size()}, {u"total"_s, job.pages.size()}};
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
        QList<FakePage> succeeded;
        for (const FakePage &page : finished) {
            if (!page.failed())
                succeeded.append(page);
        }
        if (route == u"errors"_s) {
            QJsonArray errors;
            QJsonArray blocked;
            for (int i = 0; i < finished.size(); ++i) {
                const FakePage &page = finished.at(i);
                if (page.failed())
                    job.delivered.insert(page.url);
                if (page.robotsBlocked)
                    blocked.append(page.url);
                else if (page.failed())
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
        const qsizetype total = succeeded.size();
        const qsizetype skip =
            std::min<qsizetype>(query.queryItemValue(u"skip"_s).toLongLong(), total);
        const QList<FakePage> chunk = succeeded.mid(skip, job.v1ChunkDocs);
        QJsonArray data;
        for (const FakePage &page : chunk) {
            data.append(v1Doc(page));
            job.delivered.insert(page.url);
        }
        QJsonObject body{{u"success"_s, true},      {u"status"_s, status},
                         {u"completed"_s, total},   {u"total"_s, total},
                         {u"creditsUsed"_s, total}, {u"expiresAt"_s, u"2025-05-26T08:33:25.000Z"_s},
                         {u"data"_s, data}};
        const qsizetype returned = chunk.size();
        QUrl next = baseUrl(provider);
        next.setPath(QString::fromUtf8(request.path));
        if (job.nextNeverAdvances && (total > skip + returned || status == u"scraping"_s)) {
            next.setQuery(u"skip=%1"_s.arg(skip));
            body.insert(u"next"_s, next.toString());
        } else if (total > skip + returned || job.nextPastTotal) {
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
    // The finished pages, then the one in flight while the job runs.
    QJsonArray all;
    int failedCount = 0;
    for (const FakePage &item : finished) {
        all.append(geonodeResult(item, u"completed"_s));
        failedCount += item.failed() ? 1 : 0;
    }
    if (status == u"processing"_s && job.finished < job.pages.size())
        all.append(geonodeResult(job.pages.at(job.finished), u"processing"_s));
    QJsonArray results;
    for (qsizetype i = qsizetype(page - 1) * pageSize;
         i < all.size() && i < qsizetype(page) * pageSize; ++i) {
        results.append(all.at(i));
        if (all.at(i)[u"status"_s].toString() != u"processing"_s)
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
                      {u"token_summary"_s, QJsonObject{{u"tokens_charged_total"_s, finished.size()},
                                                       {u"tokens_reserved"_s, 0}}},
                      {u"results"_s, results}});
}
