// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark: writes N synthetic pages (default 100,000, ~3 KB of markdown each) straight
// into a store, then exports the job in every JSON format, timing each and printing MB/s of JSON
// written and the process's peak RSS growth during the exports.
//   bench_export [PAGES] [FOLDER]
#include "export/exporter.h"
#include "export/jobsnapshot.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int pages = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir temporary;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    const QString path = folder + u"/bench.sqlite"_s;
    QFile::remove(path);

    JobStore store(path);
    QString error;
    if (!store.open(&error)) {
        out << error << Qt::endl;
        return 1;
    }
    JobInfo job;
    job.options.url = QUrl(u"https://bench.test/"_s);
    job.options.limit = pages;
    store.createJob(job, &error);
    {
        StoreWriter writer(path);
        writer.start(&error);
        writer.setJobState(job.id, JobState::Running);
        const QString paragraph =
            u"Trawl stores every page of a crawl in SQLite and exports it in the formats the "
            "hosted crawl APIs document. Ünïcödé and \"quotes\" and \\ backslashes too.\n\n"_s;
        QElapsedTimer fill;
        fill.start();
        for (int i = 0; i < pages; ++i) {
            PageRecord page;
            page.jobId = job.id;
            page.index = i;
            page.url = u"https://bench.test/section-%1/page-%2/"_s.arg(i % 50).arg(i);
            page.finalUrl = page.url;
            page.depth = 1 + i % 4;
            page.state = i % 20 == 19 ? PageState::Failed : PageState::Completed;
            page.httpStatus = page.state == PageState::Completed ? 200 : 503;
            page.error = page.state == PageState::Completed ? PageError::None : PageError::Http5xx;
            page.contentType = u"text/html"_s;
            page.title = u"Page %1"_s.arg(i);
            page.description = u"The description of page %1"_s.arg(i);
            page.language = u"en"_s;
            page.markdown = u"# Page %1\n\n"_s.arg(i) + paragraph.repeated(14);
            page.links = {u"https://bench.test/a"_s, u"https://bench.test/b"_s};
            page.metadata = QJsonObject{{u"title"_s, page.title}, {u"og:type"_s, u"article"_s}};
            writer.storePage(page, page.url);
        }
        writer.setJobState(job.id, JobState::Completed);
        writer.flush();
        out << "filled " << pages << " pages in " << fill.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    const long before = peakRssKb();
    out << "peak RSS before the exports: " << before / 1024 << " MiB" << Qt::endl;
    const auto current = store.job(job.id);
    for (const QString &format : Exporters::formats()) {
        const auto exporter = Exporters::create(format);
        const JobSnapshot snapshot(store, *current);
        QSaveFile file(folder + u"/export."_s + format);
        file.open(QIODevice::WriteOnly);
        QElapsedTimer timer;
        timer.start();
        if (!exporter->write(snapshot, ExportRequest{}, file, &error)) {
            out << format << ": " << error << Qt::endl;
            return 1;
        }
        file.commit();
        const double seconds = timer.elapsed() / 1000.0;
        const double megabytes = QFile(file.fileName()).size() / 1e6;
        out << format << ": " << megabytes << " MB in " << seconds << " s = " << megabytes / seconds
            << " MB/s; peak RSS " << peakRssKb() / 1024 << " MiB (+"
            << (peakRssKb() - before) / 1024 << ")" << Qt::endl;
    }
    return 0;
}
