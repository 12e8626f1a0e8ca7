// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"
#include "model/pagerecord.h"

#include <QDateTime>
#include <QList>

#include <functional>

class JobStore;

// One job as it is at one moment, for an export or a status answer: the job row and its pages,
// read inside one SQLite read transaction, so a crawl writing at the same time cannot change
// what is exported half-way. Pages are read a batch at a time: memory does not grow with the job.
class JobSnapshot final
{
public:
    static constexpr int batchSize = 500;

    // Begins the read transaction on the store's connection (the store must outlive this).
    JobSnapshot(JobStore &store, const JobInfo &job);
    ~JobSnapshot(); // ends it
    Q_DISABLE_COPY_MOVE(JobSnapshot)

    const JobInfo &job() const { return m_job; }
    QDateTime takenAt() const { return m_takenAt; }

    qint64 pageCount(const QList<PageState> &states = {}) const;
    // Called after each page a walk (forEachPage) visited, with the number of pages every walk
    // of this snapshot has visited so far; returning false stops the walk as if `visit` had.
    // For an export's progress and cancel.
    void setPageObserver(std::function<bool(qint64 visited)> observer);
    // Visits the pages in completion order (index), `states` only (all when empty), from index
    // `from` on, until `visit` returns false. Returns false when it was stopped.
    bool forEachPage(PageFields fields, const std::function<bool(const PageRecord &)> &visit,
                     const QList<PageState> &states = {}, qint64 from = 0) const;
    // The `limit` pages with the highest indexes among `states`, oldest first.
    QList<PageRecord> lastPages(int limit, PageFields fields,
                                const QList<PageState> &states = {}) const;
    // A page of `states` by position (0-based) in completion order: for paginated formats.
    QList<PageRecord> pageRange(qint64 offset, int count, PageFields fields,
                                const QList<PageState> &states = {}) const;

private:
    JobStore &m_store;
    JobInfo m_job;
    QDateTime m_takenAt;
    bool m_inTransaction = false;
    std::function<bool(qint64)> m_observer;
    mutable qint64 m_visited = 0;
};
