// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/metadata.h"

#include "extract/urlpath.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using NodeId = HtmlTree::NodeId;

template<std::size_t N>
bool oneOf(QByteArrayView value, const std::array<QByteArrayView, N> &set)
{
    return std::find(set.begin(), set.end(), value) != set.end();
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

QString attributeText(const HtmlTree &tree, NodeId node, QByteArrayView name)
{
    return QString::fromUtf8(tree.attribute(node, name));
}

// The next node in document order inside `scope`, not entering <template> contents.
NodeId nextOutsideTemplates(const HtmlTree &tree, NodeId node, NodeId scope)
{
    return tree.next(node, scope, tree.isElement(node, "template"));
}

// Whether the space-separated `rel` holds one of `tokens` (ASCII case-insensitive).
template<std::size_t N>
bool relHas(QByteArrayView rel, const std::array<QByteArrayView, N> &tokens)
{
    qsizetype start = 0;
    while (start < rel.size()) {
        while (start < rel.size() && isAsciiSpace(rel[start]))
            ++start;
        qsizetype end = start;
        while (end < rel.size() && !isAsciiSpace(rel[end]))
            ++end;
        const QByteArrayView token = rel.sliced(start, end - start);
        for (const QByteArrayView wanted : tokens) {
            if (!token.isEmpty() && token.compare(wanted, Qt::CaseInsensitive) == 0)
                return true;
        }
        start = end;
    }
    return false;
}

// `href` trimmed and resolved against `base`; invalid when empty or unparsable.
QUrl resolve(const QUrl &base, const QString &href)
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl relative(trimmed);
    if (!relative.isValid())
        return {};
    return base.resolved(relative);
}

// Most links of a page are plain ("/docs/a.html", "../b/", "c.html#top", the page's own origin
// followed by a path, "/x?utm_source=y"): for those, what QUrl::resolved() and
// toString(QUrl::FullyEncoded) would give is computed here without parsing a URL: the base's
// origin, the merged path without dot segments (RFC 3986 5.2), the query and the fragment as
// written. Anything else (another origin, a scheme-relative or query-only reference, percent signs
// or other characters) goes the QUrl way.
class PlainResolver
{
public:
    explicit PlainResolver(const QUrl &base)
    {
        if (!base.isValid() || (base.scheme() != u"http"_s && base.scheme() != u"https"_s)
            || base.host().isEmpty())
            return;
        const QString path = base.path(QUrl::FullyEncoded);
        if (path.contains(u"/."_s) || (!path.isEmpty() && !path.startsWith(u'/')))
            return;
        m_origin = base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                 | QUrl::FullyEncoded);
        m_directory = path.isEmpty() ? u"/"_s : path.first(path.lastIndexOf(u'/') + 1);
        m_usable = !m_origin.isEmpty();
    }

    // True, with `link` set, when `href` is plain.
    bool resolve(const QString &href, QString &link) const
    {
        if (!m_usable || href.startsWith(u"//"_s))
            return false;
        QStringView rest(href);
        if (rest.startsWith(m_origin) && rest.sliced(m_origin.size()).startsWith(u'/'))
            rest = rest.sliced(m_origin.size());
        qsizetype end = 0;
        while (end < rest.size() && isPathChar(rest.at(end)))
            ++end;
        if (end == 0)
            return false;
        const QStringView path = rest.first(end);
        QStringView query;
        QStringView fragment;
        bool hasQuery = false;
        bool hasFragment = false;
        if (end < rest.size() && rest.at(end) == u'?') {
            qsizetype queryEnd = end + 1;
            while (queryEnd < rest.size() && isQueryChar(rest.at(queryEnd)))
                ++queryEnd;
            query = rest.sliced(end + 1, queryEnd - end - 1);
            hasQuery = true;
            end = queryEnd;
        }
        if (end < rest.size() && rest.at(end) == u'#') {
            qsizetype fragmentEnd = end + 1;
            while (fragmentEnd < rest.size() && isUnreserved(rest.at(fragmentEnd)))
                ++fragmentEnd;
            fragment = rest.sliced(end + 1, fragmentEnd - end - 1);
            hasFragment = true;
            end = fragmentEnd;
        }
        if (end != rest.size())
            return false;

        QString merged;
        if (path.startsWith(u'/')) {
            merged = path.toString();
        } else {
            merged.reserve(m_directory.size() + path.size());
            merged.append(m_directory);
            merged.append(path);
        }
        if (hasDotSegment(merged))
            merged = UrlPath::withoutDotSegments(merged);
        link.reserve(m_origin.size() + merged.size() + query.size() + fragment.size() + 2);
        link = m_origin;
        link += merged;
        if (hasQuery) {
            link += u'?';
            link += query;
        }
        if (hasFragment) {
            link += u'#';
            link += fragment;
        }
        return true;
    }

