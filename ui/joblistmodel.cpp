// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/joblistmodel.h"

#include "store/jobstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const qint64 secs = seconds % 60;
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours)
            .arg(minutes, 2, 10, QChar(u'0'))
            .arg(secs, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(minutes).arg(secs, 2, 10, QChar(u'0'));
}

bool sameRow(const JobInfo &a, const JobInfo &b)
{
    return a.state == b.state && a.updatedAt == b.updatedAt && a.pagesCompleted == b.pagesCompleted
           && a.pagesFailed == b.pagesFailed && a.urlsDiscovered == b.urlsDiscovered
           && a.finishedAt == b.finishedAt;
}

} // namespace

JobListModel::JobListModel(JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    refresh();
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !job.error.isEmpty())
            return job.error;
        if (index.column() == UrlColumn)
            return job.startUrl;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PagesColumn || index.column() == FailedColumn
            || index.column() == ElapsedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return job.id;
    case StateRole:
        return QVariant::fromValue(job.state);
    default:
        return {};
    }
}

QVariant JobListModel::display(const JobInfo &job, int column) const
{
    const QLocale locale;
    switch (column) {
    case UrlColumn:
        return job.startUrl;
    case ProviderColumn:
        return job.isLocal() ? tr("This computer") : job.provider;
    case StateColumn:
        return JobStates::displayName(job.state);
    case PagesColumn: {
        const qint64 discovered = std::max(job.urlsDiscovered, job.pagesDone());
        const qint64 total =
            job.isLocal() ? std::min<qint64>(discovered, job.options.limit) : discovered;
        return tr("%1 / %2").arg(locale.toString(job.pagesDone()), locale.toString(total));
    }
    case FailedColumn:
        return locale.toString(job.pagesFailed);
    case StartedColumn:
        return job.startedAt.isValid()
                   ? locale.toString(job.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ElapsedColumn: {
        if (!job.startedAt.isValid())
            return {};
        const QDateTime end = JobStates::isTerminal(job.state) || job.state == JobState::Paused
                                  ? (job.finishedAt.isValid() ? job.finishedAt : job.updatedAt)
                                  : QDateTime::currentDateTimeUtc();
        return formatDuration(job.startedAt.secsTo(end));
    }
    case IdColumn:
        return job.id;
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UrlColumn:
        return tr("Start URL");
    case ProviderColumn:
        return tr("Runs on");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages");
    case FailedColumn:
        return tr("Failed");
    case StartedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Elapsed");
    case IdColumn:
        return tr("Job ID");
    default:
        return {};
    }
}

void JobListModel::refresh()
{
    QList<JobInfo> fresh = m_store->jobs();
    bool sameIds = fresh.size() == m_jobs.size();
    for (qsizetype i = 0; sameIds && i < fresh.size(); ++i)
        sameIds = fresh.at(i).id == m_jobs.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_jobs = std::move(fresh);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const bool running = fresh.at(i).state == JobState::Running;
        if (sameRow(fresh.at(i), m_jobs.at(i)) && !running)
            continue;
        m_jobs[i] = std::move(fresh[i]);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}
