// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/metadatacollector.h"

#include "extract/htmlscanner.h"
#include "extract/urlresolver.h"

#include <QChar>
#include <QHashFunctions>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Whether the UTF-8 sequence at `p` (before `end`) is a character QChar::isSpace() accepts; sets
// `length` to the sequence's length.
bool isSpaceAt(const char *p, const char *end, qsizetype &length)
{
    const auto byte = uchar(*p);
    if (byte < 0x80) {
        length = 1;
        return QChar::isSpace(char32_t(byte));
    }
    char32_t code = 0;
    if (byte >= 0xf0) {
        length = 4;
        code = byte & 0x07;
    } else if (byte >= 0xe0) {
        length = 3;
        code = byte & 0x0f;
    } else {
        length = 2;
        code = byte & 0x1f;
    }
    if (end - p < length)
        return false;
    for (qsizetype i = 1; i < length; ++i)
        code = (code << 6) | (uchar(p[i]) & 0x3f);
    return QChar::isSpace(code);
}

// `bytes` (valid UTF-8) without the leading and trailing characters QString::trimmed() removes.
QByteArrayView trimmed(QByteArrayView bytes)
{
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    qsizetype length = 0;
    while (begin < end && isSpaceAt(begin, end, length))
        begin += length;
    while (end > begin) {
        const char *last = end - 1;
        while (last > begin && (uchar(*last) & 0xc0) == 0x80)
            --last;
        if (!isSpaceAt(last, end, length))
            break;
        end = last;
    }
    return QByteArrayView(begin, end - begin);
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Whether `href` has a scheme other than http, https, ftp and file ("mailto:x", "tel:1").
bool hasOtherScheme(QByteArrayView href)
{
    if (href.isEmpty() || !isAsciiAlpha(href.front()))
        return false;
    for (qsizetype i = 1; i < href.size(); ++i) {
        const char c = href[i];
        if (c == ':') {
            const QByteArrayView scheme = href.first(i);
            for (const QByteArrayView known : {"http", "https", "ftp", "file"}) {
                if (scheme.compare(known, Qt::CaseInsensitive) == 0)
                    return false;
            }
            return true;
        }
        if (!isAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return false;
    }
    return false;
}

// Whether the space-separated `rel` holds one of `tokens` (ASCII case-insensitive).
bool relHas(QByteArrayView rel, std::initializer_list<QByteArrayView> tokens)
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

// `href` (trimmed) resolved against `base` as QUrl::resolved() and toString(FullyEncoded) do,
// through the resolver's fast path when it can; false when it does not make a valid URL.
bool resolveHref(const UrlResolver &resolver, const QUrl &base, QByteArrayView href,
                 QByteArray &link)
{
    if (href.isEmpty())
        return false;
    if (resolver.resolveSimply(href, link))
        return true;
    const QUrl relative(QString::fromUtf8(href));
    if (!relative.isValid())
        return false;
    const QUrl url = base.resolved(relative);
    if (!url.isValid())
        return false;
    link = url.toString(QUrl::FullyEncoded).toUtf8();
    return true;
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
    QLatin1StringView field;
};

constexpr std::array<NamedMeta, 17> namedMetas{{
    {"description", "description"_L1},
    {"keywords", "keywords"_L1},
    {"robots", "robots"_L1},
    {"og:title", "ogTitle"_L1},
    {"og:description", "ogDescription"_L1},
    {"og:url", "ogUrl"_L1},
    {"og:image", "ogImage"_L1},
    {"og:audio", "ogAudio"_L1},
    {"og:video", "ogVideo"_L1},
    {"og:locale", "ogLocale"_L1},
    {"og:site_name", "ogSiteName"_L1},
    {"og:type", "ogType"_L1},
    {"og:determiner", "ogDeterminer"_L1},
    {"article:published_time", "publishedTime"_L1},
    {"article:modified_time", "modifiedTime"_L1},
    {"article:section", "articleSection"_L1},
    {"article:tag", "articleTag"_L1},
}};

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// The named field for a meta key (UTF-8), or empty. ASCII keys are compared byte by byte; other
// keys as QString compares them, with Unicode case folding.
QByteArray namedField(QByteArrayView key)
{
    if (!isAscii(key)) {
        const QString text = QString::fromUtf8(key);
        const QByteArray lower = text.toLower().toUtf8();
        for (const NamedMeta &meta : namedMetas) {
            if (meta.key == lower)
                return QByteArray(meta.field.data(), meta.field.size());
        }
        return dublinCoreField(text).toUtf8();
    }
    for (const NamedMeta &meta : namedMetas) {
        if (meta.key.compare(key, Qt::CaseInsensitive) == 0)
            return QByteArray(meta.field.data(), meta.field.size());
    }
    QByteArray field;
    QByteArrayView rest;
    if (key.size() > 8 && key.first(8).compare("dcterms.", Qt::CaseInsensitive) == 0) {
        field = "dcTerms";
        rest = key.sliced(8);
    } else if (key.size() > 3 && key.first(3).compare("dc.", Qt::CaseInsensitive) == 0) {
        field = "dc";
        rest = key.sliced(3);
    } else {
        return {};
    }
    const qsizetype prefix = field.size();
    bool upper = true; // the first letter of each part
    for (const char c : rest) {
        if (c == '.') {
            upper = true;
        } else {
            field += upper && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
            upper = false;
        }
    }
    return field.size() > prefix ? field : QByteArray();
}

// `text` (valid UTF-8) with its whitespace runs made one space and the ends trimmed, as
// QString::simplified() does.
QByteArray simplified(QByteArrayView text)
{
    QByteArray result;
    result.reserve(text.size());
    const char *p = text.data();
    const char *end = p + text.size();
    bool space = false;
    while (p < end) {
        qsizetype length = 0;
        if (isSpaceAt(p, end, length)) {
            space = true;
        } else {
            if (space && !result.isEmpty())
                result += ' ';
            space = false;
            result.append(p, std::min(length, qsizetype(end - p)));
        }
        p += length;
    }
    return result;
}

// A set of byte strings kept in one buffer (open addressing; the size is known in advance).
class ByteSet
{
public:
    explicit ByteSet(qsizetype capacity)
    {
        qsizetype size = 16;
        while (size < capacity * 2)
            size *= 2;
        m_slots.assign(std::size_t(size), -1);
        m_bytes.reserve(capacity * 48);
    }

    // Adds `bytes`; false when the set had them.
    bool insert(QByteArrayView bytes)
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = qHash(bytes) & mask;; slot = (slot + 1) & mask) {
            const qint32 index = m_slots[slot];
            if (index < 0) {
                m_slots[slot] = qint32(m_spans.size());
                m_spans.push_back({qint32(m_bytes.size()), qint32(bytes.size())});
                m_bytes.append(bytes);
                return true;
            }
            const auto [offset, length] = m_spans[std::size_t(index)];
            if (QByteArrayView(m_bytes.constData() + offset, length) == bytes)
                return false;
        }
    }

private:
    std::vector<qint32> m_slots;
    std::vector<std::pair<qint32, qint32>> m_spans;
    QByteArray m_bytes;
};

} // namespace

