// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "remote/remotemonitor.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <map>
#include <optional>

class JobStore;
class SecretStore;
class StoreWriter;

// Every remote job's monitor in this process: starts jobs on a provider, attaches to jobs
// already running there, and after a restart resumes monitoring each remote job that has not
// ended and whose key the SecretStore has (the others wait in waitingForKey()).
class RemoteJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobs)

public:
    RemoteJobs(JobStore &store, StoreWriter &writer, SecretStore &secrets,
               MonitorTiming timing = {}, QObject *parent = nullptr);
    ~RemoteJobs() override;

    // The local job that follows `remoteId` on `provider` (created, or the one already there)
    // and its monitor, started with `key` (kept in the SecretStore). A job that already ended
    // gets no monitor. Nothing, with the reason, on bad input.
    std::optional<QString> monitor(const QString &provider, const QUrl &baseUrl,
                                   const QString &remoteId, const QString &key, QString *error);
    // Starts a crawl on `provider` (its start request), then monitors it: jobCreated() or
    // startFailed() follows.
    void start(const QString &provider, const QUrl &baseUrl, const CrawlOptions &options,
               const QString &key);
    // Resumes every remote job that has not ended and is not monitored by a live process.
    void resumeAll();
    // Gives a job waiting for its key (or refused one) a new key.
    void setKey(const QString &jobId, const QString &key);
    void cancel(const QString &jobId);

    RemoteMonitor *monitorFor(const QString &jobId) const;
    QStringList waitingForKey() const;

Q_SIGNALS:
    void jobCreated(const QString &jobId);
    void startFailed(const QString &message);
    void monitorStarted(const QString &jobId);
    void keyNeeded(const QString &jobId);
    void jobFinished(const QString &jobId, JobState state);

private:
    void attach(const QString &jobId, const QString &provider, const QUrl &baseUrl,
                const QString &remoteId, const QString &key);

    JobStore &m_store;
    StoreWriter &m_writer;
    SecretStore &m_secrets;
    MonitorTiming m_timing;
    QNetworkAccessManager m_network;
    std::map<QString, RemoteMonitor *> m_monitors;
    QStringList m_waiting;
};
