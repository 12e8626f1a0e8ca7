// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/metadata.h"

#include "extract/metadatacollector.h"

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using NodeId = HtmlTree::NodeId;

template<std::size_t N>
bool oneOf(QByteArrayView value, const std::array<QByteArrayView, N> &set)
{
    return std::find(set.begin(), set.end(), value) != set.end();
}

// Tells `collector` of the tree's elements in document order (node order: the builder only ever
// appends to the open elements) with what they are inside, as the tree builder told it while
// building the tree.
void replay(const HtmlTree &tree, MetadataCollector &collector)
{
    const NodeId html = tree.htmlElement();
    if (html != HtmlTree::none) {
        for (qsizetype i = 0; i < tree.attributeCount(html); ++i)
            collector.htmlAttribute(tree.attributeName(html, i), tree.attributeValue(html, i));
    }
    // What each node is inside: its parent's place and the parent itself.
    std::vector<quint8> places(std::size_t(tree.nodeCount()), 0);
    for (NodeId node = 1; node < tree.nodeCount(); ++node) {
        const NodeId parent = tree.parent(node);
        quint8 place = places[std::size_t(parent)];
        const QByteArrayView parentTag = tree.tag(parent);
        if (parentTag == "head")
            place |= MetadataCollector::InHead;
        else if (parentTag == "template")
            place |= MetadataCollector::InTemplate;
        else if (parentTag == "svg")
            place |= MetadataCollector::InSvg;
        places[std::size_t(node)] = place;
        if (!tree.isElement(node) || !MetadataCollector::wants(tree.tag(node))
            || !collector.element(tree, node, place))
            continue;
        for (NodeId inside = node; inside != HtmlTree::none; inside = tree.next(inside, node)) {
            if (tree.kind(inside) == HtmlTree::Kind::Text)
                collector.text(tree.text(inside));
        }
    }
}

constexpr std::array<QByteArrayView, 10> textlessElements{
    "script", "style", "noscript", "template", "head",
    "title",  "svg",   "iframe",   "select",   "textarea"};

constexpr std::array<QByteArrayView, 43> blockElements{
    "address", "article", "aside",  "blockquote", "body", "caption", "center",   "dd",
    "details", "dialog",  "dir",    "div",        "dl",   "dt",      "fieldset", "figcaption",
    "figure",  "footer",  "form",   "h1",         "h2",   "h3",      "h4",       "h5",
    "h6",      "header",  "hgroup", "hr",         "html", "legend",  "li",       "main",
    "menu",    "nav",     "ol",     "p",          "pre",  "section", "summary",  "table",
    "tr",      "ul",      "search"};

// Builds plain text from text runs and the breaks and spaces between them.
class TextWriter
{
public:
    void text(QStringView text, bool preformatted)
    {
        if (preformatted) {
            if (!text.isEmpty()) {
                flush();
                m_out += text;
            }
            return;
        }
        for (const QChar c : text) {
            if (c.isSpace()) {
                m_space = true;
            } else {
                flush();
                m_out += c;
            }
        }
    }

    void lineBreak() { m_break = true; }
    void space() { m_space = true; }

    QString finish()
    {
        // Trailing blanks of each line go; lines stay (blank ones only come from <pre>).
        QStringList lines = m_out.split(u'\n');
        for (QString &line : lines) {
            qsizetype end = line.size();
            while (end > 0 && line.at(end - 1).isSpace())
                --end;
            line.truncate(end);
        }
        while (!lines.isEmpty() && lines.front().isEmpty())
            lines.removeFirst();
        while (!lines.isEmpty() && lines.back().isEmpty())
            lines.removeLast();
        return lines.join(u'\n');
    }

private:
    void flush()
    {
        if (!m_out.isEmpty()) {
            const bool lineStart = m_out.endsWith(u'\n');
            if (m_break && !lineStart)
                m_out += u'\n';
            else if (m_space && !m_break && !lineStart && !m_out.endsWith(u' '))
                m_out += u' ';
        }
        m_break = false;
        m_space = false;
    }

    QString m_out;
    bool m_break = false;
    bool m_space = false;
};

} // namespace

namespace Metadata {

QJsonObject extract(const HtmlTree &tree, const QUrl &baseUrl)
{
    MetadataCollector collector;
    replay(tree, collector);
    return collector.metadata(collector.baseUrl(baseUrl));
}

QStringList links(const HtmlTree &tree, const QUrl &baseUrl)
{
    MetadataCollector collector;
    replay(tree, collector);
    return collector.links(collector.baseUrl(baseUrl));
}

} // namespace Metadata

namespace Metadata {

QString plainText(const HtmlTree &tree, HtmlTree::NodeId scope,
                  const std::function<bool(HtmlTree::NodeId)> &skip)
{
    if (scope < 0 || scope >= tree.nodeCount())
        return {};
    TextWriter writer;
    int preformatted = 0;
    // Whether `node` is rendered; renders its start.
    const auto enter = [&](NodeId node) {
        if (skip && skip(node))
            return false;
        switch (tree.kind(node)) {
        case HtmlTree::Kind::Text: {
            QString text = QString::fromUtf8(tree.text(node));
            text.remove(QChar(u'\0')); // U+0000 in text is dropped, as browsers do
            writer.text(text, preformatted > 0);
            return true;
        }
        case HtmlTree::Kind::Comment:
            return false;
        case HtmlTree::Kind::Document:
            return true;
        case HtmlTree::Kind::Element:
            break;
        }
        const QByteArrayView tag = tree.tag(node);
        if (oneOf(tag, textlessElements))
            return false;
        if (tag == "br") {
            writer.lineBreak();
        } else if (tag == "td" || tag == "th") {
            writer.space();
        } else if (oneOf(tag, blockElements)) {
            writer.lineBreak();
            if (tag == "pre")
                ++preformatted;
        }
        return true;
    };
    // Renders the end of an entered node.
    const auto leave = [&](NodeId node) {
        const QByteArrayView tag = tree.tag(node);
        if (tag == "td" || tag == "th") {
            writer.space();
        } else if (oneOf(tag, blockElements)) {
            writer.lineBreak();
            if (tag == "pre")
                --preformatted;
        }
    };
    NodeId node = scope;
    bool entered = enter(node);
    for (;;) {
        if (entered && tree.firstChild(node) != HtmlTree::none) {
            node = tree.firstChild(node);
            entered = enter(node);
            continue;
        }
        if (entered)
            leave(node);
        while (node != scope && tree.nextSibling(node) == HtmlTree::none) {
            node = tree.parent(node);
            leave(node);
        }
        if (node == scope)
            break;
        node = tree.nextSibling(node);
        entered = enter(node);
    }
    return writer.finish();
}

} // namespace Metadata