MetadataCollector::MetadataCollector()
{
    m_bytes.reserve(8192);
    m_hrefs.reserve(128);
}

MetadataCollector::~MetadataCollector() = default;

MetadataCollector::Span MetadataCollector::keep(QByteArrayView bytes)
{
    const Span span{qint32(m_bytes.size()), qint32(bytes.size())};
    m_bytes.append(bytes.data(), std::size_t(bytes.size()));
    return span;
}

QByteArrayView MetadataCollector::view(Span span) const
{
    return span.isNull() ? QByteArrayView()
                         : QByteArrayView(m_bytes.data() + span.offset, span.length);
}

const UrlResolver &MetadataCollector::resolver(const QUrl &base) const
{
    if (!m_resolver || m_resolverBase != base) {
        m_resolver = std::make_unique<UrlResolver>(base);
        m_resolverBase = base;
    }
    return *m_resolver;
}

template<typename Attribute>
bool MetadataCollector::collect(QByteArrayView tag, const Attribute &attribute, quint8 place)
{
    const bool inTemplate = place & InTemplate;
    if (tag == "title") {
        if (place & InHead) {
            // The first title in head, template contents included, is the page's.
            if (m_headTitle)
                return false;
            m_headTitle = true;
            m_capture = Capture::HeadTitle;
            return true;
        }
        if (m_headTitle || m_otherTitle || inTemplate || (place & InSvg))
            return false;
        m_otherTitle = true;
        m_capture = Capture::OtherTitle;
        return true;
    }
    if (inTemplate)
        return false;
    if (tag == "a" || tag == "area") {
        const QByteArrayView href = attribute("href");
        if (!href.isNull())
            m_hrefs.push_back(keep(href));
    } else if (tag == "meta") {
        QByteArrayView key;
        for (const QByteArrayView name : {"name", "property", "itemprop"}) {
            key = attribute(name);
            if (!key.isEmpty())
                break;
        }
        const QByteArrayView content = attribute("content");
        if (!key.isEmpty() && !content.isEmpty())
            m_metas.push_back({keep(key), keep(content)});
    } else if (tag == "link") {
        const QByteArrayView href = trimmed(attribute("href"));
        if (href.isEmpty())
            return false;
        const QByteArrayView rel = attribute("rel");
        const bool canonical = m_canonical.isNull() && relHas(rel, {"canonical"});
        const bool icon = m_icon.isNull() && relHas(rel, {"icon"});
        const bool touchIcon = m_touchIcon.isNull()
                               && relHas(rel, {"apple-touch-icon", "apple-touch-icon-precomposed"});
        if (canonical || icon || touchIcon) {
            const Span kept = keep(href);
            if (canonical)
                m_canonical = kept;
            if (icon)
                m_icon = kept;
            if (touchIcon)
                m_touchIcon = kept;
        }
    } else if (tag == "base") {
        const QByteArrayView href = attribute("href");
        if (m_base.isNull() && !href.isNull())
            m_base = keep(href);
    }
    return false;
}

