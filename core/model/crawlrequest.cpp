// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/crawlrequest.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Reads one JSON object field by field; the first problem wins and names the key's full path.
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, QString *error)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_error(error)
    {}

    bool ok() const { return m_ok; }
    QString path(const QString &key) const { return m_prefix + key; }

    void fail(const QString &reason)
    {
        if (m_ok && m_error)
            *m_error = reason;
        m_ok = false;
    }

    // Rejects keys not in `known`, and those in `unsupported` with their own reason.
    void checkKeys(const QStringList &known, const QStringList &unsupported = {})
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (unsupported.contains(it.key()))
                fail(
                    QCoreApplication::translate("CrawlRequest", "%1 is not supported by Trawl yet.")
                        .arg(path(it.key())));
            else if (!known.contains(it.key()))
                fail(QCoreApplication::translate("CrawlRequest", "unknown key \"%1\".")
                         .arg(path(it.key())));
        }
    }

    void readBool(const QString &key, bool &out)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return fail(QCoreApplication::translate("CrawlRequest", "%1 must be true or false.")
                            .arg(path(key)));
        out = value.toBool();
    }

    void readInt(const QString &key, int &out, qint64 minimum, qint64 maximum, double scale = 1)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble() * scale;
        if (!value.isDouble() || (scale == 1 && number != std::floor(number)))
            return fail(QCoreApplication::translate("CrawlRequest", "%1 must be a whole number.")
                            .arg(path(key)));
        if (number < double(minimum) || number > double(maximum))
            return fail(QCoreApplication::translate("CrawlRequest", "%1 must be between %2 and %3.")
                            .arg(path(key))
                            .arg(double(minimum) / scale)
                            .arg(double(maximum) / scale));
        out = int(std::lround(number));
    }

    void readInt64(const QString &key, qint64 &out, qint64 minimum)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())
            || value.toDouble() < double(minimum))
            return fail(QCoreApplication::translate("CrawlRequest",
                                                    "%1 must be a whole number of at least %2.")
                            .arg(path(key))
                            .arg(minimum));
        out = qint64(value.toDouble());
    }

    void readString(const QString &key, QString &out)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isString())
            return fail(
                QCoreApplication::translate("CrawlRequest", "%1 must be a string.").arg(path(key)));
        out = value.toString();
    }

    void readStrings(const QString &key, QStringList &out)
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        QStringList strings;
        bool valid = value.isArray();
        for (const QJsonValue &item : value.toArray()) {
            valid = valid && item.isString();
            strings << item.toString();
        }
        if (!valid)
            return fail(
                QCoreApplication::translate("CrawlRequest", "%1 must be an array of strings.")
                    .arg(path(key)));
        out = strings;
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        if (!m_object.contains(key))
            return std::nullopt;
        if (!m_object.value(key).isObject()) {
            fail(QCoreApplication::translate("CrawlRequest", "%1 must be an object.")
                     .arg(path(key)));
            return std::nullopt;
        }
        return m_object.value(key).toObject();
    }

private:
    const QJsonObject &m_object;
    QString m_prefix;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

