// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/frontier.h"
#include "crawl/hostscheduler.h"
#include "crawl/robotstxt.h"
#include "crawl/scope.h"
#include "crawl/urlnormalizer.h"
#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "model/pagerecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class FetchJournal;
class Fetcher;
class JobStore;
class PageProcessor;
class RenderService;
class StoreWriter;
struct RenderResult;
struct FetchRequest;
struct FetchResult;
struct SitemapContent;

struct CrawlProgress
{
    qint64 pagesCompleted = 0;
    qint64 pagesFailed = 0;
    qint64 urlsDiscovered = 0;
    int inFlight = 0;
};
Q_DECLARE_METATYPE(CrawlProgress)

// Runs one local crawl job on the thread it lives on. URLs come from the Frontier, per host, as
// the HostScheduler (politeness) and each host's robots.txt allow; the Fetcher fetches them; the
// PageProcessor parses HTML in a thread pool; in-scope links go back to the Frontier and every
// page to the StoreWriter. However the process dies, at most `concurrency` pages are fetched
// again by the resume: a static crawl writes each response to its FetchJournal as it arrives,
// which frees the request slot (the resume parses the journal's pages again); a crawl that
// renders keeps the slot until the page is committed.
class Crawler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Crawler)

public:
    static constexpr int controlIntervalMs = 1000; // heartbeat and look for pause/cancel
    static constexpr int robotsAttempts = 3;
    static constexpr int maxSitemapFiles = 100;
    // Pages parsed or waiting for their commit at most, in a journaled crawl.
    static constexpr int maxBacklog = 256;
    // How long the crawl waits, with nothing else to fetch, for a page that may still find a
    // queued one by a shorter path (see Frontier); after that the queued one goes at its depth.
    static constexpr int maxDepthWaitMs = 5000;
    // The parse pool's threads run at this nice value, below the crawl thread (network, journal)
    // and the store writer: a page waiting to be parsed costs nothing, while a connection
    // waiting for its next request leaves the server idle (tests/bench/README.md has the
    // figures). The window's thread keeps its priority over parsing too.
    static constexpr int parseNice = 10;

    Crawler(const QString &databasePath, StoreWriter *writer, const QString &jobId,
            QObject *parent = nullptr);
    ~Crawler() override;

    QString jobId() const { return m_jobId; }
    // Where pages are rendered with JavaScript (render modes js and auto; see AppShell for auto).
    // Set before start(), from the thread that created the crawler; without one such a crawl
    // fails at its start with the reason.
    void setRenderService(RenderService *renderer);
    // Where the politeness rules read the time, in monotonic milliseconds (by default a clock
    // started with the crawl). For tests: a clock that jumps makes timing races likely.
    void setClock(std::function<qint64()> clock);

    // These run on the crawler's thread (invoke them queued from elsewhere).
    void start();
    // Stops fetching; pages in flight are dropped (their URLs stay in the frontier) and the job
    // ends in `state` (Paused or Cancelled).
    void stop(JobState state);
    // stop(), then waits for the pages being parsed and committed and ends the job before
    // returning: for shutdown, when the thread's event loop will not run again.
    void stopAndWait(JobState state);

Q_SIGNALS:
    // As pages are stored, at most every progressIntervalMs, and once more when the job ends.
    void progress(const CrawlProgress &progress);
    // The job has reached `state` and every page of it is committed.
    void finished(JobState state, const QString &error);

