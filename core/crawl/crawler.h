// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/frontier.h"
#include "crawl/scope.h"
#include "crawl/urlnormalizer.h"
#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "model/pagerecord.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

class Fetcher;
class JobStore;
class StoreWriter;
struct FetchResult;

struct CrawlProgress
{
    qint64 pagesCompleted = 0;
    qint64 pagesFailed = 0;
    qint64 urlsDiscovered = 0;
    int inFlight = 0;
};
Q_DECLARE_METATYPE(CrawlProgress)

// Runs one local crawl job on the thread it lives on: takes URLs from the Frontier, fetches them
// (Fetcher), parses HTML in a thread pool, admits in-scope links and hands every page to the
// StoreWriter. Everything it needs to continue is in the store, so a crawl stopped at any point,
// even by a crash, resumes by constructing a new Crawler for the same job.
class Crawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Crawler)

public:
    Crawler(const QString &databasePath, StoreWriter *writer, const QString &jobId,
            QObject *parent = nullptr);
    ~Crawler() override;

    QString jobId() const { return m_jobId; }

    // Both run on the crawler's thread (invoke them queued from elsewhere).
    void start();
    // Stops fetching; pages in flight are dropped (their URLs stay in the frontier) and the job
    // ends in `state` (Paused or Cancelled).
    void stop(JobState state);
    // stop(), then waits for the pages being parsed and ends the job before returning: for
    // shutdown, when the thread's event loop will not run again.
    void stopAndWait(JobState state);

Q_SIGNALS:
    void progress(const CrawlProgress &progress);
    // The job has reached `state` and every page of it is committed.
    void finished(JobState state, const QString &error);

private:
    struct ParsedPage;

    void pump();
    void dispatch(const FrontierEntry &entry);
    void onFetched(const FrontierEntry &entry, const FetchResult &result);
    void onParsed(const FrontierEntry &entry, PageRecord page, const QList<FrontierEntry> &links);
    void storePage(PageRecord page, const FrontierEntry &entry,
                   const QList<FrontierEntry> &links = {});
    void finishIfDone();
    void end(JobState state, const QString &error = {});
    CrawlProgress currentProgress() const;

    QString m_databasePath;
    StoreWriter *m_writer;
    QString m_jobId;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<Fetcher> m_fetcher;
    QThreadPool m_parsePool;
    CrawlOptions m_options;
    UrlNormalizerOptions m_normalizerOptions;
    std::optional<Scope> m_scope;
    Frontier m_frontier;
    qint64 m_nextIndex = 0;
    qint64 m_pagesCompleted = 0;
    qint64 m_pagesFailed = 0;
    qint64 m_urlsDiscovered = 0;
    qint64 m_budget = 0; // pages this run may still fetch (limit minus pages already stored)
    int m_inFlight = 0;  // fetching or parsing
    std::optional<JobState> m_stopState;
    bool m_ended = false;
};
