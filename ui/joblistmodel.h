// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>

class JobStore;

// The jobs of the store, one row each, newest first. refresh() re-reads the jobs table (small:
// one row per job) and inserts, removes or updates only the rows that changed, so the selection
// and the scroll position survive.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column
    {
        UrlColumn,
        ProviderColumn,
        StateColumn,
        ProgressColumn,
        PagesColumn,
        FailedColumn,
        RateColumn,
        StartedColumn,
        ElapsedColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole,
        // Fraction done, 0.0 to 1.0, or -1 when the total is not known yet.
        ProgressRole,
        // Pages per second (double): recent rate while it runs, the average once it stopped;
        // -1 while it has run less than a second (too short to say).
        RateRole,
    };

    explicit JobListModel(JobStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    JobInfo job(int row) const { return m_jobs.value(row); }
    int rowOf(const QString &jobId) const; // -1 when absent
    void refresh();
    // Jobs of the local API's POST /v1/scrape (one page each) are listed only when shown.
    void setShowApiScrapes(bool show);
    bool showsApiScrapes() const { return m_showApiScrapes; }
    // Jobs not to list although the store still has them (being deleted); from the next
    // refresh() on.
    void setHiddenJobs(const QSet<QString> &jobIds) { m_hidden = jobIds; }
    // The language changed: the headers and the texts of every row are said again.
    void retranslate();

    // The total a progress bar fills towards (0: unknown).
    static qint64 expectedPages(const JobInfo &job);

private:
    struct Sample
    {
        qint64 atMs;
        qint64 pagesDone;
    };

    QVariant display(const JobInfo &job, int column) const;
    double progress(const JobInfo &job) const;
    double rate(const JobInfo &job) const; // -1: not measurable yet
    void sample(const QList<JobInfo> &jobs);
    QList<JobInfo> listedJobs() const;

    JobStore *m_store;
    QList<JobInfo> m_jobs;
    bool m_showApiScrapes = false;
    QElapsedTimer m_clock;
    QHash<QString, QList<Sample>> m_samples; // running jobs: pages done over the last seconds
    QSet<QString> m_hidden;
};
