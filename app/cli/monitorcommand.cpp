// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl monitor`: follows a job on a hosted crawl API until it ends, storing its pages.
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/signalwatcher.h"

#include "remote/remotejobs.h"
#include "remote/secretstore.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Completed: 0. Failed, cancelled or expired (the service forgot it; its pages are kept): 1.
int exitCodeFor(JobState state)
{
    return state == JobState::Completed ? Cli::Completed : Cli::FailedOrCancelled;
}

} // namespace

namespace Cli {

int runMonitor(const QStringList &arguments)
{
    const QString command = u"monitor"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(
        {u"provider"_s, tr("The API: %1.").arg(RemoteProviders::ids().join(u" | "_s)), tr("P")});
    parser.addOption({u"job"_s, tr("The job id the service gave."), tr("ID")});
    parser.addOption({u"base-url"_s,
                      tr("Where the API is (default: the service's; a self-hosted Firecrawl's "
                         "URL for one)."),
                      tr("URL")});
    parser.addOption({u"api-key-env"_s,
                      tr("The environment variable that holds the API key (the key itself is "
                         "never stored)."),
                      tr("VAR")});
    parser.addOption({u"min-interval"_s,
                      tr("Milliseconds between looks while the job changes (default 2000)."),
                      tr("MS")});
    parser.addOption({u"max-interval"_s,
                      tr("Milliseconds between looks at most, while it does not (default 30000)."),
                      tr("MS")});
    if (auto exit = parse(parser, arguments, command,
                          tr("Follow a job running on a hosted crawl API until it ends, storing "
                             "every page it returns once; prints the local job id. Run again "
                             "after an interruption to go on where it stopped. Exit codes: 0 "
                             "completed, 1 failed, cancelled or expired (pages kept), 2 bad "
                             "usage, a refused key, or a job another live process monitors.")))
        return *exit;
    if (parser.positionalArguments().size() > 1) // the first is the command
        return usageError(command, tr("takes no arguments; give --provider and --job."));
    const QString provider = parser.value(u"provider"_s);
    if (!parser.isSet(u"provider"_s))
        return usageError(
            command, tr("--provider is required (%1).").arg(RemoteProviders::ids().join(u", "_s)));
    if (!RemoteProviders::isKnown(provider))
        return usageError(command, tr("--provider: unknown \"%1\"; one of %2.")
                                       .arg(provider, RemoteProviders::ids().join(u", "_s)));
    const QString remoteId = parser.value(u"job"_s).trimmed();
    if (remoteId.isEmpty())
        return usageError(command, tr("--job is required: the id the service gave the job."));
    QUrl baseUrl = RemoteProviders::defaultBaseUrl(provider);
    if (parser.isSet(u"base-url"_s)) {
        baseUrl = QUrl(parser.value(u"base-url"_s), QUrl::StrictMode);
        if (!baseUrl.isValid() || baseUrl.host().isEmpty()
            || (baseUrl.scheme() != u"http"_s && baseUrl.scheme() != u"https"_s))
            return usageError(command, tr("--base-url: \"%1\" is not an http or https URL.")
                                           .arg(parser.value(u"base-url"_s)));
    }
    QString key;
    if (parser.isSet(u"api-key-env"_s)) {
        const QString variable = parser.value(u"api-key-env"_s);
        key = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (key.isEmpty())
            return usageError(command,
                              tr("--api-key-env: the environment variable %1 is not set or empty.")
                                  .arg(variable));
    }
    MonitorTiming timing;
    const auto minInterval = intOption(parser, u"min-interval"_s, command, timing.minIntervalMs, 1);
    if (!minInterval)
        return BadUsage;
    const auto maxInterval =
        intOption(parser, u"max-interval"_s, command, timing.maxIntervalMs, *minInterval);
    if (!maxInterval)
        return BadUsage;
    timing.minIntervalMs = *minInterval;
    timing.maxIntervalMs = *maxInterval;

    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    StoreWriter writer(store->path());
    QString error;
    if (!writer.start(&error)) {
        err() << "trawl monitor: " << error << Qt::endl;
        return FailedOrCancelled;
    }
    // The key is held for this process only: the command line never writes a keychain.
    SecretStore secrets(u"trawl"_s, SecretStore::Backend::MemoryOnly);
    RemoteJobs jobs(*store, writer, secrets, timing);
    const bool quiet = parser.isSet(u"quiet"_s);
    const std::optional<QString> jobId = jobs.monitor(provider, baseUrl, remoteId, key, &error);
    if (!jobId)
        return usageError(command, error);
    out() << *jobId << Qt::endl;
    RemoteMonitor *monitor = jobs.monitorFor(*jobId);
    if (!monitor) {
        // It ended before: nothing more to fetch.
        const JobState state = store->job(*jobId)->state;
        if (!quiet)
            err() << tr("Job %1 already ended %2.").arg(*jobId, JobStates::toString(state))
                  << Qt::endl;
        return exitCodeFor(state);
    }
    int result = FailedOrCancelled;
    QObject::connect(monitor, &RemoteMonitor::logged, monitor,
                     [quiet](const QString &level, const QString &message) {
                         if (!quiet || level == u"error"_s)
                             err() << level << ": " << message << Qt::endl;
                     });
    QObject::connect(monitor, &RemoteMonitor::finished, monitor, [&result](JobState state) {
        result = exitCodeFor(state);
        QCoreApplication::quit();
    });
    QObject::connect(
        monitor, &RemoteMonitor::keyRejected, monitor, [&result, command](const QString &message) {
            result = usageError(command, tr("the service refused the API key (%1); the job stays "
                                            "as it is: run again with a valid --api-key-env.")
                                             .arg(message));
            QCoreApplication::quit();
        });
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, monitor, [&result, quiet] {
        if (!quiet)
            err() << tr("Interrupted: run the same command again to go on.") << Qt::endl;
        result = FailedOrCancelled;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    writer.flush();
    if (!quiet) {
        if (const auto job = store->job(*jobId)) {
            err() << tr("Job %1 %2: %3 pages, %4 failed.")
                         .arg(*jobId, JobStates::toString(job->state))
                         .arg(job->pagesDone())
                         .arg(job->pagesFailed)
                  << Qt::endl;
        }
    }
    return result;
}

} // namespace Cli
