// SPDX-License-Identifier: GPL-3.0-or-later
// The tree builder. It follows the HTML Standard's tree construction where the result matters
// for extraction (markdown, metadata, links) and simplifies the rest:
// - html, head and body always exist; head-only elements (title, meta, link, base, style,
//   script, noscript, template) before any body content go to head, everything else to body;
//   repeated html/body start tags add their missing attributes, as the standard says.
// - void elements never take children; </br> is <br>; a start tag of a block element closes an
//   open <p>; li, dt/dd, option, table rows and cells, headings inside headings and <a> inside
//   <a> close the previous one, as the implied end tags of the standard do.
// - an end tag closes the nearest open element with that name unless a scope boundary (table,
//   td, th, caption, template, object, ...) comes first; unmatched end tags are ignored.
// - not done: the adoption agency for misnested formatting (</b> closes what is open instead),
//   foster parenting of text inside tables (it stays where it is), the frameset and foreign
//   content insertion modes (svg and math are ordinary elements).
// - nesting deeper than HtmlTree::maxDepth attaches further elements to the deepest one.
// The same builder runs without a tree (HtmlTree::scan): every step that decides the structure
// reads only its stack of open elements and what html and body were given, never the nodes.
#include "extract/htmltree.h"

#include "extract/htmlscanner.h"
#include "extract/htmltags.h"
#include "extract/metadatacollector.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using HtmlTags::Tag;
using TagSet = HtmlTags::Set;

constexpr TagSet voidElements{Tag::Area,  Tag::Base,   Tag::Br,    Tag::Col,  Tag::Embed,
                              Tag::Hr,    Tag::Img,    Tag::Input, Tag::Link, Tag::Meta,
                              Tag::Param, Tag::Source, Tag::Track, Tag::Wbr};

constexpr TagSet headElements{Tag::Base,  Tag::Link,     Tag::Meta,  Tag::Noscript, Tag::Script,
                              Tag::Style, Tag::Template, Tag::Title, Tag::Basefont};

// Start tags that close an open <p> (the standard's "close a p element" list).
constexpr TagSet closesParagraph{
    Tag::Address, Tag::Article, Tag::Aside,   Tag::Blockquote, Tag::Center,   Tag::Details,
    Tag::Dialog,  Tag::Dir,     Tag::Div,     Tag::Dl,         Tag::Fieldset, Tag::Figcaption,
    Tag::Figure,  Tag::Footer,  Tag::Form,    Tag::H1,         Tag::H2,       Tag::H3,
    Tag::H4,      Tag::H5,      Tag::H6,      Tag::Header,     Tag::Hgroup,   Tag::Hr,
    Tag::Main,    Tag::Menu,    Tag::Nav,     Tag::Ol,         Tag::P,        Tag::Pre,
    Tag::Search,  Tag::Section, Tag::Summary, Tag::Table,      Tag::Ul};

constexpr TagSet headings{Tag::H1, Tag::H2, Tag::H3, Tag::H4, Tag::H5, Tag::H6};

// Elements an end tag does not look past (the standard's element scope boundaries).
constexpr TagSet scopeBoundaries{Tag::Applet,  Tag::Caption,  Tag::Html,
                                 Tag::Marquee, Tag::Object,   Tag::Table,
                                 Tag::Td,      Tag::Template, Tag::Th};

} // namespace

class HtmlTreeBuilder
{
public:
    // Builds into `tree`, or, without one, keeps only what the construction itself needs (the
    // stack of open elements and the attributes of html and body): the same steps either way.
    HtmlTreeBuilder(HtmlTree *tree, MetadataCollector *collector)
        : m_tree(tree)
        , m_collector(collector)
    {
        m_stack.reserve(64);
        m_tags.reserve(512);
        HtmlTree::NodeId document = HtmlTree::none;
        if (m_tree) {
            m_tree->m_nodes.reserve(1024);
            m_tree->m_strings.reserve(16 * 1024);
            document = addNode(HtmlTree::Kind::Document, {}, HtmlTree::none);
            m_tree->m_html = addNode(HtmlTree::Kind::Element, "html", document);
            m_tree->m_head = addNode(HtmlTree::Kind::Element, "head", m_tree->m_html);
            m_html.node = m_tree->m_html;
        }
        push(document, {}, Tag::Other, 0);
        push(m_html.node, "html", Tag::Html, 0);
        push(m_tree ? m_tree->m_head : HtmlTree::none, "head", Tag::Head, 0);
    }

