// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The byte-level part of HtmlScanner: character classes, input repair (CR, NUL, controls,
// invalid UTF-8 become what the HTML Standard says) and character references. Internal to
// core/extract.
#include <QByteArrayView>

#include <array>
#include <cstring>

namespace HtmlCharacters {

// Character classes of a byte.
enum : unsigned char
{
    Space = 1,     // ASCII whitespace (CR included: it becomes LF)
    Alpha = 2,     // ASCII letter
    Alnum = 4,     // ASCII letter or digit
    Upper = 8,     // ASCII upper-case letter
    Fix = 16,      // must be rewritten on the way out: CR, NUL, controls, every byte >= 0x80
    Amp = 32,      // '&'
    NameEnd = 64,  // ends a tag name: whitespace, '/', '>'
    AttrEnd = 128, // ends an attribute name: whitespace, '/', '>', '='
};

constexpr std::array<unsigned char, 256> kClasses = [] {
    std::array<unsigned char, 256> classes{};
    for (int c = 0; c < 256; ++c) {
        unsigned char bits = 0;
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        if (space)
            bits |= Space | NameEnd | AttrEnd;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            bits |= Alpha | Alnum;
        if (c >= '0' && c <= '9')
            bits |= Alnum;
        if (c >= 'A' && c <= 'Z')
            bits |= Upper;
        if (c == '\r' || c == 0 || (c >= 1 && c <= 8) || c == 0x0b || (c >= 0x0e && c <= 0x1f)
            || c >= 0x7f)
            bits |= Fix;
        if (c == '&')
            bits |= Amp;
        if (c == '/' || c == '>')
            bits |= NameEnd | AttrEnd;
        if (c == '=')
            bits |= AttrEnd;
        classes[size_t(c)] = bits;
    }
    return classes;
}();

inline unsigned char classOf(char c)
{
    return kClasses[static_cast<unsigned char>(c)];
}

inline bool is(char c, unsigned char bits)
{
    return (classOf(c) & bits) != 0;
}

// Byte equality, quick to reject (attribute names mostly differ in length or first byte).
inline bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
           && (a.isEmpty()
               || (a[0] == b[0] && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0));
}

constexpr char32_t kReplacement = 0xfffd;

enum class References
{
    None,
    Text,
    Attribute
};

const char *find(const char *begin, const char *end, char c);

bool equalsLower(const char *begin, const char *end, QByteArrayView lower);

// Whether [p, end) comes out unchanged (and so can be handed out as it is).
bool isClean(const char *p, const char *end, unsigned char dirty);

// Writes [p, end) as it comes out to `out`, which has room for three bytes per input byte (the
// most anything expands: a stray byte becomes the three bytes of U+FFFD). Returns the end.
char *decode(const char *p, const char *end, References references, bool keepNul, bool lower,
             bool gumbo, char *out);

} // namespace HtmlCharacters
