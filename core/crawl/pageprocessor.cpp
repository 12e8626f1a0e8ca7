// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/pageprocessor.h"

#include "crawl/fetcher.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

PageExtractor::Options PageProcessor::extractorOptions(const CrawlOptions &options)
{
    PageExtractor::Options extractor;
    extractor.markdown = options.formats.contains(u"markdown"_s);
    extractor.html = options.formats.contains(u"html"_s);
    extractor.rawHtml = options.formats.contains(u"rawHtml"_s);
    extractor.links = options.formats.contains(u"links"_s);
    extractor.onlyMainContent = options.onlyMainContent;
    extractor.includeTags = options.includeTags;
    extractor.excludeTags = options.excludeTags;
    extractor.removeBase64Images = options.removeBase64Images;
    return extractor;
}

std::optional<PageProcessor> PageProcessor::create(const CrawlOptions &options,
                                                   UrlNormalizerOptions normalizer,
                                                   QString *error)
{
    auto extractor = PageExtractor::create(extractorOptions(options), error);
    if (!extractor)
        return std::nullopt;
    return PageProcessor(options, normalizer, std::move(*extractor));
}

PageProcessor::PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer,
                             PageExtractor extractor)
    : m_scope(options)
    , m_normalizer(normalizer)
    , m_extractor(std::move(extractor))
    , m_maxDepth(options.maxDepth)
    , m_obeyRobots(!options.ignoreRobotsTxt)
    , m_keepLinks(options.formats.contains(u"links"_s))
{
}

PageProcessor::Output PageProcessor::process(PageRecord page, const FrontierEntry &entry,
                                             const FetchResult &result) const
{
    Output output;
    const QString token = CrawlOptions::robotsToken();
    PageExtractor::Result extracted =
        m_extractor.extract(result.body, result.charset, result.finalUrl, token);
    page.title = extracted.title;
    page.description = extracted.description;
    page.language = extracted.language;

    bool noIndex = false;
    bool noFollow = false;
    if (m_obeyRobots) {
        noIndex = extracted.noIndex;
        noFollow = extracted.noFollow;
        // X-Robots-Tag: the same directives, sent as a header.
        for (const QString &value :
             QString::fromLatin1(result.header("X-Robots-Tag")).split(u'\n', Qt::SkipEmptyParts)) {
            QString applicable = value.trimmed();
            const qsizetype colon = applicable.indexOf(u':');
            if (colon > 0 && !applicable.left(colon).contains(u',')
                && !applicable.left(colon).contains(u' ')) {
                if (applicable.left(colon).trimmed().compare(token, Qt::CaseInsensitive) != 0)
                    continue;
                applicable = applicable.mid(colon + 1);
            }
            for (const QString &part : applicable.split(u',', Qt::SkipEmptyParts)) {
                const QString directive = part.trimmed().toLower();
                noIndex |= directive == u"noindex"_s || directive == u"none"_s;
                noFollow |= directive == u"nofollow"_s || directive == u"none"_s;
            }
        }
    }

    QJsonObject metadata = extracted.metadata;
    metadata.insert(u"encoding"_s, extracted.encoding);
    if (!extracted.canonical.isEmpty()) {
        const QUrl normalized = UrlNormalizer::normalize(QUrl(extracted.canonical), m_normalizer);
        if (normalized.isValid()) {
            const QString key = UrlNormalizer::key(normalized, m_normalizer);
            if (key != entry.key && m_scope.check(normalized) == Scope::Verdict::Allowed)
                output.canonicalKey = key;
        }
    }

    const bool follow = !noFollow && entry.depth < m_maxDepth;
    QSet<QString> seenKeys;
    for (const QString &link : std::as_const(extracted.links)) {
        const QUrl normalized = UrlNormalizer::normalize(QUrl(link), m_normalizer);
        if (m_keepLinks)
            page.links << (normalized.isValid() ? normalized.toString(QUrl::FullyEncoded) : link);
        if (!follow)
            continue;
        const Scope::Verdict verdict =
            normalized.isValid() ? m_scope.check(normalized) : Scope::Verdict::NotHttp;
        ++output.verdicts[std::size_t(verdict)];
        if (verdict != Scope::Verdict::Allowed)
            continue;
        const QString key = UrlNormalizer::key(normalized, m_normalizer);
        if (seenKeys.contains(key))
            continue;
        seenKeys.insert(key);
        output.links << FrontierEntry{normalized.toString(QUrl::FullyEncoded), key,
                                      page.finalUrl, entry.depth + 1, 0};
    }
    if (m_keepLinks)
        page.links.removeDuplicates();

    if (noIndex) {
        page.state = PageState::Skipped;
        page.error = PageError::NoIndex;
        page.errorMessage = QCoreApplication::translate(
            "PageProcessor", "The page asks not to be indexed (robots noindex); its content "
                             "was not kept.");
        page.links.clear();
    } else {
        page.markdown = std::move(extracted.markdown);
        page.html = std::move(extracted.html);
        page.rawHtml = std::move(extracted.rawHtml);
        page.textContent = std::move(extracted.textContent);
    }
    page.metadata = metadata;
    output.page = std::move(page);
    return output;
}
