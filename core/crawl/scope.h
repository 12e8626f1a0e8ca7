// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

// Which URLs a crawl may enter, decided on normalized URLs. Immutable once built, so the parse
// workers share a copy.
class Scope final
{
public:
    // Why a URL is out (or Allowed). Counted per crawl and shown in its log.
    enum class Verdict
    {
        Allowed,
        NotHttp,          // mailto:, tel:, javascript:, ...
        OtherHost,        // another site (allowExternalLinks is off) or a subdomain
        OutsideStartPath, // not under the start URL's path (crawlEntireDomain is off)
        NotIncluded,      // matches no includePaths regex
        Excluded,         // matches an excludePaths regex
        Asset,            // an image, stylesheet, script, font, archive, feed...
        Trap,             // too long, too many query parameters, a path that repeats itself
    };

    static constexpr int maxUrlLength = 2048;
    static constexpr int maxQueryParameters = 16;
    static constexpr int maxPathSegments = 32;
    static constexpr int maxSegmentRepeats = 3;

    explicit Scope(const CrawlOptions &options);

    Verdict check(const QUrl &url) const;
    // Whether a redirect may go to `url`: the host rules only (paths and patterns apply to links).
    bool allowsHost(const QUrl &url) const;
    static QString describe(Verdict verdict);

private:
    static QString bareHost(const QString &host);
    bool isTrap(const QUrl &url) const;
    static bool isAsset(const QString &path);

    QString m_host;      // the start host, lower-case, without "www."
    QString m_startPath; // prefix every path must have unless crawlEntireDomain
    bool m_allowExternal;
    bool m_allowSubdomains;
    bool m_regexOnFullUrl;
    QList<QRegularExpression> m_includes;
    QList<QRegularExpression> m_excludes;
};
