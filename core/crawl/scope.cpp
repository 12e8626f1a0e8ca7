// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/scope.h"

#include "crawl/urlnormalizer.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace {

QList<QRegularExpression> compile(const QStringList &patterns)
{
    QList<QRegularExpression> regexes;
    for (const QString &pattern : patterns) {
        QRegularExpression regex(pattern);
        regex.optimize();
        if (regex.isValid()) // CrawlOptions::validate rejects invalid ones before a crawl starts
            regexes << regex;
    }
    return regexes;
}

bool matchesAny(const QList<QRegularExpression> &regexes, const QString &text)
{
    return std::any_of(regexes.cbegin(), regexes.cend(), [&text](const QRegularExpression &regex) {
        return regex.match(text).hasMatch();
    });
}

} // namespace

Scope::Scope(const CrawlOptions &options)
    : m_host(bareHost(options.url.host()))
    , m_allowExternal(options.allowExternalLinks)
    , m_allowSubdomains(options.allowSubdomains)
    , m_regexOnFullUrl(options.regexOnFullUrl)
    , m_includes(compile(options.includePaths))
    , m_excludes(compile(options.excludePaths))
{
    if (!options.crawlEntireDomain) {
        // Firecrawl's rule: paths that start with the start URL's path.
        // Normalized like the links it is compared with (no ;jsessionid=..., no dot segments).
        m_startPath = UrlNormalizer::normalize(options.url).path();
        if (m_startPath.endsWith(u'/'))
            m_startPath.chop(1);
    }
}

Scope::Verdict Scope::check(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return Verdict::NotHttp;
    if (!allowsHost(url))
        return Verdict::OtherHost;
    const QString path = url.path();
    const bool sameSite = bareHost(url.host()) == m_host;
    if (sameSite && !m_startPath.isEmpty() && !path.startsWith(m_startPath))
        return Verdict::OutsideStartPath;
    if (isAsset(path))
        return Verdict::Asset;
    if (isTrap(url))
        return Verdict::Trap;
    const QString subject = m_regexOnFullUrl ? url.toString(QUrl::FullyEncoded) : path;
    if (!m_includes.isEmpty() && !matchesAny(m_includes, subject))
        return Verdict::NotIncluded;
    if (matchesAny(m_excludes, subject))
        return Verdict::Excluded;
    return Verdict::Allowed;
}

bool Scope::allowsHost(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return false;
    if (m_allowExternal)
        return true;
    const QString host = bareHost(url.host());
    if (host == m_host)
        return true;
    return m_allowSubdomains && host.endsWith(u'.' + m_host);
}

QString Scope::bareHost(const QString &host)
{
    QString bare = host.toLower();
    if (bare.startsWith(u"www."_s))
        bare.remove(0, 4);
    return bare;
}

bool Scope::isTrap(const QUrl &url) const
{
    const QString path = url.path(QUrl::FullyEncoded);
    const QString query = url.query(QUrl::FullyEncoded);
    if (path.size() + query.size() + url.host().size() + 16 > maxUrlLength
        && url.toString(QUrl::FullyEncoded).size() > maxUrlLength)
        return true;
    if (!query.isEmpty() && query.count(u'&') + 1 > maxQueryParameters)
        return true;
    // A path that repeats a segment (/a/b/a/b/a/b/...) or goes very deep: a few segments each, so
    // comparing them pairwise costs less than a hash.
    QVarLengthArray<QStringView, maxPathSegments + 1> segments;
    for (const QStringView segment : QStringView(path).tokenize(u'/', Qt::SkipEmptyParts)) {
        if (segments.size() == maxPathSegments)
            return true;
        segments.append(segment);
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        int repeats = 1;
        for (qsizetype j = i + 1; j < segments.size(); ++j)
            repeats += segments[j] == segments[i] ? 1 : 0;
        if (repeats > maxSegmentRepeats)
            return true;
    }
    return false;
}

bool Scope::isAsset(const QString &path)
{
    static const QSet<QString> extensions{
        u"css"_s, u"js"_s,  u"mjs"_s,  u"map"_s, u"json"_s, u"xml"_s,  u"rss"_s,   u"atom"_s,
        u"png"_s, u"jpg"_s, u"jpeg"_s, u"gif"_s, u"webp"_s, u"avif"_s, u"svg"_s,   u"ico"_s,
        u"bmp"_s, u"tif"_s, u"tiff"_s, u"mp3"_s, u"mp4"_s,  u"m4a"_s,  u"webm"_s,  u"ogg"_s,
        u"wav"_s, u"avi"_s, u"mov"_s,  u"mkv"_s, u"flv"_s,  u"woff"_s, u"woff2"_s, u"ttf"_s,
        u"otf"_s, u"eot"_s, u"zip"_s,  u"gz"_s,  u"tgz"_s,  u"bz2"_s,  u"xz"_s,    u"7z"_s,
        u"rar"_s, u"tar"_s, u"exe"_s,  u"dmg"_s, u"iso"_s,  u"msi"_s,  u"apk"_s,   u"deb"_s,
        u"rpm"_s, u"bin"_s,
    };
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= slash || dot == path.size() - 1)
        return false;
    return extensions.contains(path.mid(dot + 1).toLower());
}

QString Scope::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return QCoreApplication::translate("Scope", "in scope");
    case Verdict::NotHttp:
        return QCoreApplication::translate("Scope", "not http(s)");
    case Verdict::OtherHost:
        return QCoreApplication::translate("Scope", "on another host");
    case Verdict::OutsideStartPath:
        return QCoreApplication::translate("Scope", "outside the start path");
    case Verdict::NotIncluded:
        return QCoreApplication::translate("Scope", "not matched by includePaths");
    case Verdict::Excluded:
        return QCoreApplication::translate("Scope", "matched by excludePaths");
    case Verdict::Asset:
        return QCoreApplication::translate("Scope", "a static asset");
    case Verdict::Trap:
        return QCoreApplication::translate("Scope", "a likely crawler trap");
    }
    return {};
}
