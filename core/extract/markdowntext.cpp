// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/markdowntext.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

namespace MarkdownText {

namespace {

// Every tag name with markdown of its own, by what it is; all others are Inline.
struct TagGroup
{
    Tag tag;
    const char *names;
};
constexpr TagGroup tagGroups[] = {
    {Tag::Drop, "applet area audio base basefont canvas col colgroup datalist embed frame frameset "
                "head iframe input link map meta noembed noframes noscript object param script "
                "source style svg template title track video"},
    {Tag::Block, "address article aside body center details dialog div fieldset figcaption figure "
                 "footer form header hgroup html legend main nav p search section summary"},
    {Tag::Heading, "h1 h2 h3 h4 h5 h6"},
    {Tag::Bold, "b strong"},
    {Tag::Italic, "em i"},
    {Tag::Strike, "del s strike"},
    {Tag::Sup, "sup"},
    {Tag::Sub, "sub"},
    {Tag::Code, "code"},
    {Tag::Pre, "listing plaintext pre xmp"},
    {Tag::Link, "a"},
    {Tag::Image, "image img"},
    {Tag::Br, "br"},
    {Tag::Hr, "hr"},
    {Tag::List, "dir menu ul"},
    {Tag::OrderedList, "ol"},
    {Tag::Item, "li"},
    {Tag::DefList, "dl"},
    {Tag::Term, "dt"},
    {Tag::Definition, "dd"},
    {Tag::Quote, "blockquote"},
    {Tag::Table, "table"},
    {Tag::Caption, "caption"},
    {Tag::Section, "tbody tfoot"},
    {Tag::HeadSection, "thead"},
    {Tag::Row, "tr"},
    {Tag::Cell, "td th"},
    {Tag::Option, "optgroup option"},
};

// A name of up to 16 bytes packed into two integers, for a binary search.
struct PackedName
{
    quint64 low;
    quint64 high;
    TagInfo info;
    bool operator<(const PackedName &other) const
    {
        return low != other.low ? low < other.low : high < other.high;
    }
};

PackedName pack(QByteArrayView name)
{
    PackedName packed{0, 0, {}};
    for (qsizetype i = 0; i < name.size(); ++i)
        (i < 8 ? packed.low : packed.high) |= quint64(quint8(name[i])) << (8 * (i % 8));
    return packed;
}

const std::vector<PackedName> &packedNames()
{
    static const std::vector<PackedName> names = [] {
        std::vector<PackedName> result;
        for (const TagGroup &group : tagGroups) {
            const QByteArrayView list(group.names);
            for (qsizetype start = 0; start < list.size();) {
                qsizetype end = list.indexOf(' ', start);
                if (end < 0)
                    end = list.size();
                const QByteArrayView name = list.sliced(start, end - start);
                PackedName packed = pack(name);
                packed.info.tag = group.tag;
                packed.info.level = group.tag == Tag::Heading ? quint8(name[1] - '0') : 0;
                result.push_back(packed);
                start = end + 1;
            }
        }
        std::sort(result.begin(), result.end());
        return result;
    }();
    return names;
}

// Character classes of writeText: 0 copied, 1 whitespace, 2 looked at.
struct Classes
{
    std::array<quint8, 256> escaped{};
    std::array<quint8, 256> raw{};
    constexpr Classes()
    {
        for (const char c : {' ', '\t', '\n', '\f', '\r'}) {
            escaped[quint8(c)] = 1;
            raw[quint8(c)] = 1;
        }
        for (const char c : {'\\', '*', '_', '`', '[', ']', '~', '<', '&', '#', '\0'})
            escaped[quint8(c)] = 2;
        raw[0] = 2;
    }
};
constexpr Classes classes;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

const char *wordEnd(const char *p, const char *end)
{
    while (p < end && !isSpace(*p))
        ++p;
    return p;
}

// Whether `p` (just after a '&') reads as a character reference: name;, #digits; or #xhex;.
bool entityLike(const char *p, const char *end)
{
    const char *limit = std::min(end, p + 40);
    if (p < limit && *p == '#') {
        ++p;
        const bool hex = p < limit && (*p == 'x' || *p == 'X');
        if (hex)
            ++p;
        const char *digits = p;
        while (p < limit && (hex ? isHexDigit(*p) : isDigit(*p)))
            ++p;
        return p > digits && p < limit && *p == ';';
    }
    if (p >= limit || !isAlpha(*p))
        return false;
    while (p < limit && isAlnum(*p))
        ++p;
    return p < limit && *p == ';';
}

// Where a backslash must go so that the first word of a line is not a block marker: a heading's
// #s, a blockquote's >, a bullet - or +, a setext underline (= or - only), a "1." or "1)" item.
const char *lineStartEscape(const char *p, const char *end)
{
    const char *const word = wordEnd(p, end);
    const qsizetype length = word - p;
    const char first = *p;
    const bool allSame = std::all_of(p, word, [first](char c) { return c == first; });
    switch (first) {
    case '>':
        return p;
    case '#':
        return allSame && length <= 6 ? p : nullptr;
    case '-':
    case '=':
        return allSame ? p : nullptr;
    case '+':
        return length == 1 ? p : nullptr;
    default:
        break;
    }
    const char *digits = p;
    while (digits < word && isDigit(*digits))
        ++digits;
    if (digits > p && digits - p <= 9 && digits + 1 == word && (*digits == '.' || *digits == ')'))
        return digits;
    return nullptr;
}

bool startsWithNoCase(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

} // namespace

TagInfo classify(QByteArrayView tag)
{
    if (tag.size() > 16)
        return {};
    const std::vector<PackedName> &names = packedNames();
    const PackedName key = pack(tag);
    const auto it = std::lower_bound(names.begin(), names.end(), key);
    if (it != names.end() && it->low == key.low && it->high == key.high)
        return it->info;
    return {};
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype start = 0;
    qsizetype end = text.size();
    while (start < end && isSpace(text[start]))
        ++start;
    while (end > start && isSpace(text[end - 1]))
        --end;
    return text.sliced(start, end - start);
}

char *writeText(QByteArrayView text, const char *bufferBegin, char *out, TextMode mode,
                bool *trailingSpace)
{
    const char *p = text.data();
    const char *const end = p + text.size();
    const quint8 *const cls = mode.escape ? classes.escaped.data() : classes.raw.data();
    if (mode.escape && mode.lineStart && p < end) {
        if (const char *at = lineStartEscape(p, end)) {
            std::memcpy(out, p, size_t(at - p));
            out += at - p;
            p = at;
            *out++ = '\\';
        }
    }
    bool space = false;
    while (p < end) {
        const quint8 k = cls[quint8(*p)];
        if (k == 0) {
            // Words and the single spaces between them are copied as they are.
            const char *q = p + 1;
            for (;;) {
                while (q < end && cls[quint8(*q)] == 0)
                    ++q;
                if (q + 1 < end && *q == ' ' && cls[quint8(q[1])] == 0)
                    q += 2;
                else
                    break;
            }
            std::memcpy(out, p, size_t(q - p));
            out += q - p;
            p = q;
            continue;
        }
        if (k == 1) {
            do {
                ++p;
            } while (p < end && cls[quint8(*p)] == 1);
            if (p == end)
                space = true;
            else
                *out++ = ' ';
            continue;
        }
        const char c = *p;
        const char previous = out > bufferBegin ? out[-1] : ' ';
        const char next = p + 1 < end ? p[1] : '\0';
        bool escape = true;
        switch (c) {
        case '\0':
            ++p;
            continue;
        case '_': // inside a word it cannot start or end emphasis
            escape = !(isAlnum(previous) && isAlnum(next));
            break;
        case '~': // standing alone it cannot start or end strikethrough
            escape = !(isSpace(previous) && isSpace(next));
            break;
        case '<': // could start an HTML tag or an autolink
            escape = isAlpha(next) || next == '/' || next == '!' || next == '?';
            break;
        case '&':
            escape = entityLike(p + 1, end);
            break;
        case '#': // a closing sequence of a heading
            escape = mode.heading && isSpace(previous)
                     && std::all_of(p, wordEnd(p, end), [](char h) { return h == '#'; });
            break;
        default: // \ * ` [ ]
            break;
        }
        if (escape)
            *out++ = '\\';
        *out++ = c;
        ++p;
    }
    if (trailingSpace)
        *trailingSpace = space;
    return out;
}

qsizetype longestRun(QByteArrayView text, char c)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const char x : text) {
        run = x == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

QByteArray codeLanguage(const HtmlTree &tree, HtmlTree::NodeId pre)
{
    HtmlTree::NodeId code = tree.firstChild(pre);
    while (code != HtmlTree::none && tree.kind(code) != HtmlTree::Kind::Element)
        code = tree.nextSibling(code);
    for (const HtmlTree::NodeId node : {pre, code}) {
        if (node == HtmlTree::none || (node == code && !tree.isElement(code, "code")))
            continue;
        const QByteArrayView classList = tree.attribute(node, "class");
        const char *p = classList.data();
        const char *const end = p + classList.size();
        while (p < end) {
            while (p < end && isSpace(*p))
                ++p;
            const char *const word = wordEnd(p, end);
            const QByteArrayView token(p, word - p);
            p = word;
            QByteArrayView language;
            if (token.startsWith("language-"))
                language = token.sliced(9);
            else if (token.startsWith("lang-"))
                language = token.sliced(5);
            if (!language.isEmpty() && !language.contains('`'))
                return language.toByteArray();
        }
    }
    return {};
}

qint64 listStart(QByteArrayView start)
{
    start = trimmed(start);
    bool negative = false;
    if (!start.isEmpty() && (start.front() == '-' || start.front() == '+')) {
        negative = start.front() == '-';
        start = start.sliced(1);
    }
    if (start.isEmpty() || !isDigit(start.front()))
        return 1;
    qint64 value = 0;
    for (qsizetype i = 0; i < start.size() && isDigit(start[i]); ++i)
        value = std::min<qint64>(value * 10 + (start[i] - '0'), 999999999);
    return negative ? 0 : value;
}

QByteArray cleanUrl(QByteArrayView url)
{
    url = trimmed(url);
    if (!std::any_of(url.begin(), url.end(),
                     [](char c) { return c == '\t' || c == '\n' || c == '\r'; }))
        return url.toByteArray();
    QByteArray result;
    result.reserve(url.size());
    for (const char c : url) {
        if (c != '\t' && c != '\n' && c != '\r')
            result += c;
    }
    return result;
}

bool isJavascript(QByteArrayView url)
{
    return startsWithNoCase(url, "javascript:");
}

void appendDestination(QByteArray &out, QByteArrayView url)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const char *p = url.data();
    const char *const end = p + url.size();
    while (p < end) {
        const char *run = p;
        while (p < end && quint8(*p) > 0x20 && quint8(*p) != 0x7f && *p != '(' && *p != ')'
               && *p != '<' && *p != '>')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        const quint8 u = quint8(*p++);
        if (u <= 0x20 || u == 0x7f) {
            const char encoded[3] = {'%', hex[u >> 4], hex[u & 15]};
            out.append(encoded, 3);
        } else {
            const char escaped[2] = {'\\', char(u)};
            out.append(escaped, 2);
        }
    }
}

void appendTitle(QByteArray &out, QByteArrayView title)
{
    title = trimmed(title);
    if (title.isEmpty())
        return;
    out += " \"";
    bool space = false;
    for (const char c : title) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

} // namespace MarkdownText
