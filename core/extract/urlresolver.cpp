// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/urlresolver.h"

#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
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

// Unreserved characters, sub-delims, / : @ ? and #: what a URL may hold without any encoding.
// 0: not simple; 1: simple; '?' and '#' stand for themselves.
constexpr std::array<char, 256> simpleUrlChars = [] {
    std::array<char, 256> table{};
    for (char c = 'a'; c <= 'z'; ++c)
        table[uchar(c)] = 1;
    for (char c = 'A'; c <= 'Z'; ++c)
        table[uchar(c)] = 1;
    for (char c = '0'; c <= '9'; ++c)
        table[uchar(c)] = 1;
    for (const char c : std::string_view("-._~!$&'()*+,;=/:@"))
        table[uchar(c)] = 1;
    table[uchar('?')] = '?';
    table[uchar('#')] = '#';
    return table;
}();

// Whether `path` may have a "." or ".." segment (a '/' followed by a '.').
bool mayHaveDotSegment(QByteArrayView path)
{
    const char *p = path.data();
    const char *end = p + path.size();
    while ((p = static_cast<const char *>(std::memchr(p, '/', std::size_t(end - p))))) {
        if (++p < end && *p == '.')
            return true;
    }
    return false;
}

// Whether a segment of `path` is "." or "..".
bool hasDotSegment(QByteArrayView path)
{
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf('/', start);
        if (end < 0)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        if (segment == "." || segment == "..")
            return true;
        start = end + 1;
    }
    return false;
}

// Writes `path` (which starts with '/') at `begin` without its "." and ".." segments (RFC 3986
// 5.2.4), never removing anything before `begin`; returns where the writing ended (at most one
// byte more than `path` was written).
char *writeWithoutDotSegments(char *begin, QByteArrayView path)
{
    if (!mayHaveDotSegment(path)) {
        std::memcpy(begin, path.data(), std::size_t(path.size()));
        return begin + path.size();
    }
    char *w = begin;
    const char *end = path.data() + path.size();
    bool trailingSlash = false;
    for (const char *segment = path.data() + 1;;) {
        const char *stop =
            static_cast<const char *>(std::memchr(segment, '/', std::size_t(end - segment)));
        const bool last = !stop;
        if (last)
            stop = end;
        const qsizetype length = stop - segment;
        const bool dot = length == 1 && segment[0] == '.';
        const bool dotDot = length == 2 && segment[0] == '.' && segment[1] == '.';
        trailingSlash = last && (dot || dotDot);
        if (dotDot) {
            while (w > begin && *--w != '/') {
            }
        } else if (!dot) {
            *w++ = '/';
            std::memcpy(w, segment, std::size_t(length));
            w += length;
        }
        if (last)
            break;
        segment = stop + 1;
    }
    if (trailingSlash || w == begin)
        *w++ = '/';
    return w;
}

char *write(char *w, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(w, bytes.data(), std::size_t(bytes.size()));
    return w + bytes.size();
}

// A host (and port) QUrl leaves as it is: lower-case names whose last label starts with a
// letter, or a dotted quad in canonical form; a port of digits without a leading zero, at most
// 65535.
bool isSimpleAuthority(QByteArrayView authority)
{
    QByteArrayView host = authority;
    const qsizetype colon = authority.indexOf(':');
    if (colon >= 0) {
        const QByteArrayView port = authority.sliced(colon + 1);
        if (port.isEmpty() || port.size() > 5 || port.front() == '0')
            return false;
        int number = 0;
        for (const char c : port) {
            if (!isDigit(c))
                return false;
            number = number * 10 + (c - '0');
        }
        if (number > 65535)
            return false;
        host = authority.first(colon);
    }
    if (host.isEmpty() || host.front() == '.' || host.back() == '.')
        return false;
    // Labels of lower-case letters, digits and '-', none empty; count them, note the last.
    int labels = 1;
    qsizetype lastLabel = 0;
    char previous = 0;
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char c = host[i];
        if (c == '.') {
            if (previous == '.')
                return false;
            ++labels;
            lastLabel = i + 1;
        } else if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '-')) {
            return false;
        }
        previous = c;
    }
    if (host[lastLabel] >= 'a' && host[lastLabel] <= 'z')
        return true;
    // Otherwise a dotted quad in canonical form.
    if (labels != 4)
        return false;
    for (qsizetype start = 0; start < host.size();) {
        qsizetype end = start;
        int number = 0;
        while (end < host.size() && host[end] != '.') {
            if (!isDigit(host[end]) || end - start == 3)
                return false;
            number = number * 10 + (host[end] - '0');
            ++end;
        }
        const qsizetype length = end - start;
        if ((length > 1 && host[start] == '0') || number > 255)
            return false;
        start = end + 1;
    }
    return true;
}

} // namespace

