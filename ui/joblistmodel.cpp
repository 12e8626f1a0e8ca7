// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/joblistmodel.h"

#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "ui/stateicon.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 rateWindowMs = 10000;
// A job that ran less than this has no rate to speak of (29 pages in 39 ms is not 743/s).
constexpr qint64 minRateMs = 1000;

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
           && a.finishedAt == b.finishedAt && a.runnerPid == b.runnerPid
           && a.heartbeatAt == b.heartbeatAt && a.error == b.error;
}

// Why a remote job waits for an API key (RemoteJobRow::keyRefusedField), if it does.
QString keyProblem(const JobInfo &job)
{
    if (job.isLocal() || JobStates::isTerminal(job.state))
        return {};
    return job.extra.value(u"trawl:keyRefused"_s).toString();
}

QDateTime endOf(const JobInfo &job)
{
    if (JobStates::isTerminal(job.state) || job.state == JobState::Paused
        || job.state == JobState::Failed)
        return job.finishedAt.isValid() ? job.finishedAt : job.updatedAt;
    return QDateTime::currentDateTimeUtc();
}

} // namespace

JobListModel::JobListModel(JobStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    m_clock.start();
    m_jobs = listedJobs();
    sample(m_jobs);
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int JobListModel::rowOf(const QString &jobId) const
{
    for (qsizetype row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return int(row);
    }
    return -1;
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobInfo &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return StateIcon::forState(job.state);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !keyProblem(job).isEmpty())
            return keyProblem(job);
        if (index.column() == StateColumn && !job.error.isEmpty())
            return job.error;
        if (index.column() == UrlColumn)
            return job.startUrl;
        if (index.column() == ProviderColumn && !job.remoteId.isEmpty())
            return tr("Job %1 on %2").arg(job.remoteId, job.provider);
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case PagesColumn:
        case FailedColumn:
        case RateColumn:
        case ElapsedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case JobIdRole:
        return job.id;
    case StateRole:
        return QVariant::fromValue(job.state);
    case ProgressRole:
        return progress(job);
    case RateRole:
        return rate(job);
    default:
        return {};
    }
}

qint64 JobListModel::expectedPages(const JobInfo &job)
{
    const qint64 discovered = std::max(job.urlsDiscovered, job.pagesDone());
    if (job.isLocal())
        return std::min<qint64>(discovered, job.options.limit);
    return discovered;
}

double JobListModel::progress(const JobInfo &job) const
{
    if (job.state == JobState::Completed)
        return 1.0;
    const qint64 total = expectedPages(job);
    if (total <= 0)
        return -1.0;
    return std::clamp(double(job.pagesDone()) / double(total), 0.0, 1.0);
}

double JobListModel::rate(const JobInfo &job) const
{
    if (job.state == JobState::Running) {
        const QList<Sample> samples = m_samples.value(job.id);
        if (samples.size() >= 2) {
            const Sample &first = samples.constFirst();
            const Sample &last = samples.constLast();
            if (last.atMs - first.atMs >= minRateMs)
                return double(last.pagesDone - first.pagesDone) * 1000.0
                       / double(last.atMs - first.atMs);
        }
    }
    if (!job.startedAt.isValid())
        return -1.0;
    const qint64 ms = job.startedAt.msecsTo(endOf(job));
    return ms >= minRateMs ? double(job.pagesDone()) * 1000.0 / double(ms) : -1.0;
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
        if (!keyProblem(job).isEmpty())
            return tr("Waiting for API key");
        return JobStates::displayName(job.state);
    case ProgressColumn: {
        const double fraction = progress(job);
        return fraction < 0 ? QString() : tr("%1%").arg(qRound(fraction * 100));
    }
    case PagesColumn:
        return tr("%1 / %2").arg(locale.toString(job.pagesDone()),
                                 locale.toString(expectedPages(job)));
    case FailedColumn:
        return locale.toString(job.pagesFailed);
    case RateColumn: {
        if (!job.startedAt.isValid())
            return {};
        const double pagesPerSecond = rate(job);
        return pagesPerSecond < 0 ? tr("—")
                                  : tr("%1/s").arg(locale.toString(pagesPerSecond, 'f', 1));
    }
    case StartedColumn:
        return job.startedAt.isValid()
                   ? locale.toString(job.startedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ElapsedColumn:
        if (!job.startedAt.isValid())
            return {};
        return formatDuration(job.startedAt.secsTo(endOf(job)));
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
    case ProgressColumn:
        return tr("Progress");
    case PagesColumn:
        return tr("Pages");
    case FailedColumn:
        return tr("Failed");
    case RateColumn:
        return tr("Pages/s");
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

void JobListModel::sample(const QList<JobInfo> &jobs)
{
    const qint64 now = m_clock.elapsed();
    QHash<QString, QList<Sample>> kept;
    for (const JobInfo &job : jobs) {
        if (job.state != JobState::Running)
            continue;
        QList<Sample> samples = m_samples.value(job.id);
        samples.append({now, job.pagesDone()});
        while (samples.size() > 2 && now - samples.at(1).atMs >= rateWindowMs)
            samples.removeFirst();
        kept.insert(job.id, samples);
    }
    m_samples = std::move(kept);
}

QList<JobInfo> JobListModel::listedJobs() const
{
    QList<JobInfo> jobs = m_store->jobs();
    jobs.removeIf([this](const JobInfo &job) {
        return m_hidden.contains(job.id) || (!m_showApiScrapes && LocalApiServer::isApiScrape(job));
    });
    return jobs;
}

void JobListModel::setShowApiScrapes(bool show)
{
    if (show == m_showApiScrapes)
        return;
    m_showApiScrapes = show;
    refresh();
}

void JobListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

void JobListModel::refresh()
{
    QList<JobInfo> fresh = listedJobs();
    sample(fresh);
    QSet<QString> freshIds;
    for (const JobInfo &job : fresh)
        freshIds.insert(job.id);

    // Rows whose job is gone, bottom up.
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(m_jobs.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_jobs.removeAt(row);
        endRemoveRows();
    }
    // What is left is in the store's order; new jobs are inserted where they belong.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const JobInfo &job = fresh.at(i);
        if (i < m_jobs.size() && m_jobs.at(i).id == job.id) {
            const bool running = job.state == JobState::Running;
            if (!sameRow(job, m_jobs.at(i)) || running) {
                m_jobs[i] = job;
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            continue;
        }
        if (rowOf(job.id) >= 0) {
            // The order changed (it should not): start over.
            beginResetModel();
            m_jobs = fresh;
            endResetModel();
            return;
        }
        beginInsertRows({}, int(i), int(i));
        m_jobs.insert(i, job);
        endInsertRows();
    }
}