    void build(QByteArrayView utf8)
    {
        HtmlScanner scanner(utf8);
        for (;;) {
            switch (scanner.next()) {
            case HtmlScanner::Token::StartTag:
                startTag(scanner);
                break;
            case HtmlScanner::Token::EndTag:
                endTag(scanner);
                break;
            case HtmlScanner::Token::Text:
                // Without a tree, text matters only where it may start the body or is collected.
                if (m_tree || m_captured >= 0 || (inHead() && m_stack.size() == 3))
                    text(scanner.text());
                break;
            case HtmlScanner::Token::Comment:
                if (m_tree)
                    addNode(HtmlTree::Kind::Comment, scanner.text(), current());
                break;
            case HtmlScanner::Token::Doctype:
                break;
            case HtmlScanner::Token::End:
                ensureBody();
                return;
            }
        }
    }

private:
    // Flags of an open element: what it and its ancestors are.
    enum Flag : quint8
    {
        InTemplate = MetadataCollector::InTemplate,
        InSvg = MetadataCollector::InSvg,
        InMath = 0x80,
    };
    struct Open
    {
        HtmlTree::NodeId node; // none without a tree
        qint32 tagOffset;      // in m_tags
        qint32 tagLength;
        Tag tag;
        quint8 flags;
    };
    // html and body, whose repeated start tags add the attributes they do not have yet.
    struct Merged
    {
        HtmlTree::NodeId node = HtmlTree::none;
        QList<QByteArray> names;
        qint64 end = 0; // m_storedAttributes after its last attribute
    };

    HtmlTree::NodeId current() const { return m_stack.back().node; }
    QByteArrayView tagAt(qsizetype index) const
    {
        const Open &open = m_stack[std::size_t(index)];
        return QByteArrayView(m_tags.data() + open.tagOffset, open.tagLength);
    }
    // Whether the open element at `index` is a `tag` (`id` its Tag).
    bool isOpenAt(qsizetype index, QByteArrayView tag, Tag id) const
    {
        const Tag open = m_stack[std::size_t(index)].tag;
        return id != Tag::Other ? open == id : open == Tag::Other && tagAt(index) == tag;
    }

    void push(HtmlTree::NodeId node, QByteArrayView tag, Tag id, quint8 flags)
    {
        m_stack.push_back({node, qint32(m_tags.size()), qint32(tag.size()), id, flags});
        m_tags.append(tag.data(), std::size_t(tag.size()));
    }

    // Closes the open elements from `index` on (html and head or body stay open).
    void popTo(qsizetype index)
    {
        if (index < 2 || index >= qsizetype(m_stack.size()))
            return;
        m_tags.resize(std::size_t(m_stack[std::size_t(index)].tagOffset));
        m_stack.resize(std::size_t(index));
        if (m_captured >= index)
            m_captured = -1;
    }

    qint32 store(QByteArrayView bytes)
    {
        const qint32 offset = qint32(m_tree->m_strings.size());
        m_tree->m_strings.append(bytes);
        return offset;
    }

    HtmlTree::NodeId addNode(HtmlTree::Kind kind, QByteArrayView bytes, HtmlTree::NodeId parent)
    {
        HtmlTree::Node node;
        node.kind = quint8(kind);
        node.parent = parent;
        node.offset = store(bytes);
        node.length = qint32(bytes.size());
        const HtmlTree::NodeId id = HtmlTree::NodeId(m_tree->m_nodes.size());
        if (parent != HtmlTree::none) {
            HtmlTree::Node &p = m_tree->m_nodes[parent];
            node.previousSibling = p.lastChild;
            if (p.lastChild != HtmlTree::none)
                m_tree->m_nodes[p.lastChild].nextSibling = id;
            else
                p.firstChild = id;
            p.lastChild = id;
        }
        m_tree->m_nodes.append(node);
        m_lastText = HtmlTree::none;
        return id;
    }

    void storeAttribute(HtmlTree::NodeId node, QByteArrayView name, QByteArrayView value)
    {
        HtmlTree::Node &n = m_tree->m_nodes[node];
        if (n.attributeCount == 0)
            n.firstAttribute = qint32(m_tree->m_attributes.size());
        const qint32 nameOffset = store(name);
        const qint32 valueOffset = store(value);
        m_tree->m_attributes.append(
            {nameOffset, qint32(name.size()), valueOffset, qint32(value.size())});
        ++m_tree->m_nodes[node].attributeCount;
        m_lastText = HtmlTree::none;
    }