UrlResolver::UrlResolver(const QUrl &base)
    : m_base(base)
{
    const QByteArray encoded = base.toEncoded();
    QByteArrayView rest(encoded);
    if (rest.startsWith("http://"))
        rest = rest.sliced(7);
    else if (rest.startsWith("https://"))
        rest = rest.sliced(8);
    else
        return;
    const qsizetype schemeLength = encoded.size() - rest.size() - 2;
    qsizetype authority = 0;
    while (authority < rest.size() && rest[authority] != '/' && rest[authority] != '?'
           && rest[authority] != '#')
        ++authority;
    if (!isSimpleAuthority(rest.first(authority)) || rest.contains('#'))
        return; // userinfo, IPv6, a fragment or something unusual: QUrl does it all
    const qsizetype originLength = encoded.size() - rest.size() + authority;
    const qsizetype query = encoded.indexOf('?', originLength);
    const QByteArrayView path(encoded.constData() + originLength,
                              (query < 0 ? encoded.size() : query) - originLength);
    if (hasDotSegment(path))
        return; // QUrl removes them from the base too, even for "?q" and "#f"
    m_path = path.toByteArray();
    if (query >= 0)
        m_query = encoded.sliced(query);
    m_origin = encoded.first(originLength);
    m_schemeLength = schemeLength;
    m_authority = rest.first(authority).toByteArray();
    m_directory = m_path.isEmpty() ? "/"_ba : m_path.first(m_path.lastIndexOf('/') + 1);
}

QByteArray UrlResolver::resolve(const QByteArray &url) const
{
    if (startsWithNoCase(url, "data:"))
        return url;
    QByteArray resolved;
    if (resolveSimply(url, resolved))
        return resolved;
    const QUrl relative(QString::fromUtf8(url));
    if (!relative.isValid())
        return url;
    const QUrl absolute = m_base.isEmpty() ? relative : m_base.resolved(relative);
    return absolute.isValid() ? absolute.toEncoded() : url;
}

// RFC 3986 reference resolution for http(s) references of unreserved characters, sub-delims and
// / : @ ? # (one # at most): what QUrl gives for them, without percent-encoding to do.
bool UrlResolver::resolveSimply(QByteArrayView url, QByteArray &resolved) const
{
    if (m_origin.isEmpty() || url.isEmpty())
        return false;
    // One pass: every character simple, one '#' at most, and where the path ends.
    qsizetype pathEnd = -1;
    bool fragment = false;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char kind = simpleUrlChars[uchar(url[i])];
        if (kind == 1)
            continue;
        if (kind == 0)
            return false;
        if (kind == '#') {
            if (fragment)
                return false;
            fragment = true;
        }
        if (pathEnd < 0)
            pathEnd = i;
    }
    if (pathEnd < 0)
        pathEnd = url.size();
    const QByteArrayView path = url.first(pathEnd);
    const QByteArrayView suffix = url.sliced(pathEnd);
    const bool schemeRelative = url.startsWith("//");
    const bool absolute = schemeRelative || url.startsWith("http://") || url.startsWith("https://");
    qsizetype hostEnd = 0;
    if (absolute) {
        const qsizetype hostStart = url.indexOf("//") + 2;
        hostEnd = hostStart;
        while (hostEnd < pathEnd && url[hostEnd] != '/')
            ++hostEnd;
        const QByteArrayView authority = url.sliced(hostStart, hostEnd - hostStart);
        if (authority != m_authority && !isSimpleAuthority(authority))
            return false;
    } else {
        for (const char c : path) {
            if (c == ':') // a scheme (or a first segment QUrl would read as one)
                return false;
            if (c == '/')
                break;
        }
    }
    // Written in place: at most the base's origin, path and query, the reference and a '/'.
    resolved.resize(m_origin.size() + m_path.size() + m_query.size() + url.size() + 2);
    char *const out = resolved.data();
    char *w = out;
    if (absolute) {
        if (schemeRelative) // the base's scheme
            w = write(w, QByteArrayView(m_origin.constData(), m_schemeLength));
        w = write(w, url.first(hostEnd));
        if (hostEnd < pathEnd)
            w = writeWithoutDotSegments(w, path.sliced(hostEnd));
    } else {
        w = write(w, m_origin);
        if (path.startsWith('/')) {
            w = writeWithoutDotSegments(w, path);
        } else if (path.isEmpty()) {
            w = write(w, m_path);
            if (suffix.startsWith('#'))
                w = write(w, m_query);
        } else if (!path.startsWith('.') && !mayHaveDotSegment(path)
                   && !mayHaveDotSegment(m_directory)) {
            w = write(w, m_directory); // the merged path has no dot segment: nothing to remove
            w = write(w, path);
        } else {
            QVarLengthArray<char, 512> merged;
            merged.append(m_directory.constData(), m_directory.size());
            merged.append(path.data(), path.size());
            w = writeWithoutDotSegments(w, QByteArrayView(merged.constData(), merged.size()));
        }
    }
    w = write(w, suffix);
    resolved.resize(w - out);
    return true;
}
