// SPDX-License-Identifier: GPL-3.0-or-later
// The crawler's site files: each host's robots.txt (RFC 9309) and the sitemaps that seed the
// frontier.
#include "crawl/crawler.h"

#include "crawl/fetcher.h"
#include "crawl/sitemap.h"
#include "store/storewriter.h"

#include <QTimer>

using namespace Qt::StringLiterals;

bool Crawler::robotsAllow(const QUrl &url) const
{
    if (m_options.ignoreRobotsTxt)
        return true;
    const auto it = m_robots.constFind(Frontier::hostOf(url.toString()));
    // A host whose robots.txt is not known yet is checked when its URLs are taken.
    return it == m_robots.cend() || it->state != RobotsState::Ready || it->rules.isAllowed(url);
}

void Crawler::fetchRobots(const QString &host, const QUrl &origin)
{
    HostRobots &robots = m_robots[host];
    robots.state = RobotsState::Fetching;
    ++robots.attempts;
    ++m_auxInFlight;
    FetchRequest request = baseRequest(origin.resolved(QUrl(u"/robots.txt"_s)));
    request.maxBytes = RobotsTxt::maxBytes;
    request.truncateAtLimit = true;
    request.maxRedirects = 5; // RFC 9309 2.3.1.2
    fetchFromHost(host, request, [this, host, origin](const FetchResult &result) {
        --m_auxInFlight;
        onRobots(host, origin, result);
    });
}

void Crawler::onRobots(const QString &host, const QUrl &origin, const FetchResult &result)
{
    HostRobots &robots = m_robots[host];
    if (m_stopState) {
        robots.state = RobotsState::Unknown;
        return finishIfDone();
    }
    const bool unreachable = result.error != PageError::None && result.httpStatus < 400;
    if (result.error == PageError::None) {
        robots.rules = RobotsTxt::parse(result.body, CrawlOptions::robotsToken());
    } else if (result.httpStatus >= 400 && result.httpStatus < 500) {
        robots.rules = RobotsTxt::allowAll(); // RFC 9309 2.3.1.3: unavailable
    } else if (robots.attempts < robotsAttempts) {
        // 5xx or unreachable: the URLs of this host wait, and we ask again later.
        robots.state = RobotsState::Waiting;
        const qint64 wait = backoffMs(robots.attempts);
        log(u"warning"_s, tr("robots.txt of %1 is unreachable (%2); asking again in %3 s.")
                              .arg(host, result.errorMessage)
                              .arg(double(wait) / 1000, 0, 'f', 1));
        QTimer::singleShot(int(wait), this, [this, host] {
            m_robots[host].state = RobotsState::Unknown;
            pump();
            finishIfDone();
        });
        return;
    } else {
        robots.rules = RobotsTxt::disallowAll(); // RFC 9309 2.3.1.4: complete disallow
        const QString reason =
            unreachable ? result.errorMessage : tr("HTTP %1").arg(result.httpStatus);
        if (unreachable) {
            // The host itself cannot be reached: its pages fail with that reason.
            robots.failure = result.error;
            robots.failureMessage =
                tr("robots.txt of %1 could not be fetched (%2), so nothing was fetched there "
                   "(RFC 9309).")
                    .arg(host, reason);
        }
        log(u"error"_s, tr("robots.txt of %1 stayed unreachable (%2): RFC 9309 says to crawl "
                           "nothing there.")
                            .arg(host, reason));
    }
    robots.state = RobotsState::Ready;
    if (const auto delay = robots.rules.crawlDelay(); delay && *delay > 0) {
        const qint64 asked = qint64(*delay * 1000);
        const qint64 used = m_scheduler->setCrawlDelay(host, asked);
        log(u"info"_s,
            tr("robots.txt of %1 asks for %2 s between requests%3.")
                .arg(host)
                .arg(*delay)
                .arg(used < asked ? tr("; Trawl waits %1 s").arg(used / 1000) : QString()));
    }
    if (host == Frontier::hostOf(m_options.url.toString()) && m_sitemapFiles == 0
        && m_sitemapQueue.isEmpty())
        queueSitemaps(origin, robots.rules.sitemaps());
    pump();
    finishIfDone();
}

