// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawler.h"

#include "crawl/fetcher.h"
#include "extract/htmldocument.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

// The body as UTF-8, whatever the server's charset (gumbo reads UTF-8 only).
QByteArray toUtf8(const QByteArray &body, const QString &charset)
{
    if (charset.isEmpty() || charset == u"utf-8"_s || charset == u"utf8"_s)
        return body;
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        return body;
    return QString(decoder(body)).toUtf8();
}

} // namespace

Crawler::Crawler(const QString &databasePath, StoreWriter *writer, const QString &jobId,
                 QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_writer(writer)
    , m_jobId(jobId)
{
    m_parsePool.setObjectName(u"parse"_s);
}

Crawler::~Crawler()
{
    // Parse tasks post back to this object: none may outlive it.
    m_parsePool.waitForDone();
}

void Crawler::start()
{
    m_store = std::make_unique<JobStore>(m_databasePath);
    QString error;
    if (!m_store->open(&error))
        return end(JobState::Failed, error);
    const auto job = m_store->job(m_jobId);
    if (!job)
        return end(JobState::Failed, tr("There is no job %1.").arg(m_jobId));
    m_options = job->options;
    const QStringList problems = m_options.validate();
    if (!problems.isEmpty())
        return end(JobState::Failed, problems.join(u' '));

    m_scope.emplace(m_options.url);
    m_frontier.load(*m_store, m_jobId);
    m_nextIndex = m_store->nextPageIndex(m_jobId);
    m_pagesCompleted = job->pagesCompleted;
    m_pagesFailed = job->pagesFailed;
    m_urlsDiscovered = job->urlsDiscovered;
    m_budget = m_options.limit - (m_pagesCompleted + m_pagesFailed);
    m_fetcher = std::make_unique<Fetcher>();

    if (m_frontier.admittedCount() == 0) {
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
    m_writer->appendLog(m_jobId, u"info"_s,
                        job->pagesDone() > 0
                            ? tr("Resumed with %1 pages stored and %2 URLs queued.")
                                  .arg(job->pagesDone())
                                  .arg(m_frontier.pendingCount())
                            : tr("Started crawling %1.").arg(m_options.url.toString()));
    pump();
    finishIfDone();
}

void Crawler::stop(JobState state)
{
    if (m_ended || m_stopState)
        return;
    m_stopState = state;
    if (m_fetcher)
        m_fetcher->abortAll();
    finishIfDone();
}

void Crawler::stopAndWait(JobState state)
{
    stop(state);
    m_parsePool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    finishIfDone();
}

void Crawler::pump()
{
    while (!m_stopState && m_inFlight < m_options.concurrency && m_budget > 0) {
        auto entry = m_frontier.takeNext();
        if (!entry)
            break;
        --m_budget;
        dispatch(*entry);
    }
}

void Crawler::dispatch(const FrontierEntry &entry)
{
    ++m_inFlight;
    FetchRequest request;
    request.url = QUrl(entry.url, QUrl::StrictMode);
    request.timeoutMs = m_options.timeoutMs;
    request.userAgent =
        m_options.userAgent.isEmpty() ? CrawlOptions::defaultUserAgent() : m_options.userAgent;
    m_fetcher->fetch(request,
                     [this, entry](const FetchResult &result) { onFetched(entry, result); });
}

void Crawler::onFetched(const FrontierEntry &entry, const FetchResult &result)
{
    if (m_stopState && result.error == PageError::Cancelled) {
        // Stopped mid-flight: the URL stays pending in the frontier for a resume.
        --m_inFlight;
        return finishIfDone();
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
    page.fetchedAt = QDateTime::currentDateTimeUtc();
    page.error = result.error;
    page.errorMessage = result.errorMessage;
    page.state = result.error == PageError::None ? PageState::Completed : PageState::Failed;

    if (page.state != PageState::Completed || !result.isHtml()) {
        storePage(std::move(page), entry);
        --m_inFlight;
        pump();
        return finishIfDone();
    }

    // Parsing, link resolution and normalization are pure: they run in the pool, and only the
    // frontier (which needs no lock because only this thread touches it) is left for later.
    const bool followLinks = entry.depth < m_options.maxDepth;
    m_parsePool.start([this, entry, result, page = std::move(page), followLinks, scope = *m_scope,
                       normalizer = m_normalizerOptions]() mutable {
        const QByteArray utf8 = toUtf8(result.body, result.charset);
        const HtmlDocument document = HtmlDocument::parse(utf8);
        page.title = document.title();
        page.language = document.language();
        page.description = document.metaContent(u"description"_s);
        page.rawHtml = QString::fromUtf8(utf8);

        QUrl base = result.finalUrl;
        if (const QString href = document.baseHref(); !href.isEmpty()) {
            if (const QUrl resolved = UrlNormalizer::resolve(base, href); resolved.isValid())
                base = resolved;
        }
        QSet<QString> seenLinks;
        QSet<QString> seenKeys;
        QList<FrontierEntry> outgoing;
        for (const QString &href : document.hrefs()) {
            const QUrl resolved = UrlNormalizer::resolve(base, href);
            if (!resolved.isValid())
                continue;
            const QUrl normalized = UrlNormalizer::normalize(resolved, normalizer);
            const QString text = normalized.toString(QUrl::FullyEncoded);
            if (seenLinks.contains(text))
                continue;
            seenLinks.insert(text);
            page.links << text;
            if (!followLinks || !scope.allows(normalized))
                continue;
            const QString key = UrlNormalizer::key(normalized, normalizer);
            if (seenKeys.contains(key))
                continue;
            seenKeys.insert(key);
            outgoing << FrontierEntry{text, key, page.finalUrl, entry.depth + 1, 0};
        }
        QMetaObject::invokeMethod(
            this,
            [this, entry, page = std::move(page), outgoing = std::move(outgoing)]() mutable {
                onParsed(entry, std::move(page), outgoing);
            },
            Qt::QueuedConnection);
    });
}

void Crawler::onParsed(const FrontierEntry &entry, PageRecord page,
                       const QList<FrontierEntry> &links)
{
    QList<FrontierEntry> admitted;
    for (const FrontierEntry &link : links) {
        if (m_frontier.admit(link))
            admitted << link;
    }
    m_urlsDiscovered += admitted.size();
    storePage(std::move(page), entry, admitted);
    --m_inFlight;
    pump();
    finishIfDone();
}

void Crawler::storePage(PageRecord page, const FrontierEntry &entry,
                        const QList<FrontierEntry> &links)
{
    page.index = m_nextIndex++;
    if (page.state == PageState::Completed)
        ++m_pagesCompleted;
    else
        ++m_pagesFailed;
    m_writer->storePage(page, entry.key, links);
    Q_EMIT progress(currentProgress());
}

void Crawler::finishIfDone()
{
    if (m_ended || m_inFlight > 0)
        return;
    if (m_stopState)
        return end(*m_stopState);
    if (m_frontier.isEmpty() || m_budget <= 0)
        end(JobState::Completed);
}

void Crawler::end(JobState state, const QString &error)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_store && m_store->job(m_jobId)) {
        m_writer->setJobState(m_jobId, state, error);
        m_writer->appendLog(m_jobId, state == JobState::Failed ? u"error"_s : u"info"_s,
                            error.isEmpty() ? tr("The job is %1: %2 pages stored, %3 failed.")
                                                  .arg(JobStates::toString(state))
                                                  .arg(m_pagesCompleted + m_pagesFailed)
                                                  .arg(m_pagesFailed)
                                            : error);
    }
    m_writer->flush();
    Q_EMIT progress(currentProgress());
    Q_EMIT finished(state, error);
}

CrawlProgress Crawler::currentProgress() const
{
    return CrawlProgress{m_pagesCompleted, m_pagesFailed, m_urlsDiscovered, m_inFlight};
}
