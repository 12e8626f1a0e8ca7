// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawler.h"

#include "crawl/appshell.h"
#include "crawl/fetcher.h"
#include "crawl/fetchjournal.h"
#include "crawl/pageprocessor.h"
#include "crawl/renderservice.h"
#include "crawl/threadpriority.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

} // namespace

Crawler::Crawler(const QString &databasePath, StoreWriter *writer, const QString &jobId,
                 QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_writer(writer)
    , m_jobId(jobId)
    , m_wakeTimer(this)
    , m_controlTimer(this)
    , m_depthWaitTimer(this)
{
    m_parsePool.setObjectName(u"parse"_s);
    m_wakeTimer.setSingleShot(true);
    // A coarse timer may fire a few ms early: the host is then not ready yet and the pump only
    // arms the timer again.
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] {
        pump();
        finishIfDone();
    });
    connect(&m_controlTimer, &QTimer::timeout, this, &Crawler::control);
    m_depthWaitTimer.setSingleShot(true);
    connect(&m_depthWaitTimer, &QTimer::timeout, this, [this] {
        pump();
        finishIfDone();
    });
    connect(m_writer, &StoreWriter::pagesStored, this, &Crawler::onPagesStored);
}

Crawler::~Crawler()
{
    // Parse tasks post back to this object: none may outlive it.
    m_parsePool.waitForDone();
}

qint64 Crawler::backoffMs(int attempt)
{
    const qint64 base = 1000LL << std::min(attempt - 1, 5);
    return base * (75 + QRandomGenerator::global()->bounded(51)) / 100;
}

void Crawler::setClock(std::function<qint64()> clock)
{
    m_clockOverride = std::move(clock);
}

void Crawler::setRenderService(RenderService *renderer)
{
    m_renderer = renderer;
    if (m_renderer)
        connect(m_renderer, &RenderService::rendered, this, &Crawler::onRendered);
}

void Crawler::start()
{
    m_clock.start();
    m_store = std::make_unique<JobStore>(m_databasePath);
    QString error;
    if (!m_store->open(&error))
        return end(JobState::Failed, error);
    const auto job = m_store->job(m_jobId);
    if (!job)
        return end(JobState::Failed, tr("There is no job %1.").arg(m_jobId));
    m_options = job->options;
    if (const QStringList problems = m_options.validate(); !problems.isEmpty())
        return end(JobState::Failed, problems.join(u' '));
    if (m_options.renderMode != CrawlOptions::RenderMode::Static && !m_renderer)
        return end(JobState::Failed,
                   tr("This crawl renders JavaScript pages, but no renderer was started."));

    m_normalizerOptions.ignoreQueryParameters = m_options.ignoreQueryParameters;
    m_normalizerOptions.deduplicateSimilarUrls = m_options.deduplicateSimilarUrls;
    m_scope.emplace(m_options);
    m_scheduler.emplace(m_options.effectivePerHostConcurrency(), m_options.delayMs);
    auto processor = PageProcessor::create(m_options, m_normalizerOptions, &error);
    if (!processor)
        return end(JobState::Failed, error);
    m_processor = std::make_shared<const PageProcessor>(std::move(*processor));
    m_frontier.load(*m_store, m_jobId);
    m_nextIndex = m_store->nextPageIndex(m_jobId);
    m_lastCommitted = m_nextIndex - 1;
    m_pagesCompleted = job->pagesCompleted;
    m_pagesFailed = job->pagesFailed;
    m_urlsDiscovered = job->urlsDiscovered;
    m_budget = m_options.limit - (m_pagesCompleted + m_pagesFailed);
    m_fetcher = std::make_unique<Fetcher>();

    const bool resumed = m_frontier.admittedCount() > 0;
    if (!resumed) {
        const QUrl start = UrlNormalizer::normalize(m_options.url, m_normalizerOptions);
        const FrontierEntry entry{start.toString(QUrl::FullyEncoded),
                                  UrlNormalizer::key(start, m_normalizerOptions),
                                  {},
                                  0,
                                  0};
        m_frontier.admit(entry);
        m_writer->addFrontier(m_jobId, {entry});
        ++m_urlsDiscovered;
    }
    m_writer->setJobState(m_jobId, JobState::Running);
    m_writer->setHeartbeat(m_jobId, ::getpid());
    log(u"info"_s, resumed ? tr("Resumed with %1 pages stored and %2 URLs queued.")
                                 .arg(job->pagesDone())
                                 .arg(m_frontier.pendingCount())
                           : tr("Started crawling %1.").arg(m_options.url.toString()));
    if (m_options.ignoreRobotsTxt && !resumed)
        queueSitemaps(originOf(m_options.url), {});
    if (m_options.renderMode == CrawlOptions::RenderMode::Static) {
        const QString folder = Database::fetchedFolder(m_databasePath, m_jobId);
        if (!folder.isEmpty()) {
            m_journal = std::make_unique<FetchJournal>(folder);
            m_journalStarted = true;
            replayJournal();
        }
    }
    m_controlTimer.start(controlIntervalMs);
    pump();
    finishIfDone();
}

