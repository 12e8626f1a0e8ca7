// SPDX-License-Identifier: GPL-3.0-or-later
// Responsiveness of the window while a large crawl runs: the real MainWindow, the job selected
// and its view open (the pages table sorted, a page selected and open in the inspector, or the
// Charts tab), the GUI thread's event-loop latency (a 10 ms timer, how late each tick fires) and
// the process's memory over the crawl.
//
//   bench_ui_responsiveness --url URL [--db PATH] [--limit N] [--concurrency N]
//                           [--tab pages|charts] [--sort-column url|index|depth|...]
//                           [--external TRAWL] [--baseline S]
//
// In-process (default): the crawl is started by the window's controller and runs on its thread
// in this process, as when started from the New crawl dialog; the window follows the writer's
// signals. With --external TRAWL, `TRAWL crawl` runs in another process and the window follows
// it through the database: the memory figures are then the window's alone. Prints figures;
// asserts nothing (tests/bench/README.md).
#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/jobcontroller.h"
#include "ui/jobview.h"
#include "ui/jobview/pagesmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

// Measures every event the GUI thread handles: the CPU time of the longest ones is the view's
// own cost; a tick's lateness beyond it is the thread waiting for a CPU (a loaded machine).
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_recording && event->type() == QEvent::Paint
            && qEnvironmentVariableIsSet("BENCH_PAINTS")) {
            // Which widgets paint, and what it costs (nested in the window's UpdateRequest).
            const qint64 paintStart = threadCpuNs();
            const bool result = QApplication::notify(receiver, event);
            const QObject *owner = receiver->parent() ? receiver->parent() : receiver;
            Slow &paint = paints[u"%1 \"%2\" of %3 \"%4\""_s.arg(
                QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName(),
                QString::fromLatin1(owner->metaObject()->className()), owner->objectName())];
            ++paint.count;
            const double ms = double(threadCpuNs() - paintStart) / 1e6;
            paint.totalMs += ms;
            paint.maxMs = std::max(paint.maxMs, ms);
            return result;
        }
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = threadCpuNs();
        QElapsedTimer wall;
        wall.start();
        const bool result = QApplication::notify(receiver, event);
        const double wallMs = double(wall.nsecsElapsed()) / 1e6;
        if (m_recording && qEnvironmentVariableIsSet("BENCH_LAYOUTS")
            && event->type() == QEvent::LayoutRequest) {
            const QObject *parent = receiver->parent();
            ++layoutRequests[u"%1 \"%2\" in %3 \"%4\""_s.arg(
                QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName(),
                parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
                parent ? parent->objectName() : QString())];
        }
        if (m_recording) {
            const double ms = double(threadCpuNs() - start) / 1e6;
            cpuMs.push_back(ms);
            if (wallMs - ms >= 20) {
                // Handled in much more time than it used: waiting for a CPU, or blocked.
                Slow &slow =
                    waited[u"%1 \"%2\" event %3"_s
                               .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                    receiver->objectName())
                               .arg(int(event->type()))];
                ++slow.count;
                slow.totalMs += wallMs - ms;
                slow.maxMs = std::max(slow.maxMs, wallMs - ms);
            }
            if (ms >= slowMs) {
                // What took long: the receiver (timers by their object name) and the event.
                const QObject *target = receiver;
                const QString what =
                    u"%1 \"%2\" event %3"_s
                        .arg(QString::fromLatin1(target->metaObject()->className()),
                             target->objectName())
                        .arg(int(event->type()));
                Slow &slow = slowEvents[what];
                ++slow.count;
                slow.totalMs += ms;
                slow.maxMs = std::max(slow.maxMs, ms);
            }
        }
        --m_depth;
        return result;
    }
    void record(bool on) { m_recording = on; }
    static constexpr double slowMs = 8.0;
    struct Slow
    {
        int count = 0;
        double totalMs = 0;
        double maxMs = 0;
    };
    std::vector<double> cpuMs;
    QHash<QString, Slow> slowEvents;    // events of slowMs or more, by what handled them
    QHash<QString, int> layoutRequests; // with BENCH_LAYOUTS set: who laid out how often
    QHash<QString, Slow> paints;        // with BENCH_PAINTS set: who painted, at what cost
    QHash<QString, Slow> waited;        // events that took 20 ms longer than their CPU time

