// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appsettings.h"

#include "crawl/renderservice.h"
#include "model/crawlrequest.h"
#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Every key, once.
namespace Key {
const QString crawlDefaults = u"crawl/defaults"_s; // Firecrawl v1 body without the URL
const QString dataFolder = u"general/dataFolder"_s;
const QString retentionDays = u"general/retentionDays"_s;
const QString language = u"general/language"_s;
const QString pagesRenderedAtOnce = u"general/pagesRenderedAtOnce"_s;
const QString windowGeometry = u"window/geometry"_s;
const QString windowState = u"window/state"_s;
const QString splitterState = u"window/splitter"_s;
const QString jobColumns = u"window/jobColumns"_s;
const QString pagesColumns = u"jobView/pagesColumns"_s;
const QString errorsColumns = u"jobView/errorsColumns"_s;
const QString pagesSplitter = u"jobView/pagesSplitter"_s;
const QString jobViewTab = u"jobView/tab"_s;
const QString dialogGeometry = u"dialogs/%1/geometry"_s;
const QString exportFormat = u"export/format"_s;
const QString exportFolder = u"export/folder"_s;
const QString remoteProvider = u"remote/provider"_s;
const QString remoteBaseUrl = u"remote/%1/baseUrl"_s;
const QString localApiEnabled = u"localApi/enabled"_s;
const QString localApiPort = u"localApi/port"_s;
const QString showApiScrapes = u"window/showApiScrapes"_s;
} // namespace Key

// Defaults, once.
namespace Default {
constexpr int retentionDays = 0;
const QString exportFormat = u"firecrawl-v1"_s;
} // namespace Default

// A placeholder URL so the defaults can go through the strict Firecrawl reader.
const QString placeholderUrl = u"http://defaults.invalid/"_s;

} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath.isEmpty() ? std::make_unique<QSettings>(
                     QSettings::IniFormat, QSettings::UserScope, u"trawl"_s,
                     u"trawl"_s) // ~/.config/trawl/trawl.ini
                                    : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
    , m_ownFile(!filePath.isEmpty())
{}

AppSettings::~AppSettings() = default;

CrawlOptions AppSettings::crawlDefaults() const
{
    CrawlOptions options;
    options.onlyMainContent = true; // as Firecrawl does by default
    const QByteArray json = m_settings->value(Key::crawlDefaults).toByteArray();
    if (json.isEmpty())
        return options;
    QJsonObject body = QJsonDocument::fromJson(json).object();
    body.insert(u"url"_s, placeholderUrl);
    if (auto stored = CrawlRequest::fromJson(body, nullptr)) {
        stored->url = QUrl();
        return *stored;
    }
    return options;
}