void Crawler::stop(JobState state)
{
    if (m_ended || m_stopState)
        return;
    m_stopState = state;
    m_wakeTimer.stop();
    m_depthWaitTimer.stop();
    if (m_fetcher)
        m_fetcher->abortAll();
    // Pages being rendered are dropped like fetches in flight: their URLs stay pending.
    for (auto it = m_renders.cbegin(); it != m_renders.cend(); ++it)
        m_renderer->cancel(it.key());
    m_inFlight -= int(m_renders.size());
    m_renders.clear();
    finishIfDone();
}

void Crawler::stopAndWait(JobState state)
{
    stop(state);
    m_parsePool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    // Pages handed to the writer are committed by flush(); count them as committed.
    m_writer->flush();
    m_lastCommitted = m_nextIndex - 1;
    finishIfDone();
}

int Crawler::busy() const
{
    return m_inFlight + int(m_nextIndex - 1 - m_lastCommitted);
}

int Crawler::slotsTaken() const
{
    // Without a journal, a slot is free only once its page is committed (see the class comment).
    if (!m_journal)
        return busy();
    // A journaled page holds no slot; the pages being parsed or waiting for their commit are
    // bounded all the same, for memory.
    const int backlog = m_inFlight - m_fetching + int(m_nextIndex - 1 - m_lastCommitted);
    return backlog >= maxBacklog ? m_options.concurrency : m_fetching;
}

void Crawler::replayJournal()
{
    std::vector<FetchJournal::Record> records = m_journal->recover();
    QString error;
    if (!m_journal->open(&error)) {
        log(u"warning"_s, tr("Fetched pages are not journaled (%1): each request waits until its "
                             "page is stored.")
                              .arg(error));
        m_journal.reset();
        return;
    }
    QSet<QString> keys;
    for (const FetchJournal::Record &record : records)
        keys.insert(record.entry.key);
    // The pages the store has not got: still queued in the frontier.
    QHash<QString, int> pending = m_frontier.take(keys);
    int replayed = 0;
    for (FetchJournal::Record &record : records) {
        const auto it = pending.constFind(record.entry.key);
        if (it == pending.cend())
            continue;                    // stored before the crawl stopped
        record.entry.depth = it.value(); // as the frontier counts it
        pending.erase(it);
        --m_budget;
        ++m_inFlight;
        if (record.attempts > 0)
            m_attempts.insert(record.entry.key, record.attempts);
        onFetched(record.entry, record.result, record.fetchedAt);
        ++replayed;
    }
    m_journal->dropRecovered();
    if (replayed > 0)
        log(u"info"_s, tr("%n page(s) fetched before the crawl stopped but not stored are parsed "
                          "from the journal, not fetched again.",
                          nullptr, replayed));
}

