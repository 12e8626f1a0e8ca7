// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct Encoding
{
    const char *name;             // the Encoding Standard's name, lower-case
    const char *labels;           // the Encoding Standard's labels, space-separated
    const char *qtName = nullptr; // the QStringDecoder (ICU) converter, when not `name`
};

// https://encoding.spec.whatwg.org/#names-and-labels. The first seven are decoded here or with
// care (indexes below); QStringDecoder decodes the others, whose ASCII bytes are ASCII.
constexpr Encoding encodings[] = {
    {"utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"},
    {"utf-16le", "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le"},
    {"utf-16be", "unicodefffe utf-16be"},
    {"x-user-defined", "x-user-defined"},
    {"replacement", "csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr"},
    {"iso-2022-jp", "csiso2022jp iso-2022-jp"},
    {"windows-1252",
     "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
     "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252"},
    {"ibm866", "866 cp866 csibm866 ibm866"},
    {"iso-8859-2",
     "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2"},
    {"iso-8859-3",
     "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3"},
    {"iso-8859-4",
     "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4"},
    {"iso-8859-5", "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 "
                   "iso_8859-5 iso_8859-5:1988"},
    {"iso-8859-6", "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
                   "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 "
                   "iso_8859-6:1987"},
    {"iso-8859-7", "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 "
                   "iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek"},
    {"iso-8859-8", "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 "
                   "iso8859-8 iso88598 iso_8859-8 iso_8859-8:1988 visual"},
    {"iso-8859-8-i", "csiso88598i iso-8859-8-i logical", "iso-8859-8"},
    {"iso-8859-10", "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6"},
    {"iso-8859-13", "iso-8859-13 iso8859-13 iso885913"},
    {"iso-8859-14", "iso-8859-14 iso8859-14 iso885914"},
    {"iso-8859-15", "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9"},
    {"iso-8859-16", "iso-8859-16"},
    {"koi8-r", "cskoi8r koi koi8 koi8-r koi8_r"},
    {"koi8-u", "koi8-ru koi8-u"},
    {"macintosh", "csmacintosh mac macintosh x-mac-roman"},
    {"windows-874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"},
    {"windows-1250", "cp1250 windows-1250 x-cp1250"},
    {"windows-1251", "cp1251 windows-1251 x-cp1251"},
    {"windows-1253", "cp1253 windows-1253 x-cp1253"},
    {"windows-1254", "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 "
                     "iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254"},
    {"windows-1255", "cp1255 windows-1255 x-cp1255"},
    {"windows-1256", "cp1256 windows-1256 x-cp1256"},
    {"windows-1257", "cp1257 windows-1257 x-cp1257"},
    {"windows-1258", "cp1258 windows-1258 x-cp1258"},
    {"x-mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"},
    // The Encoding Standard decodes GBK with its gb18030 decoder.
    {"gbk", "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
     "gb18030"},
    {"gb18030", "gb18030"},
    {"big5", "big5 big5-hkscs cn-big5 csbig5 x-x-big5", "big5-hkscs"},
    {"euc-jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"},
    {"shift_jis", "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
     "windows-31j"},
    {"euc-kr",
     "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 "
     "ksc5601 ksc_5601 windows-949",
     "windows-949"},
};
constexpr int utf8 = 0, utf16Le = 1, utf16Be = 2, xUserDefined = 3, replacement = 4, iso2022Jp = 5,
              windows1252 = 6;
static_assert(std::string_view(encodings[utf16Be].name) == "utf-16be"
              && std::string_view(encodings[windows1252].name) == "windows-1252");

const char *qtName(int encoding)
{
    return encodings[encoding].qtName ? encodings[encoding].qtName : encodings[encoding].name;
}

// Whether this Qt build decodes `encoding`. Without ICU, windows-1252 falls back to Latin-1.
bool isSupported(int encoding)
{
    return encoding < iso2022Jp || encoding == windows1252
           || QStringDecoder(qtName(encoding)).isValid();
}

