// SPDX-License-Identifier: GPL-3.0-or-later
// Converts every .html file under a folder to markdown (HtmlTree::parse + MarkdownWriter::convert
// of the body), single-threaded, and prints the throughput; turndown_bench.js is the reference.
// Usage: bench_markdown DIR [ROUNDS]
#include "extract/htmltree.h"
#include "extract/markdownwriter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [ROUNDS]\n", argv[0]);
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const int rounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 1;

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
        const QString relative = QDir(dir).relativeFilePath(file);
        pages.append({QUrl(u"http://127.0.0.1:8080/"_s + relative), f.readAll()});
        bytes += pages.last().html.size();
    }

    qint64 characters = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const Page &page : std::as_const(pages)) {
            const HtmlTree tree = HtmlTree::parse(page.html);
            MarkdownOptions options;
            options.baseUrl = page.url;
            characters += MarkdownWriter::convert(tree, tree.body(), options).size();
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double megabytes = double(bytes) * rounds / 1e6;
    std::printf("trawl: %lld pages, %.1f MB of HTML in %.2f s = %.2f MB/s (%lld characters of "
                "markdown)\n",
                qint64(pages.size()), megabytes, seconds, megabytes / seconds, characters);
    return 0;
}