void Crawler::pump()
{
    if (m_stopState || m_ended || !m_scheduler)
        return;
    const qint64 t = now();
    // Sitemaps first: they only seed the frontier.
    while (!m_sitemapQueue.isEmpty() && m_auxInFlight < 2) {
        const QUrl url = m_sitemapQueue.constFirst();
        if (!m_scheduler->isReady(Frontier::hostOf(url.toString()), t))
            break;
        m_sitemapQueue.removeFirst();
        fetchSitemap(url);
    }
    // A queued page is fetched once its depth is final: when no page two or more hops shallower
    // is unfinished (one that could still find it by a shorter path). Unless the crawl has had
    // nothing else to fetch for maxDepthWaitMs.
    const int shallowest = shallowestUnfinished();
    const bool waitedEnough = m_depthWaitSince >= 0 && t - m_depthWaitSince >= maxDepthWaitMs;
    bool held = false;
    const QStringList hosts = m_frontier.hostsWithWork();
    for (const QString &host : hosts) {
        if (slotsTaken() >= m_options.concurrency || m_budget <= 0)
            break;
        if (!m_options.ignoreRobotsTxt) {
            HostRobots &robots = m_robots[host];
            if (robots.state == RobotsState::Unknown) {
                fetchRobots(host, originOf(QUrl(m_frontier.peek(host)->url)));
                continue;
            }
            if (robots.state != RobotsState::Ready)
                continue;
        }
        while (slotsTaken() < m_options.concurrency && m_budget > 0
               && m_scheduler->isReady(host, t)) {
            const FrontierEntry *next = m_frontier.peek(host);
            if (!next)
                break;
            if (!waitedEnough && shallowest != INT_MAX && next->depth > shallowest + 1) {
                held = true;
                break;
            }
            const auto entry = m_frontier.takeFrom(host);
            if (!robotsAllow(QUrl(entry->url))) {
                const HostRobots &robots = m_robots[host];
                if (robots.failure != PageError::None)
                    storeUnfetched(*entry, PageState::Failed, robots.failure,
                                   robots.failureMessage);
                else
                    storeUnfetched(*entry, PageState::Skipped, PageError::RobotsBlocked,
                                   tr("robots.txt of %1 disallows this URL.").arg(host));
                continue;
            }
            --m_budget;
            dispatch(*entry);
        }
    }
    if (held && slotsTaken() < m_options.concurrency && m_budget > 0) {
        if (m_depthWaitSince < 0)
            m_depthWaitSince = t;
        if (!m_depthWaitTimer.isActive())
            m_depthWaitTimer.start(int(std::max<qint64>(0, m_depthWaitSince + maxDepthWaitMs - t)));
    } else {
        m_depthWaitSince = -1;
        m_depthWaitTimer.stop();
    }
    scheduleWake(t);
}

int Crawler::shallowestUnfinished() const
{
    // A sitemap still to be read may list pages (at depth 1): as if the start page were unfinished.
    if (m_sitemapsReading > 0 || !m_sitemapQueue.isEmpty())
        return 0;
    return m_frontier.shallowestUnfinished();
}

void Crawler::scheduleWake(qint64 checkedAt)
{
    // The hosts found not ready at `checkedAt` must be asked again at that same time: the clock
    // may have passed a host's ready time since, and reading it anew here would skip that host,
    // leaving nothing to wake the crawl (it then stalled with URLs queued).
    const qint64 at = m_scheduler->nextReadyAt(checkedAt);
    if (at >= 0 && (!m_frontier.isEmpty() || !m_sitemapQueue.isEmpty()))
        m_wakeTimer.start(int(std::max<qint64>(0, at - now())));
}

FetchRequest Crawler::baseRequest(const QUrl &url) const
{
    FetchRequest request;
    request.url = url;
    request.timeoutMs = m_options.timeoutMs;
    request.userAgent = m_options.effectiveUserAgent();
    for (const auto &[name, value] : m_options.headers)
        request.headers.append({name.toLatin1(), value.toUtf8()});
    request.skipTlsVerification = m_options.skipTlsVerification;
    return request;
}

void Crawler::dispatch(const FrontierEntry &entry)
{
    ++m_inFlight;
    ++m_fetching;
    FetchRequest request = baseRequest(QUrl(entry.url, QUrl::StrictMode));
    request.maxBytes = m_options.maxBodyBytes;
    request.htmlOnly = true;
    request.deferDecoding = true; // decoded by the parse pool, off this thread
    request.checkRedirect = [this](const QUrl &target) {
        if (!m_scope->allowsHost(target))
            return PageError::OutOfScope;
        return robotsAllow(target) ? PageError::None : PageError::RobotsBlocked;
    };
    fetchFromHost(Frontier::hostOf(entry.url), request, [this, entry](const FetchResult &result) {
        --m_fetching;
        onFetched(entry, result);
    });
}

