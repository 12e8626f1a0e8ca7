// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/crawlflags.h"

#include "cli/cli.h"
#include "cli/clicommon.h"
#include "crawl/pageprocessor.h"
#include "crawl/renderservice.h"
#include "model/crawlrequest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Flags that switch a boolean option on, with the field each sets.
struct Switch
{
    const char16_t *name;
    const char *help;
    bool CrawlOptions::*field;
    bool value;
};

const Switch switches[] = {
    {u"ignore-robots", QT_TRANSLATE_NOOP("Cli", "Ignore robots.txt and robots meta tags."),
     &CrawlOptions::ignoreRobotsTxt, true},
    {u"ignore-sitemap", QT_TRANSLATE_NOOP("Cli", "Do not seed the crawl from sitemaps."),
     &CrawlOptions::ignoreSitemap, true},
    {u"allow-external", QT_TRANSLATE_NOOP("Cli", "Follow links to other sites."),
     &CrawlOptions::allowExternalLinks, true},
    {u"allow-subdomains", QT_TRANSLATE_NOOP("Cli", "Follow links to subdomains."),
     &CrawlOptions::allowSubdomains, true},
    {u"crawl-entire-domain",
     QT_TRANSLATE_NOOP("Cli", "Crawl the whole site, not only under the start URL's path."),
     &CrawlOptions::crawlEntireDomain, true},
    {u"ignore-query-params",
     QT_TRANSLATE_NOOP("Cli", "Treat URLs that differ only in their query as one page."),
     &CrawlOptions::ignoreQueryParameters, true},
    {u"regex-on-full-url",
     QT_TRANSLATE_NOOP("Cli", "Match --include/--exclude against the whole URL, not the path."),
     &CrawlOptions::regexOnFullUrl, true},
    {u"no-dedupe-similar",
     QT_TRANSLATE_NOOP("Cli", "Keep www/non-www, http/https, index.html and trailing-slash "
                              "variants apart."),
     &CrawlOptions::deduplicateSimilarUrls, false},
    {u"only-main-content",
     QT_TRANSLATE_NOOP("Cli", "Keep only the main content: no header, footer, navigation, "
                              "sidebars, cookie banners, ads."),
     &CrawlOptions::onlyMainContent, true},
    {u"remove-base64-images",
     QT_TRANSLATE_NOOP("Cli", "Replace inline base64 images in the markdown with a marker."),
     &CrawlOptions::removeBase64Images, true},
    {u"skip-tls-verification",
     QT_TRANSLATE_NOOP("Cli", "Accept invalid TLS certificates (unsafe)."),
     &CrawlOptions::skipTlsVerification, true},
    {u"block-resources",
     QT_TRANSLATE_NOOP("Cli", "While rendering, load no images, media or fonts."),
     &CrawlOptions::blockResources, true},
};

// Whole-number flags, with their field and smallest value.
struct Number
{
    const char16_t *name;
    const char *help;
    int CrawlOptions::*field;
    int minimum;
};

const Number numbers[] = {
    {u"limit", QT_TRANSLATE_NOOP("Cli", "Store at most N pages (default 10000)."),
     &CrawlOptions::limit, 1},
    {u"max-depth",
     QT_TRANSLATE_NOOP("Cli", "Follow links at most N hops from the start page (default 10)."),
     &CrawlOptions::maxDepth, 0},
    {u"concurrency", QT_TRANSLATE_NOOP("Cli", "Requests in flight at once (default 8)."),
     &CrawlOptions::concurrency, 1},
    {u"per-host",
     QT_TRANSLATE_NOOP("Cli", "Requests in flight at once to one host (default: --concurrency)."),
     &CrawlOptions::perHostConcurrency, 1},
    {u"delay", QT_TRANSLATE_NOOP("Cli", "Wait MS between two requests to a host (default 0)."),
     &CrawlOptions::delayMs, 0},
    {u"timeout", QT_TRANSLATE_NOOP("Cli", "Give up on a page after MS (default 30000)."),
     &CrawlOptions::timeoutMs, 100},
    {u"retries", QT_TRANSLATE_NOOP("Cli", "Try timeouts, 5xx and 429 again N times (default 2)."),
     &CrawlOptions::retries, 0},
    {u"wait-for",
     QT_TRANSLATE_NOOP("Cli", "When rendering, wait MS after the page loaded before reading it "
                              "(default 0)."),
     &CrawlOptions::waitForMs, 0},
    {u"render-timeout",
     QT_TRANSLATE_NOOP("Cli", "Give up rendering a page after MS: load, waits and reading "
                              "(default 30000)."),
     &CrawlOptions::renderTimeoutMs, 1000},
};