    // A new element as the last child of the current node, with the start tag's attributes
    // (none for </br>); the collector hears of it. Pushed on the stack unless it is void.
    void addElement(QByteArrayView tag, Tag id, const HtmlScanner &scanner, bool isVoid)
    {
        const quint8 flags = m_stack.back().flags;
        HtmlTree::NodeId element = HtmlTree::none;
        if (m_tree) {
            element = addNode(HtmlTree::Kind::Element, tag, current());
            for (qsizetype i = 0; i < scanner.attributeCount(); ++i)
                storeAttribute(element, scanner.attributeName(i), scanner.attributeValue(i));
        }
        // Only whether anything was stored matters (see mergeAttributes): no need to decode.
        if (scanner.hasAttributes())
            ++m_storedAttributes;
        const bool capture =
            m_collector && MetadataCollector::wants(tag)
            && m_collector->element(tag, scanner,
                                    quint8((flags & (InTemplate | InSvg))
                                           | (inHead() ? MetadataCollector::InHead : 0)));
        if (isVoid || qsizetype(m_stack.size()) >= HtmlTree::maxDepth)
            return;
        quint8 own = 0;
        if (id == Tag::Template)
            own = InTemplate;
        else if (id == Tag::Svg)
            own = InSvg;
        else if (id == Tag::Math)
            own = InMath;
        push(element, tag, id, flags | own);
        if (capture)
            m_captured = qsizetype(m_stack.size()) - 1;
    }

    // The attributes of a repeated html or body start tag: with `onlyMissing`, those the element
    // does not have yet, and only while its attributes are the last ones stored (as the tree
    // stores them, an element's attributes stay together).
    void mergeAttributes(Merged &element, const HtmlScanner &scanner, bool onlyMissing)
    {
        if (onlyMissing && !element.names.isEmpty() && element.end != m_storedAttributes)
            return;
        m_lastText = HtmlTree::none; // text after the tag is a new node, attributes or not
        for (qsizetype i = 0; i < scanner.attributeCount(); ++i) {
            const QByteArrayView name = scanner.attributeName(i);
            if (onlyMissing && element.names.contains(name))
                continue;
            const QByteArrayView value = scanner.attributeValue(i);
            if (m_tree)
                storeAttribute(element.node, name, value);
            element.names.append(name.toByteArray());
            element.end = ++m_storedAttributes;
            if (m_collector && &element == &m_html)
                m_collector->htmlAttribute(name, value);
        }
    }

    void ensureBody()
    {
        if (!inHead())
            return;
        m_hasBody = true;
        if (m_tree) {
            m_tree->m_body = addNode(HtmlTree::Kind::Element, "body", m_tree->m_html);
            m_body.node = m_tree->m_body;
        }
        popTo(2);
        push(m_body.node, "body", Tag::Body, 0);
    }

    bool inHead() const { return !m_hasBody; }