private:
    static bool isUnreserved(QChar c)
    {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
               || u == u'-' || u == u'.' || u == u'_' || u == u'~';
    }
    static bool isPathChar(QChar c) { return isUnreserved(c) || c == u'/'; }
    static bool isQueryChar(QChar c) { return isUnreserved(c) || c == u'=' || c == u'&'; }

    // Whether a segment of the absolute path `path` is "." or "..".
    static bool hasDotSegment(QStringView path)
    {
        for (qsizetype at = path.indexOf(u"/."_s); at >= 0; at = path.indexOf(u"/."_s, at + 1)) {
            const QStringView after = path.sliced(at + 2);
            if (after.isEmpty() || after.startsWith(u'/') || after == u"."_s
                || after.startsWith(u"./"_s))
                return true;
        }
        return false;
    }

    QString m_origin;    // scheme://authority, fully encoded
    QString m_directory; // the base path up to its last '/'
    bool m_usable = false;
};

// The base URL for relative references: the first <base href>, resolved against `baseUrl`.
QUrl documentBase(const HtmlTree &tree, const QUrl &baseUrl)
{
    const NodeId root = tree.root();
    for (NodeId node = root; node != HtmlTree::none;
         node = nextOutsideTemplates(tree, node, root)) {
        if (!tree.isElement(node, "base") || !tree.hasAttribute(node, "href"))
            continue;
        const QUrl resolved = resolve(baseUrl, attributeText(tree, node, "href"));
        return resolved.isValid() ? resolved : baseUrl;
    }
    return baseUrl;
}