void Crawler::fetchFromHost(const QString &host, const FetchRequest &request,
                            std::function<void(const FetchResult &)> done)
{
    m_scheduler->acquire(host, now());
    m_fetcher->fetch(request, [this, host, done = std::move(done)](const FetchResult &result) {
        m_scheduler->release(host, now());
        done(result);
    });
}

bool Crawler::retryLater(const FrontierEntry &entry, const FetchResult &result)
{
    if (m_stopState || !PageErrors::isRetryable(result.error, result.httpStatus))
        return false;
    int &attempts = m_attempts[entry.key];
    if (attempts >= m_options.retries)
        return false;
    ++attempts;
    const QString host = Frontier::hostOf(entry.url);
    qint64 wait = backoffMs(attempts);
    if (result.retryAfterMs >= 0 || result.httpStatus == 429 || result.httpStatus == 503) {
        // The server asked the whole host to slow down.
        const qint64 asked = result.retryAfterMs >= 0 ? result.retryAfterMs : wait;
        wait = m_scheduler->backOff(host, now(), asked);
        const QString reason =
            result.retryAfterMs >= 0
                ? tr("HTTP %1 with Retry-After %2 s").arg(result.httpStatus).arg(asked / 1000.0)
                : tr("HTTP %1").arg(result.httpStatus);
        log(u"warning"_s, asked > wait ? tr("%1 answered %2: waiting %3 s, the longest Trawl "
                                            "waits, before asking it again.")
                                             .arg(host, reason)
                                             .arg(wait / 1000.0)
                                       : tr("%1 answered %2: waiting %3 s before asking it again.")
                                             .arg(host, reason)
                                             .arg(wait / 1000.0));
    }
    ++m_retriesWaiting;
    QTimer::singleShot(int(wait), this, [this, entry] {
        --m_retriesWaiting;
        if (m_stopState)
            return finishIfDone();
        m_frontier.requeue(entry);
        ++m_budget; // the retry takes the slot the first attempt counted
        pump();
        finishIfDone();
    });
    return true;
}

void Crawler::onFetched(const FrontierEntry &entry, const FetchResult &result,
                        const QDateTime &fetchedAt)
{
    if (m_stopState && result.error == PageError::Cancelled) {
        // Stopped mid-flight: the URL stays pending in the frontier for a resume.
        --m_inFlight;
        return finishIfDone();
    }
    if (retryLater(entry, result)) {
        --m_inFlight;
        return pump();
    }
    const QDateTime at = fetchedAt.isValid() ? fetchedAt : QDateTime::currentDateTimeUtc();
    if (m_journal) {
        QString error;
        const int segment =
            m_journal->append({entry, result, at, m_attempts.value(entry.key)}, &error);
        if (segment >= 0) {
            m_journalSegments.insert(entry.key, segment);
        } else {
            log(u"warning"_s, tr("Fetched pages are not journaled any more (%1): each request "
                                 "waits until its page is stored.")
                                  .arg(error));
            m_journal.reset();
            m_journalSegments.clear();
        }
    }

    PageRecord page;
    page.jobId = m_jobId;
    page.url = entry.url;
    page.finalUrl = result.finalUrl.toString(QUrl::FullyEncoded);
    page.parentUrl = entry.parentUrl;
    page.depth = entry.depth;
    page.httpStatus = result.httpStatus;
    page.contentType = result.contentType;
    page.durationMs = result.durationMs;
    page.retryCount = m_attempts.take(entry.key);
    page.fetchedAt = at;
    page.error = result.error;
    page.errorMessage = result.errorMessage;
    for (const auto &[name, value] : result.responseHeaders)
        page.responseHeaders.append({QString::fromLatin1(name), QString::fromLatin1(value)});
    switch (result.error) {
    case PageError::None:
        page.state = PageState::Completed;
        break;
    case PageError::RobotsBlocked:
    case PageError::OutOfScope:
    case PageError::NotHtml:
        page.state = PageState::Skipped;
        break;
    default:
        page.state = PageState::Failed;
        break;
    }

    if (page.state != PageState::Completed || !result.isHtml()) {
        // Small bodies (error pages): their decoded size is worth the few microseconds.
        FetchResult decoded = result;
        decoded.decodeBody(m_options.maxBodyBytes);
        page.bodyBytes = decoded.body.size();
        storePage(std::move(page), entry);
        --m_inFlight;
        pump();
        return finishIfDone();
    }

    switch (m_options.renderMode) {
    case CrawlOptions::RenderMode::Js: {
        FetchResult decoded = result;
        if (!decoded.decodeBody(m_options.maxBodyBytes)) {
            page.state = PageState::Failed;
            page.error = decoded.error;
            page.errorMessage = decoded.errorMessage;
            storePage(std::move(page), entry);
            --m_inFlight;
            pump();
            return finishIfDone();
        }
        page.bodyBytes = decoded.body.size();
        return requestRender(entry, std::move(page), decoded);
    }
    case CrawlOptions::RenderMode::Auto:
        return parse(entry, std::move(page), result, true);
    case CrawlOptions::RenderMode::Static:
        break;
    }
    parse(entry, std::move(page), result, false);
}

