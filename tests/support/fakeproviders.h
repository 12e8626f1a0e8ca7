// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testhttpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

// One page of a fake remote job.
struct FakePage
{
    QString url;
    QString title;
    QString markdown;
    QString parentUrl;
    int depth = 0; // hops from the start page (Geonode answers depth + 1)
    int httpStatus = 200;
    QString error;              // a failed page: its message (Firecrawl v1 lists it under /errors)
    bool robotsBlocked = false; // Firecrawl v1: under robotsBlocked[]
    // The site answered httpStatus (>= 400) and the service kept that answer: Firecrawl v1 lists
    // the page in `data` with metadata.statusCode and metadata.error, not under /errors.
    bool servedError = false;

    bool failed() const { return !error.isEmpty() || robotsBlocked; }
    // Firecrawl v1: in `data` (else only under /errors).
    bool inV1Data() const { return !failed() || servedError; }
};

// One misbehaviour, for one status request.
enum class FakeFault
{
    None,
    Status500,       // 500 with the provider's error body
    RateLimited,     // 429 with the provider's error body and Retry-After: 1
    PaymentRequired, // 402 with the provider's error body
    Malformed,       // 200 with a body that is not JSON
    Truncated,       // 200 whose JSON is cut off half-way (Content-Length says more)
    Hang,            // headers and a few bytes, then nothing
};

// A fake remote job: its pages finish `pagesPerRequest` at a time, one step per status request.
struct FakeJob
{
    QString provider; // firecrawl-v0, firecrawl-v1, firecrawl-v1-batch, spidra, geonode
    QString id;
    QString startUrl = QStringLiteral("https://example.com/");
    QList<FakePage> pages; // in completion order
    int pagesPerRequest = 2;
    int queuedRequests = 1; // status requests that still see the job queued/waiting
    bool failJob = false;   // ends failed instead of completed
    // After completing, answer this many status requests, then 404 "Job expired" (-1: never).
    int requestsBeforeExpiry = -1;
    int v1ChunkDocs = 3;            // documents per v1 answer (the service's 10 MB)
    bool nextNeverAdvances = false; // v1: `next` repeats the request's own skip
    bool nextPastTotal = false;     // v1: `next` also when skip + returned >= total
    // v1: once the job ended, GET .../errors answers 404 "Job expired" (the status still answers).
    bool errorsExpireAtEnd = false;
    bool v0WithoutIndex = false; // v0: items carry no `index` (PROVIDERS.md: optional in practice)
    int pausedRequests = 0;      // v0: once pages came, this many status requests see `paused`
    int stallAt = -1; // the job stops advancing with this many pages finished (-1: it never does)
    QList<FakeFault> faults; // applied to the status requests in order
    int faultsFrom = 0;      // the first status request a fault applies to

    // State, as the server plays it.
    int finished = 0;
    int statusRequests = 0;
    int requestsSinceCompletion = 0;
    bool cancelled = false;
    bool paused = false;
    QSet<QString> delivered; // URLs of the finished pages some answer carried
};

// One local HTTP server on 127.0.0.1 that plays every provider by its seed document
// (../shared/seeds) and PROVIDERS.md: the status words as a job progresses, Firecrawl v0's
// 50-page partial_data window, v1's `next` chunks and /errors, Spidra's result on completion,
// Geonode's result pages (queued and in-flight results included), each provider's own error
// bodies (402, 429 with Retry-After, 500, 404 and expiry), cancellation (Geonode: 409 once the
// job ended), starts whose bodies are checked as the real APIs do (Firecrawl v1: 400 on unknown
// keys), and each provider's auth header (401/403 without the right key).
class FakeProviders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviders)

public:
    explicit FakeProviders(const QString &apiKey, QObject *parent = nullptr);

    bool listen();
    // The base URL a client is configured with (Spidra's has its /api prefix).
    QUrl baseUrl(const QString &provider) const;

    void addJob(const FakeJob &job);
    FakeJob *job(const QString &id);
    // Jobs started through the start endpoints get these pages.
    void setStartedPages(const QList<FakePage> &pages) { m_startedPages = pages; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    TestHttpServer &server() { return m_server; }

    // The last start request's body for `provider` (empty: none).
    QJsonObject lastStartBody(const QString &provider) const
    {
        return m_startBodies.value(provider);
    }

    // The pages a job has, as a client must end up storing them (by URL). Every failedEvery-th
    // page fails at the service (500, a message), every robotsEvery-th is blocked by robots.txt,
    // every notFoundEvery-th is a 404 the service scraped (FakePage::servedError).
    static QList<FakePage> samplePages(int count, int failedEvery = 0, int robotsEvery = 0,
                                       int notFoundEvery = 0);
    // The provider's own error body for `status` (Firecrawl {success, error}, Spidra
    // {status: "error", message}, Geonode {code, message, correlation_id, retryable}).
    static TestResponse errorResponse(const QString &provider, int status, const QString &message);

private:
    TestResponse answer(const TestRequest &request);
    TestResponse statusAnswer(FakeJob &job, const TestRequest &request, const QString &route);
    bool authorized(const QString &provider, const TestRequest &request) const;
    TestResponse start(const QString &provider, const TestRequest &request);
    TestResponse cancel(FakeJob &job);
    TestResponse fault(FakeJob &job, FakeFault fault);
    void advance(FakeJob &job);

    TestHttpServer m_server;
    QString m_apiKey;
    QHash<QString, FakeJob> m_jobs;
    QList<FakePage> m_startedPages;
    QHash<QString, QJsonObject> m_startBodies;
    int m_started = 0;
};
