// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"

#include <QAbstractTableModel>
#include <QList>

class JobStore;

// The jobs of the store, one row each, newest first. refresh() re-reads the jobs table (small:
// one row per job) and updates only the rows that changed.
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
        PagesColumn,
        FailedColumn,
        StartedColumn,
        ElapsedColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole
    };

    explicit JobListModel(JobStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    JobInfo job(int row) const { return m_jobs.value(row); }
    void refresh();

private:
    QVariant display(const JobInfo &job, int column) const;

    JobStore *m_store;
    QList<JobInfo> m_jobs;
};
