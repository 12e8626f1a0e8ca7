// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"
#include "model/pagerecord.h"
#include "store/frontierentry.h"
#include "store/pagequery.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// One entry of a job's log.
struct LogEntry
{
    qint64 id = 0;
    QDateTime at;
    QString level; // "info", "warning", "error"
    QString message;
};

// The job store on one SQLite connection, for the thread that created it. Reads page through
// PageQuery; crawl-time writes go through StoreWriter, which batches them on its own thread.
class JobStore final
{
public:
    explicit JobStore(const QString &path);
    ~JobStore();
    Q_DISABLE_COPY_MOVE(JobStore)

    // Opens the file and migrates it to the latest schema.
    bool open(QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase &database() { return m_db; }

    // Jobs. createJob assigns the id and the creation time and stores the job as queued.
    bool createJob(JobInfo &job, QString *error);
    std::optional<JobInfo> job(const QString &id) const;
    QList<JobInfo> jobs() const; // newest first
    // Ids that start with `prefix` (a person types the first few characters of a UUID).
    QStringList jobIdsStartingWith(const QString &prefix) const;
    // Moves a job to `state` if JobStates::canTransition allows it; otherwise says why.
    bool setJobState(const QString &id, JobState state, const QString &error, QString *why);
    bool deleteJob(const QString &id, QString *error);

    // Pages.
    QList<PageRecord> pages(const PageQuery &query) const;
    qint64 pageCount(const QString &jobId, const QList<PageState> &states = {}) const;
    std::optional<PageRecord> page(const QString &jobId, qint64 index,
                                   PageFields fields = PageField::All) const;
    qint64 nextPageIndex(const QString &jobId) const;
    // The pages that every filter of `query` lets through (offset, limit and order ignored).
    qint64 pageCount(const PageQuery &query) const;
    // The position (0-based) of page `pageIndex` among the pages of `query` in its order, the
    // filters applied (offset and limit ignored); none when the filters leave it out.
    std::optional<qint64> rowOfPage(const PageQuery &query, qint64 pageIndex) const;
    // The index of the job's page requested as `url` (as stored: normalized), if there is one.
    std::optional<qint64> pageIndexOfUrl(const QString &jobId, const QString &url) const;
    // The distinct content types of the job's pages, sorted.
    QStringList contentTypes(const QString &jobId) const;
    // Puts the job's failed pages back into its frontier, so that resuming the crawl fetches
    // them again: their rows go, the remaining pages are renumbered 0..n-1 in their order (the
    // exports' completion index stays dense), the failed counter drops, and the job becomes
    // paused. Refused (with the reason) for a remote job, one running in a live process, or a
    // cancelled or expired one. `requeued` gets the number of pages queued again.
    bool requeueFailedPages(const QString &jobId, qint64 *requeued, QString *error);

    // The frontier: URLs admitted but not yet stored as pages, in discovery order, after
    // `afterSeq`.
    QList<FrontierEntry> pendingFrontier(const QString &jobId, qint64 afterSeq, int limit) const;
    // Every key ever admitted into the job's frontier (done or not).
    QStringList frontierKeys(const QString &jobId) const;
    qint64 frontierSize(const QString &jobId) const;

    QList<LogEntry> log(const QString &jobId, qint64 afterId = 0, int limit = 1000) const;
    // The `limit` entries before `beforeId` (0: the job's last ones), oldest first: a long log
    // is shown from its end.
    QList<LogEntry> logBefore(const QString &jobId, qint64 beforeId, int limit) const;

private:
    QString m_path;
    QString m_connectionName;
    mutable QSqlDatabase m_db;
};