private:
    int m_depth = 0;
    bool m_recording = false;
};

qint64 rssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(
        std::min<double>(double(values.size() - 1), p / 100.0 * double(values.size() - 1) + 0.5));
    return values[at];
}

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"TrawlBench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"Start URL of the crawl."_s, u"URL"_s});
    parser.addOption({u"db"_s, u"Database file (default: a temporary one)."_s, u"PATH"_s});
    parser.addOption({u"limit"_s, u"Page limit."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"concurrency"_s, u"Concurrent requests."_s, u"N"_s, u"8"_s});
    parser.addOption(
        {u"sort-column"_s, u"url, index, depth, status, title, size."_s, u"NAME"_s, u"url"_s});
    parser.addOption({u"tab"_s, u"The job view's tab: pages or charts."_s, u"TAB"_s, u"pages"_s});
    parser.addOption({u"no-selection"_s,
                      u"Select no page (by default the first row is selected and opened)."_s});
    parser.addOption({u"external"_s, u"Run the crawl with this trawl binary."_s, u"TRAWL"_s});
    parser.addOption({u"baseline"_s,
                      u"First measure the idle event loop for S seconds (the machine's share)."_s,
                      u"S"_s, u"0"_s});
    parser.process(app);
    if (!parser.isSet(u"url"_s)) {
        std::fprintf(stderr, "--url is required\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : dir.filePath(u"bench.sqlite"_s);
    JobStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    StoreWriter writer(path);
    if (!writer.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CrawlRunner runner(path, &writer);
    AppSettings settings(dir.filePath(u"settings/trawl.ini"_s));
    MainWindow window(&store, &writer, &runner, &settings);
    window.resize(1400, 900);
    window.show();
    JobView &view = *window.jobView();
    const bool charts = parser.value(u"tab"_s) == u"charts"_s;

    const QHash<QString, PagesModel::Column> columns{
        {u"url"_s, PagesModel::UrlColumn},     {u"index"_s, PagesModel::IndexColumn},
        {u"depth"_s, PagesModel::DepthColumn}, {u"status"_s, PagesModel::StatusColumn},
        {u"title"_s, PagesModel::TitleColumn}, {u"size"_s, PagesModel::SizeColumn},
    };
    const PagesModel::Column sortColumn =
        columns.value(parser.value(u"sort-column"_s), PagesModel::UrlColumn);
    // The job's view as a person looking at it: sorted, the first page selected and open in the
    // inspector (the selection follows its page as the rows move), or the Charts tab.
    bool looking = false;
    const auto lookAt = [&](const QString &jobId) {
        window.refresh();
        window.selectJob(jobId);
        view.tabs()->setCurrentIndex(JobView::PagesTab);
        view.pagesTable()->sortByColumn(view.pagesModel()->sectionOf(sortColumn),
                                        Qt::DescendingOrder);
        looking = true;
    };
    QTimer opener; // once the first pages are there: select and open one
    opener.setInterval(100);
    QObject::connect(&opener, &QTimer::timeout, &app, [&] {
        if (!looking || view.pagesModel()->rowCount() == 0)
            return;
        opener.stop();
        if (!parser.isSet(u"no-selection"_s)) {
            view.pagesTable()->selectRow(0);
            view.openPage(view.pagesModel()->pageIndexAt(0));
        }
        if (charts)
            view.tabs()->setCurrentIndex(JobView::ChartsTab);
    });
    opener.start();

    // Event-loop latency: how late a 10 ms timer fires.
    constexpr int tickMs = 10;
    std::vector<double> lateness;
    lateness.reserve(1 << 20);
    QElapsedTimer tickClock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(tickMs);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        const double elapsed = double(tickClock.nsecsElapsed()) / 1e6;
        tickClock.start();
        lateness.push_back(std::max(0.0, elapsed - tickMs));
    });

    // A person looking around: every second the table jumps to another place and back down.
    int jump = 0;
    QTimer scroller;
    scroller.setInterval(1000);
    QObject::connect(&scroller, &QTimer::timeout, &app, [&] {
        QScrollBar *bar = view.pagesTable()->verticalScrollBar();
        const int spots[] = {bar->maximum() / 2, bar->maximum(), 0, bar->maximum() / 3};
        bar->setValue(spots[jump++ % 4]);
    });

    struct Sample
    {
        qint64 atMs;
        qint64 pages;
        qint64 rss;
        int cachedRows;
    };
    QList<Sample> samples;
    QElapsedTimer clock;
    QString jobId;
    const auto sample = [&] {
        samples << Sample{clock.elapsed(), jobId.isEmpty() ? 0 : store.pageCount(jobId), rssKb(),
                          view.pagesModel()->cachedRows()};
    };
    QTimer sampler;
    sampler.setInterval(2000);
    QObject::connect(&sampler, &QTimer::timeout, &app, sample);

    if (const int idle = parser.value(u"baseline"_s).toInt(); idle > 0) {
        std::vector<double> idleLateness;
        QElapsedTimer idleClock;
        QTimer idleTicker;
        idleTicker.setTimerType(Qt::PreciseTimer);
        idleTicker.setInterval(tickMs);
        QObject::connect(&idleTicker, &QTimer::timeout, &app, [&] {
            idleLateness.push_back(std::max(0.0, double(idleClock.nsecsElapsed()) / 1e6 - tickMs));
            idleClock.start();
        });
        idleClock.start();
        idleTicker.start();
        // A loop of its own: QCoreApplication::quit() would close the view.
        QEventLoop loop;
        QTimer::singleShot(idle * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        std::printf("baseline, idle event loop for %d s (no crawl, no view updates): p50 %.2f ms, "
                    "p99 %.2f ms, max %.2f ms\n",
                    idle, percentile(idleLateness, 50), percentile(idleLateness, 99),
                    percentile(idleLateness, 100));
    }

    QProcess external;
    bool finished = false;
    const auto begin = [&] {
        app.record(true);
        clock.start();
        tickClock.start();
        ticker.start();
        scroller.start();
        sampler.start();
        sample();
    };
    if (parser.isSet(u"external"_s)) {
        external.setProgram(parser.value(u"external"_s));
        external.setArguments({u"crawl"_s, parser.value(u"url"_s), u"--db"_s, path, u"--limit"_s,
                               parser.value(u"limit"_s), u"--concurrency"_s,
                               parser.value(u"concurrency"_s), u"--quiet"_s});
        external.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&external, &QProcess::finished, &app, [&] {
            finished = true;
            QTimer::singleShot(3000, &app, &QCoreApplication::quit); // the last poll
        });
        // The job appears in the store once the crawler created it.
        auto *finder = new QTimer(&app);
        QObject::connect(finder, &QTimer::timeout, &app, [&, finder] {
            const QList<JobInfo> jobs = store.jobs();
            if (jobs.isEmpty())
                return;
            finder->stop();
            jobId = jobs.constFirst().id;
            lookAt(jobId);
        });
        finder->start(50);
        begin();
        external.start();
    } else {
        CrawlOptions options;
        options.url = QUrl(parser.value(u"url"_s));
        options.limit = parser.value(u"limit"_s).toInt();
        options.concurrency = parser.value(u"concurrency"_s).toInt();
        options.formats = {u"markdown"_s, u"html"_s, u"rawHtml"_s, u"links"_s};
        QObject::connect(&runner, &CrawlRunner::finished, &app, [&] {
            finished = true;
            QTimer::singleShot(1000, &app, &QCoreApplication::quit); // the last refresh
        });
        begin();
        const auto started = window.controller()->startNew(options, &error);
        if (!started) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        jobId = *started;
        lookAt(jobId);
    }
    app.exec();
    ticker.stop();
    app.record(false);
    sample();

    const qint64 pages = store.pageCount(jobId);
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::printf(
        "mode: %s, %s, %lld pages in %.1f s (%.0f pages/s)%s\n",
        parser.isSet(u"external"_s) ? "external crawl process" : "crawl in-process",
        charts ? "Charts tab open"
               : qPrintable(u"pages sorted by %1 descending%2"_s.arg(
                   parser.value(u"sort-column"_s),
                   parser.isSet(u"no-selection"_s) ? QString() : u", a page selected and open"_s)),
        pages, seconds, double(pages) / seconds, finished ? "" : " (did not finish)");
    std::printf("event-loop latency over %zu ticks of %d ms: p50 %.2f ms, p99 %.2f ms, "
                "p99.9 %.2f ms, max %.2f ms\n",
                lateness.size(), tickMs, percentile(lateness, 50), percentile(lateness, 99),
                percentile(lateness, 99.9), percentile(lateness, 100));
    double guiCpuMs = 0;
    for (double ms : app.cpuMs)
        guiCpuMs += ms;
    std::printf("GUI-thread CPU per event over %zu events: p99 %.2f ms, p99.9 %.2f ms, max "
                "%.2f ms; %.1f s in all (%.0f%% of one core)\n",
                app.cpuMs.size(), percentile(app.cpuMs, 99), percentile(app.cpuMs, 99.9),
                percentile(app.cpuMs, 100), guiCpuMs / 1000.0, guiCpuMs / 10.0 / seconds);
    QList<std::pair<QString, BenchApplication::Slow>> slow;
    for (auto it = app.slowEvents.cbegin(); it != app.slowEvents.cend(); ++it)
        slow.append({it.key(), it.value()});
    std::sort(slow.begin(), slow.end(),
              [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
    std::printf("GUI-thread events of %.0f ms CPU or more (count, total ms, max ms):\n",
                BenchApplication::slowMs);
    for (const auto &[what, s] : std::as_const(slow).mid(0, 12))
        std::printf("  %5d %8.1f %7.1f  %s\n", s.count, s.totalMs, s.maxMs, qPrintable(what));
    for (auto it = app.waited.cbegin(); it != app.waited.cend(); ++it)
        std::printf("  waited: %5d events, %8.1f ms in all, %7.1f max  %s\n", it.value().count,
                    it.value().totalMs, it.value().maxMs, qPrintable(it.key()));
    for (auto it = app.paints.cbegin(); it != app.paints.cend(); ++it) {
        if (it.value().totalMs >= 50)
            std::printf("  paints: %6d %8.1f ms %7.1f max  %s\n", it.value().count,
                        it.value().totalMs, it.value().maxMs, qPrintable(it.key()));
    }
    for (auto it = app.layoutRequests.cbegin(); it != app.layoutRequests.cend(); ++it)
        std::printf("  layout requests: %6d  %s\n", it.value(), qPrintable(it.key()));
    std::printf("store reads for rows: %d blocks of %d; rows in memory at the end: %d\n",
                view.pagesModel()->blockReads(), PagesModel::blockSize,
                view.pagesModel()->cachedRows());
    std::printf("RSS over the crawl (time s, pages, RSS MB, rows cached):\n");
    for (const Sample &s : std::as_const(samples))
        std::printf("  %7.1f %7lld %8.1f %5d\n", double(s.atMs) / 1000.0, s.pages,
                    double(s.rss) / 1024.0, s.cachedRows);
    if (samples.size() >= 3) {
        const Sample &start = samples.constFirst();
        const Sample &middle = samples.at(samples.size() / 2);
        const Sample &end = samples.constLast();
        std::printf("RSS start / middle / end: %.1f / %.1f / %.1f MB (at %lld / %lld / %lld "
                    "pages)\n",
                    double(start.rss) / 1024.0, double(middle.rss) / 1024.0,
                    double(end.rss) / 1024.0, start.pages, middle.pages, end.pages);
    }
    return 0;
}
