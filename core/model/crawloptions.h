// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// What a local crawl does. The field names follow Firecrawl's `POST /v1/crawl` body so that the
// stored JSON (toJson) reads like a request a Firecrawl user already knows; options Trawl adds
// live under the "trawl" key.
struct CrawlOptions
{
    static constexpr int defaultLimit = 10000;
    static constexpr int defaultMaxDepth = 10;
    static constexpr int defaultConcurrency = 8;
    static constexpr int defaultTimeoutMs = 30000;

    QUrl url;                             // the start page
    int limit = defaultLimit;             // pages fetched at most (successful or failed)
    int maxDepth = defaultMaxDepth;       // link hops from the start page (start page = 0)
    int concurrency = defaultConcurrency; // requests in flight at once, all hosts together
    int timeoutMs = defaultTimeoutMs;     // total time for one request
    QString userAgent;                    // empty: the default user agent

    // One human-readable reason per invalid field, empty when the options can run.
    QStringList validate() const;

    QJsonObject toJson() const;
    static CrawlOptions fromJson(const QJsonObject &json);

    static QString defaultUserAgent();

    bool operator==(const CrawlOptions &) const = default;
};

// Parses a start URL typed by a person: adds "http://" when the scheme is missing, rejects
// anything that is not an absolute http(s) URL with a host. On failure returns an invalid QUrl
// and sets `error` to the reason.
QUrl parseStartUrl(const QString &text, QString *error);
