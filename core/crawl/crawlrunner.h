// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/crawler.h"
#include "model/jobinfo.h"
#include "model/jobstate.h"

#include <QHash>
#include <QObject>
#include <QString>

class QThread;
class RenderService;
class StoreWriter;

// Owns the running local crawls: each Crawler on a thread of its own ("crawl-<id>"). The GUI and
// the CLI talk to crawls only through this, with queued calls, so nothing here blocks them.
class CrawlRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrawlRunner)

public:
    CrawlRunner(const QString &databasePath, StoreWriter *writer, QObject *parent = nullptr);
    // Pauses every running crawl (their jobs resume later) and waits for the threads.
    ~CrawlRunner() override;

    // Where the crawls started from now on render JavaScript pages (it must outlive them).
    void setRenderService(RenderService *renderer) { m_renderer = renderer; }
    // Starts (or resumes) the job's crawl. False when it is already running here.
    bool start(const QString &jobId);
    void pause(const QString &jobId);
    void cancel(const QString &jobId);
    bool isRunning(const QString &jobId) const;
    QStringList runningJobs() const { return m_threads.keys(); }

    // Whether the process that last said it runs `job` is alive and said so recently: a job
    // left "running" by a process that died is not (and can be resumed).
    static bool hasLiveRunner(const JobInfo &job);
    static constexpr qint64 heartbeatTimeoutMs = 10000;

Q_SIGNALS:
    void progress(const QString &jobId, const CrawlProgress &progress);
    void finished(const QString &jobId, JobState state, const QString &error);

private:
    void stop(const QString &jobId, JobState state);
    void reap(const QString &jobId);

    QString m_databasePath;
    StoreWriter *m_writer;
    RenderService *m_renderer = nullptr;
    QHash<QString, QThread *> m_threads;
    QHash<QString, Crawler *> m_crawlers;
};
