// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/crawloptions.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

QStringList CrawlOptions::validate() const
{
    QStringList errors;
    QString urlError;
    if (!parseStartUrl(url.toString(), &urlError).isValid())
        errors << urlError;
    if (limit < 1)
        errors << QCoreApplication::translate("CrawlOptions", "The page limit must be at least 1.");
    if (maxDepth < 0)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The maximum depth cannot be negative.");
    if (concurrency < 1 || concurrency > 256)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "Concurrency must be between 1 and 256.");
    if (timeoutMs < 100)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The timeout must be at least 100 ms.");
    if (userAgent.contains(u'\n') || userAgent.contains(u'\r'))
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The user agent cannot contain line breaks.");
    return errors;
}

QJsonObject CrawlOptions::toJson() const
{
    QJsonObject trawl{{u"concurrency"_s, concurrency}};
    if (!userAgent.isEmpty())
        trawl.insert(u"userAgent"_s, userAgent);
    return QJsonObject{
        {u"url"_s, url.toString(QUrl::FullyEncoded)},
        {u"limit"_s, limit},
        {u"maxDepth"_s, maxDepth},
        {u"maxConcurrency"_s, concurrency},
        {u"scrapeOptions"_s, QJsonObject{{u"timeout"_s, timeoutMs}}},
        {u"trawl"_s, trawl},
    };
}

CrawlOptions CrawlOptions::fromJson(const QJsonObject &json)
{
    CrawlOptions options;
    options.url = QUrl(json.value(u"url"_s).toString(), QUrl::StrictMode);
    options.limit = json.value(u"limit"_s).toInt(defaultLimit);
    options.maxDepth = json.value(u"maxDepth"_s).toInt(defaultMaxDepth);
    options.concurrency = json.value(u"maxConcurrency"_s).toInt(defaultConcurrency);
    const QJsonObject scrape = json.value(u"scrapeOptions"_s).toObject();
    options.timeoutMs = scrape.value(u"timeout"_s).toInt(defaultTimeoutMs);
    const QJsonObject trawl = json.value(u"trawl"_s).toObject();
    options.userAgent = trawl.value(u"userAgent"_s).toString();
    return options;
}

QString CrawlOptions::defaultUserAgent()
{
    return u"Trawl/" TRAWL_VERSION " (+https://github.com/trawl-app/trawl)"_s;
}

QUrl parseStartUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QUrl();
    };
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("CrawlOptions", "The start URL is empty."));
    QString withScheme = trimmed;
    if (!trimmed.contains(u"://"_s))
        withScheme.prepend(u"http://"_s);
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return fail(QCoreApplication::translate("CrawlOptions", "\"%1\" is not a valid URL: %2")
                        .arg(trimmed, url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return fail(
            QCoreApplication::translate("CrawlOptions", "\"%1\" is not an http or https URL.")
                .arg(trimmed));
    if (url.host().isEmpty())
        return fail(
            QCoreApplication::translate("CrawlOptions", "\"%1\" has no host name.").arg(trimmed));
    if (error)
        error->clear();
    return url.adjusted(QUrl::RemoveFragment);
}
