// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteclient.h"

#include "model/crawlrequest.h"
#include "remote/firecrawlclient.h"
#include "remote/geonodeclient.h"
#include "remote/spidraclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

RemoteClient::RemoteClient(QUrl baseUrl, QString remoteId)
    : m_baseUrl(std::move(baseUrl))
    , m_remoteId(std::move(remoteId))
{}

RemoteClient::~RemoteClient() = default;

std::pair<QByteArray, QByteArray> RemoteClient::authHeader(const QString &key) const
{
    return {QByteArrayLiteral("Authorization"), "Bearer "_ba + key.toUtf8()};
}

QUrl RemoteClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    // The job id is the provider's: keep it one path segment whatever it holds.
    url.setPath(base + path, QUrl::DecodedMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RemoteProviders", text);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// POST /v1/crawl: the Firecrawl request Trawl already reads, without Trawl's own options.
QJsonObject v1CrawlBody(const CrawlOptions &options)
{
    QJsonObject body = CrawlRequest::toJson(options);
    body.remove(u"trawl"_s);
    return body;
}

QJsonObject v0CrawlBody(const CrawlOptions &options)
{
    QJsonObject crawler{{u"includes"_s, strings(options.includePaths)},
                        {u"excludes"_s, strings(options.excludePaths)},
                        {u"maxDepth"_s, options.maxDepth},
                        {u"limit"_s, options.limit},
                        {u"ignoreSitemap"_s, options.ignoreSitemap},
                        {u"allowExternalContentLinks"_s, options.allowExternalLinks},
                        {u"allowBackwardCrawling"_s, options.crawlEntireDomain}};
    QJsonObject page{{u"onlyMainContent"_s, options.onlyMainContent},
                     {u"includeHtml"_s, options.formats.contains(u"html"_s)},
                     {u"includeRawHtml"_s, options.formats.contains(u"rawHtml"_s)},
                     {u"screenshot"_s, options.formats.contains(u"screenshot"_s)}};
    if (!options.includeTags.isEmpty())
        page.insert(u"onlyIncludeTags"_s, strings(options.includeTags));
    if (!options.excludeTags.isEmpty())
        page.insert(u"removeTags"_s, strings(options.excludeTags));
    if (options.waitForMs > 0)
        page.insert(u"waitFor"_s, options.waitForMs);
    return {{u"url"_s, options.url.toString()},
            {u"crawlerOptions"_s, crawler},
            {u"pageOptions"_s, page}};
}

QJsonObject spidraBody(const CrawlOptions &options)
{
    QJsonObject body{{u"baseUrl"_s, options.url.toString()},
                     {u"crawlInstruction"_s, u"Crawl every page in scope."_s},
                     {u"maxPages"_s, options.limit},
                     {u"maxDepth"_s, options.maxDepth},
                     {u"allowSubdomains"_s, options.allowSubdomains},
                     {u"crawlEntireDomain"_s, options.crawlEntireDomain},
                     {u"ignoreQueryParams"_s, options.ignoreQueryParameters}};
    if (!options.includePaths.isEmpty())
        body.insert(u"includePaths"_s, strings(options.includePaths));
    if (!options.excludePaths.isEmpty())
        body.insert(u"excludePaths"_s, strings(options.excludePaths));
    return body;
}

QJsonObject geonodeBody(const CrawlOptions &options)
{
    QJsonArray formats;
    for (const QString &format : {u"markdown"_s, u"html"_s}) {
        if (options.formats.contains(format))
            formats.append(format);
    }
    if (formats.isEmpty())
        formats.append(u"markdown"_s);
    // Geonode counts the start page as depth 1 and allows at most 10.
    return {{u"url"_s, options.url.toString()},
            {u"depth"_s, std::clamp(options.maxDepth + 1, 1, 10)},
            {u"limit"_s, options.limit},
            {u"formats"_s, formats},
            {u"render_js"_s, options.renderMode != CrawlOptions::RenderMode::Static},
            {u"same_domain_only"_s, !options.allowExternalLinks},
            {u"include_subdomains"_s, options.allowSubdomains}};
}

} // namespace

