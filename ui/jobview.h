// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class JobStore;

// The detail of one job below the jobs list: its pages (live, paged from the store), errors,
// page inspector, charts and log. The main window owns one and points it at the selected job.
class JobView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobView)

public:
    // `store` is read on the GUI thread and must outlive the view.
    explicit JobView(JobStore *store, QWidget *parent = nullptr);
    ~JobView() override;

    void setJob(const QString &jobId); // empty: nothing shown
    QString jobId() const { return m_jobId; }

    // New pages of `jobId` are readable (StoreWriter::pagesStored, forwarded by the window).
    void pagesStored(const QString &jobId, qint64 first, qint64 last);
    // The job's row changed (state, counters): re-read what depends on it.
    void jobChanged(const QString &jobId);

Q_SIGNALS:
    // The failed pages of the job were queued again; the window resumes the crawl.
    void resumeRequested(const QString &jobId);

private:
    JobStore *m_store;
    QString m_jobId;
};
