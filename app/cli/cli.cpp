// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/clicommon.h"
#include "cli/commands.h"
#include "model/crawloptions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char16_t *name;
    int (*run)(const QStringList &arguments);
};

constexpr Command commands[] = {
    {u"crawl", Cli::runCrawl},   {u"jobs", Cli::runJobs},       {u"resume", Cli::runResume},
    {u"cancel", Cli::runCancel}, {u"status", Cli::runStatus},   {u"export", Cli::runExport},
    {u"import", Cli::runImport}, {u"monitor", Cli::runMonitor}, {u"serve", Cli::runServe},
};

int printHelp()
{
    Cli::out() << QCoreApplication::translate(
        "Cli", "Usage: trawl [COMMAND] [options]\n"
               "\n"
               "Trawl crawls websites into a local database and keeps jobs of hosted crawl\n"
               "APIs beside them. Without a command it opens the window.\n"
               "\n"
               "Commands:\n"
               "  crawl URL [options]   crawl a site to the end; prints the job id first\n"
               "  jobs                  list the jobs in the database\n"
               "  resume JOB            continue a paused or interrupted crawl\n"
               "  cancel JOB            cancel a job, also one running in another process\n"
               "  status JOB            the job as a service's status endpoint answers it\n"
               "  export JOB            write a job to a file (--format, --output)\n"
               "  import FILE           read an exported file into a new job\n"
               "  monitor               follow a job on a hosted crawl API until it ends\n"
               "  serve                 answer Firecrawl's API on 127.0.0.1 (--port, --token-env)\n"
               "\n"
               "Options:\n"
               "  --db PATH             the job database (every command and the window)\n"
               "  -h, --help            show this help, or a command's with COMMAND --help\n"
               "  -v, --version         show the version\n"
               "\n"
               "Exit codes: 0 completed, 1 failed or cancelled, 2 bad usage or input.\n");
    Cli::out().flush();
    return Cli::Completed;
}

} // namespace

namespace Cli {

bool wantsCli(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    // `trawl --db PATH` opens the window on another database; anything else is the CLI.
    return !(arguments.size() == 2 && arguments.first() == u"--db"_s);
}

bool mayRender(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    if (command == u"resume"_s || command == u"serve"_s)
        return true;
    if (command != u"crawl"_s)
        return false;
    const QString staticMode = CrawlOptions::renderModeName(CrawlOptions::RenderMode::Static);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--config"_s || argument.startsWith(u"--config="_s))
            return true;
        if (argument == u"--render"_s && arguments.value(i + 1) != staticMode)
            return true;
        if (argument.startsWith(u"--render="_s) && argument.sliced(9) != staticMode)
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == u"-h"_s || first == u"--help"_s || first == u"help"_s)
        return printHelp();
    if (first == u"-v"_s || first == u"--version"_s) {
        out() << "trawl " << QCoreApplication::applicationVersion() << Qt::endl;
        return Completed;
    }
    for (const Command &command : commands) {
        if (first == QStringView(command.name))
            return command.run(arguments);
    }
    if (first.startsWith(u'-'))
        return usageError(
            {}, QCoreApplication::translate("Cli", "unknown option \"%1\"; see trawl --help.")
                    .arg(first));
    return usageError(first,
                      QCoreApplication::translate("Cli", "unknown command; see trawl --help."));
}

} // namespace Cli
