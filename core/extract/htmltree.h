// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class MetadataCollector;

// A compact DOM of an HTML page, built from HtmlScanner's tokens by a simplified HTML5 tree
// builder (see htmltree.cpp for what it does and does not do). Nodes live in flat arrays and are
// named by index, so building and walking never recurse and a hostile page cannot overflow the
// stack. Immutable once built; safe to read from any thread.
class HtmlTree final
{
public:
    using NodeId = qint32;
    static constexpr NodeId none = -1;
    // Deeper elements are attached to the element at this depth instead of nesting further.
    static constexpr int maxDepth = 400;

    enum class Kind : quint8
    {
        Document,
        Element,
        Text,
        Comment
    };

    // Builds the tree of `utf8`; `collector`, when given, is told what the builder does as it
    // goes (MetadataCollector), exactly as scan() tells it.
    static HtmlTree parse(QByteArrayView utf8, MetadataCollector *collector = nullptr);
    // Runs the same tree builder over `utf8` without storing any node: it keeps only its stack
    // of open elements (and what html and body were given), and tells `collector` everything
    // parse() would tell it. Several times cheaper than parse(), for pages whose tree nobody
    // reads.
    static void scan(QByteArrayView utf8, MetadataCollector &collector);

    NodeId root() const { return 0; }
    NodeId htmlElement() const { return m_html; }
    NodeId head() const { return m_head; }
    NodeId body() const { return m_body; }
    qsizetype nodeCount() const { return m_nodes.size(); }

    Kind kind(NodeId node) const { return Kind(m_nodes[node].kind); }
    bool isElement(NodeId node) const { return kind(node) == Kind::Element; }
    bool isElement(NodeId node, QByteArrayView tag) const;
    // Lower-case tag name of an element; empty for other nodes.
    QByteArrayView tag(NodeId node) const;
    // Decoded text of a Text node (UTF-8), the body of a Comment; empty for elements.
    QByteArrayView text(NodeId node) const;

    NodeId parent(NodeId node) const { return m_nodes[node].parent; }
    NodeId firstChild(NodeId node) const { return m_nodes[node].firstChild; }
    NodeId lastChild(NodeId node) const { return m_nodes[node].lastChild; }
    NodeId nextSibling(NodeId node) const { return m_nodes[node].nextSibling; }
    NodeId previousSibling(NodeId node) const { return m_nodes[node].previousSibling; }
    // The node after `node` in document order, staying inside `scope` (none when done). With
    // `skipChildren`, the subtree of `node` is skipped.
    NodeId next(NodeId node, NodeId scope, bool skipChildren = false) const;
    // Whether `node` is inside `ancestor` (or is it).
    bool isInside(NodeId node, NodeId ancestor) const;

    qsizetype attributeCount(NodeId node) const { return m_nodes[node].attributeCount; }
    QByteArrayView attributeName(NodeId node, qsizetype index) const;
    QByteArrayView attributeValue(NodeId node, qsizetype index) const;
    // The value of the attribute with that (lower-case) name; a null view when there is none.
    QByteArrayView attribute(NodeId node, QByteArrayView name) const;
    bool hasAttribute(NodeId node, QByteArrayView name) const;
    // Whether the class attribute holds `className` as one of its tokens.
    bool hasClass(NodeId node, QByteArrayView className) const;

    // The first element with this tag inside `scope` (the whole document by default).
    NodeId findFirst(QByteArrayView tag, NodeId scope = 0) const;
    // The text of every Text node inside `scope`, concatenated.
    QString textContent(NodeId scope) const;

private:
    struct Node
    {
        quint8 kind = 0;
        NodeId parent = none;
        NodeId firstChild = none;
        NodeId lastChild = none;
        NodeId nextSibling = none;
        NodeId previousSibling = none;
        qint32 offset = 0; // tag name or text in m_strings
        qint32 length = 0;
        qint32 firstAttribute = 0;
        qint32 attributeCount = 0;
    };
    struct Attribute
    {
        qint32 nameOffset;
        qint32 nameLength;
        qint32 valueOffset;
        qint32 valueLength;
    };

    friend class HtmlTreeBuilder;

    QByteArray m_strings;
    QList<Node> m_nodes;
    QList<Attribute> m_attributes;
    NodeId m_html = none;
    NodeId m_head = none;
    NodeId m_body = none;
};
