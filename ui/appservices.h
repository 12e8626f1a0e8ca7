// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/secretstore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class CrawlRunner;
class JobStore;
class LocalApiServer;
class MainWindow;
class QInputDialog;
class RemoteJobs;
class SampleCrawl;
class StoreWriter;

// What the window's requests reach beyond the window itself: the built-in sample site's crawl,
// jobs on hosted crawl APIs (monitored and started) with their keys, and the local
// Firecrawl-compatible API server. Built by app/main.cpp beside the window and by the UI tests
// the same way; lives as long as the window. When a service refuses a job's key (or none is
// stored after a restart), the user is asked for one with the service's message; the jobs list
// shows the job waiting for it meanwhile.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    // `secrets`: Auto in the application (the system keychain when one answers), MemoryOnly in
    // tests.
    AppServices(MainWindow *window, JobStore *store, StoreWriter *writer, CrawlRunner *runner,
                SecretStore::Backend secrets = SecretStore::Backend::Auto,
                QObject *parent = nullptr);
    ~AppServices() override;

    SampleCrawl *sampleCrawl() const { return m_sampleCrawl; }
    RemoteJobs *remoteJobs() const { return m_remoteJobs; }
    LocalApiServer *localApi() const { return m_localApi; }
    SecretStore *secrets() const { return m_secrets; }

    // The first-run crawl: serves the bundled sample site and crawls it; selects the job.
    // Returns its id (empty, after telling the user why, when it cannot start).
    QString startSampleCrawl();
    // "Monitor remote job": the dialog, then the job's monitor.
    void monitorRemoteJob();
    // A crawl from the New crawl dialog to run on a hosted API.
    void startRemoteCrawl(const QString &provider, const QString &baseUrl, const QString &apiKey,
                          const QJsonObject &firecrawlBody);
    // "Local API Server…": the dialog to switch it on and off, with its token.
    void showLocalApi();
    // From now on `settings` remembers the server's switch and port; switches it on now when it
    // was on (once the keychain has answered, with the kept token). A port taken by another
    // program is reported with the reason.
    void restoreLocalApi(AppSettings *settings);

private:
    void showJob(const QString &jobId);
    // Asks for the key of `jobId` (one dialog per job); `refusal`: what the service answered.
    void askForKey(const QString &jobId, const QString &refusal = {});
    void warn(const QString &title, const QString &message);
    // Runs `then` once the keychain has answered (at once when it has).
    void whenSecretsReady(std::function<void()> then);

    MainWindow *m_window;
    JobStore *m_store;
    CrawlRunner *m_runner;
    SampleCrawl *m_sampleCrawl;
    SecretStore *m_secrets;
    RemoteJobs *m_remoteJobs;
    LocalApiServer *m_localApi;
    QHash<QString, QPointer<QInputDialog>> m_keyDialogs;
    AppSettings *m_settings = nullptr;
};