std::optional<CrawlOptions> fromConfig(const QString &path, const QString &command)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Cli::usageError(
            command,
            QCoreApplication::translate("Cli", "--config %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Cli::usageError(
            command, QCoreApplication::translate("Cli", "--config %1: not JSON: %2 (at byte %3).")
                         .arg(path, parseError.errorString())
                         .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        Cli::usageError(command, QCoreApplication::translate(
                                     "Cli", "--config %1: expected a JSON object, a Firecrawl "
                                            "POST /v1/crawl body.")
                                     .arg(path));
        return std::nullopt;
    }
    QString error;
    auto options = CrawlRequest::fromJson(document.object(), &error);
    if (!options)
        Cli::usageError(command,
                        QCoreApplication::translate("Cli", "--config %1: %2").arg(path, error));
    return options;
}

} // namespace

namespace Cli {

void addCrawlFlags(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"url"_s, QCoreApplication::translate("Cli", "The start page (optional with --config)."),
        u"URL"_s);
    for (const Number &number : numbers)
        parser.addOption(
            {QString::fromUtf16(number.name), QCoreApplication::translate("Cli", number.help),
             number.field == &CrawlOptions::delayMs || number.field == &CrawlOptions::timeoutMs
                     || number.field == &CrawlOptions::waitForMs
                     || number.field == &CrawlOptions::renderTimeoutMs
                 ? u"MS"_s
                 : u"N"_s});
    parser.addOption({u"include"_s,
                      QCoreApplication::translate(
                          "Cli", "Only URLs whose path matches REGEX (repeatable: any of them)."),
                      u"REGEX"_s});
    parser.addOption(
        {u"exclude"_s,
         QCoreApplication::translate("Cli", "Skip URLs whose path matches REGEX (repeatable)."),
         u"REGEX"_s});
    parser.addOption(
        {u"formats"_s,
         QCoreApplication::translate("Cli", "What to keep of each page: %1 (default markdown).")
             .arg(CrawlOptions::knownFormats().join(u","_s)),
         u"LIST"_s});
    parser.addOption(
        {u"include-tags"_s,
         QCoreApplication::translate("Cli", "Keep only the parts matching these CSS selectors "
                                            "(tag, #id, .class, [attr=v], a b, a > b; "
                                            "comma-separated)."),
         u"SELECTORS"_s});
    parser.addOption(
        {u"exclude-tags"_s,
         QCoreApplication::translate("Cli", "Drop the parts matching these CSS selectors."),
         u"SELECTORS"_s});
    parser.addOption(
        {u"user-agent"_s, QCoreApplication::translate("Cli", "The User-Agent header."), u"S"_s});
    parser.addOption({u"header"_s,
                      QCoreApplication::translate("Cli", "An extra request header (repeatable)."),
                      u"\"K: V\""_s});
    parser.addOption({u"max-size"_s,
                      QCoreApplication::translate(
                          "Cli", "Give up on a page larger than MB once decoded (default 10)."),
                      u"MB"_s});
    parser.addOption(
        {u"render"_s,
         QCoreApplication::translate(
             "Cli", "Run the pages' JavaScript in QtWebEngine: static (never, the default), js "
                    "(every page) or auto (pages whose HTML is an empty app shell)."),
         u"MODE"_s});
    parser.addOption({u"wait-for-selector"_s,
                      QCoreApplication::translate("Cli", "When rendering, wait until the page "
                                                         "has an element matching this CSS "
                                                         "selector."),
                      u"SEL"_s});
    addRenderersFlag(parser);
    for (const Switch &option : switches)
        parser.addOption(
            {QString::fromUtf16(option.name), QCoreApplication::translate("Cli", option.help)});
    parser.addOption(
        {u"config"_s,
         QCoreApplication::translate(
             "Cli", "Read the options from FILE, a Firecrawl POST /v1/crawl JSON body; "
                    "flags win over it."),
         u"FILE"_s});
}

void addRenderersFlag(QCommandLineParser &parser)
{
    parser.addOption({u"renderers"_s,
                      QCoreApplication::translate("Cli", "Pages rendered at once, 1 to %1 "
                                                         "(default %2).")
                          .arg(RenderService::maxPagesAtOnce)
                          .arg(RenderService::defaultPagesAtOnce),
                      u"N"_s});
}

