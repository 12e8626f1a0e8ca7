// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/markdownfolderexport.h"

#include "export/jobsnapshot.h"
#include "model/pagerecord.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxSegmentLength = 64;
constexpr int maxFolderDepth = 8; // folders below the host folder

bool isAllowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
           || u == u'.' || u == u'_' || u == u'-';
}

bool isReservedStem(const QString &segment)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> names = {u"CON"_s, u"PRN"_s, u"AUX"_s, u"NUL"_s};
        for (int i = 0; i <= 9; ++i) {
            names.insert(u"COM%1"_s.arg(i));
            names.insert(u"LPT%1"_s.arg(i));
        }
        return names;
    }();
    return reserved.contains(segment.section(u'.', 0, 0).toUpper());
}

// One path segment: allowed characters only (a run of others becomes "_"), no leading dot or
// dash, no trailing dot, not empty, not reserved, at most `limit` characters.
QString sanitizeSegment(const QString &raw, int limit = maxSegmentLength)
{
    QString out;
    out.reserve(raw.size());
    bool inRun = false;
    for (const QChar c : raw) {
        if (isAllowed(c)) {
            out += c;
            inRun = false;
        } else if (!inRun) {
            out += u'_';
            inRun = true;
        }
    }
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && out.back() == u'.')
        out.chop(1);
    if (out.isEmpty())
        out = u"_"_s;
    if (out.size() > limit) {
        // Keep long names apart: a prefix plus a hash of the whole original segment.
        const QByteArray hash =
            QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
        out = out.left(limit - 9);
        while (out.endsWith(u'.'))
            out.chop(1);
        out += u'-' + QString::fromLatin1(hash);
    }
    if (isReservedStem(out)) {
        const qsizetype dot = out.indexOf(u'.');
        out.insert(dot < 0 ? out.size() : dot, u'_');
    }
    return out;
}

QString folderSegment(const QString &raw)
{
    QString segment = sanitizeSegment(raw);
    // A folder never ends in ".md", so it cannot be mistaken for (or collide with) a page file.
    if (segment.endsWith(u".md"_s, Qt::CaseInsensitive))
        segment += u'_';
    return segment;
}

QString markdownText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out += u' ';
        else if (c.unicode() < 0x20)
            continue;
        else if (QStringView(u"\\`*_[]<>#!|").contains(c))
            out += u'\\' + c;
        else
            out += c;
    }
    return out.trimmed();
}

QString frontMatter(const PageRecord &page)
{
    using MarkdownFolderExport::yamlQuoted;
    QString out = u"---\n"_s;
    out += u"url: "_s + yamlQuoted(page.url) + u'\n';
    out += u"final_url: "_s + yamlQuoted(page.finalUrl) + u'\n';
    out += u"title: "_s + yamlQuoted(page.title) + u'\n';
    out += u"description: "_s + yamlQuoted(page.description) + u'\n';
    out += u"language: "_s + yamlQuoted(page.language) + u'\n';
    out += u"status_code: "_s + QString::number(page.httpStatus) + u'\n';
    out += u"state: "_s + yamlQuoted(PageStates::toString(page.state)) + u'\n';
    if (page.error != PageError::None) {
        out += u"error_code: "_s + yamlQuoted(page.errorCode()) + u'\n';
        out += u"error: "_s + yamlQuoted(page.errorMessage) + u'\n';
    }
    out +=
        u"fetched_at: "_s
        + yamlQuoted(page.fetchedAt.isValid() ? page.fetchedAt.toUTC().toString(Qt::ISODateWithMs)
                                              : QString())
        + u'\n';
    out += u"---\n\n"_s;
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    // NewOnly: a name is never written twice, even if two pages were to map onto it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || file.write(bytes) != bytes.size()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool isEmptyFolder(const QString &path)
{
    return QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System
                              | QDir::NoDotAndDotDot);
}

} // namespace

