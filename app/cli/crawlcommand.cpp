// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/signalwatcher.h"

#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString command = u"crawl"_s;

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

int runCrawl(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(u"url"_s, QCoreApplication::translate("Cli", "The start page."),
                                 u"URL"_s);
    parser.addOption({u"limit"_s,
                      QCoreApplication::translate("Cli", "Fetch at most N pages (default %1).")
                          .arg(CrawlOptions::defaultLimit),
                      u"N"_s});
    parser.addOption({u"max-depth"_s,
                      QCoreApplication::translate(
                          "Cli", "Follow links at most N hops from the start page (default %1).")
                          .arg(CrawlOptions::defaultMaxDepth),
                      u"N"_s});
    parser.addOption(
        {u"concurrency"_s,
         QCoreApplication::translate("Cli", "Fetch up to N pages at once (default %1).")
             .arg(CrawlOptions::defaultConcurrency),
         u"N"_s});
    if (auto exit =
            parse(parser, arguments, command,
                  QCoreApplication::translate(
                      "Cli", "Crawl a site to the end and store every page. Prints the job id "
                             "on the first line.")))
        return *exit;

    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty())
        return usageError(command, QCoreApplication::translate("Cli", "a start URL is required."));
    if (positional.size() > 1)
        return usageError(command, QCoreApplication::translate("Cli", "one start URL only, got %1.")
                                       .arg(positional.size()));

    CrawlOptions options;
    QString urlError;
    options.url = parseStartUrl(positional.constFirst(), &urlError);
    if (!options.url.isValid())
        return usageError(command, urlError);
    const auto limit = intOption(parser, u"limit"_s, command, CrawlOptions::defaultLimit, 1);
    const auto depth = intOption(parser, u"max-depth"_s, command, CrawlOptions::defaultMaxDepth, 0);
    const auto concurrency =
        intOption(parser, u"concurrency"_s, command, CrawlOptions::defaultConcurrency, 1);
    if (!limit || !depth || !concurrency)
        return BadUsage;
    options.limit = *limit;
    options.maxDepth = *depth;
    options.concurrency = *concurrency;
    if (const QStringList problems = options.validate(); !problems.isEmpty())
        return usageError(command, problems.constFirst());

    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    JobInfo job;
    job.options = options;
    QString error;
    if (!store->createJob(job, &error))
        return usageError(command, error);
    out() << job.id << Qt::endl;

    StoreWriter writer(store->path());
    if (!writer.start(&error))
        return usageError(command, error);
    CrawlRunner runner(store->path(), &writer);
    const bool quiet = parser.isSet(u"quiet"_s);
    ProgressLine progressLine(!quiet && ::isatty(STDERR_FILENO));
    QObject::connect(&runner, &CrawlRunner::progress, &runner,
                     [&progressLine](const QString &, const CrawlProgress &progress) {
                         progressLine.update(progress);
                     });
    CrawlProgress last;
    QObject::connect(&runner, &CrawlRunner::progress, &runner,
                     [&last](const QString &, const CrawlProgress &progress) { last = progress; });
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
                     [&runner, id = job.id] { runner.pause(id); });

    runner.start(job.id);
    QCoreApplication::exec();

    progressLine.update(last, true);
    progressLine.finish();
    if (!quiet || finalState == JobState::Failed) {
        err() << QCoreApplication::translate("Cli",
                                             "Job %1 %2: %3 pages stored (%4 failed) in %5 s.")
                     .arg(job.id, JobStates::toString(finalState))
                     .arg(last.pagesCompleted + last.pagesFailed)
                     .arg(last.pagesFailed)
                     .arg(progressLine.seconds(), 0, 'f', 1);
        if (!finalError.isEmpty())
            err() << ' ' << finalError;
        err() << Qt::endl;
    }
    return finalState == JobState::Completed ? Completed : FailedOrCancelled;
}

} // namespace Cli
