// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/apibodies.h"

#include "model/crawlrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The scrape options a scrape or batch scrape body carries at its top level, Firecrawl's names.
const QStringList &scrapeOptionKeys()
{
    static const QStringList keys{u"formats"_s,
                                  u"onlyMainContent"_s,
                                  u"includeTags"_s,
                                  u"excludeTags"_s,
                                  u"headers"_s,
                                  u"timeout"_s,
                                  u"skipTlsVerification"_s,
                                  u"removeBase64Images"_s,
                                  u"waitFor"_s,
                                  u"mobile"_s,
                                  u"blockAds"_s,
                                  u"actions"_s,
                                  u"location"_s,
                                  u"proxy"_s,
                                  u"jsonOptions"_s,
                                  u"changeTrackingOptions"_s,
                                  u"parsePDF"_s,
                                  u"maxAge"_s,
                                  u"storeInCache"_s};
    return keys;
}

bool fail(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

// Rejects keys that are neither in `known` nor in `unsupported` (those with their own reason).
bool checkKeys(const QJsonObject &object, const QStringList &known, const QStringList &unsupported,
               const QString &prefix, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (unsupported.contains(it.key()))
            return fail(
                error, QCoreApplication::translate("ApiBodies", "%1 is not supported by Trawl yet.")
                           .arg(prefix + it.key()));
        if (!known.contains(it.key()))
            return fail(error, QCoreApplication::translate("ApiBodies", "unknown key \"%1\".")
                                   .arg(prefix + it.key()));
    }
    return true;
}

bool readBool(const QJsonObject &object, const QString &key, const QString &path, bool &out,
              QString *error)
{
    if (!object.contains(key))
        return true;
    if (!object.value(key).isBool())
        return fail(
            error, QCoreApplication::translate("ApiBodies", "%1 must be true or false.").arg(path));
    out = object.value(key).toBool();
    return true;
}

bool readInt(const QJsonObject &object, const QString &key, int minimum, int maximum, int &out,
             QString *error)
{
    if (!object.contains(key))
        return true;
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
        return fail(
            error, QCoreApplication::translate("ApiBodies", "%1 must be a whole number.").arg(key));
    if (value.toDouble() < minimum || value.toDouble() > maximum)
        return fail(error, QCoreApplication::translate("ApiBodies", "%1 must be between %2 and %3.")
                               .arg(key)
                               .arg(minimum)
                               .arg(maximum));
    out = value.toInt();
    return true;
}

// Replaces whole key paths in a reason given by CrawlRequest with the names the body used.
QString renameKeys(QString reason, const QList<std::pair<QString, QString>> &names)
{
    for (const auto &[from, to] : names) {
        reason.replace(QRegularExpression(u"(?<![\\w.])"_s + QRegularExpression::escape(from)
                                          + u"(?![\\w])"_s),
                       to);
    }
    return reason;
}

// Reads a body whose scrape options sit at its top level through CrawlRequest, as the
// scrapeOptions of a crawl of `url`; reasons name the keys as the body has them.
std::optional<CrawlOptions> readScrapeOptions(const QJsonObject &body, const QString &url,
                                              const QJsonObject &crawlExtras, QString *error)
{
    QJsonObject scrape;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (scrapeOptionKeys().contains(it.key()))
            scrape.insert(it.key(), it.value());
    }
    QJsonObject crawl = crawlExtras;
    crawl.insert(u"url"_s, url);
    crawl.insert(u"scrapeOptions"_s, scrape);
    QString reason;
    auto options = CrawlRequest::fromJson(crawl, &reason);
    if (!options && error)
        *error = reason.replace(u"scrapeOptions."_s, QString());
    return options;
}

} // namespace