bool MetadataCollector::element(QByteArrayView tag, const HtmlScanner &scanner, quint8 place)
{
    return collect(
        tag, [&scanner](QByteArrayView name) { return scanner.attribute(name); }, place);
}

bool MetadataCollector::element(const HtmlTree &tree, HtmlTree::NodeId node, quint8 place)
{
    return collect(
        tree.tag(node), [&](QByteArrayView name) { return tree.attribute(node, name); }, place);
}

void MetadataCollector::htmlAttribute(QByteArrayView name, QByteArrayView value)
{
    if (m_language.isNull() && name == "lang")
        m_language = keep(value);
}

void MetadataCollector::text(QByteArrayView text)
{
    if (m_capture == Capture::HeadTitle)
        m_headTitleText += text;
    else if (m_capture == Capture::OtherTitle)
        m_otherTitleText += text;
}

QUrl MetadataCollector::baseUrl(const QUrl &pageUrl) const
{
    if (m_base.isNull())
        return pageUrl;
    const QString href = QString::fromUtf8(view(m_base)).trimmed();
    if (href.isEmpty())
        return pageUrl;
    const QUrl relative(href);
    if (!relative.isValid())
        return pageUrl;
    const QUrl resolved = pageUrl.resolved(relative);
    return resolved.isValid() ? resolved : pageUrl;
}

QJsonObject MetadataCollector::metadata(const QUrl &base) const
{
    return metadataText(base).object();
}

MetadataText MetadataCollector::metadataText(const QUrl &base) const
{
    MetadataText members;
    if (m_headTitle || m_otherTitle)
        members.addNamed("title", simplified(m_headTitle ? m_headTitleText : m_otherTitleText));
    if (!m_language.isNull())
        members.addNamed("language", trimmed(view(m_language)));

    std::vector<QByteArrayView> localeAlternates;
    for (const Meta &meta : m_metas) {
        const QByteArrayView key = view(meta.key);
        const QByteArrayView content = view(meta.content);
        const bool localeAlternate =
            isAscii(key)
                ? key.compare("og:locale:alternate", Qt::CaseInsensitive) == 0
                : QString::fromUtf8(key).compare(u"og:locale:alternate"_s, Qt::CaseInsensitive)
                      == 0;
        if (localeAlternate) {
            if (const QByteArrayView locale = trimmed(content); !locale.isEmpty())
                localeAlternates.push_back(locale);
        } else if (const QByteArray field = namedField(key); !field.isEmpty()) {
            members.addNamed(field, trimmed(content));
        }
    }
    const UrlResolver &resolver = this->resolver(base);
    QByteArray link;
    if (resolveHref(resolver, base, view(m_canonical), link))
        members.addNamed("canonical", link);
    if (resolveHref(resolver, base, view(m_icon.isNull() ? m_touchIcon : m_icon), link))
        members.addNamed("favicon", link);
    members.addNamedArray("ogLocaleAlternate", localeAlternates);

    // Every meta under its raw key, unless a named field has that name.
    std::vector<const Meta *> metas;
    metas.reserve(m_metas.size());
    for (const Meta &meta : m_metas)
        metas.push_back(&meta);
    std::stable_sort(metas.begin(), metas.end(),
                     [this](const Meta *a, const Meta *b) { return view(a->key) < view(b->key); });
    std::vector<QByteArrayView> values;
    for (std::size_t i = 0; i < metas.size();) {
        const QByteArrayView key = view(metas[i]->key);
        values.clear();
        std::size_t end = i;
        for (; end < metas.size() && view(metas[end]->key) == key; ++end)
            values.push_back(view(metas[end]->content));
        if (!members.has(key))
            members.addRaw(key, values);
        i = end;
    }
    return members;
}

QStringList MetadataCollector::links(const QUrl &base) const
{
    QStringList result;
    const Utf8List utf8 = linksUtf8(base);
    result.reserve(utf8.size());
    for (qsizetype i = 0; i < utf8.size(); ++i)
        result.append(QString::fromUtf8(utf8.at(i)));
    return result;
}

Utf8List MetadataCollector::linksUtf8(const QUrl &base) const
{
    Utf8List result;
    result.reserve(qsizetype(m_hrefs.size()), qsizetype(m_hrefs.size()) * 64);
    const UrlResolver &resolver = this->resolver(base);
    ByteSet seen(qsizetype(m_hrefs.size()));
    QByteArray resolved;
    for (const Span span : m_hrefs) {
        const QByteArrayView href = trimmed(view(span));
        if (href.isEmpty() || href.front() == '#')
            continue;
        QByteArrayView link = href;
        if (!hasOtherScheme(href)) {
            if (!resolveHref(resolver, base, href, resolved))
                continue;
            link = resolved;
        }
        if (seen.insert(link))
            result.append(link);
    }
    return result;
}
