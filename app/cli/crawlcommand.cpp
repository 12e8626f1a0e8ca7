// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/crawlflags.h"
#include "cli/crawlsession.h"
#include "store/jobstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Cli {

int runCrawl(const QStringList &arguments)
{
    const QString command = u"crawl"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    addCrawlFlags(parser);
    if (auto exit = parse(parser, arguments, command,
                          QCoreApplication::translate(
                              "Cli", "Crawl a site to the end and store every page. Prints the "
                                     "job id on the first line.")))
        return *exit;
    const auto options = crawlOptionsFromFlags(parser, command);
    if (!options)
        return BadUsage;

    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    JobInfo job;
    job.options = *options;
    QString error;
    if (!store->createJob(job, &error))
        return usageError(command, error);
    out() << job.id << Qt::endl;
    return runCrawlSession(*store, job.id, parser.isSet(u"quiet"_s));
}

} // namespace Cli
