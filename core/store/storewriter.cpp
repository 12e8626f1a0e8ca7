// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/storewriter.h"

#include "store/database.h"
#include "store/pagerow.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr int retryDelayMs = 500;
constexpr int maxBatchAttempts = 3;

struct JobDelta
{
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 discovered = 0;
    qint64 firstPage = -1;
    qint64 lastPage = -1;
};

} // namespace

// Lives on the writer thread and owns the writer's connection. Not a Q_OBJECT: it needs no
// signals of its own; it emits the owner's (emitting from another thread is safe and receivers
// get the signal queued on their own thread).
class WriterWorker final : public QObject
{
public:
    WriterWorker(StoreWriter *owner, const QString &path)
        : m_owner(owner)
        , m_path(path)
        , m_connectionName(u"trawl-writer-%1"_s.arg(quintptr(owner), 0, 16))
        , m_timer(this) // a child, so that it moves to the writer thread with the worker
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &WriterWorker::writePending);
    }

    ~WriterWorker() override
    {
        m_statements.reset(); // queries before their connection
        m_db = QSqlDatabase();
        Database::close(m_connectionName);
    }

    bool openConnection(QString *error)
    {
        m_db = Database::open(m_path, m_connectionName, error);
        if (!m_db.isOpen())
            return false;
        const int version = Database::schemaVersion(m_db);
        if (version != Database::latestSchemaVersion()) {
            if (error) {
                *error = QCoreApplication::translate("StoreWriter",
                                                     "The database %1 is at schema %2, not %3.")
                             .arg(m_path)
                             .arg(version)
                             .arg(Database::latestSchemaVersion());
            }
            return false;
        }
        // The writer checkpoints the WAL into the database every 16 MB of it, not SQLite's
        // default 4 MB: the same pages are written, with a quarter of the syncs.
        QSqlQuery(m_db).exec(u"PRAGMA wal_autocheckpoint=4096"_s);
        // Every page stored updates the pages table's 13 indexes at spread-out places: with
        // SQLite's default 2 MB cache, at 20,000 pages most of those index pages were read back
        // from the OS for each page (20,000-page crawl: 8% more CPU than with 32 MB).
        QSqlQuery(m_db).exec(u"PRAGMA cache_size=-32768"_s);
        m_statements = std::make_unique<Statements>(m_db);
        auto prepare = [](QSqlQuery &query, const QString &sql) { return query.prepare(sql); };
        Statements &st = *m_statements;
        // The statements run for every page go straight to SQLite (see SqliteStatement).
        sqlite3 *handle = SqliteStatement::handleOf(m_db);
        if (!st.insertPage.prepare(handle, PageRow::insertStatement(), error)
            || !st.insertFrontier.prepare(handle,
                                          "INSERT OR IGNORE INTO frontier (job_id, url_key, seq, "
                                          "url, parent_url, depth) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                          error)
            || !st.lowerFrontier.prepare(handle,
                                         "UPDATE frontier SET depth = ?3, parent_url = ?4 WHERE "
                                         "job_id = ?1 AND url_key = ?2 AND done = 0 AND depth > ?3",
                                         error)
            || !st.markDone.prepare(
                handle, "UPDATE frontier SET done = 1 WHERE job_id = ?1 AND url_key = ?2", error))
            return false;
        const bool ok =
            prepare(st.setState,
                    u"UPDATE jobs SET state = ?, error = ?, updated_at = ?, "
                    "started_at = CASE WHEN ? = 'running' THEN coalesce(started_at, ?) "
                    "ELSE started_at END, finished_at = CASE WHEN ? IN ('completed', "
                    "'failed', 'cancelled') THEN ? WHEN ? = 'running' THEN NULL ELSE "
                    "finished_at END WHERE id = ?"_s)
            && prepare(st.insertLog,
                       u"INSERT INTO job_log (job_id, at, level, message) VALUES (?, ?, ?, ?)"_s)
            && prepare(st.bumpCounts,
                       u"UPDATE jobs SET pages_completed = pages_completed + ?, pages_failed = "
                       "pages_failed + ?, urls_discovered = urls_discovered + ?, updated_at = ? "
                       "WHERE id = ?"_s)
            && prepare(st.heartbeat,
                       u"UPDATE jobs SET runner_pid = ?, heartbeat_at = ? WHERE id = ?"_s);
        if (!ok && error)
            *error = m_db.lastError().text();
        return ok;
    }

    // Called (queued) when writes arrive: commit now if a batch is full, else soon.
    void schedule(bool full)
    {
        if (full)
            writePending();
        else if (!m_timer.isActive())
            m_timer.start(StoreWriter::batchDelayMs);
    }

    void writePending()
    {
        m_timer.stop();
        std::vector<StoreWriter::Op> ops = m_owner->takePending();
        while (!ops.empty()) {
            QString error;
            if (writeBatch(ops, &error)) {
                m_attempts = 0;
            } else if (++m_attempts < maxBatchAttempts) {
                Q_EMIT m_owner->writeFailed(error);
                m_owner->requeueFront(std::move(ops));
                m_timer.start(retryDelayMs);
                return;
            } else {
                // The batch keeps failing: write its operations one by one so that only the
                // offending ones are lost, and say which.
                m_attempts = 0;
                for (auto &op : ops) {
                    std::vector<StoreWriter::Op> single;
                    single.push_back(std::move(op));
                    if (!writeBatch(single, &error)) {
                        Q_EMIT m_owner->writeFailed(error);
                        m_owner->markWritten(1);
                    }
                }
            }
            ops = m_owner->takePending();
        }
    }

    void deleteJob(const QString &jobId)
    {
        writePending(); // what was queued before, first
        m_nextSeq.remove(jobId);
        QSqlQuery query(m_db);
        query.prepare(u"DELETE FROM jobs WHERE id = ?"_s); // pages, frontier, log: ON CASCADE
        query.addBindValue(jobId);
        const bool ok = query.exec();
        if (ok)
            Database::removeFetchedFolder(m_path, jobId);
        Q_EMIT m_owner->jobDeleted(jobId, ok, ok ? QString() : query.lastError().text());
        if (ok)
            Q_EMIT m_owner->jobsChanged({jobId});
    }

private:
    static bool exec(SqliteStatement &statement, QString *error) { return statement.exec(error); }

    bool exec(QSqlQuery &query, QString *error)
    {
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    }

    qint64 nextSeq(const QString &jobId)
    {
        auto it = m_nextSeq.find(jobId);
        if (it == m_nextSeq.end()) {
            QSqlQuery query(m_db);
            query.prepare(u"SELECT coalesce(max(seq), 0) + 1 FROM frontier WHERE job_id = ?"_s);
            query.addBindValue(jobId);
            qint64 next = 1;
            if (query.exec() && query.next())
                next = query.value(0).toLongLong();
            it = m_nextSeq.insert(jobId, next);
        }
        return it.value();
    }

    bool admit(const QString &jobId, const QList<FrontierEntry> &entries, JobDelta &delta,
               QString *error)
    {
        for (const FrontierEntry &entry : entries) {
            const qint64 seq = nextSeq(jobId);
            SqliteStatement &insert = m_statements->insertFrontier;
            insert.bindText(1, jobId);
            insert.bindText(2, entry.key);
            insert.bindInt(3, seq);
            insert.bindText(4, entry.url);
            insert.bindText(5, entry.parentUrl.isEmpty() ? QString() : entry.parentUrl);
            insert.bindInt(6, entry.depth);
            if (!exec(insert, error))
                return false;
            if (insert.changes() > 0) {
                m_nextSeq[jobId] = seq + 1;
                ++delta.discovered;
                continue;
            }
            // Admitted before: the crawl found it by a shorter path while it was queued.
            SqliteStatement &lower = m_statements->lowerFrontier;
            lower.bindText(1, jobId);
            lower.bindText(2, entry.key);
            lower.bindInt(3, entry.depth);
            lower.bindText(4, entry.parentUrl.isEmpty() ? QString() : entry.parentUrl);
            if (!exec(lower, error))
                return false;
        }
        return true;
    }

    bool writeOne(StoreWriter::Op &op, std::map<QString, JobDelta> &deltas, QString *error)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (auto *frontier = std::get_if<StoreWriter::FrontierOp>(&op))
            return admit(frontier->jobId, frontier->entries, deltas[frontier->jobId], error);
        if (auto *pageOp = std::get_if<StoreWriter::PageOp>(&op)) {
            const PageRecord &page = pageOp->page;
            JobDelta &delta = deltas[page.jobId];
            PageRow::bindInsert(m_statements->insertPage, page);
            if (!exec(m_statements->insertPage, error))
                return false;
            m_statements->markDone.bindText(1, page.jobId);
            m_statements->markDone.bindText(2, pageOp->frontierKey);
            if (!exec(m_statements->markDone, error))
                return false;
            if (page.state == PageState::Completed)
                ++delta.completed;
            else
                ++delta.failed;
            if (delta.firstPage < 0 || page.index < delta.firstPage)
                delta.firstPage = page.index;
            delta.lastPage = std::max(delta.lastPage, page.index);
            return admit(page.jobId, pageOp->discovered, delta, error);
        }
        if (auto *state = std::get_if<StoreWriter::StateOp>(&op)) {
            deltas[state->jobId];
            const QString word = JobStates::toString(state->state);
            for (const QVariant &value : {QVariant(word), QVariant(state->error), QVariant(now),
                                          QVariant(word), QVariant(now), QVariant(word),
                                          QVariant(now), QVariant(word), QVariant(state->jobId)})
                m_statements->setState.addBindValue(value);
            return exec(m_statements->setState, error);
        }
        if (auto *heartbeat = std::get_if<StoreWriter::HeartbeatOp>(&op)) {
            auto &query = m_statements->heartbeat;
            query.addBindValue(heartbeat->pid > 0 ? QVariant(heartbeat->pid)
                                                  : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(heartbeat->pid > 0 ? QVariant(now)
                                                  : QVariant(QMetaType::fromType<qint64>()));
            query.addBindValue(heartbeat->jobId);
            return exec(query, error);
        }
        auto &log = std::get<StoreWriter::LogOp>(op);
        m_statements->insertLog.addBindValue(log.jobId);
        m_statements->insertLog.addBindValue(now);
        m_statements->insertLog.addBindValue(log.level);
        m_statements->insertLog.addBindValue(log.message);
        return exec(m_statements->insertLog, error);
    }

    bool writeBatch(std::vector<StoreWriter::Op> &ops, QString *error)
    {
        QSqlQuery begin(m_db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = begin.lastError().text();
            return false;
        }
        std::map<QString, JobDelta> deltas;
        bool ok = true;
        for (auto &op : ops) {
            if (!writeOne(op, deltas, error)) {
                ok = false;
                break;
            }
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = deltas.begin(); ok && it != deltas.end(); ++it) {
            const JobDelta &delta = it->second;
            if (delta.completed == 0 && delta.failed == 0 && delta.discovered == 0)
                continue;
            m_statements->bumpCounts.addBindValue(delta.completed);
            m_statements->bumpCounts.addBindValue(delta.failed);
            m_statements->bumpCounts.addBindValue(delta.discovered);
            m_statements->bumpCounts.addBindValue(now);
            m_statements->bumpCounts.addBindValue(it->first);
            ok = exec(m_statements->bumpCounts, error);
        }
        QSqlQuery end(m_db);
        if (ok && !end.exec(u"COMMIT"_s)) {
            *error = end.lastError().text();
            ok = false;
        }
        if (!ok) {
            end.exec(u"ROLLBACK"_s);
            m_nextSeq.clear(); // sequence numbers handed out in the failed batch were not used
            return false;
        }
        m_owner->markWritten(qint64(ops.size()));
        QStringList changed;
        for (const auto &[jobId, delta] : deltas) {
            changed << jobId;
            if (delta.firstPage >= 0)
                Q_EMIT m_owner->pagesStored(jobId, delta.firstPage, delta.lastPage);
        }
        if (!changed.isEmpty())
            Q_EMIT m_owner->jobsChanged(changed);
        return true;
    }

    StoreWriter *m_owner;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;
    // The prepared statements, made once per connection.
    struct Statements
    {
        explicit Statements(const QSqlDatabase &db)
            : setState(db)
            , insertLog(db)
            , bumpCounts(db)
            , heartbeat(db)
        {}
        SqliteStatement insertPage, insertFrontier, lowerFrontier, markDone;
        QSqlQuery setState, insertLog, bumpCounts, heartbeat;
    };
    std::unique_ptr<Statements> m_statements;
    QHash<QString, qint64> m_nextSeq;
    int m_attempts = 0;
};

