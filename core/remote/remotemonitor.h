// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"
#include "remote/remoteclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class JobStore;
class QNetworkReply;
class StoreWriter;

// How often a monitor asks, and how long it waits for an answer.
struct MonitorTiming
{
    int minIntervalMs = 2000;      // while the job changes
    int maxIntervalMs = 30000;     // backing off while it does not (and after errors)
    int requestTimeoutMs = 30000;  // a request that receives nothing for this long is cut
    int maxRetryAfterMs = 3600000; // the longest 429 Retry-After obeyed as given
    int heartbeatMs = 5000;        // how often a monitor says it is alive (its own timer)
    int resumeCheckMs = 15000;     // how often RemoteJobs looks for jobs nobody monitors
    int maxRefusals = 3;           // redirects, 400 or 422 in a row before the monitor gives up
};

// Watches one remote job: polls its provider, stores each page it reports exactly once (by URL,
// also across restarts: the keys are the job's frontier), keeps the provider's job fields, maps
// its status onto JobState (docs/formats.md) and says when the job ended. Faults never lose what
// was stored: 429 waits for Retry-After, 5xx, timeouts and unreadable answers are logged and
// polled again later, 401/402/403 stop polling until setApiKey(), 404 ends the job as expired.
// A base URL that keeps redirecting or answering 400/422 stops the monitor: the job fails with
// the reason, and monitoring it again (with the right base URL) goes on where it stopped.
// While it runs, the monitor writes its process id and a heartbeat on a timer of its own, so
// that other processes see it alive even during a long Retry-After.
// The key lives only in this object's memory and is never logged.
class RemoteMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteMonitor)

public:
    RemoteMonitor(JobStore &store, StoreWriter &writer, const QString &jobId,
                  std::unique_ptr<RemoteClient> client, MonitorTiming timing = {},
                  QObject *parent = nullptr);
    ~RemoteMonitor() override;

    // The key for the provider's header; after a refused key, a new one resumes polling.
    void setApiKey(const QString &key);
    // Starts polling (at once).
    void start();
    // Asks the provider to cancel the job (its DELETE); the job ends cancelled after one more
    // look at what it produced.
    void cancel();

    QString jobId() const { return m_jobId; }
    QString provider() const;
    JobState state() const { return m_state; }
    bool isWaitingForKey() const { return m_waitingForKey; }
    bool isFinished() const { return m_finished; }
    // The delay before the next look after a normal one: minIntervalMs after a look that changed
    // something, doubling to maxIntervalMs while nothing changes.
    int intervalMs() const { return m_intervalMs; }
    QString apiKey() const { return m_key; }
    qint64 pagesStored() const { return m_pagesStored; }

Q_SIGNALS:
    void stateChanged(JobState state);
    void pagesAdded(qint64 count);
    // A line also written to the job's log ("info", "warning", "error").
    void logged(const QString &level, const QString &message);
    // 401/402/403: polling stopped until setApiKey().
    void keyRejected(const QString &message);
    // The next look is in `delayMs` (after a look, a fault, a 429 or a new key).
    void scheduled(int delayMs);
    void finished(JobState state);

private:
    void poll();
    void send(const RemoteRequest &request);
    void replied(QNetworkReply *reply);
    void cancelReplied(QNetworkReply *reply);
    void readAnswer(const QJsonObject &answer);
    void apply(const RemoteUpdate &update);
    void storePage(PageRecord page);
    void endCycle();
    void failCycle(const QString &message);
    void refused(const QString &message);
    void beat();
    void schedule(int delayMs);
    void finish(JobState state, const QString &error);
    void setState(JobState state, const QString &error = {});
    void log(const QString &level, QString message);
    QNetworkRequest networkRequest(const RemoteRequest &request) const;

    JobStore &m_store;
    StoreWriter &m_writer;
    QString m_jobId;
    std::unique_ptr<RemoteClient> m_client;
    MonitorTiming m_timing;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    QTimer m_heartbeat;
    QPointer<QNetworkReply> m_reply;
    QString m_key;

    QSet<QString> m_seen;  // page keys stored (URLs)
    QSet<QString> m_notes; // warnings already logged once
    qint64 m_nextIndex = 0;
    qint64 m_pagesStored = 0;
    JobState m_state = JobState::Queued;
    std::optional<JobState> m_cycleState;
    QString m_cycleError;
    QJsonObject m_extra;
    QString m_startUrl;
    bool m_cycleChanged = false;
    int m_intervalMs = 0;
    int m_failures = 0; // cycles failed in a row
    int m_refusals = 0; // redirects, 400 or 422 answers in a row
    bool m_started = false;
    bool m_waitingForKey = false;
    bool m_cancelRequested = false;
    bool m_finished = false;
};
