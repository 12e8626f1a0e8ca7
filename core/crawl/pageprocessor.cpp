// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/pageprocessor.h"

#include "crawl/fetcher.h"
#include "extract/htmldecoder.h"
#include "extract/htmldocument.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

PageProcessor::PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer)
    : m_scope(options)
    , m_normalizer(normalizer)
    , m_maxDepth(options.maxDepth)
    , m_obeyRobots(!options.ignoreRobotsTxt)
    , m_keepRawHtml(options.formats.contains(u"rawHtml"_s))
    , m_keepLinks(options.formats.contains(u"links"_s))
{}

PageProcessor::Directives PageProcessor::parseDirectives(const QString &value, const QString &token)
{
    Directives directives;
    QString applicable = value.trimmed();
    // "trawl: noindex" applies to us only; "otherbot: noindex" not at all.
    const qsizetype colon = applicable.indexOf(u':');
    if (colon > 0) {
        const QString agent = applicable.left(colon).trimmed();
        const bool isDirectiveList = agent.contains(u',') || agent.contains(u' ');
        if (!isDirectiveList) {
            if (agent.compare(token, Qt::CaseInsensitive) != 0)
                return directives;
            applicable = applicable.mid(colon + 1);
        }
    }
    for (const QString &part : applicable.split(u',', Qt::SkipEmptyParts)) {
        const QString directive = part.trimmed().toLower();
        if (directive == u"noindex"_s || directive == u"none"_s)
            directives.noIndex = true;
        if (directive == u"nofollow"_s || directive == u"none"_s)
            directives.noFollow = true;
    }
    return directives;
}

PageProcessor::Output PageProcessor::process(PageRecord page, const FrontierEntry &entry,
                                             const FetchResult &result) const
{
    Output output;
    const DecodedHtml decoded = HtmlDecoder::decode(result.body, result.charset);
    const HtmlDocument document = HtmlDocument::parse(decoded.utf8);
    page.title = document.title();
    page.language = document.language();
    page.description = document.metaContent(u"description"_s);

    QUrl base = result.finalUrl;
    if (const QString href = document.baseHref(); !href.isEmpty()) {
        if (const QUrl resolved = UrlNormalizer::resolve(base, href); resolved.isValid())
            base = resolved;
    }

    Directives directives;
    if (m_obeyRobots) {
        const QString token = CrawlOptions::robotsToken();
        for (const QString &value :
             {document.metaContent(u"robots"_s), document.metaContent(token.toLower()),
              QString::fromLatin1(result.header("X-Robots-Tag"))}) {
            const Directives found = parseDirectives(value, token);
            directives.noIndex |= found.noIndex;
            directives.noFollow |= found.noFollow;
        }
    }

    QJsonObject metadata{{u"encoding"_s, decoded.encoding}};
    if (const QString canonical = document.canonicalHref(); !canonical.isEmpty()) {
        const QUrl resolved = UrlNormalizer::resolve(base, canonical);
        if (resolved.isValid()) {
            const QUrl normalized = UrlNormalizer::normalize(resolved, m_normalizer);
            metadata.insert(u"canonical"_s, normalized.toString(QUrl::FullyEncoded));
            const QString key = UrlNormalizer::key(normalized, m_normalizer);
            if (key != entry.key && m_scope.check(normalized) == Scope::Verdict::Allowed)
                output.canonicalKey = key;
        }
    }
    if (directives.noIndex || directives.noFollow) {
        metadata.insert(u"robots"_s, QStringList{directives.noIndex ? u"noindex"_s : u"index"_s,
                                                 directives.noFollow ? u"nofollow"_s : u"follow"_s}
                                         .join(u", "_s));
    }

    const bool follow = !directives.noFollow && entry.depth < m_maxDepth;
    QSet<QString> seenLinks;
    QSet<QString> seenKeys;
    for (const QString &href : document.hrefs()) {
        const QUrl resolved = UrlNormalizer::resolve(base, href);
        if (!resolved.isValid())
            continue;
        const QUrl normalized = UrlNormalizer::normalize(resolved, m_normalizer);
        const QString text = normalized.toString(QUrl::FullyEncoded);
        if (seenLinks.contains(text))
            continue;
        seenLinks.insert(text);
        if (m_keepLinks)
            page.links << text;
        if (!follow)
            continue;
        const Scope::Verdict verdict = m_scope.check(normalized);
        ++output.verdicts[std::size_t(verdict)];
        if (verdict != Scope::Verdict::Allowed)
            continue;
        const QString key = UrlNormalizer::key(normalized, m_normalizer);
        if (seenKeys.contains(key))
            continue;
        seenKeys.insert(key);
        output.links << FrontierEntry{text, key, page.finalUrl, entry.depth + 1, 0};
    }

    if (directives.noIndex) {
        page.state = PageState::Skipped;
        page.error = PageError::NoIndex;
        page.errorMessage = QCoreApplication::translate(
            "PageProcessor", "The page asks not to be indexed (robots noindex); its content "
                             "was not kept.");
        page.links.clear();
    } else if (m_keepRawHtml) {
        page.rawHtml = QString::fromUtf8(decoded.utf8);
    }
    page.metadata = metadata;
    output.page = std::move(page);
    return output;
}
