// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"
#include "model/pagerecord.h"
#include "store/frontierentry.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <variant>
#include <vector>

class WriterWorker;

// The store's single writer. Every method is thread-safe and returns at once: writes are queued
// and committed in batches (one transaction per batch) by a worker on the "store-writer" thread,
// which owns its own SQLite connection. Signals are emitted after the commit, so whatever a
// receiver reads back is already on disk.
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    // A batch is what queued up in batchDelayMs after a first write, or while the previous batch
    // was being written (at most batchSize). Each commit rewrites every index page it touched, so
    // bigger batches write much less; a crash loses what was handed over in the last moments
    // (a crawl keeps those pages in its FetchJournal).
    static constexpr int batchSize = 256;
    // A writer thread that falls behind makes enqueue() wait once this many writes are queued,
    // so a fast producer (an import) cannot grow the queue without bound.
    static constexpr int maxQueued = 4096;
    static constexpr int batchDelayMs = 20;

    explicit StoreWriter(const QString &databasePath, QObject *parent = nullptr);
    ~StoreWriter() override; // commits what is queued, then stops the thread

    // Opens the writer's connection on its thread (the schema must be migrated already).
    bool start(QString *error);

    // Admits URLs into a job's frontier; a key already there keeps its entry, which takes the
    // new depth and parent when that depth is smaller and the entry is not done.
    void addFrontier(const QString &jobId, const QList<FrontierEntry> &entries);
    // Stores a finished page, marks its frontier entry (by `frontierKey`) done and admits (or
    // lowers, as addFrontier) the URLs found on it, all in the same transaction.
    void storePage(const PageRecord &page, const QString &frontierKey,
                   const QList<FrontierEntry> &discovered = {});
    void setJobState(const QString &jobId, JobState state, const QString &error = {});
    void appendLog(const QString &jobId, const QString &level, const QString &message);
    // The process `pid` runs the job and is alive now (0: nobody runs it any more).
    void setHeartbeat(const QString &jobId, qint64 pid);

    // Deletes the job with its pages, frontier and log on the writer's thread, after what was
    // queued before, then emits jobDeleted and jobsChanged. A job of 100,000 pages takes a
    // while: a window never deletes on its own thread.
    void deleteJob(const QString &jobId);

    // Blocks until everything queued before the call is committed (or has failed).
    void flush();
    // Writes committed since start: for tests and benchmarks.
    qint64 committedWrites() const;

Q_SIGNALS:
    // After each commit: the pages of `jobId` with indexes first..last are now readable.
    void pagesStored(const QString &jobId, qint64 first, qint64 last);
    // After each commit: these jobs' rows (state, counters) changed.
    void jobsChanged(const QStringList &jobIds);
    void writeFailed(const QString &message);
    // After deleteJob: ok (a job that was not there any more counts as deleted), or why not.
    void jobDeleted(const QString &jobId, bool ok, const QString &error);

private:
    friend class WriterWorker;

    struct FrontierOp
    {
        QString jobId;
        QList<FrontierEntry> entries;
    };
    struct PageOp
    {
        PageRecord page;
        QString frontierKey;
        QList<FrontierEntry> discovered;
    };
    struct StateOp
    {
        QString jobId;
        JobState state;
        QString error;
    };
    struct LogOp
    {
        QString jobId;
        QString level;
        QString message;
    };
    struct HeartbeatOp
    {
        QString jobId;
        qint64 pid;
    };
    using Op = std::variant<FrontierOp, PageOp, StateOp, LogOp, HeartbeatOp>;

    void enqueue(Op op);
    std::vector<Op> takePending();
    void requeueFront(std::vector<Op> ops);
    void markWritten(qint64 count);

    QThread m_thread;
    WriterWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_written;
    QWaitCondition m_drained;
    std::vector<Op> m_pending;
    qint64 m_enqueuedCount = 0;
    qint64 m_writtenCount = 0;
    bool m_flushScheduled = false;
};