namespace ApiBodies {

void makeScrapeJob(CrawlOptions &options, int pages)
{
    options.limit = std::max(1, pages);
    options.maxDepth = 0;
    options.ignoreSitemap = true;
    options.ignoreRobotsTxt = true;
    options.allowExternalLinks = true; // redirects may lead anywhere; no link is followed
}

std::optional<BatchScrape> batchScrape(const QJsonObject &body, QString *error)
{
    QStringList known{u"urls"_s, u"ignoreInvalidURLs"_s, u"maxConcurrency"_s, u"origin"_s};
    known += scrapeOptionKeys();
    if (!checkKeys(body, known, {u"webhook"_s, u"appendToId"_s, u"zeroDataRetention"_s}, {}, error))
        return std::nullopt;
    if (!body.contains(u"urls"_s)) {
        fail(error, QCoreApplication::translate("ApiBodies", "urls is required."));
        return std::nullopt;
    }
    const QJsonValue urls = body.value(u"urls"_s);
    if (!urls.isArray() || urls.toArray().isEmpty()) {
        fail(error, QCoreApplication::translate("ApiBodies",
                                                "urls must be a non-empty array of strings."));
        return std::nullopt;
    }
    bool ignoreInvalid = false;
    if (!readBool(body, u"ignoreInvalidURLs"_s, u"ignoreInvalidURLs"_s, ignoreInvalid, error))
        return std::nullopt;
    if (body.contains(u"origin"_s) && !body.value(u"origin"_s).isString()) {
        fail(error, QCoreApplication::translate("ApiBodies", "origin must be a string."));
        return std::nullopt;
    }
    BatchScrape batch;
    const QJsonArray list = urls.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isString()) {
            fail(error,
                 QCoreApplication::translate("ApiBodies", "urls[%1] must be a string.").arg(i));
            return std::nullopt;
        }
        QString reason;
        const QUrl url = parseStartUrl(list.at(i).toString(), &reason);
        if (url.isValid()) {
            batch.urls << url;
        } else if (ignoreInvalid) {
            batch.invalid << list.at(i).toString();
        } else {
            fail(error,
                 QCoreApplication::translate("ApiBodies", "urls[%1]: %2").arg(i).arg(reason));
            return std::nullopt;
        }
    }
    if (batch.urls.isEmpty()) {
        fail(error, QCoreApplication::translate("ApiBodies", "urls has no valid URL."));
        return std::nullopt;
    }
    QJsonObject extras;
    if (body.contains(u"maxConcurrency"_s))
        extras.insert(u"maxConcurrency"_s, body.value(u"maxConcurrency"_s));
    auto options = readScrapeOptions(body, batch.urls.constFirst().toString(QUrl::FullyEncoded),
                                     extras, error);
    if (!options)
        return std::nullopt;
    batch.options = *options;
    makeScrapeJob(batch.options, int(batch.urls.size()));
    return batch;
}

std::optional<CrawlOptions> scrape(const QJsonObject &body, QString *error)
{
    QStringList known{u"url"_s, u"origin"_s};
    known += scrapeOptionKeys();
    if (!checkKeys(body, known, {u"extract"_s, u"zeroDataRetention"_s}, {}, error))
        return std::nullopt;
    if (!body.contains(u"url"_s)) {
        fail(error, QCoreApplication::translate("ApiBodies", "url is required."));
        return std::nullopt;
    }
    if (!body.value(u"url"_s).isString()) {
        fail(error, QCoreApplication::translate("ApiBodies", "url must be a string."));
        return std::nullopt;
    }
    if (body.contains(u"origin"_s) && !body.value(u"origin"_s).isString()) {
        fail(error, QCoreApplication::translate("ApiBodies", "origin must be a string."));
        return std::nullopt;
    }
    auto options = readScrapeOptions(body, body.value(u"url"_s).toString(), {}, error);
    if (options)
        makeScrapeJob(*options, 1);
    return options;
}

