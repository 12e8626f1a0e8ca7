// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/pageextractor.h"

#include "extract/htmldecoder.h"
#include "extract/htmlserializer.h"
#include "extract/htmltree.h"
#include "extract/markdownwriter.h"
#include "extract/metadata.h"
#include "extract/metadatacollector.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// noindex/nofollow of one robots meta value or X-Robots-Tag value (`agent: directives` values
// apply only to that agent).
void applyDirectives(const QString &value, const QString &token, bool &noIndex, bool &noFollow)
{
    QString applicable = value.trimmed();
    const qsizetype colon = applicable.indexOf(u':');
    if (colon > 0) {
        const QString agent = applicable.left(colon).trimmed();
        if (!agent.contains(u',') && !agent.contains(u' ')) {
            if (agent.compare(token, Qt::CaseInsensitive) != 0)
                return;
            applicable = applicable.mid(colon + 1);
        }
    }
    for (const QString &part : applicable.split(u',', Qt::SkipEmptyParts)) {
        const QString directive = part.trimmed().toLower();
        noIndex |= directive == u"noindex"_s || directive == u"none"_s;
        noFollow |= directive == u"nofollow"_s || directive == u"none"_s;
    }
}

QString withoutBase64Images(const QString &markdown)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\(data:image/[^)]*\\)"_s);
    QString result = markdown;
    return result.replace(image, u"![\\1](<Base64-Image-Removed>)"_s);
}

} // namespace

std::optional<PageExtractor> PageExtractor::create(const Options &options, QString *error)
{
    PageExtractor extractor(options);
    auto parse = [error](const QStringList &texts, QList<Selector> &into, const char *field) {
        for (const QString &text : texts) {
            QString reason;
            auto selector = Selector::parse(text, &reason);
            if (!selector) {
                if (error)
                    *error = QCoreApplication::translate("PageExtractor",
                                                         "%1: \"%2\" is not a selector: %3")
                                 .arg(QString::fromLatin1(field), text, reason);
                return false;
            }
            into << *selector;
        }
        return true;
    };
    if (!parse(options.includeTags, extractor.m_content.includeTags, "includeTags")
        || !parse(options.excludeTags, extractor.m_content.excludeTags, "excludeTags"))
        return std::nullopt;
    return extractor;
}

PageExtractor::PageExtractor(const Options &options)
    : m_options(options)
{
    m_content.onlyMainContent = options.onlyMainContent;
}

PageExtractor::Result PageExtractor::extract(const QByteArray &body, const QString &charset,
                                             const QUrl &url, const QString &robotsToken) const
{
    Result result;
    const DecodedHtml decoded = HtmlDecoder::decode(body, charset);
    result.encoding = decoded.encoding;
    // The tree only when something reads it; the metadata and links come from the same tree
    // builder either way.
    MetadataCollector collector;
    const bool needsTree = m_options.markdown || m_options.html;
    HtmlTree tree;
    if (needsTree)
        tree = HtmlTree::parse(decoded.utf8, &collector);
    else
        HtmlTree::scan(decoded.utf8, collector);

    result.baseUrl = collector.baseUrl(url);
    result.metadata = collector.metadataText(result.baseUrl);
    result.metadata.set("encoding", result.encoding.toUtf8());
    result.title = result.metadata.value("title");
    result.description = result.metadata.value("description");
    result.language = result.metadata.value("language");
    result.canonical = result.metadata.value("canonical");
    for (const QByteArray &key : {"robots"_ba, robotsToken.toLower().toUtf8()}) {
        for (const QString &value : result.metadata.values(key))
            applyDirectives(value, robotsToken, result.noIndex, result.noFollow);
    }
    result.links = collector.linksUtf8(result.baseUrl);
    if (m_options.rawHtml)
        result.rawHtml = decoded.utf8;
    if (!needsTree)
        return result;

    const MainContent content = MainContent::select(tree, m_content);
    const auto skip = [&content](HtmlTree::NodeId node) { return content.skip(node); };
    if (m_options.markdown) {
        MarkdownOptions markdownOptions;
        markdownOptions.baseUrl = result.baseUrl;
        QStringList parts;
        QStringList texts;
        for (const HtmlTree::NodeId root : content.roots()) {
            parts << MarkdownWriter::convert(tree, root, markdownOptions, skip).trimmed();
            texts << Metadata::plainText(tree, root, skip).trimmed();
        }
        parts.removeAll(QString());
        texts.removeAll(QString());
        result.markdown = parts.join(u"\n\n"_s);
        if (!result.markdown.isEmpty())
            result.markdown += u'\n';
        if (m_options.removeBase64Images)
            result.markdown = withoutBase64Images(result.markdown);
        result.textContent = texts.join(u"\n\n"_s);
    }
    if (m_options.html)
        result.html = HtmlSerializer::serialize(tree, content.roots(), result.baseUrl, skip);
    return result;
}
