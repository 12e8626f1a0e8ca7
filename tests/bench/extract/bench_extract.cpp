// SPDX-License-Identifier: GPL-3.0-or-later
// Runs PageExtractor over every .html file under a folder, single-threaded, as the crawler's parse
// pool does for each fetched page, and prints the CPU time per page (the process's, so that other
// load on the machine matters less than with wall time). Without markdown and html among
// the formats no tree is built (HtmlTree::scan); with them, the tree is built and walked.
// Usage: bench_extract DIR [ROUNDS] [FORMATS]   (FORMATS: comma-separated, default rawHtml,links)
#include "extract/pageextractor.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [ROUNDS] [FORMATS]\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;
    const QStringList formats =
        QString::fromLocal8Bit(argc > 3 ? argv[3] : "rawHtml,links").split(u',');

    PageExtractor::Options options;
    options.markdown = formats.contains(u"markdown"_s);
    options.html = formats.contains(u"html"_s);
    options.rawHtml = formats.contains(u"rawHtml"_s);
    options.links = formats.contains(u"links"_s);
    const auto extractor = PageExtractor::create(options, nullptr);

    struct Page
    {
        QUrl url;
        QByteArray html;
    };
    QStringList files;
    QDirIterator it(dir, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QList<Page> pages;
    qint64 bytes = 0;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        pages.append(
            {QUrl(u"http://127.0.0.1:8080/"_s + QDir(dir).relativeFilePath(file)), f.readAll()});
        bytes += pages.last().html.size();
    }
    if (pages.isEmpty()) {
        std::fprintf(stderr, "no .html files under %s\n", argv[1]);
        return 1;
    }

    qint64 links = 0;
    qint64 keys = 0;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    for (int round = 0; round < rounds; ++round) {
        for (const Page &page : std::as_const(pages)) {
            const PageExtractor::Result result =
                extractor->extract(page.html, QString(), page.url, u"Trawl"_s);
            links += result.links.size();
            keys += result.metadata.size();
        }
    }
    const double cpu = cpuSeconds() - cpuStart;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double count = double(pages.size()) * rounds;
    std::printf("%s: %lld pages (%.1f MB) x %d rounds: %.1f us CPU per page = %.1f MB/s "
                "(%.2f s CPU, %.2f s wall; %lld links, %lld metadata keys)\n",
                qPrintable(formats.join(u',')), qint64(pages.size()), double(bytes) / 1e6, rounds,
                cpu / count * 1e6, double(bytes) * rounds / 1e6 / cpu, cpu, seconds, links, keys);
    return 0;
}
