// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "remote/remotemonitor.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <map>
#include <optional>

class JobStore;
class SecretStore;
class StoreWriter;
struct JobInfo;

// Every remote job's monitor in this process: starts jobs on a provider, attaches to jobs
// already running there, and after a restart resumes monitoring each remote job that has not
// ended and whose key the SecretStore has (the others wait in waitingForKey()).
//
// One job has one monitor among all processes: a job whose recorded monitor process is alive
// (its pid exists and its heartbeat is younger than staleHeartbeatMs) is left to it, and taking a
// job over is a compare-and-swap on its runner. Once resumeAll() ran, it runs again every
// MonitorTiming::resumeCheckMs, so that jobs whose monitor process died (a crash, kill -9) are
// taken over.
//
// A key the service refuses (401/402/403) is removed from the SecretStore; the job is marked
// waiting for a key (RemoteJobRow::keyRefusedField, which the jobs list shows) until setKey().
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
    // gets no monitor (except one whose monitor stopped on its own, on a wrong base URL: it goes
    // on). Nothing, with the reason, on bad input or when another live process monitors the job.
    std::optional<QString> monitor(const QString &provider, const QUrl &baseUrl,
                                   const QString &remoteId, const QString &key, QString *error);
    // Starts a crawl on `provider` (its start request), then monitors it: jobCreated() or
    // startFailed() follows.
    void start(const QString &provider, const QUrl &baseUrl, const CrawlOptions &options,
               const QString &key);
    // Resumes every remote job that has not ended and is not monitored by a live process, now
    // and every MonitorTiming::resumeCheckMs from then on.
    void resumeAll();
    // Gives a job waiting for its key (or refused one) a new key.
    void setKey(const QString &jobId, const QString &key);
    void cancel(const QString &jobId);

    RemoteMonitor *monitorFor(const QString &jobId) const;
    QStringList waitingForKey() const;

    // A heartbeat older than this means the process that wrote it no longer monitors the job.
    static constexpr qint64 staleHeartbeatMs = 30000;
    // Whether another process that is alive monitors `job` (its pid runs, its heartbeat is fresh).
    static bool monitoredElsewhere(const JobInfo &job);

Q_SIGNALS:
    void jobCreated(const QString &jobId);
    void startFailed(const QString &message);
    void monitorStarted(const QString &jobId);
    // No key is stored for the job (after a restart): setKey() starts its monitor.
    void keyNeeded(const QString &jobId);
    // The service refused the job's key (`message`: "HTTP 401: ..." in its words); the key was
    // removed from the SecretStore and polling waits for setKey().
    void keyRejected(const QString &jobId, const QString &message);
    void jobFinished(const QString &jobId, JobState state);

private:
    bool attach(const QString &jobId, const QString &provider, const QUrl &baseUrl,
                const QString &remoteId, const QString &key, QString *error = nullptr);
    void waitForKey(const QString &jobId, const QString &reason);
    QString busyReason(const JobInfo &job) const;
    void rejected(RemoteMonitor *monitor, const QString &message);

    JobStore &m_store;
    StoreWriter &m_writer;
    SecretStore &m_secrets;
    MonitorTiming m_timing;
    QNetworkAccessManager m_network;
    std::map<QString, RemoteMonitor *> m_monitors;
    QStringList m_waiting;
    QSet<QString> m_fetching; // jobs whose key resumeAll() asked the SecretStore for
    QTimer m_recheck;
};