void Crawler::startParsing(std::function<void()> task)
{
    m_parsePool.start([task = std::move(task)] {
        ThreadPriority::lowerCurrent(parseNice);
        task();
    });
}

void Crawler::parse(const FrontierEntry &entry, PageRecord page, const FetchResult &result,
                    bool checkShell, const QStringList &refused)
{
    if (page.renderMode.isEmpty())
        page.renderMode = u"static"_s;
    startParsing([this, processor = m_processor, page = std::move(page), entry,
                  result = FetchResult(result), checkShell, refused,
                  maxBytes = m_options.maxBodyBytes]() mutable {
        if (!result.decodeBody(maxBytes)) {
            page.state = PageState::Failed;
            page.error = result.error;
            page.errorMessage = result.errorMessage;
            QMetaObject::invokeMethod(
                this, [this, entry, page = std::move(page)] { onParsed(entry, page, {}, {}); },
                Qt::QueuedConnection);
            return;
        }
        if (page.bodyBytes == 0)
            page.bodyBytes = result.body.size();
        if (checkShell && AppShell::looksLikeAppShell(result.body, result.charset)) {
            QMetaObject::invokeMethod(
                this,
                [this, entry, page = std::move(page), result] {
                    if (m_stopState) {
                        --m_inFlight;
                        return finishIfDone();
                    }
                    requestRender(entry, page, result);
                },
                Qt::QueuedConnection);
            return;
        }
        PageProcessor::Output output = processor->process(std::move(page), entry, result);
        output.page.wordCount = PageRecord::countWords(output.page.textContent);
        if (!refused.isEmpty())
            output.page.addMetadata(u"trawl:renderRefused"_s, QJsonArray::fromStringList(refused));
        QMetaObject::invokeMethod(
            this,
            [this, entry, output = std::move(output)] {
                for (std::size_t i = 0; i < output.verdicts.size(); ++i)
                    m_verdicts[i] += output.verdicts[i];
                onParsed(entry, output.page, output.links, output.canonicalKey, output.admitted);
            },
            Qt::QueuedConnection);
    });
}

void Crawler::requestRender(const FrontierEntry &entry, PageRecord page, const FetchResult &result)
{
    RenderRequest request;
    request.url = result.finalUrl;
    request.session = m_jobId; // this crawl's cookies and user agent, no other's
    request.userAgent = m_options.effectiveUserAgent();
    for (const auto &[name, value] : m_options.headers)
        request.headers.append({name.toLatin1(), value.toUtf8()});
    request.waitForMs = m_options.waitForMs;
    request.waitForSelector = m_options.waitForSelector;
    request.timeoutMs = m_options.renderTimeoutMs;
    request.blockResources = m_options.blockResources;
    request.screenshot = m_options.screenshot();
    request.maxHtmlBytes = m_options.maxBodyBytes;
    const quint64 id = m_renderer->submit(request);
    m_renders.insert(
        id, PendingRender{entry, std::move(page), std::make_shared<const FetchResult>(result)});
}

