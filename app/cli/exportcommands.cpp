// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl status JOB`, `trawl export JOB` and `trawl import FILE`.
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "export/exporter.h"
#include "export/importer.h"
#include "export/jobsnapshot.h"
#include "export/markdownfolderexport.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString markdownDir = u"markdown-dir"_s;

QStringList exportFormats()
{
    return Exporters::formats() << markdownDir;
}

std::unique_ptr<Exporter> exporterFor(const QString &format, const QString &command, int *exitCode)
{
    auto exporter = Exporters::create(format);
    if (!exporter) {
        *exitCode = Cli::usageError(
            command, QCoreApplication::translate("Cli", "unknown format \"%1\" (known: %2).")
                         .arg(format, exportFormats().join(u", "_s)));
    }
    return exporter;
}

} // namespace

namespace Cli {

int runStatus(const QStringList &arguments)
{
    const QString command = u"status"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(
        u"job"_s, QCoreApplication::translate("Cli", "The job id, or its first characters."),
        u"JOB"_s);
    parser.addOption(
        {u"format"_s,
         QCoreApplication::translate("Cli", "The status format: %1 (default firecrawl-v1).")
             .arg(Exporters::formats().join(u", "_s)),
         u"F"_s});
    parser.addOption(
        {u"page"_s,
         QCoreApplication::translate("Cli", "Which page of the answer (from 1): Geonode's page, or "
                                            "the N-th 10 MB chunk of Firecrawl v1 (default 1)."),
         u"N"_s});
    parser.addOption(
        {u"page-size"_s,
         QCoreApplication::translate("Cli", "Geonode's page_size, 1 to 50 (default 10)."), u"N"_s});
    if (auto exit =
            parse(parser, arguments, command,
                  QCoreApplication::translate(
                      "Cli", "Print a job as the service's status endpoint would answer now.")))
        return *exit;
    int exitCode = Completed;
    const auto page = intOption(parser, u"page"_s, command, 1, 1);
    const auto pageSize = intOption(parser, u"page-size"_s, command, 0, 1);
    if (!page || !pageSize)
        return BadUsage;
    const QString format =
        parser.value(u"format"_s).isEmpty() ? u"firecrawl-v1"_s : parser.value(u"format"_s);
    const auto exporter = exporterFor(format, command, &exitCode);
    if (!exporter)
        return exitCode;
    std::unique_ptr<JobStore> store;
    const auto job = jobArgument(parser, command, store, &exitCode);
    if (!job)
        return exitCode;

    const JobSnapshot snapshot(*store, *job);
    ExportRequest request;
    request.isFile = false;
    request.page = *page;
    request.pageSize = *pageSize;
    request.nextBaseUrl = u"trawl://jobs/%1"_s.arg(job->id);
    // Firecrawl v1 pages by `skip`: walk the earlier chunks to find where page N starts.
    if (format == u"firecrawl-v1"_s) {
        for (int chunk = 1; chunk < *page; ++chunk) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QString error;
            if (!exporter->write(snapshot, request, buffer, &error))
                return usageError(command, error);
            const QJsonObject answer = QJsonDocument::fromJson(buffer.data()).object();
            const QString next = answer.value(u"next"_s).toString();
            if (next.isEmpty())
                return usageError(command, QCoreApplication::translate(
                                               "Cli", "there is no page %1; the answer has %2.")
                                               .arg(*page)
                                               .arg(chunk));
            request.skip = QUrlQuery(QUrl(next)).queryItemValue(u"skip"_s).toLongLong();
        }
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return usageError(command, out.errorString());
    QString error;
    if (!exporter->write(snapshot, request, out, &error))
        return usageError(command, error);
    out.write("\n");
    return Completed;
}

int runExport(const QStringList &arguments)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(
        u"job"_s, QCoreApplication::translate("Cli", "The job id, or its first characters."),
        u"JOB"_s);
    parser.addOption(
        {u"format"_s,
         QCoreApplication::translate("Cli", "One of: %1.").arg(exportFormats().join(u", "_s)),
         u"F"_s});
    parser.addOption(
        {u"output"_s,
         QCoreApplication::translate(
             "Cli", "The file to write (a folder for markdown-dir). It appears only when "
                    "complete."),
         u"PATH"_s});
    if (auto exit =
            parse(parser, arguments, command,
                  QCoreApplication::translate(
                      "Cli", "Write a job to a file in a documented status format, jsonl, csv "
                             "or a folder of markdown files.")))
        return *exit;
    if (!parser.isSet(u"format"_s))
        return usageError(command, QCoreApplication::translate("Cli", "--format is required (%1).")
                                       .arg(exportFormats().join(u", "_s)));
    if (!parser.isSet(u"output"_s))
        return usageError(command, QCoreApplication::translate("Cli", "--output is required."));
    const QString format = parser.value(u"format"_s);
    const QString output = parser.value(u"output"_s);
    int exitCode = Completed;
    std::unique_ptr<Exporter> exporter;
    if (format != markdownDir) {
        exporter = exporterFor(format, command, &exitCode);
        if (!exporter)
            return exitCode;
    }
    std::unique_ptr<JobStore> store;
    const auto job = jobArgument(parser, command, store, &exitCode);
    if (!job)
        return exitCode;

