// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/crawlflags.h"
#include "cli/crawlsession.h"
#include "crawl/renderservice.h"
#include "export/exporter.h"
#include "samplesite/samplecrawl.h"
#include "samplesite/samplesiteserver.h"
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
    parser.addOption({u"export"_s,
                      QCoreApplication::translate("Cli", "When the crawl ends, export it in "
                                                         "format F (see trawl export)."),
                      u"F"_s});
    parser.addOption(
        {u"output"_s, QCoreApplication::translate("Cli", "Where --export writes."), u"PATH"_s});
    parser.addOption({u"sample-site"_s,
                      QCoreApplication::translate(
                          "Cli", "Crawl the sample site built into Trawl instead of a URL (served "
                                 "on 127.0.0.1 while the crawl runs; works offline).")});
    if (auto exit = parse(parser, arguments, command,
                          QCoreApplication::translate(
                              "Cli", "Crawl a site to the end and store every page. Prints the "
                                     "job id on the first line.")))
        return *exit;
    // The sample site answers from this thread's event loop, which runs while the crawl does.
    SampleSiteServer sampleSite;
    QUrl sampleSiteUrl;
    if (parser.isSet(u"sample-site"_s)) {
        QString error;
        if (!sampleSite.listen(0, &error)) {
            err() << u"trawl crawl: "_s << error << Qt::endl;
            return FailedOrCancelled;
        }
        sampleSiteUrl = sampleSite.url();
    }
    const auto options = crawlOptionsFromFlags(parser, command, sampleSiteUrl);
    if (!options)
        return BadUsage;
    const auto renderers = renderersFromFlags(parser, command, RenderService::defaultPagesAtOnce);
    if (!renderers)
        return BadUsage;
    if (parser.isSet(u"export"_s) != parser.isSet(u"output"_s))
        return usageError(command,
                          QCoreApplication::translate("Cli", "--export and --output go together."));
    const QString exportFormat = parser.value(u"export"_s);
    if (parser.isSet(u"export"_s) && !Exporters::formats().contains(exportFormat)
        && exportFormat != u"markdown-dir"_s)
        return usageError(command,
                          QCoreApplication::translate("Cli", "unknown --export format \"%1\".")
                              .arg(exportFormat));

    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    JobInfo job;
    job.options = *options;
    if (parser.isSet(u"sample-site"_s))
        SampleCrawl::mark(job);                   // `trawl resume` serves the site again
    job.extra.insert(renderersKey(), *renderers); // `trawl resume` renders as many at once
    QString error;
    if (!store->createJob(job, &error))
        return usageError(command, error);
    out() << job.id << Qt::endl;
    const int crawled = runCrawlSession(*store, job.id, parser.isSet(u"quiet"_s), *renderers);
    if (!parser.isSet(u"export"_s) || crawled == BadUsage)
        return crawled;
    // Whatever the crawl's end, what it stored is exported.
    QStringList exportArguments{u"export"_s,  job.id,        u"--format"_s,
                                exportFormat, u"--output"_s, parser.value(u"output"_s),
                                u"--db"_s,    store->path()};
    if (parser.isSet(u"quiet"_s))
        exportArguments << u"--quiet"_s;
    const int exported = runExport(exportArguments);
    return exported != Completed ? exported : crawled;
}

} // namespace Cli