bool isAsciiWhitespace(int c)
{
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

char toAsciiLower(int c)
{
    return char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// The Encoding Standard's "get an encoding", limited to the encodings this build supports.
std::optional<int> encodingForLabel(QByteArrayView label)
{
    while (!label.isEmpty() && isAsciiWhitespace(label.front()))
        label = label.sliced(1);
    while (!label.isEmpty() && isAsciiWhitespace(label.back()))
        label.chop(1);
    constexpr qsizetype longestLabel = 24;
    if (label.isEmpty() || label.size() > longestLabel || label.contains(' '))
        return std::nullopt;
    char lower[longestLabel];
    std::transform(label.begin(), label.end(), lower, toAsciiLower);
    const QByteArrayView key(lower, label.size());
    for (int i = 0; i < int(std::size(encodings)); ++i) {
        const QByteArrayView labels(encodings[i].labels);
        for (qsizetype at = labels.indexOf(key); at >= 0; at = labels.indexOf(key, at + 1)) {
            const qsizetype end = at + key.size();
            if ((at == 0 || labels[at - 1] == ' ') && (end == labels.size() || labels[end] == ' '))
                return isSupported(i) ? std::optional<int>(i) : std::nullopt;
        }
    }
    return std::nullopt;
}

// The HTML Standard's "algorithm for extracting a character encoding from a meta element", on a
// content attribute's value (already lower-case).
std::optional<int> encodingFromContent(QByteArrayView content)
{
    const auto skipWhitespace = [&](qsizetype pos) {
        while (pos < content.size() && isAsciiWhitespace(content[pos]))
            ++pos;
        return pos;
    };
    for (qsizetype pos = content.indexOf("charset"); pos >= 0;
         pos = content.indexOf("charset", pos)) {
        pos = skipWhitespace(pos + 7);
        if (pos >= content.size() || content[pos] != '=')
            continue;
        pos = skipWhitespace(pos + 1);
        if (pos >= content.size())
            return std::nullopt;
        const char quote = content[pos];
        if (quote == '"' || quote == '\'') {
            const qsizetype end = content.indexOf(quote, pos + 1);
            return end < 0 ? std::nullopt
                           : encodingForLabel(content.sliced(pos + 1, end - pos - 1));
        }
        qsizetype end = pos;
        while (end < content.size() && !isAsciiWhitespace(content[end]) && content[end] != ';')
            ++end;
        return encodingForLabel(content.sliced(pos, end - pos));
    }
    return std::nullopt;
}

// The HTML Standard's "prescan a byte stream to determine its encoding" over the bytes given (the
// first 1024); run() returns nullopt once it runs out of bytes.
class Prescanner
{
public:
    explicit Prescanner(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    std::optional<int> run();

private:
    // The byte at the position; -1, and out of bytes, past the end.
    int peek()
    {
        m_outOfBytes = m_pos >= m_bytes.size();
        return m_outOfBytes ? -1 : uchar(m_bytes[m_pos]);
    }
    int advance()
    {
        ++m_pos;
        return peek();
    }
    bool getAttribute();
    std::optional<int> meta();

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
    bool m_outOfBytes = false;
    QByteArray m_name;
    QByteArray m_value;
};

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::optional<int> Prescanner::run()
{
    for (; m_pos < m_bytes.size(); ++m_pos) {
        const QByteArrayView rest = m_bytes.sliced(m_pos);
        if (rest.startsWith("<!--")) {
            // The "--" of "<!--" may also end it: "<!-->" is a whole comment.
            const qsizetype end = m_bytes.indexOf("-->", m_pos + 2);
            if (end < 0)
                return std::nullopt;
            m_pos = end + 2;
        } else if (rest.size() > 5 && rest.first(5).compare("<meta", Qt::CaseInsensitive) == 0
                   && (isAsciiWhitespace(rest[5]) || rest[5] == '/')) {
            m_pos += 5;
            if (const std::optional<int> declared = meta())
                return declared;
            if (m_outOfBytes)
                return std::nullopt;
        } else if (rest.size() > 2 && rest[0] == '<'
                   && (isAsciiLetter(rest[1]) || (rest[1] == '/' && isAsciiLetter(rest[2])))) {
            int c = peek();
            while (c >= 0 && !isAsciiWhitespace(c) && c != '>')
                c = advance();
            while (getAttribute())
                continue;
            if (m_outOfBytes)
                return std::nullopt;
        } else if (rest.startsWith("<!") || rest.startsWith("</") || rest.startsWith("<?")) {
            const qsizetype end = m_bytes.indexOf('>', m_pos + 1);
            if (end < 0)
                return std::nullopt;
            m_pos = end;
        }
    }
    return std::nullopt;
}

// "Get an attribute": its name and value (lower-cased) into m_name and m_value; false when there
// is none, or when out of bytes.
bool Prescanner::getAttribute()
{
    m_name.truncate(0);
    m_value.truncate(0);
    int c = peek();
    while (isAsciiWhitespace(c) || c == '/')
        c = advance();
    if (c < 0 || c == '>')
        return false;
    for (; c != '=' || m_name.isEmpty(); c = advance()) {
        if (c < 0 || c == '/' || c == '>')
            return c >= 0;
        if (isAsciiWhitespace(c)) {
            while (isAsciiWhitespace(c))
                c = advance();
            if (c != '=')
                return c >= 0;
            break;
        }
        m_name.append(toAsciiLower(c));
    }
    c = advance(); // past the '='
    while (isAsciiWhitespace(c))
        c = advance();
    if (c == '"' || c == '\'') {
        const int quote = c;
        while ((c = advance()) >= 0 && c != quote)
            m_value.append(toAsciiLower(c));
        ++m_pos;
        return c >= 0;
    }
    for (; c >= 0 && c != '>' && !isAsciiWhitespace(c); c = advance())
        m_value.append(toAsciiLower(c));
    return c >= 0;
}

// What the attributes of a <meta> declare; the position is on the byte after "<meta".
std::optional<int> Prescanner::meta()
{
    bool seenHttpEquiv = false, seenContent = false, seenCharset = false, gotPragma = false;
    std::optional<bool> needPragma;
    std::optional<int> charset; // nullopt: null or failure, which end the same way
    while (getAttribute()) {
        if (m_name == "http-equiv" && !std::exchange(seenHttpEquiv, true)) {
            gotPragma = m_value == "content-type";
        } else if (m_name == "content" && !std::exchange(seenContent, true)) {
            const std::optional<int> declared = encodingFromContent(m_value);
            if (declared && !needPragma.has_value()) { // unset: charset is still null
                charset = declared;
                needPragma = true;
            }
        } else if (m_name == "charset" && !std::exchange(seenCharset, true)) {
            charset = encodingForLabel(m_value);
            needPragma = false;
        }
    }
    if (m_outOfBytes || !needPragma.has_value() || (*needPragma && !gotPragma) || !charset)
        return std::nullopt;
    if (*charset == utf16Le || *charset == utf16Be)
        return utf8;
    return *charset == xUserDefined ? windows1252 : *charset;
}

// The HTML Standard's "get an XML encoding", for when the prescan ran out of bytes.
std::optional<int> xmlDeclarationEncoding(QByteArrayView bytes)
{
    const auto skipSpaces = [&](qsizetype pos) {
        while (pos < bytes.size() && uchar(bytes[pos]) <= 0x20)
            ++pos;
        return pos;
    };
    if (!bytes.startsWith("<?xml") || !bytes.contains('>') || !bytes.contains("encoding"))
        return std::nullopt;
    qsizetype pos = skipSpaces(bytes.indexOf("encoding") + 8);
    if (pos >= bytes.size() || bytes[pos] != '=')
        return std::nullopt;
    pos = skipSpaces(pos + 1);
    if (pos >= bytes.size() || (bytes[pos] != '"' && bytes[pos] != '\''))
        return std::nullopt;
    const qsizetype end = bytes.indexOf(bytes[pos], pos + 1);
    if (end < 0)
        return std::nullopt;
    const QByteArrayView label = bytes.sliced(pos + 1, end - pos - 1);
    if (std::any_of(label.begin(), label.end(), [](char c) { return uchar(c) <= 0x20; }))
        return std::nullopt;
    const std::optional<int> encoding = encodingForLabel(label);
    return encoding == utf16Le || encoding == utf16Be ? utf8 : encoding;
}

std::optional<int> prescan(QByteArrayView bytes)
{
    if (bytes.startsWith(QByteArrayView("<\0?\0x\0", 6)))
        return utf16Le;
    if (bytes.startsWith(QByteArrayView("\0<\0?\0x", 6)))
        return utf16Be;
    if (const std::optional<int> encoding = Prescanner(bytes).run())
        return encoding;
    return xmlDeclarationEncoding(bytes);
}

const uchar *skipAscii(const uchar *p, const uchar *end)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    for (quint64 a, b; end - p >= 16; p += 16) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + 8, 8);
        if ((a | b) & highBits)
            break;
    }
    while (p < end && *p < 0x80)
        ++p;
    return p;
}