namespace CrawlRequest {

std::optional<CrawlOptions> fromJson(const QJsonObject &body, QString *error)
{
    CrawlOptions options;
    Reader top(body, {}, error);
    top.checkKeys({u"url"_s, u"includePaths"_s, u"excludePaths"_s, u"regexOnFullURL"_s,
                   u"maxDepth"_s, u"limit"_s, u"allowBackwardLinks"_s, u"allowExternalLinks"_s,
                   u"allowSubdomains"_s, u"crawlEntireDomain"_s, u"ignoreRobotsTxt"_s,
                   u"ignoreSitemap"_s, u"deduplicateSimilarURLs"_s, u"ignoreQueryParameters"_s,
                   u"delay"_s, u"maxConcurrency"_s, u"origin"_s, u"scrapeOptions"_s, u"trawl"_s},
                  {u"maxDiscoveryDepth"_s, u"webhook"_s});
    QString url;
    if (!body.contains(u"url"_s))
        top.fail(QCoreApplication::translate("CrawlRequest", "url is required."));
    top.readString(u"url"_s, url);
    if (top.ok()) {
        QString urlError;
        options.url = parseStartUrl(url, &urlError);
        if (!options.url.isValid())
            top.fail(u"url: "_s + urlError);
    }
    top.readStrings(u"includePaths"_s, options.includePaths);
    top.readStrings(u"excludePaths"_s, options.excludePaths);
    top.readBool(u"regexOnFullURL"_s, options.regexOnFullUrl);
    top.readInt(u"maxDepth"_s, options.maxDepth, 0, 1000);
    top.readInt(u"limit"_s, options.limit, 1, 100000000);
    top.readBool(u"allowBackwardLinks"_s, options.crawlEntireDomain); // deprecated alias
    top.readBool(u"crawlEntireDomain"_s, options.crawlEntireDomain);
    top.readBool(u"allowExternalLinks"_s, options.allowExternalLinks);
    top.readBool(u"allowSubdomains"_s, options.allowSubdomains);
    top.readBool(u"ignoreRobotsTxt"_s, options.ignoreRobotsTxt);
    top.readBool(u"ignoreSitemap"_s, options.ignoreSitemap);
    top.readBool(u"deduplicateSimilarURLs"_s, options.deduplicateSimilarUrls);
    top.readBool(u"ignoreQueryParameters"_s, options.ignoreQueryParameters);
    top.readInt(u"delay"_s, options.delayMs, 0, 3600 * 1000, 1000);
    top.readInt(u"maxConcurrency"_s, options.concurrency, 1, 256);
    QString origin;
    top.readString(u"origin"_s, origin); // SDKs send it; nothing to do with it

    options.onlyMainContent = true; // Firecrawl v1's default
    if (const auto scrape = top.object(u"scrapeOptions"_s)) {
        Reader reader(*scrape, u"scrapeOptions."_s, error);
        reader.checkKeys({u"formats"_s, u"headers"_s, u"timeout"_s, u"skipTlsVerification"_s,
                          u"onlyMainContent"_s, u"includeTags"_s, u"excludeTags"_s,
                          u"removeBase64Images"_s, u"waitFor"_s},
                         {u"mobile"_s, u"blockAds"_s, u"actions"_s, u"location"_s, u"proxy"_s,
                          u"jsonOptions"_s, u"changeTrackingOptions"_s, u"parsePDF"_s, u"maxAge"_s,
                          u"storeInCache"_s});
        reader.readStrings(u"formats"_s, options.formats);
        reader.readInt(u"timeout"_s, options.timeoutMs, 100, 600 * 1000);
        reader.readBool(u"skipTlsVerification"_s, options.skipTlsVerification);
        reader.readBool(u"onlyMainContent"_s, options.onlyMainContent);
        reader.readStrings(u"includeTags"_s, options.includeTags);
        reader.readStrings(u"excludeTags"_s, options.excludeTags);
        reader.readBool(u"removeBase64Images"_s, options.removeBase64Images);
        reader.readInt(u"waitFor"_s, options.waitForMs, 0, CrawlOptions::maxWaitForMs);
        // Firecrawl renders every page; a body that waits or asks for a screenshot means to
        // render, unless it says how (trawl.render).
        const bool screenshot =
            std::any_of(options.formats.cbegin(), options.formats.cend(),
                        [](const QString &format) { return format.startsWith(u"screenshot"_s); });
        if (options.waitForMs > 0 || screenshot)
            options.renderMode = CrawlOptions::RenderMode::Js;
        if (const auto headers = reader.object(u"headers"_s)) {
            for (auto it = headers->begin(); it != headers->end(); ++it) {
                if (!it.value().isString())
                    reader.fail(QCoreApplication::translate("CrawlRequest",
                                                            "scrapeOptions.headers.%1 must be a "
                                                            "string.")
                                    .arg(it.key()));
                options.headers.append({it.key(), it.value().toString()});
            }
        }
        if (!reader.ok())
            return std::nullopt;
    }
    if (const auto trawl = top.object(u"trawl"_s)) {
        Reader reader(*trawl, u"trawl."_s, error);
        reader.checkKeys({u"perHostConcurrency"_s, u"retries"_s, u"userAgent"_s, u"maxBodyBytes"_s,
                          u"render"_s, u"waitForSelector"_s, u"renderTimeout"_s,
                          u"blockResources"_s});
        if (trawl->contains(u"render"_s)) {
            QString mode;
            reader.readString(u"render"_s, mode);
            if (const auto parsed = CrawlOptions::renderModeFromName(mode))
                options.renderMode = *parsed;
            else if (reader.ok())
                reader.fail(QCoreApplication::translate(
                                "CrawlRequest", "trawl.render must be \"static\", \"js\" or "
                                                "\"auto\", not \"%1\".")
                                .arg(mode));
        }
        reader.readString(u"waitForSelector"_s, options.waitForSelector);
        reader.readInt(u"renderTimeout"_s, options.renderTimeoutMs, 1000, 600 * 1000);
        reader.readBool(u"blockResources"_s, options.blockResources);
        reader.readInt(u"perHostConcurrency"_s, options.perHostConcurrency, 0, 256);
        reader.readInt(u"retries"_s, options.retries, 0, 10);
        reader.readString(u"userAgent"_s, options.userAgent);
        reader.readInt64(u"maxBodyBytes"_s, options.maxBodyBytes, 1024);
        if (!reader.ok())
            return std::nullopt;
    }
    // A long waitFor (Firecrawl allows one) without a render timeout of its own gets a timeout
    // that leaves the default time for the load and the reading after the wait.
    if (!body.value(u"trawl"_s).toObject().contains(u"renderTimeout"_s)
        && options.waitForMs >= options.renderTimeoutMs)
        options.renderTimeoutMs = options.waitForMs + CrawlOptions::defaultRenderTimeoutMs;
    if (!top.ok())
        return std::nullopt;
    if (const QStringList problems = options.validate(); !problems.isEmpty()) {
        if (error)
            *error = problems.constFirst();
        return std::nullopt;
    }
    return options;
}

QJsonObject toJson(const CrawlOptions &options)
{
    QJsonObject headers;
    for (const auto &[name, value] : options.headers)
        headers.insert(name, value);
    QJsonObject scrape{{u"formats"_s, QJsonArray::fromStringList(options.formats)},
                       {u"timeout"_s, options.timeoutMs}};
    if (!headers.isEmpty())
        scrape.insert(u"headers"_s, headers);
    if (options.skipTlsVerification)
        scrape.insert(u"skipTlsVerification"_s, true);
    scrape.insert(u"onlyMainContent"_s, options.onlyMainContent);
    if (!options.includeTags.isEmpty())
        scrape.insert(u"includeTags"_s, QJsonArray::fromStringList(options.includeTags));
    if (!options.excludeTags.isEmpty())
        scrape.insert(u"excludeTags"_s, QJsonArray::fromStringList(options.excludeTags));
    if (options.removeBase64Images)
        scrape.insert(u"removeBase64Images"_s, true);
    if (options.waitForMs > 0)
        scrape.insert(u"waitFor"_s, options.waitForMs);
    QJsonObject trawl{{u"perHostConcurrency"_s, options.perHostConcurrency},
                      {u"retries"_s, options.retries},
                      {u"maxBodyBytes"_s, options.maxBodyBytes}};
    if (!options.userAgent.isEmpty())
        trawl.insert(u"userAgent"_s, options.userAgent);
    trawl.insert(u"render"_s, CrawlOptions::renderModeName(options.renderMode));
    if (options.renderMode != CrawlOptions::RenderMode::Static) {
        if (!options.waitForSelector.isEmpty())
            trawl.insert(u"waitForSelector"_s, options.waitForSelector);
        trawl.insert(u"renderTimeout"_s, options.renderTimeoutMs);
        trawl.insert(u"blockResources"_s, options.blockResources);
    }
    return QJsonObject{
        {u"url"_s, options.url.toString(QUrl::FullyEncoded)},
        {u"includePaths"_s, QJsonArray::fromStringList(options.includePaths)},
        {u"excludePaths"_s, QJsonArray::fromStringList(options.excludePaths)},
        {u"regexOnFullURL"_s, options.regexOnFullUrl},
        {u"maxDepth"_s, options.maxDepth},
        {u"limit"_s, options.limit},
        {u"allowExternalLinks"_s, options.allowExternalLinks},
        {u"allowSubdomains"_s, options.allowSubdomains},
        {u"crawlEntireDomain"_s, options.crawlEntireDomain},
        {u"ignoreRobotsTxt"_s, options.ignoreRobotsTxt},
        {u"ignoreSitemap"_s, options.ignoreSitemap},
        {u"deduplicateSimilarURLs"_s, options.deduplicateSimilarUrls},
        {u"ignoreQueryParameters"_s, options.ignoreQueryParameters},
        {u"delay"_s, options.delayMs / 1000.0},
        {u"maxConcurrency"_s, options.concurrency},
        {u"scrapeOptions"_s, scrape},
        {u"trawl"_s, trawl},
    };
}

} // namespace CrawlRequest
