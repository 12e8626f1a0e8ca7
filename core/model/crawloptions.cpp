// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/crawloptions.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isToken(const QString &name)
{
    // RFC 9110 token characters.
    static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
    return token.match(name).hasMatch();
}

} // namespace

QStringList CrawlOptions::validate() const
{
    QStringList errors;
    QString urlError;
    if (!parseStartUrl(url.toString(), &urlError).isValid())
        errors << urlError;
    auto checkRegexes = [&errors](const QStringList &patterns, const char *field) {
        for (const QString &pattern : patterns) {
            const QRegularExpression regex(pattern);
            if (!regex.isValid()) {
                errors << QCoreApplication::translate(
                              "CrawlOptions", "%1 \"%2\" is not a valid regular expression: %3 "
                                              "(at character %4).")
                              .arg(QString::fromLatin1(field), pattern, regex.errorString())
                              .arg(regex.patternErrorOffset());
            }
        }
    };
    checkRegexes(includePaths, "includePaths");
    checkRegexes(excludePaths, "excludePaths");
    if (limit < 1)
        errors << QCoreApplication::translate("CrawlOptions", "The page limit must be at least 1.");
    if (maxDepth < 0)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The maximum depth cannot be negative.");
    if (concurrency < 1 || concurrency > 256)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "Concurrency must be between 1 and 256.");
    if (perHostConcurrency < 0 || perHostConcurrency > 256)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "Per-host concurrency must be between 0 and 256.");
    if (delayMs < 0 || delayMs > 3600 * 1000)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The delay must be between 0 and one hour.");
    if (retries < 0 || retries > 10)
        errors << QCoreApplication::translate("CrawlOptions", "Retries must be between 0 and 10.");
    if (timeoutMs < 100 || timeoutMs > 600 * 1000)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The timeout must be between 100 ms and 10 minutes.");
    if (maxBodyBytes < 1024)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The page size limit must be at least 1 KiB.");
    if (userAgent.contains(u'\n') || userAgent.contains(u'\r'))
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The user agent cannot contain line breaks.");
    for (const auto &[name, value] : headers) {
        if (!isToken(name))
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "\"%1\" is not a valid header name.")
                          .arg(name);
        if (value.contains(u'\n') || value.contains(u'\r'))
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "The header %1 cannot contain line breaks.")
                          .arg(name);
    }
    const QStringList known = knownFormats();
    for (const QString &format : formats) {
        if (!known.contains(format))
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "Unknown format \"%1\" (known: %2).")
                          .arg(format, known.join(u", "_s));
        else if (format.startsWith(u"screenshot"_s) && renderMode == RenderMode::Static)
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "The %1 format needs JavaScript rendering "
                                                  "(render mode js or auto).")
                          .arg(format);
    }
    if (formats.contains(u"screenshot"_s) && formats.contains(u"screenshot@fullPage"_s))
        errors << QCoreApplication::translate("CrawlOptions",
                                              "Ask for screenshot or screenshot@fullPage, not "
                                              "both.");
    if (waitForMs < 0 || waitForMs > maxWaitForMs)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "waitFor must be between 0 and %1 ms.")
                      .arg(maxWaitForMs);
    if (renderTimeoutMs < 1000 || renderTimeoutMs > 600 * 1000)
        errors << QCoreApplication::translate(
            "CrawlOptions", "The render timeout must be between 1 second and 10 minutes.");
    else if (waitForMs > 0 && waitForMs >= renderTimeoutMs)
        errors << QCoreApplication::translate("CrawlOptions",
                                              "waitFor (%1 ms) must be shorter than the render "
                                              "timeout (%2 ms), which also counts the load and "
                                              "the reading of each page.")
                      .arg(waitForMs)
                      .arg(renderTimeoutMs);
    if (waitForSelector.contains(u'\n') || waitForSelector.contains(u'\r'))
        errors << QCoreApplication::translate("CrawlOptions",
                                              "The selector to wait for cannot contain line "
                                              "breaks.");
    if (renderMode == RenderMode::Static) {
        if (waitForMs > 0)
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "waitFor needs JavaScript rendering (render "
                                                  "mode js or auto).");
        if (!waitForSelector.isEmpty())
            errors << QCoreApplication::translate("CrawlOptions",
                                                  "Waiting for a selector needs JavaScript "
                                                  "rendering (render mode js or auto).");
    }
    return errors;
}

QString CrawlOptions::effectiveUserAgent() const
{
    return userAgent.isEmpty() ? defaultUserAgent() : userAgent;
}

int CrawlOptions::effectivePerHostConcurrency() const
{
    // A delay between requests means one at a time, as Firecrawl's `delay` does.
    if (delayMs > 0)
        return 1;
    return perHostConcurrency > 0 ? std::min(perHostConcurrency, concurrency) : concurrency;
}

QString CrawlOptions::robotsToken()
{
    return u"Trawl"_s;
}

QString CrawlOptions::defaultUserAgent()
{
    return u"Mozilla/5.0 (compatible; Trawl/" TRAWL_VERSION
           "; +https://github.com/trawl-app/trawl)"_s;
}

QStringList CrawlOptions::knownFormats()
{
    return {u"markdown"_s, u"html"_s,       u"rawHtml"_s,
            u"links"_s,    u"screenshot"_s, u"screenshot@fullPage"_s};
}

QString CrawlOptions::renderModeName(RenderMode mode)
{
    switch (mode) {
    case RenderMode::Js:
        return u"js"_s;
    case RenderMode::Auto:
        return u"auto"_s;
    case RenderMode::Static:
        break;
    }
    return u"static"_s;
}

std::optional<CrawlOptions::RenderMode> CrawlOptions::renderModeFromName(QStringView name)
{
    for (const RenderMode mode : {RenderMode::Static, RenderMode::Js, RenderMode::Auto}) {
        if (name == renderModeName(mode))
            return mode;
    }
    return std::nullopt;
}

CrawlOptions::Screenshot CrawlOptions::screenshot() const
{
    if (formats.contains(u"screenshot@fullPage"_s))
        return Screenshot::FullPage;
    return formats.contains(u"screenshot"_s) ? Screenshot::Viewport : Screenshot::None;
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

std::optional<std::pair<QString, QString>> parseHeaderLine(const QString &line, QString *error)
{
    const qsizetype colon = line.indexOf(u':');
    const QString name = line.left(colon).trimmed();
    if (colon <= 0 || !isToken(name)) {
        if (error)
            *error = QCoreApplication::translate(
                         "CrawlOptions", "\"%1\" is not a header (expected \"Name: value\").")
                         .arg(line);
        return std::nullopt;
    }
    return std::pair{name, line.mid(colon + 1).trimmed()};
}