std::optional<int> renderersFromFlags(const QCommandLineParser &parser, const QString &command,
                                      int fallback)
{
    const auto renderers = intOption(parser, u"renderers"_s, command, fallback, 1);
    if (renderers && *renderers > RenderService::maxPagesAtOnce) {
        usageError(command, QCoreApplication::translate("Cli", "--renderers must be at most %1 "
                                                               "(pages rendered at once), not %2.")
                                .arg(RenderService::maxPagesAtOnce)
                                .arg(*renderers));
        return std::nullopt;
    }
    return renderers;
}

QString renderersKey()
{
    return u"trawl:renderers"_s;
}

std::optional<CrawlOptions> crawlOptionsFromFlags(const QCommandLineParser &parser,
                                                  const QString &command, const QUrl &startUrl)
{
    CrawlOptions options;
    if (parser.isSet(u"config"_s)) {
        auto fromFile = fromConfig(parser.value(u"config"_s), command);
        if (!fromFile)
            return std::nullopt;
        options = std::move(*fromFile);
    }

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() > 1) {
        usageError(command, QCoreApplication::translate("Cli", "one start URL only, got %1.")
                                .arg(positional.size()));
        return std::nullopt;
    }
    if (startUrl.isValid()) {
        if (!positional.isEmpty()) {
            usageError(command, QCoreApplication::translate(
                                    "Cli", "--sample-site crawls the built-in site: give no URL."));
            return std::nullopt;
        }
        options.url = startUrl;
    } else if (!positional.isEmpty()) {
        QString urlError;
        options.url = parseStartUrl(positional.constFirst(), &urlError);
        if (!options.url.isValid()) {
            usageError(command, urlError);
            return std::nullopt;
        }
    } else if (!parser.isSet(u"config"_s)) {
        usageError(command, QCoreApplication::translate("Cli", "a start URL is required."));
        return std::nullopt;
    }

    for (const Number &number : numbers) {
        const QString name = QString::fromUtf16(number.name);
        const auto value = intOption(parser, name, command, options.*number.field, number.minimum);
        if (!value)
            return std::nullopt;
        options.*number.field = *value;
    }
    for (const Switch &option : switches) {
        if (parser.isSet(QString::fromUtf16(option.name)))
            options.*option.field = option.value;
    }
    if (parser.isSet(u"include"_s))
        options.includePaths = parser.values(u"include"_s);
    if (parser.isSet(u"exclude"_s))
        options.excludePaths = parser.values(u"exclude"_s);
    if (parser.isSet(u"formats"_s))
        options.formats = parser.value(u"formats"_s).split(u',', Qt::SkipEmptyParts);
    // Selectors are kept as typed (one list entry per flag); a comma inside is a selector list.
    if (parser.isSet(u"include-tags"_s))
        options.includeTags = parser.values(u"include-tags"_s);
    if (parser.isSet(u"exclude-tags"_s))
        options.excludeTags = parser.values(u"exclude-tags"_s);
    if (parser.isSet(u"render"_s)) {
        const auto mode = CrawlOptions::renderModeFromName(parser.value(u"render"_s));
        if (!mode) {
            usageError(command, QCoreApplication::translate(
                                    "Cli", "--render must be static, js or auto, not \"%1\".")
                                    .arg(parser.value(u"render"_s)));
            return std::nullopt;
        }
        options.renderMode = *mode;
    }
    if (parser.isSet(u"wait-for-selector"_s))
        options.waitForSelector = parser.value(u"wait-for-selector"_s);
    if (parser.isSet(u"user-agent"_s))
        options.userAgent = parser.value(u"user-agent"_s);
    if (parser.isSet(u"max-size"_s)) {
        const auto megabytes = intOption(parser, u"max-size"_s, command, 10, 1);
        if (!megabytes)
            return std::nullopt;
        options.maxBodyBytes = qint64(*megabytes) * 1024 * 1024;
    }
    for (const QString &line : parser.values(u"header"_s)) {
        QString error;
        const auto header = parseHeaderLine(line, &error);
        if (!header) {
            usageError(command, u"--header: "_s + error);
            return std::nullopt;
        }
        options.headers.append(*header);
    }
    if (const QStringList problems = options.validate(); !problems.isEmpty()) {
        usageError(command, problems.constFirst());
        return std::nullopt;
    }
    QString selectorError;
    if (!PageExtractor::create(PageProcessor::extractorOptions(options), &selectorError)) {
        usageError(command, selectorError);
        return std::nullopt;
    }
    return options;
}

} // namespace Cli
