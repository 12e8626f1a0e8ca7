// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presets.h"

#include "model/crawlrequest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

const QString placeholderUrl = u"http://preset.invalid/"_s;
const QString nameKey = u"name"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("Presets", text);
}

} // namespace

Presets::Presets(const QString &folder)
    : m_folder(folder)
{}

QList<Presets::Preset> Presets::builtIns()
{
    QList<Preset> presets;
    CrawlOptions quick;
    quick.onlyMainContent = true;
    quick.limit = 100;
    quick.maxDepth = 2;
    presets.append({tr("Quick look (100 pages, 2 links deep)"), quick, true});

    CrawlOptions site;
    site.onlyMainContent = true;
    site.crawlEntireDomain = true;
    site.allowSubdomains = true;
    site.limit = 10000;
    site.maxDepth = 20;
    presets.append({tr("Whole site (10,000 pages, subdomains too)"), site, true});

    CrawlOptions polite;
    polite.onlyMainContent = true;
    polite.concurrency = 2;
    polite.perHostConcurrency = 1;
    polite.delayMs = 1000;
    polite.retries = 3;
    presets.append({tr("Gentle (one request a second)"), polite, true});

    CrawlOptions archive;
    archive.onlyMainContent = false;
    archive.formats = {u"markdown"_s, u"html"_s, u"rawHtml"_s, u"links"_s};
    presets.append({tr("Archive (every format, whole pages)"), archive, true});
    return presets;
}

QList<Presets::Preset> Presets::all() const
{
    QList<Preset> presets = builtIns();
    QList<Preset> own;
    const QDir dir(m_folder);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        QJsonObject body = QJsonDocument::fromJson(in.readAll()).object();
        const QString name = body.take(nameKey).toString();
        if (name.isEmpty())
            continue;
        body.insert(u"url"_s, placeholderUrl);
        auto options = CrawlRequest::fromJson(body, nullptr);
        if (!options)
            continue;
        options->url = QUrl();
        own.append({name, *options, false});
    }
    std::sort(own.begin(), own.end(), [](const Preset &a, const Preset &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return presets + own;
}

std::optional<Presets::Preset> Presets::find(const QString &name) const
{
    for (const Preset &preset : all()) {
        if (preset.name == name)
            return preset;
    }
    return std::nullopt;
}

bool Presets::save(const QString &name, const CrawlOptions &options, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("A preset needs a name.");
        return false;
    }
    for (const Preset &builtIn : builtIns()) {
        if (builtIn.name == trimmed) {
            *error = tr("\"%1\" is a built-in preset; choose another name.").arg(trimmed);
            return false;
        }
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the presets folder %1.").arg(m_folder);
        return false;
    }
    CrawlOptions copy = options;
    copy.url = QUrl(placeholderUrl);
    QJsonObject body = CrawlRequest::toJson(copy);
    body.remove(u"url"_s);
    body.insert(nameKey, trimmed);
    QSaveFile out(fileFor(trimmed));
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(body).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        *error = tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

bool Presets::remove(const QString &name, QString *error)
{
    QFile file(fileFor(name));
    if (!file.exists() || !file.remove()) {
        *error = tr("There is no preset \"%1\" of yours to delete.").arg(name);
        return false;
    }
    return true;
}

QString Presets::fileFor(const QString &name) const
{
    // Any name is allowed; the file is named by a hash of it (no path characters to escape).
    const QByteArray hash =
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QDir(m_folder).filePath(QString::fromLatin1(hash) + u".json"_s);
}