namespace RemoteProviders {

QStringList ids()
{
    return {u"firecrawl-v0"_s, u"firecrawl-v1"_s, u"firecrawl-v1-batch"_s, u"spidra"_s,
            u"geonode"_s};
}

bool isKnown(const QString &provider)
{
    return ids().contains(provider);
}

QString displayName(const QString &provider)
{
    if (provider == u"firecrawl-v0"_s)
        return tr("Firecrawl (v0 crawl)");
    if (provider == u"firecrawl-v1"_s)
        return tr("Firecrawl (v1 crawl)");
    if (provider == u"firecrawl-v1-batch"_s)
        return tr("Firecrawl (v1 batch scrape)");
    if (provider == u"spidra"_s)
        return tr("Spidra");
    if (provider == u"geonode"_s)
        return tr("Geonode");
    return provider;
}

QUrl defaultBaseUrl(const QString &provider)
{
    if (provider.startsWith(u"firecrawl"_s))
        return QUrl(u"https://api.firecrawl.dev"_s);
    if (provider == u"spidra"_s)
        return QUrl(u"https://api.spidra.io/api"_s);
    if (provider == u"geonode"_s)
        return QUrl(u"https://scraper.geonode.io"_s);
    return {};
}

QString authDescription(const QString &provider)
{
    if (provider == u"spidra"_s)
        return u"x-api-key"_s;
    if (provider == u"geonode"_s)
        return u"X-Api-Key"_s;
    return u"Authorization: Bearer"_s;
}

std::unique_ptr<RemoteClient> makeClient(const QString &provider, const QUrl &baseUrl,
                                         const QString &remoteId)
{
    if (provider == u"firecrawl-v0"_s)
        return std::make_unique<FirecrawlV0Client>(baseUrl, remoteId);
    if (provider == u"firecrawl-v1"_s || provider == u"firecrawl-v1-batch"_s)
        return std::make_unique<FirecrawlV1Client>(baseUrl, remoteId,
                                                   provider == u"firecrawl-v1-batch"_s);
    if (provider == u"spidra"_s)
        return std::make_unique<SpidraClient>(baseUrl, remoteId);
    if (provider == u"geonode"_s)
        return std::make_unique<GeonodeClient>(baseUrl, remoteId);
    return nullptr;
}

std::optional<RemoteRequest> startRequest(const QString &provider, const QUrl &baseUrl,
                                          const CrawlOptions &options, QString *error)
{
    if (!options.url.isValid() || options.url.isRelative()) {
        if (error)
            *error = tr("url: not an absolute URL");
        return std::nullopt;
    }
    const auto client = makeClient(provider, baseUrl, QString());
    if (!client) {
        if (error)
            *error = tr("provider: unknown \"%1\"").arg(provider);
        return std::nullopt;
    }
    QString path;
    QJsonObject body;
    if (provider == u"firecrawl-v0"_s) {
        path = u"/v0/crawl"_s;
        body = v0CrawlBody(options);
    } else if (provider == u"firecrawl-v1"_s) {
        path = u"/v1/crawl"_s;
        body = v1CrawlBody(options);
    } else if (provider == u"firecrawl-v1-batch"_s) {
        path = u"/v1/batch/scrape"_s;
        body = v1CrawlBody(options).value(u"scrapeOptions"_s).toObject();
        body.insert(u"urls"_s, QJsonArray{options.url.toString()});
    } else if (provider == u"spidra"_s) {
        path = u"/crawl"_s;
        body = spidraBody(options);
    } else {
        path = u"/v1/crawl"_s;
        body = geonodeBody(options);
    }
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    return RemoteRequest{QByteArrayLiteral("POST"), url, json(body)};
}

std::optional<QString> remoteIdFromStart(const QString &provider, const QJsonObject &answer,
                                         QString *error)
{
    QString key = u"id"_s;
    if (provider == u"firecrawl-v0"_s || provider == u"spidra"_s)
        key = u"jobId"_s;
    else if (provider == u"geonode"_s)
        key = u"job_id"_s;
    const QJsonValue value = answer.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        if (error)
            *error = tr("%1: missing in the service's answer").arg(key);
        return std::nullopt;
    }
    return value.toString();
}

QString errorMessage(const QJsonObject &body)
{
    QString message;
    for (const QString &key : {u"error"_s, u"message"_s}) {
        const QJsonValue value = body.value(key);
        if (value.isString() && !value.toString().isEmpty()) {
            message = value.toString();
            break;
        }
    }
    // Firecrawl v1's validation errors: {error: "Bad Request", details: [{message, path, keys}]}.
    const QJsonObject details = body.value(u"details"_s).toArray().first().toObject();
    if (details.value(u"message"_s).isString()) {
        QStringList where;
        for (const QJsonValue &part : details.value(u"path"_s).toArray())
            where.append(part.toVariant().toString());
        for (const QJsonValue &key : details.value(u"keys"_s).toArray())
            where.append(key.toString());
        QString detail = details.value(u"message"_s).toString();
        if (!where.isEmpty())
            detail = tr("%1 (%2)").arg(detail, where.join(u", "_s));
        message = message.isEmpty() ? detail : tr("%1: %2").arg(message, detail);
    }
    // FastAPI's (Geonode's) {detail: [{loc, msg}]}.
    const QJsonArray detail = body.value(u"detail"_s).toArray();
    if (message.isEmpty() && !detail.isEmpty()) {
        const QJsonObject first = detail.first().toObject();
        QStringList where;
        for (const QJsonValue &part : first.value(u"loc"_s).toArray())
            where.append(part.toVariant().toString());
        message = where.isEmpty()
                      ? first.value(u"msg"_s).toString()
                      : tr("%1: %2").arg(where.join(u'.'), first.value(u"msg"_s).toString());
    }
    return message;
}

} // namespace RemoteProviders
