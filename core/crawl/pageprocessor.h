// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/scope.h"
#include "crawl/urlnormalizer.h"
#include "extract/pageextractor.h"
#include "model/pagerecord.h"
#include "store/frontierentry.h"

#include <array>
#include <optional>

struct FetchResult;

// Turns a fetched HTML page into its PageRecord (through PageExtractor) and the in-scope links to
// admit. Pure and thread-safe: it runs in the crawler's parse pool.
class PageProcessor final
{
public:
    struct Output
    {
        PageRecord page;
        QList<FrontierEntry> links;    // in scope, deduplicated within the page, depth + 1
        QString canonicalKey;          // the page's rel=canonical, when it names another URL
        std::array<int, 8> verdicts{}; // links counted by Scope::Verdict
    };

    // Fails (with a reason) when the options' selectors do not parse.
    static std::optional<PageProcessor> create(const CrawlOptions &options,
                                               UrlNormalizerOptions normalizer, QString *error);

    // `page` arrives with the fetch fields filled; `entry` is the frontier entry fetched.
    Output process(PageRecord page, const FrontierEntry &entry, const FetchResult &result) const;

    static PageExtractor::Options extractorOptions(const CrawlOptions &options);

private:
    PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer,
                  PageExtractor extractor);

    Scope m_scope;
    UrlNormalizerOptions m_normalizer;
    PageExtractor m_extractor;
    int m_maxDepth;
    bool m_obeyRobots;
    bool m_keepLinks;
};