void AppSettings::setCrawlDefaults(const CrawlOptions &options)
{
    CrawlOptions copy = options;
    copy.url = QUrl(placeholderUrl);
    QJsonObject body = CrawlRequest::toJson(copy);
    body.remove(u"url"_s);
    m_settings->setValue(Key::crawlDefaults, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString AppSettings::dataFolder() const
{
    return m_settings->value(Key::dataFolder).toString();
}

void AppSettings::setDataFolder(const QString &folder)
{
    m_settings->setValue(Key::dataFolder, folder);
}

QString AppSettings::databasePath() const
{
    const QString folder = dataFolder();
    if (folder.isEmpty())
        return Database::defaultPath();
    return QDir(folder).filePath(QFileInfo(Database::defaultPath()).fileName());
}

int AppSettings::retentionDays() const
{
    return std::max(0, m_settings->value(Key::retentionDays, Default::retentionDays).toInt());
}

void AppSettings::setRetentionDays(int days)
{
    m_settings->setValue(Key::retentionDays, std::max(0, days));
}

int AppSettings::pagesRenderedAtOnce() const
{
    return std::clamp(
        m_settings->value(Key::pagesRenderedAtOnce, RenderService::defaultPagesAtOnce).toInt(), 1,
        RenderService::maxPagesAtOnce);
}

void AppSettings::setPagesRenderedAtOnce(int pages)
{
    m_settings->setValue(Key::pagesRenderedAtOnce,
                         std::clamp(pages, 1, RenderService::maxPagesAtOnce));
}

QString AppSettings::language() const
{
    return m_settings->value(Key::language).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(Key::language, code);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Key::windowGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(Key::windowState, state);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(Key::splitterState).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::splitterState, state);
}

QByteArray AppSettings::jobColumns() const
{
    return m_settings->value(Key::jobColumns).toByteArray();
}

void AppSettings::setJobColumns(const QByteArray &state)
{
    m_settings->setValue(Key::jobColumns, state);
}

QByteArray AppSettings::pagesColumns() const
{
    return m_settings->value(Key::pagesColumns).toByteArray();
}

void AppSettings::setPagesColumns(const QByteArray &state)
{
    m_settings->setValue(Key::pagesColumns, state);
}

QByteArray AppSettings::errorsColumns() const
{
    return m_settings->value(Key::errorsColumns).toByteArray();
}

void AppSettings::setErrorsColumns(const QByteArray &state)
{
    m_settings->setValue(Key::errorsColumns, state);
}

QByteArray AppSettings::pagesSplitterState() const
{
    return m_settings->value(Key::pagesSplitter).toByteArray();
}

void AppSettings::setPagesSplitterState(const QByteArray &state)
{
    m_settings->setValue(Key::pagesSplitter, state);
}

int AppSettings::jobViewTab() const
{
    return std::max(0, m_settings->value(Key::jobViewTab, 0).toInt());
}

void AppSettings::setJobViewTab(int tab)
{
    m_settings->setValue(Key::jobViewTab, tab);
}

QByteArray AppSettings::dialogGeometry(const QString &dialog) const
{
    return m_settings->value(Key::dialogGeometry.arg(dialog)).toByteArray();
}

void AppSettings::setDialogGeometry(const QString &dialog, const QByteArray &geometry)
{
    m_settings->setValue(Key::dialogGeometry.arg(dialog), geometry);
}

QString AppSettings::exportFormat() const
{
    return m_settings->value(Key::exportFormat, Default::exportFormat).toString();
}

void AppSettings::setExportFormat(const QString &format)
{
    m_settings->setValue(Key::exportFormat, format);
}

QString AppSettings::exportFolder() const
{
    return m_settings
        ->value(Key::exportFolder,
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setExportFolder(const QString &folder)
{
    m_settings->setValue(Key::exportFolder, folder);
}

QString AppSettings::remoteProvider() const
{
    return m_settings->value(Key::remoteProvider).toString();
}

void AppSettings::setRemoteProvider(const QString &provider)
{
    m_settings->setValue(Key::remoteProvider, provider);
}

QString AppSettings::remoteBaseUrl(const QString &provider) const
{
    return m_settings->value(Key::remoteBaseUrl.arg(provider)).toString();
}

void AppSettings::setRemoteBaseUrl(const QString &provider, const QString &url)
{
    m_settings->setValue(Key::remoteBaseUrl.arg(provider), url);
}

bool AppSettings::localApiEnabled() const
{
    return m_settings->value(Key::localApiEnabled, false).toBool();
}

int AppSettings::localApiPort() const
{
    const int port = m_settings->value(Key::localApiPort, 0).toInt();
    return port > 0 && port <= 65535 ? port : 0;
}

void AppSettings::setLocalApi(bool enabled, int port)
{
    m_settings->setValue(Key::localApiEnabled, enabled);
    m_settings->setValue(Key::localApiPort, port);
}

bool AppSettings::showApiScrapes() const
{
    return m_settings->value(Key::showApiScrapes, false).toBool();
}

void AppSettings::setShowApiScrapes(bool show)
{
    m_settings->setValue(Key::showApiScrapes, show);
}

QString AppSettings::presetsFolder() const
{
    // With a settings file of its own (tests, the screenshot tour): beside that file.
    if (m_ownFile)
        return QDir(QFileInfo(m_settings->fileName()).absolutePath()).filePath(u"presets"_s);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"presets"_s);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
