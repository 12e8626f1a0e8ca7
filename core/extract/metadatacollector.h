// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"
#include "extract/metadatatext.h"
#include "extract/utf8list.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <string>
#include <vector>

class HtmlScanner;
class UrlResolver;

// Gathers in one pass what Metadata::extract and Metadata::links report (metadata.h has the
// rules), from the elements of a page in document order: the tree builder tells it of every
// element it creates (HtmlTree::parse or, without building a tree, HtmlTree::scan), and the
// Metadata functions over a built tree replay the tree's elements to it. One set of rules,
// whatever the source. Not thread-safe; one collector per page.
class MetadataCollector final
{
public:
    MetadataCollector();
    ~MetadataCollector();
    MetadataCollector(const MetadataCollector &) = delete;
    MetadataCollector &operator=(const MetadataCollector &) = delete;

    // Where an element is, from its ancestors.
    enum Place : quint8
    {
        InHead = 0x1,     // head is an ancestor
        InTemplate = 0x2, // inside a template's contents
        InSvg = 0x4,
    };

    // Whether element() would do anything for an element with this tag (title, meta, link,
    // base, a, area): the only ones worth telling.
    static bool wants(QByteArrayView tag)
    {
        switch (tag.size()) {
        case 1:
            return tag.front() == 'a';
        case 4:
            return tag == "meta" || tag == "link" || tag == "area" || tag == "base";
        case 5:
            return tag == "title";
        default:
            return false;
        }
    }

    // An element, with its start tag's attributes (`scanner` holds the start tag) or the tree's.
    // True when the collector wants the text inside it (through text(), while it is open).
    bool element(QByteArrayView tag, const HtmlScanner &scanner, quint8 place);
    bool element(const HtmlTree &tree, HtmlTree::NodeId node, quint8 place);
    // An attribute of the html element, in the order the element got them.
    void htmlAttribute(QByteArrayView name, QByteArrayView value);
    // Text inside the element element() last asked for, in document order.
    void text(QByteArrayView text);

    // What relative URLs resolve against: the first <base href> outside templates resolved
    // against `pageUrl`, else `pageUrl`.
    QUrl baseUrl(const QUrl &pageUrl) const;
    // Metadata::extract's object, for the base `baseUrl()` gave.
    QJsonObject metadata(const QUrl &base) const;
    // The same object as JSON text (what a crawl stores), with its values at hand.
    MetadataText metadataText(const QUrl &base) const;
    // Metadata::links's list, for the base `baseUrl()` gave.
    QStringList links(const QUrl &base) const;
    // The same links as UTF-8 (what the crawler classifies, without a UTF-16 copy of each).
    Utf8List linksUtf8(const QUrl &base) const;

private:
    struct Span
    {
        qint32 offset = -1; // in m_bytes; -1: none
        qint32 length = 0;
        bool isNull() const { return offset < 0; }
    };
    struct Meta
    {
        Span key;
        Span content;
    };
    enum class Capture : quint8
    {
        None,
        HeadTitle,
        OtherTitle
    };

    template<typename Attribute>
    bool collect(QByteArrayView tag, const Attribute &attribute, quint8 place);
    Span keep(QByteArrayView bytes);
    QByteArrayView view(Span span) const;
    const UrlResolver &resolver(const QUrl &base) const;

    std::string m_bytes; // every kept attribute value
    // One resolver for metadata() and links(), for the base they were last given.
    mutable std::unique_ptr<UrlResolver> m_resolver;
    mutable QUrl m_resolverBase;
    std::vector<Span> m_hrefs;
    std::vector<Meta> m_metas;
    Span m_canonical;
    Span m_icon;
    Span m_touchIcon;
    Span m_base;
    Span m_language;
    bool m_headTitle = false; // seen (maybe empty)
    bool m_otherTitle = false;
    Capture m_capture = Capture::None;
    QByteArray m_headTitleText;
    QByteArray m_otherTitleText;
};
