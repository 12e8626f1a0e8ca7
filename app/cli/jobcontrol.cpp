// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl resume JOB` and `trawl cancel JOB`.
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/crawlflags.h"
#include "cli/crawlsession.h"
#include "crawl/crawlrunner.h"
#include "crawl/renderservice.h"
#include "samplesite/samplecrawl.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// Parses `trawl COMMAND JOB [options]` and finds the job.
struct JobCommand
{
    QCommandLineParser parser;
    std::unique_ptr<JobStore> store;
    JobInfo job;
};

std::optional<int> openJob(JobCommand &context, const QStringList &arguments,
                           const QString &command, const QString &summary)
{
    Cli::addCommonOptions(context.parser);
    context.parser.addPositionalArgument(
        u"job"_s, QCoreApplication::translate("Cli", "The job id, or its first characters."),
        u"JOB"_s);
    if (auto exit = Cli::parse(context.parser, arguments, command, summary))
        return exit;
    int exitCode = Cli::Completed;
    const auto job = Cli::jobArgument(context.parser, command, context.store, &exitCode);
    if (!job)
        return exitCode;
    context.job = *job;
    return std::nullopt;
}

} // namespace

namespace Cli {

int runResume(const QStringList &arguments)
{
    const QString command = u"resume"_s;
    JobCommand context;
    addRenderersFlag(context.parser);
    if (auto exit =
            openJob(context, arguments, command,
                    QCoreApplication::translate(
                        "Cli", "Resume a paused, failed or interrupted crawl where it stopped: "
                               "pages already stored are not fetched again.")))
        return *exit;
    const JobInfo &job = context.job;
    // As many pages rendered at once as the crawl was started with, unless told otherwise.
    const auto renderers = renderersFromFlags(
        context.parser, command,
        std::clamp(job.extra.value(renderersKey()).toInt(RenderService::defaultPagesAtOnce), 1,
                   RenderService::maxPagesAtOnce));
    if (!renderers)
        return BadUsage;
    if (!job.isLocal())
        return usageError(command, QCoreApplication::translate(
                                       "Cli", "job %1 runs on %2; only local crawls can be resumed "
                                              "here.")
                                       .arg(job.id, job.provider));
    if (job.state == JobState::Running && CrawlRunner::hasLiveRunner(job))
        return usageError(command,
                          QCoreApplication::translate("Cli", "job %1 is running in process %2.")
                              .arg(job.id)
                              .arg(job.runnerPid));
    if (job.state != JobState::Running && !JobStates::canTransition(job.state, JobState::Running))
        return usageError(command,
                          QCoreApplication::translate("Cli", "job %1 is %2 and cannot be resumed.")
                              .arg(job.id, JobStates::toString(job.state)));
    // A sample-site job: its site is served again where its URLs point, while the crawl runs.
    SampleCrawl sample;
    QString error;
    if (!sample.serve(job, &error)) {
        err() << u"trawl resume: "_s << error << Qt::endl;
        return FailedOrCancelled;
    }
    out() << job.id << Qt::endl;
    return runCrawlSession(*context.store, job.id, context.parser.isSet(u"quiet"_s), *renderers);
}

int runCancel(const QStringList &arguments)
{
    const QString command = u"cancel"_s;
    JobCommand context;
    if (auto exit =
            openJob(context, arguments, command,
                    QCoreApplication::translate(
                        "Cli", "Cancel a job: a crawl running in another process stops within "
                               "a second; the pages stored so far are kept.")))
        return *exit;
    const JobInfo &job = context.job;
    if (JobStates::isTerminal(job.state))
        return usageError(command, QCoreApplication::translate("Cli", "job %1 is already %2.")
                                       .arg(job.id, JobStates::toString(job.state)));
    QString why;
    if (!context.store->setJobState(job.id, JobState::Cancelled, {}, &why))
        return usageError(command, why);
    // A crawl running elsewhere sees the new state at its next heartbeat; wait for it to stop so
    // that when this returns, nothing is fetched any more.
    if (job.state == JobState::Running && CrawlRunner::hasLiveRunner(job)) {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const auto now = context.store->job(job.id);
            if (!now || now->runnerPid == 0)
                break;
            QThread::msleep(100);
        }
    }
    if (!context.parser.isSet(u"quiet"_s))
        err() << QCoreApplication::translate("Cli", "Job %1 cancelled.").arg(job.id) << Qt::endl;
    return Completed;
}

} // namespace Cli
