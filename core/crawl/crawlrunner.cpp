// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"

#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

CrawlRunner::CrawlRunner(const QString &databasePath, StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_writer(writer)
{
    qRegisterMetaType<CrawlProgress>();
    qRegisterMetaType<JobState>();
}

CrawlRunner::~CrawlRunner()
{
    const QStringList jobs = m_threads.keys();
    for (const QString &jobId : jobs) {
        QThread *thread = m_threads.value(jobId);
        Crawler *crawler = m_crawlers.value(jobId);
        // Pause on the crawler's thread and wait until it has written its state.
        QMetaObject::invokeMethod(
            crawler, [crawler] { crawler->stopAndWait(JobState::Paused); },
            Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
    }
}

bool CrawlRunner::start(const QString &jobId)
{
    if (m_threads.contains(jobId))
        return false;
    auto *thread = new QThread;
    thread->setObjectName(u"crawl-"_s + jobId.left(8));
    auto *crawler = new Crawler(m_databasePath, m_writer, jobId);
    crawler->setRenderService(m_renderer);
    crawler->moveToThread(thread);
    connect(thread, &QThread::finished, crawler, &QObject::deleteLater);
    connect(crawler, &Crawler::progress, this,
            [this, jobId](const CrawlProgress &p) { Q_EMIT progress(jobId, p); });
    connect(crawler, &Crawler::finished, this, [this, jobId](JobState state, const QString &error) {
        reap(jobId);
        Q_EMIT finished(jobId, state, error);
    });
    m_threads.insert(jobId, thread);
    m_crawlers.insert(jobId, crawler);
    thread->start();
    QMetaObject::invokeMethod(crawler, &Crawler::start, Qt::QueuedConnection);
    return true;
}

void CrawlRunner::pause(const QString &jobId)
{
    stop(jobId, JobState::Paused);
}

void CrawlRunner::cancel(const QString &jobId)
{
    stop(jobId, JobState::Cancelled);
}

bool CrawlRunner::isRunning(const QString &jobId) const
{
    return m_threads.contains(jobId);
}

void CrawlRunner::stop(const QString &jobId, JobState state)
{
    if (Crawler *crawler = m_crawlers.value(jobId)) {
        QMetaObject::invokeMethod(
            crawler, [crawler, state] { crawler->stop(state); }, Qt::QueuedConnection);
    }
}

void CrawlRunner::reap(const QString &jobId)
{
    QThread *thread = m_threads.take(jobId);
    m_crawlers.remove(jobId);
    if (!thread)
        return;
    thread->quit();
    thread->wait();
    delete thread;
}

bool CrawlRunner::hasLiveRunner(const JobInfo &job)
{
    if (job.runnerPid <= 0 || !job.heartbeatAt.isValid())
        return false;
    if (job.heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) > heartbeatTimeoutMs)
        return false;
    return ::kill(pid_t(job.runnerPid), 0) == 0 || errno == EPERM;
}