    // The index in the stack of the nearest open `tag`, not looking past a scope boundary.
    qsizetype openInScope(QByteArrayView tag, Tag id) const
    {
        for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 2; --i) {
            if (isOpenAt(i, tag, id))
                return i;
            if (scopeBoundaries.has(m_stack[std::size_t(i)].tag))
                return -1;
        }
        return -1;
    }

    void closeIfOpen(QByteArrayView tag, Tag id) { popTo(openInScope(tag, id)); }
    void closeIfOpen(Tag id) { popTo(openInScope({}, id)); }

    // Implied end tags of a start tag.
    void closeImplied(QByteArrayView tag, Tag id)
    {
        if (closesParagraph.has(id))
            closeIfOpen(Tag::P);
        switch (id) {
        case Tag::Li:
            closeListItem(Tag::Li, {Tag::Ul, Tag::Ol, Tag::Menu});
            break;
        case Tag::Dt:
        case Tag::Dd:
            closeListItem(Tag::Dt, {Tag::Dl});
            closeListItem(Tag::Dd, {Tag::Dl});
            break;
        case Tag::Option:
        case Tag::Optgroup:
            if (m_stack.back().tag == Tag::Option)
                popTo(qsizetype(m_stack.size()) - 1);
            break;
        case Tag::Tr:
            closeWithin({Tag::Td, Tag::Th, Tag::Tr},
                        {Tag::Table, Tag::Tbody, Tag::Thead, Tag::Tfoot});
            break;
        case Tag::Td:
        case Tag::Th:
            closeWithin({Tag::Td, Tag::Th}, {Tag::Tr, Tag::Table});
            break;
        case Tag::Tbody:
        case Tag::Thead:
        case Tag::Tfoot:
            closeWithin({Tag::Td, Tag::Th, Tag::Tr, Tag::Tbody, Tag::Thead, Tag::Tfoot},
                        {Tag::Table});
            break;
        case Tag::H1:
        case Tag::H2:
        case Tag::H3:
        case Tag::H4:
        case Tag::H5:
        case Tag::H6:
            if (headings.has(m_stack.back().tag))
                popTo(qsizetype(m_stack.size()) - 1);
            break;
        case Tag::A:
        case Tag::Button:
        case Tag::Form:
        case Tag::Nobr:
            closeIfOpen(tag, id);
            break;
        default:
            break;
        }
    }

    // Closes an open `tag` when no element of `containers` is nearer (a new <li> closes the
    // previous item of the same list, not the item around a nested list).
    void closeListItem(Tag tag, TagSet containers)
    {
        for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 2; --i) {
            const Tag open = m_stack[std::size_t(i)].tag;
            if (open == tag)
                return popTo(i);
            if (containers.has(open) || scopeBoundaries.has(open))
                return;
        }
    }

    // Closes the nearest open element of `tags` below the nearest `until` element.
    void closeWithin(TagSet tags, TagSet until)
    {
        for (qsizetype i = qsizetype(m_stack.size()) - 1; i >= 2; --i) {
            const Tag open = m_stack[std::size_t(i)].tag;
            if (until.has(open))
                return;
            if (tags.has(open))
                return popTo(i);
        }
    }

    void startTag(const HtmlScanner &scanner)
    {
        QByteArrayView tag = scanner.tagName();
        Tag id = HtmlTags::lookup(tag);
        if (id == Tag::Html) {
            mergeAttributes(m_html, scanner, true);
            return;
        }
        if (id == Tag::Head)
            return;
        if (id == Tag::Body) {
            const bool existed = !inHead();
            ensureBody();
            mergeAttributes(m_body, scanner, existed);
            return;
        }
        if (id == Tag::Other && tag == "image") {
            tag = "img";
            id = Tag::Img;
        }
        if (inHead() && !headElements.has(id))
            ensureBody();
        if (!inHead())
            closeImplied(tag, id);
        const bool foreign = (m_stack.back().flags & (InSvg | InMath)) != 0;
        addElement(tag, id, scanner, voidElements.has(id) || (scanner.selfClosing() && foreign));
    }

    void endTag(const HtmlScanner &scanner)
    {
        const QByteArrayView tag = scanner.tagName();
        const Tag id = HtmlTags::lookup(tag);
        switch (id) {
        case Tag::Br:
            // </br> is treated as <br> (an end tag has no attributes).
            ensureBody();
            addElement(tag, id, scanner, true);
            return;
        case Tag::Html:
        case Tag::Body:
            return;
        case Tag::Head:
            if (inHead())
                popTo(3);
            return;
        default:
            closeIfOpen(tag, id);
        }
    }

    void text(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return;
        if (inHead() && m_stack.size() == 3) {
            // Inside <title>, <style>, <script> text stays; elsewhere in head it starts the body.
            const bool blank = std::all_of(bytes.begin(), bytes.end(), [](char c) {
                return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            });
            if (blank)
                return;
            ensureBody();
        }
        if (m_captured >= 0)
            m_collector->text(bytes);
        if (!m_tree)
            return;
        const HtmlTree::NodeId parent = current();
        // Adjacent text merges into one node while nothing else was stored in between.
        if (m_lastText != HtmlTree::none && m_tree->m_nodes[parent].lastChild == m_lastText) {
            HtmlTree::Node &node = m_tree->m_nodes[m_lastText];
            if (node.offset + node.length == m_tree->m_strings.size()) {
                m_tree->m_strings.append(bytes);
                node.length += qint32(bytes.size());
                return;
            }
        }
        const HtmlTree::NodeId id = addNode(HtmlTree::Kind::Text, bytes, parent);
        m_lastText = id;
    }

    HtmlTree *m_tree;
    MetadataCollector *m_collector;
    std::vector<Open> m_stack;
    std::string m_tags; // the tag names of m_stack
    bool m_hasBody = false;
    Merged m_html;
    Merged m_body;
    qint64 m_storedAttributes = 0; // grows whenever an element stores attributes
    qsizetype m_captured = -1;     // the stack index of the element whose text the collector wants
    HtmlTree::NodeId m_lastText = HtmlTree::none;
};