std::optional<CrawlOptions> v0Crawl(const QJsonObject &body, QString *error)
{
    if (!checkKeys(body, {u"url"_s, u"crawlerOptions"_s, u"pageOptions"_s, u"origin"_s}, {}, {},
                   error))
        return std::nullopt;
    for (const QString &key : {u"crawlerOptions"_s, u"pageOptions"_s}) {
        if (body.contains(key) && !body.value(key).isObject()) {
            fail(error, QCoreApplication::translate("ApiBodies", "%1 must be an object.").arg(key));
            return std::nullopt;
        }
    }
    const QJsonObject crawler = body.value(u"crawlerOptions"_s).toObject();
    const QJsonObject page = body.value(u"pageOptions"_s).toObject();
    if (!checkKeys(crawler,
                   {u"includes"_s, u"excludes"_s, u"maxDepth"_s, u"limit"_s,
                    u"allowBackwardCrawling"_s, u"allowExternalContentLinks"_s, u"ignoreSitemap"_s},
                   {u"returnOnlyUrls"_s, u"mode"_s, u"generateImgAltText"_s}, u"crawlerOptions."_s,
                   error)
        || !checkKeys(page,
                      {u"onlyMainContent"_s, u"includeHtml"_s, u"includeRawHtml"_s,
                       u"onlyIncludeTags"_s, u"removeTags"_s, u"headers"_s},
                      {u"waitFor"_s, u"screenshot"_s, u"fullPageScreenshot"_s}, u"pageOptions."_s,
                      error))
        return std::nullopt;

    const QList<std::pair<QString, QString>> names{
        {u"includePaths"_s, u"crawlerOptions.includes"_s},
        {u"excludePaths"_s, u"crawlerOptions.excludes"_s},
        {u"maxDepth"_s, u"crawlerOptions.maxDepth"_s},
        {u"limit"_s, u"crawlerOptions.limit"_s},
        {u"crawlEntireDomain"_s, u"crawlerOptions.allowBackwardCrawling"_s},
        {u"allowExternalLinks"_s, u"crawlerOptions.allowExternalContentLinks"_s},
        {u"ignoreSitemap"_s, u"crawlerOptions.ignoreSitemap"_s},
        {u"scrapeOptions.onlyMainContent"_s, u"pageOptions.onlyMainContent"_s},
        {u"scrapeOptions.includeTags"_s, u"pageOptions.onlyIncludeTags"_s},
        {u"scrapeOptions.excludeTags"_s, u"pageOptions.removeTags"_s},
        {u"scrapeOptions.headers"_s, u"pageOptions.headers"_s},
    };
    QJsonObject v1;
    if (body.contains(u"url"_s))
        v1.insert(u"url"_s, body.value(u"url"_s));
    if (body.contains(u"origin"_s))
        v1.insert(u"origin"_s, body.value(u"origin"_s));
    for (const auto &[v1Key, v0Path] : names) {
        const QString v0Key = v0Path.section(u'.', 1);
        const QJsonObject &from = v0Path.startsWith(u"crawler") ? crawler : page;
        if (!from.contains(v0Key))
            continue;
        if (v1Key.startsWith(u"scrapeOptions.")) {
            QJsonObject scrape = v1.value(u"scrapeOptions"_s).toObject();
            scrape.insert(v1Key.section(u'.', 1), from.value(v0Key));
            v1.insert(u"scrapeOptions"_s, scrape);
        } else {
            v1.insert(v1Key, from.value(v0Key));
        }
    }
    bool includeHtml = false;
    bool includeRawHtml = false;
    if (!readBool(page, u"includeHtml"_s, u"pageOptions.includeHtml"_s, includeHtml, error)
        || !readBool(page, u"includeRawHtml"_s, u"pageOptions.includeRawHtml"_s, includeRawHtml,
                     error))
        return std::nullopt;
    QJsonObject scrape = v1.value(u"scrapeOptions"_s).toObject();
    QJsonArray formats{u"markdown"_s};
    if (includeHtml)
        formats.append(u"html"_s);
    if (includeRawHtml)
        formats.append(u"rawHtml"_s);
    scrape.insert(u"formats"_s, formats);
    if (!scrape.contains(u"onlyMainContent"_s))
        scrape.insert(u"onlyMainContent"_s, false); // v0's default
    v1.insert(u"scrapeOptions"_s, scrape);
    QString reason;
    auto options = CrawlRequest::fromJson(v1, &reason);
    if (!options && error)
        *error = renameKeys(reason, names);
    return options;
}

std::optional<MapRequest> map(const QJsonObject &body, QString *error)
{
    if (!checkKeys(body,
                   {u"url"_s, u"search"_s, u"ignoreSitemap"_s, u"sitemapOnly"_s,
                    u"includeSubdomains"_s, u"limit"_s, u"timeout"_s, u"origin"_s},
                   {u"useIndex"_s, u"location"_s}, {}, error))
        return std::nullopt;
    MapRequest request;
    if (!body.contains(u"url"_s)) {
        fail(error, QCoreApplication::translate("ApiBodies", "url is required."));
        return std::nullopt;
    }
    for (const QString &key : {u"url"_s, u"search"_s, u"origin"_s}) {
        if (body.contains(key) && !body.value(key).isString()) {
            fail(error, QCoreApplication::translate("ApiBodies", "%1 must be a string.").arg(key));
            return std::nullopt;
        }
    }
    QString reason;
    request.url = parseStartUrl(body.value(u"url"_s).toString(), &reason);
    if (!request.url.isValid()) {
        fail(error, u"url: "_s + reason);
        return std::nullopt;
    }
    request.search = body.value(u"search"_s).toString();
    if (!readBool(body, u"ignoreSitemap"_s, u"ignoreSitemap"_s, request.ignoreSitemap, error)
        || !readBool(body, u"sitemapOnly"_s, u"sitemapOnly"_s, request.sitemapOnly, error)
        || !readBool(body, u"includeSubdomains"_s, u"includeSubdomains"_s,
                     request.includeSubdomains, error)
        || !readInt(body, u"limit"_s, 1, MapRequest::maxLimit, request.limit, error)
        || !readInt(body, u"timeout"_s, 100, 600000, request.timeoutMs, error))
        return std::nullopt;
    if (request.ignoreSitemap && request.sitemapOnly) {
        fail(error, QCoreApplication::translate(
                        "ApiBodies", "ignoreSitemap and sitemapOnly cannot both be true."));
        return std::nullopt;
    }
    return request;
}

} // namespace ApiBodies