void Crawler::onRendered(quint64 id, const RenderResult &rendered)
{
    auto it = m_renders.find(id);
    if (it == m_renders.end())
        return; // another crawl's page, or one dropped by stop()
    PendingRender pending = std::move(*it);
    m_renders.erase(it);
    PageRecord &page = pending.page;
    page.renderMode = u"js"_s;
    page.durationMs += rendered.durationMs;
    if (!rendered.refused.isEmpty()) {
        // What the page tried and was refused is an error on it (RENDER_REFUSED, unless the
        // render failed) and a warning in the job's log; the page keeps what it rendered.
        log(u"warning"_s, tr("While rendering %1, Trawl refused: %2.")
                              .arg(page.url, rendered.refused.join(u"; "_s)));
        page.error = PageError::RenderRefused;
        page.errorMessage = tr("While rendering, the page tried what Trawl refuses: %1.")
                                .arg(rendered.refused.join(u"; "_s));
    }
    if (rendered.error != PageError::None) {
        page.error = rendered.error;
        page.errorMessage = rendered.errorMessage;
        if (m_options.renderMode == CrawlOptions::RenderMode::Auto) {
            // Auto mode rendered a page it had fetched well: it keeps that static page, with the
            // render's error on it.
            page.renderMode = u"static"_s;
            page.errorMessage =
                tr("Rendering failed, the page is kept as fetched: %1").arg(rendered.errorMessage);
            return parse(pending.entry, std::move(page), *pending.result, false, rendered.refused);
        }
        page.state = PageState::Failed;
        if (!rendered.refused.isEmpty())
            page.addMetadata(u"trawl:renderRefused"_s,
                             QJsonArray::fromStringList(rendered.refused));
        storePage(std::move(page), pending.entry);
        --m_inFlight;
        pump();
        return finishIfDone();
    }
    FetchResult result = *pending.result;
    result.body = rendered.html.toUtf8();
    result.gzipBody.clear(); // the fetched page, not the rendered one
    result.charset = u"utf-8"_s;
    if (rendered.finalUrl.isValid())
        result.finalUrl = rendered.finalUrl;
    page.screenshot = rendered.screenshot;
    parse(pending.entry, std::move(page), result, false, rendered.refused);
}

void Crawler::onParsed(const FrontierEntry &entry, const PageRecord &page,
                       const QList<FrontierEntry> &links, const QString &canonicalKey,
                       const std::vector<std::shared_ptr<std::atomic<int>>> &admitted)
{
    // The page names its canonical URL: that one is this page, not to be fetched again.
    if (!canonicalKey.isEmpty())
        m_frontier.markSeen(canonicalKey);
    QList<FrontierEntry> added;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const FrontierEntry &link = links.at(i);
        admit(link, added);
        // The frontier holds the key at this depth or less: parse workers stop sending it from
        // pages as deep as this one.
        if (std::size_t(i) < admitted.size()) {
            std::atomic<int> &depth = *admitted[std::size_t(i)];
            if (link.depth < depth.load(std::memory_order_relaxed))
                depth.store(link.depth, std::memory_order_relaxed);
        }
    }
    storePage(page, entry, added);
    --m_inFlight;
    pump();
    finishIfDone();
}

Frontier::Admission Crawler::admit(const FrontierEntry &entry, QList<FrontierEntry> &toStore)
{
    const Frontier::Admission admission = m_frontier.admit(entry);
    if (admission == Frontier::Admission::New)
        ++m_urlsDiscovered;
    if (admission != Frontier::Admission::Known)
        toStore << entry;
    return admission;
}

void Crawler::storePage(PageRecord page, const FrontierEntry &entry,
                        const QList<FrontierEntry> &links)
{
    page.index = m_nextIndex++;
    m_frontier.finished(entry.depth);
    if (const auto it = m_journalSegments.constFind(entry.key); it != m_journalSegments.cend()) {
        m_uncommittedSegments.emplace_back(page.index, it.value());
        m_journalSegments.erase(it);
    }
    if (page.state == PageState::Completed)
        ++m_pagesCompleted;
    else
        ++m_pagesFailed;
    m_writer->storePage(page, entry.key, links);
    // A window or a progress line needs no more than this; a signal per page costs a fast crawl.
    constexpr qint64 progressIntervalMs = 50;
    if (!m_progressClock.isValid() || m_progressClock.elapsed() >= progressIntervalMs) {
        m_progressClock.start();
        Q_EMIT progress(currentProgress());
    }
}

