// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/urlresolver.h"

#include <QString>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
bool isSimpleUrlChar(char c)
{
    if (isAlnum(c))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case '/':
    case ':':
    case '@':
    case '?':
    case '#':
        return true;
    default:
        return false;
    }
}

// Appends `path` (which starts with '/') without its "." and ".." segments (RFC 3986 5.2.4).
void appendWithoutDotSegments(QByteArray &out, QByteArrayView path)
{
    if (!path.contains("/.")) {
        out += path;
        return;
    }
    const qsizetype base = out.size();
    bool trailingSlash = false;
    qsizetype start = 1;
    for (;;) {
        qsizetype end = path.indexOf('/', start);
        const bool last = end < 0;
        if (last)
            end = path.size();
        const QByteArrayView segment = path.sliced(start, end - start);
        trailingSlash = last && (segment == "." || segment == "..");
        if (segment == "..") {
            const qsizetype slash = out.lastIndexOf('/');
            out.truncate(std::max(slash, base));
        } else if (segment != ".") {
            out += '/';
            out += segment;
        }
        if (last)
            break;
        start = end + 1;
    }
    if (trailingSlash || out.size() == base)
        out += '/';
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
        if (port.isEmpty() || port.size() > 5 || port.front() == '0'
            || !std::all_of(port.begin(), port.end(), isDigit) || port.toInt() > 65535)
            return false;
        host = authority.first(colon);
    }
    if (host.isEmpty() || host.front() == '.' || host.back() == '.' || host.contains(".."))
        return false;
    for (const char c : host) {
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '.' || c == '-'))
            return false;
    }
    const QByteArrayView lastLabel = host.sliced(host.lastIndexOf('.') + 1);
    if (lastLabel.front() >= 'a' && lastLabel.front() <= 'z')
        return true;
    int parts = 0;
    for (qsizetype start = 0; start <= host.size(); ++parts) {
        qsizetype end = host.indexOf('.', start);
        if (end < 0)
            end = host.size();
        const QByteArrayView part = host.sliced(start, end - start);
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == '0')
            || !std::all_of(part.begin(), part.end(), isDigit) || part.toInt() > 255)
            return false;
        start = end + 1;
    }
    return parts == 4;
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
    m_path = encoded.sliced(originLength, (query < 0 ? encoded.size() : query) - originLength);
    if (query >= 0)
        m_query = encoded.sliced(query);
    m_origin = encoded.first(originLength);
    m_schemeLength = schemeLength;
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
    bool fragment = false;
    for (const char c : url) {
        if (c == '#') {
            if (fragment)
                return false;
            fragment = true;
        } else if (!isSimpleUrlChar(c)) {
            return false;
        }
    }
    qsizetype pathEnd = 0;
    while (pathEnd < url.size() && url[pathEnd] != '?' && url[pathEnd] != '#')
        ++pathEnd;
    const QByteArrayView path = url.first(pathEnd);
    const QByteArrayView suffix = url.sliced(pathEnd);
    resolved.resize(0);
    resolved.reserve(m_origin.size() + m_path.size() + url.size() + 1);
    const bool schemeRelative = url.startsWith("//");
    if (schemeRelative || url.startsWith("http://") || url.startsWith("https://")) {
        const qsizetype hostStart = url.indexOf("//") + 2;
        qsizetype hostEnd = hostStart;
        while (hostEnd < pathEnd && url[hostEnd] != '/')
            ++hostEnd;
        if (!isSimpleAuthority(url.sliced(hostStart, hostEnd - hostStart)))
            return false;
        if (schemeRelative) // the base's scheme
            resolved.append(m_origin.constData(), m_schemeLength);
        resolved.append(url.first(hostEnd));
        if (hostEnd < pathEnd)
            appendWithoutDotSegments(resolved, path.sliced(hostEnd));
        resolved += suffix;
        return true;
    }
    for (const char c : path) {
        if (c == ':') // a scheme (or a first segment QUrl would read as one)
            return false;
        if (c == '/')
            break;
    }
    resolved.append(m_origin);
    if (path.startsWith('/')) {
        appendWithoutDotSegments(resolved, path);
    } else if (path.isEmpty()) {
        resolved += m_path;
        if (suffix.startsWith('#'))
            resolved += m_query;
    } else {
        QByteArray merged = m_path.isEmpty() ? "/"_ba : m_path.first(m_path.lastIndexOf('/') + 1);
        merged += path;
        appendWithoutDotSegments(resolved, merged);
    }
    resolved += suffix;
    return true;
}
