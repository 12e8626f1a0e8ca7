// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"

#include "store/jobstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

int runJobs(const QStringList &arguments)
{
    const QString command = u"jobs"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    if (auto exit = parse(parser, arguments, command,
                          QCoreApplication::translate(
                              "Cli", "List the jobs, newest first: id, provider, state, pages "
                                     "done/total, failed pages, start URL.")))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return usageError(command, QCoreApplication::translate("Cli", "takes no arguments."));
    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    for (const JobInfo &job : store->jobs()) {
        const qint64 discovered = std::max(job.urlsDiscovered, job.pagesDone());
        const qint64 total =
            job.isLocal() ? std::min<qint64>(discovered, job.options.limit) : discovered;
        out() << job.id << '\t' << job.provider << '\t' << JobStates::toString(job.state) << '\t'
              << job.pagesDone() << '/' << total << '\t' << job.pagesFailed << '\t' << job.startUrl
              << '\n';
    }
    out().flush();
    return Completed;
}

} // namespace Cli
