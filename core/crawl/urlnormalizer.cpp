// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/urlnormalizer.h"

#include "extract/urlpath.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// A normalized URL taken apart, every component fully percent-encoded. QUrl already lower-cases
// the scheme and the host (ACE form for international names), decodes percent-encoded unreserved
// characters and upper-cases the remaining hex digits; the rest is done here.
struct Parts
{
    QString scheme;
    QString userInfo;
    QString host;
    int port = -1;
    QString path;
    QString query;
    bool hasQuery = false;
};

bool isHttpScheme(QStringView scheme)
{
    return scheme == "http"_L1 || scheme == "https"_L1;
}

bool isHttpSchemeIgnoringCase(QStringView scheme)
{
    return scheme.compare("http"_L1, Qt::CaseInsensitive) == 0
           || scheme.compare("https"_L1, Qt::CaseInsensitive) == 0;
}

bool isTabOrNewline(QChar c)
{
    return c == u'\t' || c == u'\n' || c == u'\r';
}

// What a browser does to an attribute value before URL parsing: leading and trailing C0 controls
// and spaces stripped, tabs and newlines anywhere removed.
QString cleanHref(const QString &href)
{
    qsizetype begin = 0;
    qsizetype end = href.size();
    while (begin < end && href.at(begin).unicode() <= 0x20)
        ++begin;
    while (end > begin && href.at(end - 1).unicode() <= 0x20)
        --end;
    const QStringView view = QStringView(href).sliced(begin, end - begin);
    bool hasNoise = false;
    for (QChar c : view) {
        if (isTabOrNewline(c)) {
            hasNoise = true;
            break;
        }
    }
    if (!hasNoise)
        return view.size() == href.size() ? href : view.toString();
    QString cleaned;
    cleaned.reserve(view.size());
    for (QChar c : view) {
        if (!isTabOrNewline(c))
            cleaned.append(c);
    }
    return cleaned;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// The scheme of an absolute reference ("mailto" for "mailto:a@b"), empty for a relative one.
QStringView schemeOf(QStringView reference)
{
    if (reference.isEmpty() || !isAsciiLetter(reference.front()))
        return {};
    for (qsizetype i = 1; i < reference.size(); ++i) {
        const QChar c = reference.at(i);
        if (c == u':')
            return reference.first(i);
        const bool schemeChar =
            isAsciiLetter(c) || (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
        if (!schemeChar)
            return {};
    }
    return {};
}

// In http(s) URLs browsers read "\" as "/" before the query and fragment.
void replaceBackslashes(QString &reference)
{
    for (qsizetype i = 0; i < reference.size(); ++i) {
        const QChar c = reference.at(i);
        if (c == u'?' || c == u'#')
            return;
        if (c == u'\\')
            reference[i] = u'/';
    }
}

// RFC 3986 section 5.2.4 on an absolute path ("/a/b/../c" -> "/a/c", "/.." -> "/").
QString removeDotSegments(const QString &path)
{
    if (!path.startsWith(u'/') || !path.contains("/."_L1))
        return path;
    return UrlPath::withoutDotSegments(path);
}

bool isTrackingParameter(QStringView parameter)
{
    const qsizetype equals = parameter.indexOf(u'=');
    const QStringView name = equals < 0 ? parameter : parameter.first(equals);
    if (name.startsWith("utm_"_L1, Qt::CaseInsensitive)
        || name.startsWith("aspsessionid"_L1, Qt::CaseInsensitive))
        return true;
    for (QLatin1StringView tracker :
         {"gclid"_L1, "fbclid"_L1, "msclkid"_L1, "mc_eid"_L1, "_ga"_L1, "jsessionid"_L1,
          "phpsessid"_L1, "sessionid"_L1, "session_id"_L1, "cfid"_L1, "cftoken"_L1}) {
        if (name.compare(tracker, Qt::CaseInsensitive) == 0)
            return true;
    }
    // "sid" is a session id when its value looks like a token (16+ letters and digits); a short
    // one may be a real parameter (?sid=3).
    if (name.compare("sid"_L1, Qt::CaseInsensitive) == 0 && equals >= 0) {
        const QStringView value = parameter.sliced(equals + 1);
        return value.size() >= 16 && std::all_of(value.begin(), value.end(), [](QChar c) {
                   return c.isLetterOrNumber() || c == u'-';
               });
    }
    return false;
}

// The path without ";jsessionid=..." (and other session) path parameters.
QString withoutSessionPathParameters(const QString &path)
{
    if (!path.contains(u';')) // the usual case, without a case-insensitive search
        return path;
    const qsizetype at = path.indexOf(";jsessionid="_L1, 0, Qt::CaseInsensitive);
    if (at < 0)
        return path;
    qsizetype end = path.indexOf(u'/', at);
    if (end < 0)
        end = path.size();
    return path.left(at) + path.mid(end);
}

// The query without tracking parameters and empty pieces ("a=1&&utm_x=2&b" -> "a=1&b").
QString withoutTrackingParameters(const QString &query)
{
    QString kept;
    kept.reserve(query.size());
    const QStringView view(query);
    qsizetype start = 0;
    while (start <= view.size()) {
        qsizetype amp = view.indexOf(u'&', start);
        if (amp < 0)
            amp = view.size();
        const QStringView parameter = view.sliced(start, amp - start);
        if (!parameter.isEmpty() && !isTrackingParameter(parameter)) {
            if (!kept.isEmpty())
                kept.append(u'&');
            kept.append(parameter);
        }
        start = amp + 1;
    }
    return kept.size() == query.size() ? query : kept;
}

std::optional<Parts> normalizedParts(const QUrl &url, const UrlNormalizerOptions &options)
{
    if (!url.isValid())
        return std::nullopt;
    Parts parts;
    parts.scheme = url.scheme();
    if (!isHttpScheme(parts.scheme))
        return std::nullopt;
    parts.host = url.host(QUrl::FullyEncoded);
    if (parts.host.isEmpty())
        return std::nullopt;
    parts.userInfo = url.userInfo(QUrl::FullyEncoded);
    parts.port = url.port();
    if (parts.port == (parts.scheme == "https"_L1 ? 443 : 80))
        parts.port = -1;
    parts.path = removeDotSegments(url.path(QUrl::FullyEncoded));
    if (options.stripTrackingParameters)
        parts.path = withoutSessionPathParameters(parts.path);
    if (parts.path.isEmpty())
        parts.path = u"/"_s;
    if (!options.ignoreQueryParameters && url.hasQuery()) {
        parts.query = url.query(QUrl::FullyEncoded);
        if (options.stripTrackingParameters)
            parts.query = withoutTrackingParameters(parts.query);
        parts.hasQuery = !parts.query.isEmpty();
    }
    return parts;
}

void appendAuthority(QString &out, const Parts &parts, QStringView host)
{
    if (!parts.userInfo.isEmpty()) {
        out.append(parts.userInfo);
        out.append(u'@');
    }
    const bool ipv6 = host.contains(u':');
    if (ipv6)
        out.append(u'[');
    out.append(host);
    if (ipv6)
        out.append(u']');
    if (parts.port >= 0) {
        out.append(u':');
        out.append(QString::number(parts.port));
    }
}

void appendPathAndQuery(QString &out, QStringView path, const Parts &parts)
{
    out.append(path);
    if (parts.hasQuery) {
        out.append(u'?');
        out.append(parts.query);
    }
}

// "/docs/index.html" -> "/docs/": the directory index is the directory.
QStringView withoutIndexFile(QStringView path)
{
    for (QLatin1StringView index : {"/index.html"_L1, "/index.htm"_L1, "/index.php"_L1}) {
        if (path.endsWith(index))
            return path.chopped(index.size() - 1);
    }
    return path;
}

} // namespace

namespace UrlNormalizer {

QUrl resolve(const QUrl &base, const QString &href)
{
    QString reference = cleanHref(href);
    if (reference.isEmpty())
        return {};
    const QStringView scheme = schemeOf(reference);
    // mailto:, tel:, javascript:, data: ... are rejected before any URL parsing.
    if (!scheme.isEmpty() && !isHttpSchemeIgnoringCase(scheme))
        return {};
    replaceBackslashes(reference);
    const QUrl relative(reference, QUrl::TolerantMode);
    if (!relative.isValid())
        return {};
    QUrl resolved = base.resolved(relative);
    if (!resolved.isValid() || !isHttpScheme(resolved.scheme()) || resolved.host().isEmpty())
        return {};
    return resolved;
}

QUrl normalize(const QUrl &url, const UrlNormalizerOptions &options)
{
    const std::optional<Parts> parts = normalizedParts(url, options);
    if (!parts)
        return {};
    QString text;
    text.reserve(parts->scheme.size() + parts->host.size() + parts->path.size()
                 + parts->query.size() + 16);
    text.append(parts->scheme);
    text.append("://"_L1);
    appendAuthority(text, *parts, parts->host);
    appendPathAndQuery(text, parts->path, *parts);
    return QUrl(text, QUrl::StrictMode);
}

QString key(const QUrl &url, const UrlNormalizerOptions &options)
{
    const std::optional<Parts> parts = normalizedParts(url, options);
    if (!parts)
        return {};
    QString text;
    text.reserve(parts->scheme.size() + parts->host.size() + parts->path.size()
                 + parts->query.size() + 16);
    if (!options.deduplicateSimilarUrls) {
        text.append(parts->scheme);
        text.append("://"_L1);
        appendAuthority(text, *parts, parts->host);
        appendPathAndQuery(text, parts->path, *parts);
        return text;
    }
    QStringView host = parts->host;
    if (host.size() > 4 && host.startsWith("www."_L1))
        host = host.sliced(4);
    appendAuthority(text, *parts, host);
    QStringView path = withoutIndexFile(parts->path);
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    appendPathAndQuery(text, path, *parts);
    return text;
}

} // namespace UrlNormalizer