namespace MarkdownFolderExport {

QString yamlQuoted(const QString &text)
{
    QString out = u"\""_s;
    out.reserve(text.size() + 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += u"\\uFFFD"_s; // a lone surrogate cannot be written as UTF-8
        } else if (u == u'"' || u == u'\\') {
            out += u'\\' + c;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u == u'\r') {
            out += u"\\r"_s;
        } else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0)) {
            out += u"\\x%1"_s.arg(int(u), 2, 16, QChar(u'0'));
        } else if (u == 0x2028 || u == 0x2029 || u == 0xfeff) {
            out += u"\\u%1"_s.arg(int(u), 4, 16, QChar(u'0'));
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString fileNameFor(const QString &url, TakenNames *taken)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    QString host = parsed.host();
    if (parsed.port() != -1)
        host += u'_' + QString::number(parsed.port());
    QStringList folders = {folderSegment(host.isEmpty() ? u"no-host"_s : host)};

    QString path = parsed.isValid() ? parsed.path(QUrl::FullyDecoded) : url;
    path.replace(u'\\', u'/');
    QStringList segments;
    for (const QString &segment : path.split(u'/')) {
        if (!segment.isEmpty() && segment != u"."_s && segment != u".."_s)
            segments << segment;
    }
    QString name = u"index"_s;
    const bool isFolder = path.isEmpty() || path.endsWith(u'/');
    if (!isFolder && !segments.isEmpty()) {
        name = segments.takeLast();
        for (const QString &extension : {u".html"_s, u".htm"_s}) {
            if (name.size() > extension.size() && name.endsWith(extension, Qt::CaseInsensitive))
                name.chop(extension.size());
        }
    }
    if (parsed.hasQuery() && !parsed.query().isEmpty())
        name += u'_' + parsed.query(QUrl::FullyDecoded);

    if (segments.size() > maxFolderDepth) {
        // Deeper folders are folded into the last one allowed.
        const QStringList rest = segments.mid(maxFolderDepth - 1);
        segments = segments.mid(0, maxFolderDepth - 1);
        segments << rest.join(u'_');
    }
    for (const QString &segment : std::as_const(segments))
        folders << folderSegment(segment);

    const QString folder = folders.join(u'/') + u'/';
    const QString stem = sanitizeSegment(name, maxSegmentLength - 3);
    QString relative = folder + stem + u".md"_s;
    if (!taken)
        return relative;

    const QString key = relative.toLower();
    if (taken->names.contains(key)) {
        int &suffix = taken->nextSuffix[key];
        if (suffix < 2)
            suffix = 2;
        for (;; ++suffix) {
            relative = folder + stem + u'-' + QString::number(suffix) + u".md"_s;
            if (!taken->names.contains(relative.toLower()))
                break;
        }
        ++suffix;
    }
    taken->names.insert(relative.toLower());
    return relative;
}

bool write(const JobSnapshot &snapshot, const QString &folder, QString *error,
           ExistingFolder existing)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo target(QDir::cleanPath(QFileInfo(folder).absoluteFilePath()));
    if (target.exists() && !target.isDir())
        return fail(u"%1 exists and is not a folder"_s.arg(target.filePath()));
    if (target.isDir() && !isEmptyFolder(target.filePath()) && existing == ExistingFolder::Refuse)
        return fail(u"%1 exists and is not empty"_s.arg(target.filePath()));
    const QString parent = target.path();
    if (!QDir().mkpath(parent))
        return fail(u"cannot create %1"_s.arg(parent));

    QTemporaryDir temporary(parent + u"/."_s + target.fileName() + u".partial-XXXXXX"_s);
    if (!temporary.isValid())
        return fail(
            u"cannot create a temporary folder in %1: %2"_s.arg(parent, temporary.errorString()));
    const QDir root(temporary.path());

    QFile index(root.filePath(u"index.md"_s));
    if (!index.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(u"%1: %2"_s.arg(index.fileName(), index.errorString()));
    const JobInfo &job = snapshot.job();
    QString heading =
        u"# "_s + markdownText(job.startUrl.isEmpty() ? job.id : job.startUrl) + u"\n\n"_s;
    index.write(heading.toUtf8());

    TakenNames taken;
    taken.names.insert(u"index.md"_s);
    QString failure;
    const bool complete = snapshot.forEachPage(PageField::Markdown, [&](const PageRecord &page) {
        const QString relative = fileNameFor(page.url, &taken);
        const QString path = root.filePath(relative);
        if (!root.mkpath(QFileInfo(relative).path())) {
            failure = u"cannot create %1"_s.arg(QFileInfo(path).path());
            return false;
        }
        QString body = frontMatter(page) + page.markdown;
        if (!body.endsWith(u'\n'))
            body += u'\n';
        if (!writeFile(path, body.toUtf8(), &failure))
            return false;
        QString line = u"- ["_s + markdownText(page.title.isEmpty() ? page.url : page.title)
                       + u"]("_s + relative + u')';
        if (!page.isSuccess()) {
            line += u" (%1%2)"_s.arg(PageStates::toString(page.state),
                                     page.error == PageError::None ? QString()
                                                                   : u": "_s + page.errorCode());
        }
        line += u'\n';
        const QByteArray bytes = line.toUtf8();
        if (index.write(bytes) != bytes.size()) {
            failure = u"%1: %2"_s.arg(index.fileName(), index.errorString());
            return false;
        }
        return true;
    });
    index.close();
    if (!complete)
        return fail(failure.isEmpty() ? u"export stopped"_s : failure);
    if (index.error() != QFileDevice::NoError)
        return fail(u"%1: %2"_s.arg(index.fileName(), index.errorString()));

    // Into place: an old folder is moved aside first and removed only once the new one is in.
    QString aside;
    if (target.isDir()) {
        if (isEmptyFolder(target.filePath())) {
            if (!QDir().rmdir(target.filePath()))
                return fail(u"cannot replace %1"_s.arg(target.filePath()));
        } else {
            aside = temporary.path() + u".old"_s;
            if (!QDir().rename(target.filePath(), aside))
                return fail(u"cannot move %1 aside"_s.arg(target.filePath()));
        }
    }
    if (!QDir().rename(temporary.path(), target.filePath())) {
        if (!aside.isEmpty())
            QDir().rename(aside, target.filePath());
        return fail(u"cannot rename %1 to %2"_s.arg(temporary.path(), target.filePath()));
    }
    temporary.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    return true;
}

} // namespace MarkdownFolderExport
