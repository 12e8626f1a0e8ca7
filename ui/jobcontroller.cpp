// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobcontroller.h"

#include "crawl/crawlrunner.h"
#include "remote/remotejobs.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

JobController::JobController(JobStore *store, StoreWriter *writer, CrawlRunner *runner,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_runner(runner)
{
    connect(m_writer, &StoreWriter::jobDeleted, this,
            [this](const QString &jobId, bool ok, const QString &error) {
                if (!m_deleting.remove(jobId))
                    return;
                if (!ok)
                    Q_EMIT deleteFailed(jobId, error);
                Q_EMIT jobsChanged();
            });
}

bool JobController::runsHere(const QString &jobId) const
{
    return m_runner->isRunning(jobId);
}

bool JobController::isRunning(const JobInfo &job) const
{
    return runsHere(job.id)
           || (job.state == JobState::Running && job.isLocal() && CrawlRunner::hasLiveRunner(job));
}

bool JobController::canPause(const JobInfo &job) const
{
    return job.isLocal() && isRunning(job);
}

bool JobController::canResume(const JobInfo &job) const
{
    if (!job.isLocal() || isRunning(job))
        return false;
    // A job left "running" by a process that died resumes like a paused one.
    return job.state == JobState::Running || job.state == JobState::Queued
           || JobStates::canTransition(job.state, JobState::Running);
}

bool JobController::canCancel(const JobInfo &job) const
{
    if (!job.isLocal())
        return m_remote && m_remote->monitorFor(job.id)
               && JobStates::canTransition(job.state, JobState::Cancelled);
    return JobStates::canTransition(job.state, JobState::Cancelled);
}

bool JobController::canRerun(const JobInfo &job) const
{
    return job.isLocal() && job.options.url.isValid();
}

bool JobController::canDelete(const JobInfo &job) const
{
    return !isRunning(job);
}

std::optional<JobInfo> JobController::find(const QString &jobId, QString *error) const
{
    auto job = m_store->job(jobId);
    if (!job)
        *error = tr("The job %1 no longer exists.").arg(jobId);
    return job;
}

std::optional<QString> JobController::startNew(const CrawlOptions &options, QString *error,
                                               const QJsonObject &extra)
{
    if (const QStringList problems = options.validate(); !problems.isEmpty()) {
        *error = problems.join(u'\n');
        return std::nullopt;
    }
    JobInfo job;
    job.options = options;
    job.startUrl = options.url.toString();
    job.extra = extra;
    if (!m_store->createJob(job, error))
        return std::nullopt;
    Q_EMIT jobsChanged();
    m_runner->start(job.id);
    return job.id;
}

bool JobController::pause(const QString &jobId, QString *error)
{
    const auto job = find(jobId, error);
    if (!job)
        return false;
    if (!canPause(*job)) {
        *error = tr("The job is %1, not running.").arg(JobStates::displayName(job->state));
        return false;
    }
    if (runsHere(jobId)) {
        m_runner->pause(jobId);
        return true;
    }
    // Another process runs it: it sees the new state at its next heartbeat and stops.
    if (!m_store->setJobState(jobId, JobState::Paused, {}, error))
        return false;
    Q_EMIT jobsChanged();
    return true;
}

bool JobController::resume(const QString &jobId, QString *error)
{
    const auto job = find(jobId, error);
    if (!job)
        return false;
    if (!canResume(*job)) {
        *error = isRunning(*job) ? tr("The job is already running.")
                                 : tr("The job is %1 and cannot be resumed.")
                                       .arg(JobStates::displayName(job->state));
        return false;
    }
    if (m_prepare && !m_prepare(*job, error))
        return false;
    m_runner->start(jobId);
    return true;
}

bool JobController::cancel(const QString &jobId, QString *error)
{
    const auto job = find(jobId, error);
    if (!job)
        return false;
    if (!canCancel(*job)) {
        *error = tr("The job is already %1.").arg(JobStates::displayName(job->state));
        return false;
    }
    if (!job->isLocal()) {
        m_remote->cancel(jobId);
        return true;
    }
    if (runsHere(jobId)) {
        m_runner->cancel(jobId);
        return true;
    }
    if (!m_store->setJobState(jobId, JobState::Cancelled, {}, error))
        return false;
    Q_EMIT jobsChanged();
    return true;
}

std::optional<QString> JobController::rerun(const QString &jobId, QString *error)
{
    const auto job = find(jobId, error);
    if (!job)
        return std::nullopt;
    if (!canRerun(*job)) {
        *error = tr("Only crawls run on this computer can be run again here.");
        return std::nullopt;
    }
    if (m_prepare && !m_prepare(*job, error))
        return std::nullopt;
    // Trawl's own marks on the job ("trawl:" keys: a sample job, say) carry over; what an
    // imported file said about it does not.
    QJsonObject marks;
    for (auto it = job->extra.constBegin(); it != job->extra.constEnd(); ++it) {
        if (it.key().startsWith(u"trawl:"))
            marks.insert(it.key(), it.value());
    }
    return startNew(job->options, error, marks);
}

bool JobController::remove(const QString &jobId, QString *error)
{
    const auto job = find(jobId, error);
    if (!job)
        return false;
    if (!canDelete(*job)) {
        *error = tr("The job is running; pause or cancel it first.");
        return false;
    }
    m_deleting.insert(jobId);
    m_writer->deleteJob(jobId);
    Q_EMIT jobsChanged(); // the list drops it now, not when the writer is done
    return true;
}