// The scheme of `href` when it has one ("mailto" for "mailto:x"), else empty.
QString schemeOf(const QString &href)
{
    if (href.isEmpty() || !isAsciiAlpha(href.at(0)))
        return {};
    for (qsizetype i = 1; i < href.size(); ++i) {
        const QChar c = href.at(i);
        if (c == u':')
            return href.first(i).toLower();
        if (!isAsciiAlpha(c) && !(c >= u'0' && c <= u'9') && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return {};
}

NodeId firstTitle(const HtmlTree &tree)
{
    if (tree.head() != HtmlTree::none) {
        if (const NodeId title = tree.findFirst("title", tree.head()); title != HtmlTree::none)
            return title;
    }
    const NodeId root = tree.root();
    for (NodeId node = root; node != HtmlTree::none;) {
        if (tree.isElement(node, "title"))
            return node;
        const bool skip = tree.isElement(node, "svg") || tree.isElement(node, "template");
        node = tree.next(node, root, skip);
    }
    return HtmlTree::none;
}

// "DC.date.created" -> "dcDateCreated", "dcterms.modified" -> "dcTermsModified"; empty for other
// keys.
QString dublinCoreField(const QString &key)
{
    QString field;
    QStringView rest;
    if (key.startsWith(u"dcterms."_s, Qt::CaseInsensitive)) {
        field = u"dcTerms"_s;
        rest = QStringView(key).sliced(8);
    } else if (key.startsWith(u"dc."_s, Qt::CaseInsensitive)) {
        field = u"dc"_s;
        rest = QStringView(key).sliced(3);
    } else {
        return {};
    }
    bool any = false;
    for (const QStringView part : rest.split(u'.', Qt::SkipEmptyParts)) {
        field += part.first(1).toString().toUpper() + part.sliced(1).toString();
        any = true;
    }
    return any ? field : QString();
}

struct NamedMeta
{
    QByteArrayView key; // lower case
    const char *field;
};

constexpr std::array<NamedMeta, 17> namedMetas{{
    {"description", "description"},
    {"keywords", "keywords"},
    {"robots", "robots"},
    {"og:title", "ogTitle"},
    {"og:description", "ogDescription"},
    {"og:url", "ogUrl"},
    {"og:image", "ogImage"},
    {"og:audio", "ogAudio"},
    {"og:video", "ogVideo"},
    {"og:locale", "ogLocale"},
    {"og:site_name", "ogSiteName"},
    {"og:type", "ogType"},
    {"og:determiner", "ogDeterminer"},
    {"article:published_time", "publishedTime"},
    {"article:modified_time", "modifiedTime"},
    {"article:section", "articleSection"},
    {"article:tag", "articleTag"},
}};

// The named field for a meta key, or empty.
QString namedField(const QString &key)
{
    const QByteArray lower = key.toLower().toUtf8();
    for (const NamedMeta &meta : namedMetas) {
        if (meta.key == lower)
            return QString::fromLatin1(meta.field);
    }
    return dublinCoreField(key);
}

void insertIfEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty() && !object.contains(key))
        object.insert(key, value);
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
    const QUrl base = documentBase(tree, baseUrl);
    QJsonObject named;
    if (const NodeId title = firstTitle(tree); title != HtmlTree::none)
        insertIfEmpty(named, u"title"_s, tree.textContent(title).simplified());
    if (tree.htmlElement() != HtmlTree::none)
        insertIfEmpty(named, u"language"_s,
                      attributeText(tree, tree.htmlElement(), "lang").trimmed());

    QString canonical, icon, touchIcon;
    QJsonArray localeAlternates;
    QList<std::pair<QString, QString>> metas; // raw key, content; document order
    const NodeId root = tree.root();
    for (NodeId node = root; node != HtmlTree::none;
         node = nextOutsideTemplates(tree, node, root)) {
        if (tree.isElement(node, "link")) {
            const QByteArrayView rel = tree.attribute(node, "rel");
            const QString href = attributeText(tree, node, "href").trimmed();
            if (href.isEmpty())
                continue;
            if (canonical.isEmpty() && relHas(rel, std::array<QByteArrayView, 1>{"canonical"}))
                canonical = href;
            if (icon.isEmpty() && relHas(rel, std::array<QByteArrayView, 1>{"icon"}))
                icon = href;
            if (touchIcon.isEmpty()
                && relHas(rel, std::array<QByteArrayView, 2>{"apple-touch-icon",
                                                             "apple-touch-icon-precomposed"}))
                touchIcon = href;
        } else if (tree.isElement(node, "meta")) {
            QString key;
            for (const QByteArrayView attribute : {"name", "property", "itemprop"}) {
                key = attributeText(tree, node, attribute);
                if (!key.isEmpty())
                    break;
            }
            const QString content = attributeText(tree, node, "content");
            if (key.isEmpty() || content.isEmpty())
                continue;
            metas.append({key, content});
            if (key.compare(u"og:locale:alternate"_s, Qt::CaseInsensitive) == 0) {
                if (const QString locale = content.trimmed(); !locale.isEmpty())
                    localeAlternates.append(locale);
            } else if (const QString field = namedField(key); !field.isEmpty()) {
                insertIfEmpty(named, field, content.trimmed());
            }
        }
    }
    if (const QUrl url = resolve(base, canonical); url.isValid())
        named.insert(u"canonical"_s, url.toString(QUrl::FullyEncoded));
    if (const QUrl url = resolve(base, icon.isEmpty() ? touchIcon : icon); url.isValid())
        named.insert(u"favicon"_s, url.toString(QUrl::FullyEncoded));
    if (!localeAlternates.isEmpty())
        named.insert(u"ogLocaleAlternate"_s, localeAlternates);

    QJsonObject result;
    for (const auto &[key, content] : metas) {
        const auto found = result.find(key);
        if (found == result.end()) {
            result.insert(key, content);
        } else if (found->isArray()) {
            QJsonArray values = found->toArray();
            values.append(content);
            *found = values;
        } else {
            *found = QJsonArray{found->toString(), content};
        }
    }
    for (auto it = named.constBegin(); it != named.constEnd(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QStringList links(const HtmlTree &tree, const QUrl &baseUrl)
{
    const QUrl base = documentBase(tree, baseUrl);
    const PlainResolver plain(base);
    QStringList result;
    QSet<QString> seen;
    const NodeId root = tree.root();
    for (NodeId node = root; node != HtmlTree::none;
         node = nextOutsideTemplates(tree, node, root)) {
        if (!tree.isElement(node, "a") && !tree.isElement(node, "area"))
            continue;
        const QByteArrayView hrefBytes = tree.attribute(node, "href");
        if (hrefBytes.isNull())
            continue;
        const QString href = QString::fromUtf8(hrefBytes).trimmed();
        if (href.isEmpty() || href.startsWith(u'#'))
            continue;
        QString link;
        const QString scheme = schemeOf(href);
        if (!scheme.isEmpty() && scheme != u"http"_s && scheme != u"https"_s && scheme != u"ftp"_s
            && scheme != u"file"_s) {
            link = href;
        } else if (!plain.resolve(href, link)) {
            const QUrl url = resolve(base, href);
            if (!url.isValid())
                continue;
            link = url.toString(QUrl::FullyEncoded);
        }
        if (!seen.contains(link)) {
            seen.insert(link);
            result.append(link);
        }
    }
    return result;
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