StoreWriter::StoreWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"store-writer"_s);
    m_worker = new WriterWorker(this, databasePath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    flush();
    m_thread.quit();
    m_thread.wait();
}

bool StoreWriter::start(QString *error)
{
    bool ok = false;
    QString reason;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->openConnection(&reason); }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = reason;
    return ok;
}

void StoreWriter::addFrontier(const QString &jobId, const QList<FrontierEntry> &entries)
{
    if (!entries.isEmpty())
        enqueue(FrontierOp{jobId, entries});
}

void StoreWriter::storePage(const PageRecord &page, const QString &frontierKey,
                            const QList<FrontierEntry> &discovered)
{
    enqueue(PageOp{page, frontierKey, discovered});
}

void StoreWriter::setJobState(const QString &jobId, JobState state, const QString &error)
{
    enqueue(StateOp{jobId, state, error});
}

void StoreWriter::setHeartbeat(const QString &jobId, qint64 pid)
{
    enqueue(HeartbeatOp{jobId, pid});
}

void StoreWriter::appendLog(const QString &jobId, const QString &level, const QString &message)
{
    enqueue(LogOp{jobId, level, message});
}

void StoreWriter::deleteJob(const QString &jobId)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, jobId] { worker->deleteJob(jobId); });
}

void StoreWriter::enqueue(Op op)
{
    bool wake = false;
    bool full = false;
    {
        QMutexLocker lock(&m_mutex);
        // Backpressure, except on the writer's own thread (which drains the queue).
        while (m_pending.size() >= std::size_t(maxQueued) && QThread::currentThread() != &m_thread)
            m_drained.wait(&m_mutex);
        m_pending.push_back(std::move(op));
        ++m_enqueuedCount;
        full = m_pending.size() >= std::size_t(batchSize);
        // Wake the worker once per batch: on the first write, and once when the batch fills.
        wake = !m_flushScheduled || (full && m_pending.size() == std::size_t(batchSize));
        m_flushScheduled = true;
    }
    if (wake)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, full] { worker->schedule(full); });
}

std::vector<StoreWriter::Op> StoreWriter::takePending()
{
    QMutexLocker lock(&m_mutex);
    m_flushScheduled = false;
    m_drained.wakeAll();
    return std::exchange(m_pending, {});
}

void StoreWriter::requeueFront(std::vector<Op> ops)
{
    QMutexLocker lock(&m_mutex);
    ops.insert(ops.end(), std::make_move_iterator(m_pending.begin()),
               std::make_move_iterator(m_pending.end()));
    m_pending = std::move(ops);
    m_flushScheduled = true;
}

void StoreWriter::markWritten(qint64 count)
{
    QMutexLocker lock(&m_mutex);
    m_writtenCount += count;
    m_written.wakeAll();
}

void StoreWriter::flush()
{
    Q_ASSERT(QThread::currentThread() != &m_thread);
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_enqueuedCount;
    if (m_writtenCount >= target)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->writePending(); });
    while (m_writtenCount < target)
        m_written.wait(&m_mutex);
}

qint64 StoreWriter::committedWrites() const
{
    QMutexLocker lock(&m_mutex);
    return m_writtenCount;
}
