// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/scope.h"
#include "crawl/urlnormalizer.h"
#include "model/pagerecord.h"
#include "store/frontierentry.h"

#include <array>

struct FetchResult;

// Turns a fetched HTML page into its PageRecord and the in-scope links to admit. Pure and
// thread-safe: it runs in the crawler's parse pool, with its own copy of everything it needs.
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

    PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer);

    // `page` arrives with the fetch fields filled; `entry` is the frontier entry fetched.
    Output process(PageRecord page, const FrontierEntry &entry, const FetchResult &result) const;

    // Robots directives of a meta tag or an X-Robots-Tag header value, for the user agent token
    // (`token: directives` values apply only to that agent).
    struct Directives
    {
        bool noIndex = false;
        bool noFollow = false;
    };
    static Directives parseDirectives(const QString &value, const QString &token);

private:
    Scope m_scope;
    UrlNormalizerOptions m_normalizer;
    int m_maxDepth;
    bool m_obeyRobots;
    bool m_keepRawHtml;
    bool m_keepLinks;
};