void Crawler::queueSitemaps(const QUrl &origin, const QStringList &declared)
{
    if (m_options.ignoreSitemap || m_options.maxDepth < 1)
        return;
    QList<QUrl> urls;
    for (const QString &text : declared)
        urls << QUrl(text);
    urls << origin.resolved(QUrl(u"/sitemap.xml"_s));
    for (const QUrl &url : std::as_const(urls)) {
        const QString key = url.toString();
        if (url.isValid() && !m_sitemapsSeen.contains(key)) {
            m_sitemapsSeen.insert(key);
            m_sitemapQueue << url;
        }
    }
}

void Crawler::fetchSitemap(const QUrl &url)
{
    ++m_auxInFlight;
    ++m_sitemapsReading;
    ++m_sitemapFiles;
    FetchRequest request = baseRequest(url);
    request.maxBytes = Sitemap::maxDecodedBytes;
    fetchFromHost(Frontier::hostOf(url.toString()), request,
                  [this, url](const FetchResult &result) {
                      --m_auxInFlight;
                      --m_sitemapsReading;
                      onSitemap(url, result);
                  });
}

void Crawler::onSitemap(const QUrl &url, const FetchResult &result)
{
    if (m_stopState)
        return finishIfDone();
    if (result.error != PageError::None) {
        // A missing /sitemap.xml is normal; say so only for one that robots.txt named.
        if (result.httpStatus != 404)
            log(u"warning"_s, tr("Sitemap %1: %2").arg(url.toString(), result.errorMessage));
    } else {
        // Parsed, normalized and keyed on the parse pool (a sitemap of thousands of URLs would
        // hold the first pages back); admitted here. The crawl does not end meanwhile.
        ++m_auxInFlight;
        ++m_sitemapsReading;
        startParsing([this, url, body = result.body, scope = *m_scope,
                      normalizer = m_normalizerOptions] {
            SitemapContent content = Sitemap::parse(body, url);
            QList<FrontierEntry> entries;
            entries.reserve(content.pages.size());
            const QString parent = url.toString(QUrl::FullyEncoded);
            for (const QUrl &page : std::as_const(content.pages)) {
                const QUrl normalized = UrlNormalizer::normalize(page, normalizer);
                if (!normalized.isValid() || scope.check(normalized) != Scope::Verdict::Allowed)
                    continue;
                entries << FrontierEntry{normalized.toString(QUrl::FullyEncoded),
                                         UrlNormalizer::key(normalized, normalizer), parent, 1, 0};
            }
            QMetaObject::invokeMethod(
                this,
                [this, url, content = std::move(content), entries = std::move(entries)] {
                    --m_auxInFlight;
                    --m_sitemapsReading;
                    onSitemapParsed(url, content, entries);
                },
                Qt::QueuedConnection);
        });
        return;
    }
    pump();
    finishIfDone();
}

void Crawler::onSitemapParsed(const QUrl &url, const SitemapContent &content,
                              const QList<FrontierEntry> &entries)
{
    if (m_stopState)
        return finishIfDone();
    if (!content.error.isEmpty())
        log(u"warning"_s, content.error);
    for (const QUrl &child : content.sitemaps) {
        const QString key = child.toString();
        if (m_sitemapFiles + m_sitemapQueue.size() < maxSitemapFiles
            && !m_sitemapsSeen.contains(key)) {
            m_sitemapsSeen.insert(key);
            m_sitemapQueue << child;
        }
    }
    QList<FrontierEntry> toStore;
    int added = 0;
    for (const FrontierEntry &entry : entries)
        added += admit(entry, toStore) == Frontier::Admission::New ? 1 : 0;
    m_writer->addFrontier(m_jobId, toStore);
    log(u"info"_s, tr("Sitemap %1 lists %2 pages; %3 were new.")
                       .arg(url.toString())
                       .arg(content.pages.size())
                       .arg(added));
    pump();
    finishIfDone();
}