bool isAscii(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    return bytes.isEmpty() || skipAscii(begin, begin + bytes.size()) == begin + bytes.size();
}

// The length of the well-formed UTF-8 sequence at `p` (a non-ASCII byte), or minus the length of
// its maximal subpart (Unicode 3.9, as the Encoding Standard decodes): the bytes one U+FFFD
// replaces.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar lead = *p;
    int trailing = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        trailing = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        trailing = 2;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        trailing = 3;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return -1;
    }
    for (int i = 1; i <= trailing; ++i) {
        if (end - p <= i || p[i] < low || p[i] > high)
            return -i;
        low = 0x80;
        high = 0xBF;
    }
    return trailing + 1;
}

// The offset of the first byte that does not start a well-formed sequence, or the size.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return 0;
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = begin + bytes.size();
    for (const uchar *p = skipAscii(begin, end); p != end;) {
        const int length = utf8SequenceLength(p, end);
        if (length < 0)
            return p - begin;
        p += length;
        if (p != end && *p < 0x80) // text in other scripts runs from one sequence to the next
            p = skipAscii(p, end);
    }
    return bytes.size();
}

QByteArray repairUtf8(QByteArrayView bytes, qsizetype invalid)
{
    const auto *begin = reinterpret_cast<const uchar *>(bytes.data());
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 8 + 16);
    qsizetype done = 0;
    while (invalid < bytes.size()) {
        out.append(bytes.sliced(done, invalid - done)).append("\xEF\xBF\xBD");
        done = invalid - utf8SequenceLength(begin + invalid, begin + bytes.size());
        invalid = done + firstInvalidUtf8(bytes.sliced(done));
    }
    return out.append(bytes.sliced(done));
}