void Crawler::storeUnfetched(const FrontierEntry &entry, PageState state, PageError error,
                             const QString &message)
{
    --m_budget;
    PageRecord page;
    page.jobId = m_jobId;
    page.url = entry.url;
    page.parentUrl = entry.parentUrl;
    page.depth = entry.depth;
    page.state = state;
    page.error = error;
    page.errorMessage = message;
    page.fetchedAt = QDateTime::currentDateTimeUtc();
    storePage(std::move(page), entry);
}

void Crawler::onPagesStored(const QString &jobId, qint64, qint64 last)
{
    if (jobId != m_jobId)
        return;
    while (!m_uncommittedSegments.empty() && m_uncommittedSegments.front().first <= last) {
        if (m_journal)
            m_journal->committed(m_uncommittedSegments.front().second);
        m_uncommittedSegments.pop_front();
    }
    if (last <= m_lastCommitted)
        return;
    m_lastCommitted = last;
    pump();
    finishIfDone();
}

void Crawler::control()
{
    if (m_ended)
        return;
    m_writer->setHeartbeat(m_jobId, ::getpid());
    // Someone else (`trawl cancel`, another window) may have paused or cancelled the job.
    if (const auto job = m_store->job(m_jobId)) {
        if (job->state == JobState::Paused || job->state == JobState::Cancelled) {
            log(u"info"_s, tr("The job was %1 from outside this process.")
                               .arg(JobStates::toString(job->state)));
            stop(job->state);
        }
    }
}

void Crawler::log(const QString &level, const QString &message)
{
    m_writer->appendLog(m_jobId, level, message);
}

void Crawler::finishIfDone()
{
    if (m_ended || m_inFlight > 0 || busy() > 0)
        return;
    if (m_stopState)
        return end(*m_stopState);
    if (m_auxInFlight > 0 || m_retriesWaiting > 0)
        return;
    const bool robotsPending = std::any_of(m_robots.cbegin(), m_robots.cend(), [](const auto &r) {
        return r.state == RobotsState::Fetching || r.state == RobotsState::Waiting;
    });
    if (robotsPending)
        return;
    if ((m_frontier.isEmpty() && m_sitemapQueue.isEmpty()) || m_budget <= 0)
        end(JobState::Completed);
}

void Crawler::end(JobState state, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    m_controlTimer.stop();
    m_wakeTimer.stop();
    m_depthWaitTimer.stop();
    if (m_store && m_store->job(m_jobId)) {
        QStringList skipped;
        for (std::size_t i = 1; i < m_verdicts.size(); ++i) {
            if (m_verdicts[i] > 0)
                skipped << tr("%1 %2").arg(m_verdicts[i]).arg(Scope::describe(Scope::Verdict(i)));
        }
        if (!skipped.isEmpty())
            log(u"info"_s, tr("Links not followed: %1.").arg(skipped.join(u", "_s)));
        m_writer->setJobState(m_jobId, state, error);
        m_writer->setHeartbeat(m_jobId, 0);
        log(state == JobState::Failed ? u"error"_s : u"info"_s,
            error.isEmpty() ? tr("The job is %1: %2 pages stored, %3 failed or skipped.")
                                  .arg(JobStates::toString(state))
                                  .arg(m_pagesCompleted + m_pagesFailed)
                                  .arg(m_pagesFailed)
                            : error);
    }
    m_writer->flush();
    // Every page the journal holds is committed now. (A journal that failed half-way left its
    // files too.)
    if (m_journal)
        m_journal->clear();
    else if (m_journalStarted)
        Database::removeFetchedFolder(m_databasePath, m_jobId);
    Q_EMIT progress(currentProgress());
    Q_EMIT finished(state, error);
}

CrawlProgress Crawler::currentProgress() const
{
    return CrawlProgress{m_pagesCompleted, m_pagesFailed, m_urlsDiscovered, m_inFlight};
}
