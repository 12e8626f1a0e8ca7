// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/crawlsession.h"

#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/rendering.h"
#include "cli/signalwatcher.h"
#include "crawl/crawlrunner.h"
#include "crawl/renderservice.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A progress line on a terminal, redrawn in place at most ten times a second.
class ProgressLine
{
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
    {
        m_clock.start();
    }

    void update(const CrawlProgress &progress, bool force = false)
    {
        if (!m_enabled || (!force && m_lastDraw >= 0 && m_clock.elapsed() - m_lastDraw < 100))
            return;
        m_lastDraw = m_clock.elapsed();
        const qint64 done = progress.pagesCompleted + progress.pagesFailed;
        const double seconds = std::max(0.001, double(m_clock.elapsed()) / 1000.0);
        Cli::err() << "\r\x1b[K"
                   << QCoreApplication::translate(
                          "Cli", "%1 pages (%2 failed), %3 discovered, %4 in flight, %5 pages/s")
                          .arg(done)
                          .arg(progress.pagesFailed)
                          .arg(progress.urlsDiscovered)
                          .arg(progress.inFlight)
                          .arg(double(done) / seconds, 0, 'f', 1);
        Cli::err().flush();
    }

    void finish()
    {
        if (m_enabled && m_lastDraw >= 0)
            Cli::err() << Qt::endl;
    }

    double seconds() const { return double(m_clock.elapsed()) / 1000.0; }

private:
    bool m_enabled;
    QElapsedTimer m_clock;
    qint64 m_lastDraw = -1;
};

} // namespace

namespace Cli {

int runCrawlSession(JobStore &store, const QString &jobId, bool quiet, int renderers)
{
    QString error;
    StoreWriter writer(store.path());
    if (!writer.start(&error))
        return usageError(u"crawl"_s, error);
    // The pool lives on this (the GUI) thread and outlives the runner, which is destroyed first.
    std::unique_ptr<RenderService> renderer;
    if (const auto job = store.job(jobId);
        job && job->options.renderMode != CrawlOptions::RenderMode::Static) {
        if (!rendering().pool)
            return usageError(u"crawl"_s, QCoreApplication::translate(
                                              "Cli", "this executable cannot render pages."));
        const bool screenshots = job->options.screenshot() != CrawlOptions::Screenshot::None;
        renderer = rendering().pool(renderers, screenshots, &error);
        if (!renderer)
            return usageError(u"crawl"_s, error);
    }
    CrawlRunner runner(store.path(), &writer);
    runner.setRenderService(renderer.get());
    ProgressLine progressLine(!quiet && ::isatty(STDERR_FILENO));
    CrawlProgress last;
    QObject::connect(&runner, &CrawlRunner::progress, &runner,
                     [&](const QString &, const CrawlProgress &progress) {
                         last = progress;
                         progressLine.update(progress);
                     });
    JobState finalState = JobState::Failed;
    QString finalError;
    QObject::connect(&runner, &CrawlRunner::finished, &runner,
                     [&](const QString &, JobState state, const QString &why) {
                         finalState = state;
                         finalError = why;
                         QCoreApplication::exit();
                     });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, &runner,
                     [&runner, jobId] { runner.pause(jobId); });

    runner.start(jobId);
    QCoreApplication::exec();

    progressLine.update(last, true);
    progressLine.finish();
    if (!quiet || finalState == JobState::Failed) {
        err() << QCoreApplication::translate("Cli",
                                             "Job %1 %2: %3 pages stored (%4 failed) in %5 s.")
                     .arg(jobId, JobStates::toString(finalState))
                     .arg(last.pagesCompleted + last.pagesFailed)
                     .arg(last.pagesFailed)
                     .arg(progressLine.seconds(), 0, 'f', 1);
        if (finalState == JobState::Paused)
            err() << ' '
                  << QCoreApplication::translate("Cli", "Resume it with: trawl resume %1")
                         .arg(jobId.left(8));
        if (!finalError.isEmpty())
            err() << ' ' << finalError;
        err() << Qt::endl;
    }
    return finalState == JobState::Completed ? Completed : FailedOrCancelled;
}

} // namespace Cli
