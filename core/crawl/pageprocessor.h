// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/scope.h"
#include "crawl/urlnormalizer.h"
#include "extract/pageextractor.h"
#include "model/pagerecord.h"
#include "store/frontierentry.h"

#include <array>
#include <atomic>
#include <memory>
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
        QList<FrontierEntry> links; // in scope, deduplicated within the page, depth + 1
        // One per link: set it to the depth the frontier holds that link's key at, and the parse
        // workers leave the link out of later pages' `links` as deep or deeper.
        std::vector<std::shared_ptr<std::atomic<int>>> admitted;
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
    // What a link (as Metadata::links gives it) becomes: its normalized form, its scope verdict
    // and, when Allowed, its dedupe key.
    struct Link
    {
        bool valid = false;      // normalizes to an http(s) URL
        QString url;             // normalized, fully encoded (when valid; else the link's text)
        QString key;             // when the verdict is Allowed
        std::size_t urlHash = 0; // qHash(url), when valid
        std::size_t keyHash = 0;
        std::shared_ptr<std::atomic<int>> admitted; // when Allowed: the frontier holds the key at
                                                    // this depth or less (INT_MAX: not yet)
        Scope::Verdict verdict = Scope::Verdict::NotHttp;
    };
    class LinkCache;

    PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer,
                  PageExtractor extractor);
    Link classify(QByteArrayView utf8) const;

    Scope m_scope;
    UrlNormalizerOptions m_normalizer;
    PageExtractor m_extractor;
    int m_maxDepth;
    bool m_obeyRobots;
    bool m_keepLinks;
    // Pages of a site share most of their links (navigation, footers): each distinct link is
    // normalized, checked and keyed once per crawl. Shared by the copies of this processor.
    std::shared_ptr<LinkCache> m_links;
};
