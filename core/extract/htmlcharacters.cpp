// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlcharacters.h"

#include <algorithm>
#include <cstring>
#include <string_view>

namespace HtmlCharacters {

namespace {

struct NamedReference
{
    std::string_view name;
    std::string_view text;
};

#include "extract/htmlentities.inc"

char *putCodePoint(char *out, char32_t c)
{
    if (c < 0x80) {
        *out++ = char(c);
    } else if (c < 0x800) {
        *out++ = char(0xc0 | (c >> 6));
        *out++ = char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        *out++ = char(0xe0 | (c >> 12));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    } else {
        *out++ = char(0xf0 | (c >> 18));
        *out++ = char(0x80 | ((c >> 12) & 0x3f));
        *out++ = char(0x80 | ((c >> 6) & 0x3f));
        *out++ = char(0x80 | (c & 0x3f));
    }
    return out;
}

// One UTF-8 sequence at p (a byte >= 0x80), as gumbo's decoder reads it: a well-formed sequence is
// copied unless it encodes a C1 control or a noncharacter; an ill-formed one becomes one U+FFFD
// and consumes its longest valid prefix (at least one byte), never the byte that broke it.
const char *copySequence(const char *p, const char *end, char *&out)
{
    const auto lead = static_cast<unsigned char>(*p);
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xbf;
    char32_t c = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 1;
        c = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 2;
        c = lead & 0x0f;
        low = lead == 0xe0 ? 0xa0 : 0x80;
        high = lead == 0xed ? 0x9f : 0xbf;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 3;
        c = lead & 0x07;
        low = lead == 0xf0 ? 0x90 : 0x80;
        high = lead == 0xf4 ? 0x8f : 0xbf;
    } else {
        out = putCodePoint(out, kReplacement);
        return p + 1;
    }
    const char *q = p + 1;
    for (int i = 0; i < length; ++i, ++q) {
        if (q == end) {
            out = putCodePoint(out, kReplacement);
            return end;
        }
        const auto next = static_cast<unsigned char>(*q);
        if (next < low || next > high) {
            out = putCodePoint(out, kReplacement);
            return q;
        }
        low = 0x80;
        high = 0xbf;
        c = (c << 6) | (next & 0x3f);
    }
    if (c <= 0x9f || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe) {
        out = putCodePoint(out, kReplacement);
    } else {
        std::memcpy(out, p, size_t(q - p));
        out += q - p;
    }
    return q;
}

int digitValue(char c, bool hex)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

// The code point a numeric character reference stands for (the HTML Standard's table, as gumbo has
// it; values past 0x10FFFF saturate instead of overflowing).
char32_t numericReference(char32_t value)
{
    static constexpr char16_t kWindows1252[32] = {
        0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
        0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178};
    if (value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
        return kReplacement;
    if (value >= 0x80 && value <= 0x9f)
        return kWindows1252[value - 0x80];
    return value;
}

const NamedReference *findReference(std::string_view name)
{
    const auto *end = std::end(kNamedReferences);
    const auto *found = std::lower_bound(
        std::begin(kNamedReferences), end, name,
        [](const NamedReference &entry, std::string_view key) { return entry.name < key; });
    return found != end && found->name == name ? found : nullptr;
}

// The character reference at p ('&'): writes what it stands for and returns the end of it, or
// returns nullptr when p starts no reference (the '&' is then literal text).
const char *reference(const char *p, const char *end, bool inAttribute, bool gumbo, char *&out)
{
    const char *q = p + 1;
    if (q < end && *q == '#') {
        ++q;
        const bool hex = q < end && (*q | 0x20) == 'x';
        if (hex)
            ++q;
        const char *digits = q;
        char32_t value = 0;
        quint32 wrapped = 0; // gumbo's int arithmetic
        for (int digit = 0; q < end && (digit = digitValue(*q, hex)) >= 0; ++q) {
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
            wrapped = wrapped * (hex ? 16 : 10) + quint32(digit);
        }
        if (q == digits)
            return nullptr;
        if (q < end && *q == ';')
            ++q;
        if (gumbo && wrapped == 0xffffffffu) {
            // gumbo's "no character": it writes '&' and then skips the next character.
            *out++ = '&';
            if (q < end && *q == '\r' && q + 1 < end && q[1] == '\n')
                return q + 2;
            char scratch[4];
            char *ignored = scratch;
            return q == end                                ? q
                   : static_cast<unsigned char>(*q) < 0x80 ? q + 1
                                                           : copySequence(q, end, ignored);
        }
        if (gumbo && qint32(wrapped) < 0) {
            *out++ = char(wrapped & 0xff);
            return q;
        }
        out = putCodePoint(out, numericReference(gumbo ? char32_t(wrapped) : value));
        return q;
    }
    // The longest name in the table that the input starts with: a name with its semicolon, or
    // one of the legacy names that may go without.
    const char *name = q;
    while (q < end && q - name < kLongestReferenceName && is(*q, Alnum))
        ++q;
    const auto length = size_t(q - name);
    const NamedReference *found = nullptr;
    if (length < size_t(kLongestReferenceName) && q < end && *q == ';') {
        char key[kLongestReferenceName];
        std::memcpy(key, name, length);
        key[length] = ';';
        if ((found = findReference(std::string_view(key, length + 1))))
            q = name + length + 1;
    }
    for (size_t n = std::min<size_t>(length, kLongestLegacyName);
         !found && n >= size_t(kShortestLegacyName); --n) {
        if ((found = findReference(std::string_view(name, n)))) {
            q = name + n;
            // In an attribute value, "&amp=" and "&ampx" stay as written.
            if (inAttribute && q < end && (*q == '=' || is(*q, Alnum)))
                return nullptr;
        }
    }
    if (!found)
        return nullptr;
    std::memcpy(out, found->text.data(), found->text.size());
    out += found->text.size();
    return q;
}

} // namespace

const char *find(const char *begin, const char *end, char c)
{
    return static_cast<const char *>(std::memchr(begin, c, size_t(end - begin)));
}

bool equalsLower(const char *begin, const char *end, QByteArrayView lower)
{
    if (end - begin != lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = begin[i];
        if ((is(c, Upper) ? char(c + 32) : c) != lower[i])
            return false;
    }
    return true;
}

// Whether [p, end) comes out unchanged (and so can be handed out as it is).
bool isClean(const char *p, const char *end, unsigned char dirty)
{
    for (; p < end; ++p) {
        if (is(*p, dirty))
            return false;
    }
    return true;
}

// Writes [p, end) as it comes out to `out`, which has room for three bytes per input byte (the
// most anything expands: a stray byte becomes the three bytes of U+FFFD). Returns the end.
char *decode(const char *p, const char *end, References references, bool keepNul, bool lower,
             bool gumbo, char *out)
{
    while (p < end) {
        const char c = *p;
        const unsigned char bits = classOf(c);
        if (!(bits & (Fix | Amp | Upper))) {
            *out++ = c;
            ++p;
        } else if (bits & Upper) {
            *out++ = lower ? char(c + 32) : c;
            ++p;
        } else if (c == '&') {
            const char *next =
                references == References::None
                    ? nullptr
                    : reference(p, end, references == References::Attribute, gumbo, out);
            if (next) {
                p = next;
            } else {
                *out++ = '&';
                ++p;
            }
        } else if (c == '\r') {
            *out++ = '\n';
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else if (c == '\0') {
            if (keepNul)
                *out++ = '\0';
            else
                out = putCodePoint(out, kReplacement);
            ++p;
        } else if (static_cast<unsigned char>(c) < 0x80) {
            out = putCodePoint(out, kReplacement); // an ASCII control
            ++p;
        } else {
            p = copySequence(p, end, out);
        }
    }
    return out;
}

} // namespace HtmlCharacters
