// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobinfo.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class CrawlRunner;
class JobStore;
class RemoteJobs;
class StoreWriter;

// What the window's actions do to a job, wherever it runs. A crawl started here runs in this
// process (CrawlRunner: a Crawler thread per job). A crawl run by another process (`trawl
// crawl`, another window) is controlled through the database as `trawl cancel` does: its
// crawler reads the job's state every second and stops when it sees paused or cancelled.
class JobController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobController)

public:
    // Reads through `store`; deletes through `writer` (on its thread).
    JobController(JobStore *store, StoreWriter *writer, CrawlRunner *runner,
                  QObject *parent = nullptr);
    // Jobs on hosted crawl APIs are cancelled through their monitors (the API's DELETE).
    void setRemoteJobs(RemoteJobs *remote) { m_remote = remote; }
    // Runs before a local job is resumed or run again, with that job; false (and the reason)
    // stops it. The application serves the built-in sample site here for sample jobs.
    using Preparation = std::function<bool(const JobInfo &job, QString *error)>;
    void setPreparation(Preparation prepare) { m_prepare = std::move(prepare); }

    // Runs here, or runs in another live process.
    bool isRunning(const JobInfo &job) const;
    bool runsHere(const QString &jobId) const;

    bool canPause(const JobInfo &job) const;
    bool canResume(const JobInfo &job) const;
    bool canCancel(const JobInfo &job) const;
    bool canRerun(const JobInfo &job) const;
    bool canDelete(const JobInfo &job) const;

    // Creates a local job with `options` (and `extra`) and starts it here. Returns its id.
    std::optional<QString> startNew(const CrawlOptions &options, QString *error,
                                    const QJsonObject &extra = {});
    bool pause(const QString &jobId, QString *error);
    bool resume(const QString &jobId, QString *error);
    bool cancel(const QString &jobId, QString *error);
    // A new job with the same options, started here. Returns its id.
    std::optional<QString> rerun(const QString &jobId, QString *error);
    // Starts deleting the job with its pages on the writer's thread (a large job takes a
    // while); it is one of deletingJobs() until deleteFailed or the store no longer has it.
    bool remove(const QString &jobId, QString *error);
    // Jobs being deleted: the list shows them no more.
    QSet<QString> deletingJobs() const { return m_deleting; }

Q_SIGNALS:
    // A job was created, changed or deleted through the database: re-read the jobs.
    void jobsChanged();
    // A deletion failed: the job is back in the list.
    void deleteFailed(const QString &jobId, const QString &error);

private:
    std::optional<JobInfo> find(const QString &jobId, QString *error) const;

    JobStore *m_store;
    StoreWriter *m_writer;
    CrawlRunner *m_runner;
    QSet<QString> m_deleting;
    RemoteJobs *m_remote = nullptr;
    Preparation m_prepare;
};
