// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <optional>

// The request bodies of the local API other than POST /v1/crawl (CrawlRequest reads that one),
// read as strictly as Firecrawl reads them: an unknown key or a wrong type is refused with a
// reason naming the key. Each becomes the CrawlOptions of an ordinary local job.
namespace ApiBodies {

// POST /v1/batch/scrape: {urls, ignoreInvalidURLs, maxConcurrency, origin, ...scrape options}.
struct BatchScrape
{
    CrawlOptions options; // url = the first valid URL; limit = the number of URLs
    QList<QUrl> urls;     // valid, in the order given
    QStringList invalid;  // refused URLs, when ignoreInvalidURLs is set
};
std::optional<BatchScrape> batchScrape(const QJsonObject &body, QString *error);

// POST /v1/scrape: {url, ...scrape options}: one page, no links followed.
std::optional<CrawlOptions> scrape(const QJsonObject &body, QString *error);

// POST /v0/crawl: {url, crawlerOptions{...}, pageOptions{...}}.
std::optional<CrawlOptions> v0Crawl(const QJsonObject &body, QString *error);

// POST /v1/map: {url, search, ignoreSitemap, sitemapOnly, includeSubdomains, limit, timeout}.
struct MapRequest
{
    static constexpr int defaultLimit = 5000;
    static constexpr int maxLimit = 30000;
    QUrl url;
    QString search;
    bool ignoreSitemap = false;
    bool sitemapOnly = false;
    bool includeSubdomains = true;
    int limit = defaultLimit;
    int timeoutMs = 30000;
};
std::optional<MapRequest> map(const QJsonObject &body, QString *error);

// Options every one-page job shares: no links followed, no sitemap, robots.txt not asked (a
// scrape fetches what it is told to, as Firecrawl's does).
void makeScrapeJob(CrawlOptions &options, int pages);

} // namespace ApiBodies