HtmlTree HtmlTree::parse(QByteArrayView utf8, MetadataCollector *collector)
{
    HtmlTree tree;
    HtmlTreeBuilder builder(&tree, collector);
    builder.build(utf8);
    return tree;
}

void HtmlTree::scan(QByteArrayView utf8, MetadataCollector &collector)
{
    HtmlTreeBuilder builder(nullptr, &collector);
    builder.build(utf8);
}

bool HtmlTree::isElement(NodeId node, QByteArrayView tagName) const
{
    // The tree's walks ask this of every node: settle it on the length and first byte.
    const Node &n = m_nodes[node];
    if (Kind(n.kind) != Kind::Element || n.length != tagName.size())
        return false;
    const char *name = m_strings.constData() + n.offset;
    return n.length == 0
           || (name[0] == tagName.front()
               && std::memcmp(name, tagName.data(), std::size_t(n.length)) == 0);
}

QByteArrayView HtmlTree::tag(NodeId node) const
{
    const Node &n = m_nodes[node];
    if (Kind(n.kind) != Kind::Element)
        return {};
    return QByteArrayView(m_strings.constData() + n.offset, n.length);
}

QByteArrayView HtmlTree::text(NodeId node) const
{
    const Node &n = m_nodes[node];
    if (Kind(n.kind) == Kind::Element || Kind(n.kind) == Kind::Document)
        return {};
    return QByteArrayView(m_strings.constData() + n.offset, n.length);
}

HtmlTree::NodeId HtmlTree::next(NodeId node, NodeId scope, bool skipChildren) const
{
    if (!skipChildren && m_nodes[node].firstChild != none)
        return m_nodes[node].firstChild;
    while (node != none && node != scope) {
        if (m_nodes[node].nextSibling != none)
            return m_nodes[node].nextSibling;
        node = m_nodes[node].parent;
    }
    return none;
}

bool HtmlTree::isInside(NodeId node, NodeId ancestor) const
{
    for (; node != none; node = m_nodes[node].parent) {
        if (node == ancestor)
            return true;
    }
    return false;
}

QByteArrayView HtmlTree::attributeName(NodeId node, qsizetype index) const
{
    const Attribute &a = m_attributes[m_nodes[node].firstAttribute + index];
    return QByteArrayView(m_strings.constData() + a.nameOffset, a.nameLength);
}

QByteArrayView HtmlTree::attributeValue(NodeId node, qsizetype index) const
{
    const Attribute &a = m_attributes[m_nodes[node].firstAttribute + index];
    return QByteArrayView(m_strings.constData() + a.valueOffset, a.valueLength);
}

QByteArrayView HtmlTree::attribute(NodeId node, QByteArrayView name) const
{
    const Node &n = m_nodes[node];
    for (qsizetype i = 0; i < n.attributeCount; ++i) {
        if (attributeName(node, i) == name) {
            const QByteArrayView value = attributeValue(node, i);
            // An empty value is still a value, not a missing attribute.
            return value.isNull() ? QByteArrayView("", 0) : value;
        }
    }
    return {};
}

bool HtmlTree::hasAttribute(NodeId node, QByteArrayView name) const
{
    return !attribute(node, name).isNull();
}

bool HtmlTree::hasClass(NodeId node, QByteArrayView className) const
{
    const QByteArrayView classes = attribute(node, "class");
    qsizetype start = 0;
    while (start < classes.size()) {
        while (start < classes.size() && QChar::isSpace(uchar(classes[start])))
            ++start;
        qsizetype end = start;
        while (end < classes.size() && !QChar::isSpace(uchar(classes[end])))
            ++end;
        if (end > start && classes.sliced(start, end - start) == className)
            return true;
        start = end;
    }
    return false;
}

HtmlTree::NodeId HtmlTree::findFirst(QByteArrayView tagName, NodeId scope) const
{
    for (NodeId node = scope; node != none; node = next(node, scope)) {
        if (isElement(node, tagName))
            return node;
    }
    return none;
}

QString HtmlTree::textContent(NodeId scope) const
{
    QByteArray bytes;
    for (NodeId node = scope; node != none; node = next(node, scope)) {
        if (kind(node) == Kind::Text)
            bytes += text(node);
    }
    return QString::fromUtf8(bytes);
}