private:
    enum class RobotsState
    {
        Unknown,
        Fetching,
        Waiting,
        Ready
    };
    struct HostRobots
    {
        RobotsState state = RobotsState::Unknown;
        RobotsTxt rules;
        int attempts = 0;
        PageError failure = PageError::None; // robots.txt stayed unreachable: why
        QString failureMessage;
    };

    // Exponential backoff with jitter for the n-th retry (1-based): about 1 s, 2 s, 4 s...
    static qint64 backoffMs(int attempt);
    qint64 now() const { return m_clockOverride ? m_clockOverride() : m_clock.elapsed(); }
    // Pages fetching, parsing or not committed yet (the job ends when none is left).
    int busy() const;
    // Request slots taken: what the next fetch has to wait for.
    int slotsTaken() const;
    // The smallest depth of a page not done with (see Frontier), sitemaps still to read counting
    // as the start page.
    int shallowestUnfinished() const;
    // A static crawl journals what it fetches (false: no journal, or it could not be written).
    bool journaling() const { return m_journal != nullptr; }
    void replayJournal();
    void pump();
    void dispatch(const FrontierEntry &entry);
    void onFetched(const FrontierEntry &entry, const FetchResult &result,
                   const QDateTime &fetchedAt = {});
    bool retryLater(const FrontierEntry &entry, const FetchResult &result);
    // Runs `task` on the parse pool, at parseNice.
    void startParsing(std::function<void()> task);
    // Parses in the pool; with `checkShell`, an app shell goes to the renderer instead.
    void parse(const FrontierEntry &entry, PageRecord page, const FetchResult &result,
               bool checkShell, const QStringList &refused = {});
    void requestRender(const FrontierEntry &entry, PageRecord page, const FetchResult &result);
    void onRendered(quint64 id, const RenderResult &rendered);
    // `admitted`, when given, has a flag per link (PageProcessor::Output::admitted), set here
    // once the frontier holds the link's key.
    void onParsed(const FrontierEntry &entry, const PageRecord &page,
                  const QList<FrontierEntry> &links, const QString &canonicalKey,
                  const std::vector<std::shared_ptr<std::atomic<int>>> &admitted = {});
    // Admits a URL into the frontier, counts it when new, and appends it to `toStore` when the
    // store must admit it too (new, or queued and now shallower: the store lowers those).
    Frontier::Admission admit(const FrontierEntry &entry, QList<FrontierEntry> &toStore);
    void storePage(PageRecord page, const FrontierEntry &entry,
                   const QList<FrontierEntry> &links = {});
    void storeUnfetched(const FrontierEntry &entry, PageState state, PageError error,
                        const QString &message);
    void onPagesStored(const QString &jobId, qint64 first, qint64 last);

    // crawlersitefiles.cpp: robots.txt and sitemaps.
    void fetchRobots(const QString &host, const QUrl &origin);
    void onRobots(const QString &host, const QUrl &origin, const FetchResult &result);
    bool robotsAllow(const QUrl &url) const;
    void queueSitemaps(const QUrl &origin, const QStringList &declared);
    void fetchSitemap(const QUrl &url);
    void onSitemap(const QUrl &url, const FetchResult &result);
    // What the parse pool made of a sitemap: its child sitemaps, and its pages in scope.
    void onSitemapParsed(const QUrl &url, const SitemapContent &content,
                         const QList<FrontierEntry> &entries);

    // Fetches `request` from `host` in one of its politeness slots (taken now, given back when
    // the fetch ends), then calls `done`.
    void fetchFromHost(const QString &host, const FetchRequest &request,
                       std::function<void(const FetchResult &)> done);

    void control();
    // Arms the wake timer for the first host that was waiting for time at `checkedAt`.
    void scheduleWake(qint64 checkedAt);
    void log(const QString &level, const QString &message);
    void finishIfDone();
    void end(JobState state, const QString &error = {});
    CrawlProgress currentProgress() const;
    FetchRequest baseRequest(const QUrl &url) const;

    QString m_databasePath;
    StoreWriter *m_writer;
    QString m_jobId;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<Fetcher> m_fetcher;
    std::shared_ptr<const PageProcessor> m_processor;
    QThreadPool m_parsePool;
    CrawlOptions m_options;
    UrlNormalizerOptions m_normalizerOptions;
    std::optional<Scope> m_scope;
    std::optional<HostScheduler> m_scheduler;
    Frontier m_frontier;
    QHash<QString, HostRobots> m_robots;
    QHash<QString, int> m_attempts; // retries so far, by frontier key
    QSet<QString> m_sitemapsSeen;
    QList<QUrl> m_sitemapQueue;
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock; // since progress() was last emitted
    std::function<qint64()> m_clockOverride;
    QTimer m_wakeTimer;
    QTimer m_controlTimer;
    QTimer m_depthWaitTimer;
    qint64 m_depthWaitSince = -1;       // when the crawl began to wait only for shallower pages
    std::array<qint64, 8> m_verdicts{}; // links seen, by Scope::Verdict
    qint64 m_nextIndex = 0;
    qint64 m_lastCommitted = -1; // the highest page index the writer has committed
    qint64 m_pagesCompleted = 0;
    qint64 m_pagesFailed = 0;
    qint64 m_urlsDiscovered = 0;
    qint64 m_budget = 0;      // pages this run may still store (limit minus pages stored)
    int m_inFlight = 0;       // pages fetching or parsing
    int m_fetching = 0;       // pages fetching
    int m_auxInFlight = 0;    // robots.txt and sitemaps fetching
    int m_retriesWaiting = 0; // pages waiting to be tried again
    int m_sitemapFiles = 0;
    int m_sitemapsReading = 0; // sitemaps fetching or parsing
    std::optional<JobState> m_stopState;
    bool m_ended = false;
    struct PendingRender
    {
        FrontierEntry entry;
        PageRecord page;
        std::shared_ptr<const FetchResult> result;
    };
    std::unique_ptr<FetchJournal> m_journal;
    bool m_journalStarted = false; // this run journaled (m_journal is gone if writing failed)
    QHash<QString, int> m_journalSegments; // by frontier key: pages journaled, not yet stored
    std::deque<std::pair<qint64, int>> m_uncommittedSegments; // (page index, journal segment)
    RenderService *m_renderer = nullptr;
    QHash<quint64, PendingRender> m_renders; // pages being rendered, by request id
};