QByteArray utf16ToUtf8(QByteArrayView bytes, bool bigEndian)
{
    QString text;
    text.reserve(bytes.size() / 2 + 1);
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    char16_t lead = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        const auto unit = char16_t(bigEndian ? p[i] << 8 | p[i + 1] : p[i + 1] << 8 | p[i]);
        if (lead && QChar::isLowSurrogate(unit)) {
            text.append(QChar(std::exchange(lead, 0))).append(QChar(unit));
            continue;
        }
        if (std::exchange(lead, 0))
            text.append(QChar::ReplacementCharacter);
        if (QChar::isHighSurrogate(unit))
            lead = unit;
        else
            text.append(QChar::isLowSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : unit);
    }
    if (lead || bytes.size() % 2)
        text.append(QChar::ReplacementCharacter);
    return text.toUtf8();
}

QByteArray xUserDefinedToUtf8(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    std::transform(bytes.begin(), bytes.end(), text.begin(), [](char c) {
        return QChar(char16_t(uchar(c) < 0x80 ? uchar(c) : 0xF780 + uchar(c) - 0x80));
    });
    return text.toUtf8();
}

QByteArray decodeWithQt(QByteArrayView bytes, int encoding)
{
    QStringDecoder decoder(qtName(encoding));
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Latin1); // windows-1252 without ICU
    QString text = decoder.decode(bytes);
    // Qt 6.4 never flushes its ICU converters: the bytes of a character cut off by the end of the
    // input stay pending and are lost. A newline (one byte in every encoding decoded here, never
    // part of a multi-byte sequence) pushes them out: anything else coming back means the input
    // ended mid-character, which the Encoding Standard decodes as one U+FFFD.
    if (QString(decoder.decode(QByteArrayView("\n"))) != "\n"_L1)
        text.append(QChar::ReplacementCharacter);
    // Some of ICU's tables (Shift_JIS, EUC-JP) substitute U+001A rather than U+FFFD for invalid
    // bytes; without a 0x1A byte in the input, every U+001A is such a substitute.
    if (decoder.hasError() && !bytes.contains('\x1A'))
        text.replace(QChar(u'\x1A'), QChar::ReplacementCharacter);
    return text.toUtf8();
}

// `body` from `offset` on (past a BOM) as UTF-8, sharing `body` when it already is.
QByteArray toUtf8(const QByteArray &body, qsizetype offset, int encoding)
{
    const QByteArrayView bytes = QByteArrayView(body).sliced(offset);
    const auto asIs = [&] { return offset == 0 ? body : bytes.toByteArray(); };
    switch (encoding) {
    case utf8: {
        const qsizetype invalid = firstInvalidUtf8(bytes);
        return invalid == bytes.size() ? asIs() : repairUtf8(bytes, invalid);
    }
    case utf16Le:
    case utf16Be:
        return utf16ToUtf8(bytes, encoding == utf16Be);
    case xUserDefined:
        return isAscii(bytes) ? asIs() : xUserDefinedToUtf8(bytes);
    case replacement:
        return bytes.isEmpty() ? QByteArray() : QByteArray("\xEF\xBF\xBD");
    case iso2022Jp: // its escape sequences change what ASCII bytes mean
        return decodeWithQt(bytes, encoding);
    default:
        return isAscii(bytes) ? asIs() : decodeWithQt(bytes, encoding);
    }
}

DecodedHtml decoded(const QByteArray &body, qsizetype offset, int encoding, const QString &source)
{
    return {toUtf8(body, offset, encoding), QString::fromLatin1(encodings[encoding].name), source};
}

} // namespace

DecodedHtml HtmlDecoder::decode(const QByteArray &body, const QString &headerCharset)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return decoded(body, 3, utf8, u"bom"_s);
    if (body.startsWith("\xFE\xFF"))
        return decoded(body, 2, utf16Be, u"bom"_s);
    if (body.startsWith("\xFF\xFE"))
        return decoded(body, 2, utf16Le, u"bom"_s);
    if (!headerCharset.isEmpty()) {
        if (const std::optional<int> encoding = encodingForLabel(headerCharset.toLatin1()))
            return decoded(body, 0, *encoding, u"header"_s);
    }
    constexpr qsizetype prescanLength = 1024;
    const QByteArrayView head = QByteArrayView(body).first(qMin(body.size(), prescanLength));
    if (const std::optional<int> encoding = prescan(head))
        return decoded(body, 0, *encoding, u"meta"_s);
    return decoded(body, 0, utf8, u"default"_s);
}