    const JobSnapshot snapshot(*store, *job);
    QString error;
    if (format == markdownDir) {
        if (!MarkdownFolderExport::write(snapshot, output, &error))
            return usageError(command, error);
    } else {
        // QSaveFile writes beside the target and renames on commit: a failed export leaves
        // nothing half-written.
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly))
            return usageError(command, QCoreApplication::translate("Cli", "cannot write %1: %2")
                                           .arg(output, file.errorString()));
        if (!exporter->write(snapshot, ExportRequest{}, file, &error)) {
            file.cancelWriting();
            return usageError(command, error);
        }
        if (!file.commit())
            return usageError(command, QCoreApplication::translate("Cli", "cannot write %1: %2")
                                           .arg(output, file.errorString()));
    }
    if (!parser.isSet(u"quiet"_s))
        err() << QCoreApplication::translate("Cli", "Exported job %1 (%2 pages) as %3 to %4.")
                     .arg(job->id)
                     .arg(snapshot.pageCount())
                     .arg(format, output)
              << Qt::endl;
    return Completed;
}

int runImport(const QStringList &arguments)
{
    const QString command = u"import"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addPositionalArgument(
        u"file"_s, QCoreApplication::translate("Cli", "A status document or a jsonl export."),
        u"FILE"_s);
    parser.addOption({u"format"_s,
                      QCoreApplication::translate(
                          "Cli", "The file's format: %1 (default: recognized from the file).")
                          .arg(Importer::formats().join(u", "_s)),
                      u"F"_s});
    if (auto exit = parse(parser, arguments, command,
                          QCoreApplication::translate(
                              "Cli", "Read an exported file into a new job; prints its id.")))
        return *exit;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1)
        return usageError(command, QCoreApplication::translate("Cli", "one file is required."));
    const QString format = parser.value(u"format"_s);
    if (!format.isEmpty() && !Importer::formats().contains(format))
        return usageError(command,
                          QCoreApplication::translate("Cli", "unknown format \"%1\" (known: %2).")
                              .arg(format, Importer::formats().join(u", "_s)));
    QString error;
    auto imported = Importer::read(positional.constFirst(), format, &error);
    if (!imported)
        return usageError(command, error);
    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    StoreWriter writer(store->path());
    if (!writer.start(&error))
        return usageError(command, error);
    const auto id = Importer::store(*store, writer, std::move(*imported), &error);
    if (!id)
        return usageError(command, error);
    out() << *id << Qt::endl;
    return Completed;
}

} // namespace Cli
