// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

// What a local crawl does. The fields mirror Firecrawl's `POST /v1/crawl` body (crawlrequest.h
// reads and writes that JSON); the comments give each field's JSON name.
struct CrawlOptions
{
    static constexpr int defaultLimit = 10000;
    static constexpr int defaultMaxDepth = 10;
    static constexpr int defaultConcurrency = 8;
    static constexpr int defaultTimeoutMs = 30000;
    static constexpr int defaultRetries = 2;
    static constexpr qint64 defaultMaxBodyBytes = 10 * 1024 * 1024;

    QUrl url; // url: the start page
    // Scope.
    QStringList includePaths;           // includePaths: regexes, a URL must match one
    QStringList excludePaths;           // excludePaths: regexes, a URL must match none
    bool regexOnFullUrl = false;        // regexOnFullURL: match the whole URL, not the path
    bool allowExternalLinks = false;    // allowExternalLinks: follow links to other sites
    bool allowSubdomains = false;       // allowSubdomains: follow links to subdomains
    bool crawlEntireDomain = false;     // crawlEntireDomain: not only under the start path
    bool ignoreSitemap = false;         // ignoreSitemap
    bool ignoreRobotsTxt = false;       // ignoreRobotsTxt (also meta robots, X-Robots-Tag)
    bool ignoreQueryParameters = false; // ignoreQueryParameters: ?a=1 and ?a=2 are one page
    bool deduplicateSimilarUrls = true; // deduplicateSimilarURLs: www/http(s)/index.html/slash
    // Limits.
    int limit = defaultLimit;       // limit: pages fetched at most (successful or failed)
    int maxDepth = defaultMaxDepth; // maxDepth: link hops from the start page (start = 0)
    // Politeness.
    int concurrency = defaultConcurrency; // maxConcurrency: requests in flight, all hosts
    int perHostConcurrency = 0;           // trawl.perHostConcurrency: 0 = same as concurrency
    int delayMs = 0;                      // delay (seconds in JSON): between requests to a host
    int retries = defaultRetries;         // trawl.retries: extra attempts for retryable errors
    // Requests.
    int timeoutMs = defaultTimeoutMs;           // scrapeOptions.timeout
    QList<std::pair<QString, QString>> headers; // scrapeOptions.headers
    QString userAgent;                          // trawl.userAgent (empty: defaultUserAgent())
    bool skipTlsVerification = false;           // scrapeOptions.skipTlsVerification
    qint64 maxBodyBytes = defaultMaxBodyBytes;  // trawl.maxBodyBytes: decoded size cap per page
    QStringList formats{QStringLiteral("markdown")}; // scrapeOptions.formats
    // Content.
    bool onlyMainContent = false;    // scrapeOptions.onlyMainContent (absent in a v1 body: true)
    QStringList includeTags;         // scrapeOptions.includeTags: selectors of the parts to keep
    QStringList excludeTags;         // scrapeOptions.excludeTags: selectors of parts to drop
    bool removeBase64Images = false; // scrapeOptions.removeBase64Images
    // Rendering (JavaScript pages through QtWebEngine, core/render).
    enum class RenderMode
    {
        Static, // never run scripts (the fetched HTML is the page)
        Js,     // render every HTML page
        Auto,   // render a page when its static HTML looks like an app shell
    };
    static constexpr int defaultRenderTimeoutMs = 30000;
    static constexpr int maxWaitForMs = 60000;
    enum class Screenshot
    {
        None,
        Viewport, // format "screenshot": the first 1280x800 pixels
        FullPage, // format "screenshot@fullPage": the whole page's height
    };
    RenderMode renderMode = RenderMode::Static; // trawl.render: "static" | "js" | "auto"
    int waitForMs = 0;                          // scrapeOptions.waitFor: after load, before reading
    QString waitForSelector;                    // trawl.waitForSelector: a CSS selector to wait for
    int renderTimeoutMs = defaultRenderTimeoutMs; // trawl.renderTimeout: load + wait, per page
    bool blockResources = false; // trawl.blockResources: no images, media or fonts while rendering

    // One human-readable reason per invalid field (regexes compiled), empty when it can run.
    QStringList validate() const;

    QString effectiveUserAgent() const;
    int effectivePerHostConcurrency() const;
    // The user agent's product token for robots.txt groups ("Trawl").
    static QString robotsToken();
    static QString defaultUserAgent();
    // The formats a crawl can produce ("markdown", "html", "rawHtml", "links", "screenshot",
    // "screenshot@fullPage"; the screenshots only when rendering).
    static QStringList knownFormats();
    static QString renderModeName(RenderMode mode); // "static", "js", "auto"
    static std::optional<RenderMode> renderModeFromName(QStringView name);
    Screenshot screenshot() const; // which screenshot the formats ask for

    bool operator==(const CrawlOptions &) const = default;
};

// Parses a start URL typed by a person: adds "http://" when the scheme is missing, rejects
// anything that is not an absolute http(s) URL with a host. On failure returns an invalid QUrl
// and sets `error` to the reason.
QUrl parseStartUrl(const QString &text, QString *error);
// Parses "Name: value" (a header as typed on the command line or in the dialog).
std::optional<std::pair<QString, QString>> parseHeaderLine(const QString &line, QString *error);
