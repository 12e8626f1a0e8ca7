// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>

// The window's settings, typed: every key and its default are declared once, in appsettings.cpp.
// Secrets (API keys) are never stored here.
class AppSettings final
{
public:
    // `filePath` empty: the user's settings (QSettings of the application); otherwise an INI
    // file at that path (tests, the screenshot tour).
    explicit AppSettings(const QString &filePath = {});
    ~AppSettings();
    Q_DISABLE_COPY_MOVE(AppSettings)

    // Defaults for the New crawl dialog (the URL is not part of them).
    CrawlOptions crawlDefaults() const;
    void setCrawlDefaults(const CrawlOptions &options);

    // The folder of trawl.sqlite; empty: the default (Database::defaultPath()). Read at startup.
    QString dataFolder() const;
    void setDataFolder(const QString &folder);
    // The database the window opens: `dataFolder()/trawl.sqlite`, or the default path.
    QString databasePath() const;

    // Finished jobs older than this many days are deleted at startup; 0 keeps them forever.
    int retentionDays() const;
    void setRetentionDays(int days);

    // Pages of JavaScript crawls rendered at once (1..RenderService::maxPagesAtOnce); applies
    // from the next page rendered.
    int pagesRenderedAtOnce() const;
    void setPagesRenderedAtOnce(int pages);

    // "" (the system's language), "en", "de" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &code);

    // Window layout.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray jobColumns() const;
    void setJobColumns(const QByteArray &state);
    // The job view below the jobs: its tables' columns, the pages/inspector splitter, its tab.
    QByteArray pagesColumns() const;
    void setPagesColumns(const QByteArray &state);
    QByteArray errorsColumns() const;
    void setErrorsColumns(const QByteArray &state);
    QByteArray pagesSplitterState() const;
    void setPagesSplitterState(const QByteArray &state);
    int jobViewTab() const;
    void setJobViewTab(int tab);
    QByteArray dialogGeometry(const QString &dialog) const;
    void setDialogGeometry(const QString &dialog, const QByteArray &geometry);

    // The last export format and folder, the last remote provider and its base URL.
    QString exportFormat() const;
    void setExportFormat(const QString &format);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    QString remoteProvider() const; // the last one monitored
    void setRemoteProvider(const QString &provider);
    QString remoteBaseUrl(const QString &provider) const;
    void setRemoteBaseUrl(const QString &provider, const QString &url);

    // The local API server: on at launch when it was on when the window last switched it, on
    // that port (0: the default). Its token is in the keychain, never here.
    bool localApiEnabled() const;
    int localApiPort() const;
    void setLocalApi(bool enabled, int port);
    // The jobs of POST /v1/scrape in the job list (hidden by default).
    bool showApiScrapes() const;
    void setShowApiScrapes(bool show);

    // Where user presets are kept (a folder of JSON files in the app data folder).
    QString presetsFolder() const;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
    bool m_ownFile = false;
};
