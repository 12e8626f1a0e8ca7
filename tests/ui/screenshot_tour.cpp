// SPDX-License-Identifier: GPL-3.0-or-later
// Builds the window on a temporary database filled by real local crawls and writes PNGs of it
// (tools/screenshots.sh runs it under Xvfb). To add a shot, add an entry to `shots` below.
#include "crawl/crawlrunner.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"
#include "ui/appsettings.h"
#include "ui/joblistmodel.h"
#include "ui/jobview.h"
#include "ui/jobview/pagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/newcrawldialog.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Runs the event loop until `done` holds (or the time is up).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return done();
}

bool save(QWidget *widget, const QString &path)
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const bool ok = widget->grab().save(path);
    qInfo("%s %s (%dx%d)", ok ? "wrote" : "FAILED to write", qPrintable(path), widget->width(),
          widget->height());
    return ok;
}

std::optional<QString> crawl(JobStore &store, CrawlRunner &runner, const QUrl &url,
                             const std::function<void(CrawlOptions &)> &adjust = {})
{
    JobInfo job;
    job.options.url = url;
    job.options.onlyMainContent = true;
    if (adjust)
        adjust(job.options);
    QString error;
    if (!store.createJob(job, &error)) {
        qCritical("%s", qPrintable(error));
        return std::nullopt;
    }
    runner.start(job.id);
    return job.id;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAWL_VERSION));
    const QString outDir = app.arguments().value(1, u"docs/screenshots"_s);
    QDir().mkpath(outDir);
    QTemporaryDir temp;
    const QString db = temp.filePath(u"trawl.sqlite"_s);

    TestHttpServer small;
    TestHttpServer tree;
    if (!small.listen() || !tree.listen())
        qFatal("cannot listen");
    SmallSite::serve(small);
    serveSlowTree(tree, 400, 40);

    JobStore store(db);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    StoreWriter writer(db);
    if (!writer.start(&error))
        qFatal("%s", qPrintable(error));
    CrawlRunner runner(db, &writer);
    AppSettings settings(temp.filePath(u"settings/trawl.ini"_s));

    // A finished crawl of the built-in sample site (real-looking pages, its broken link) as a
    // person would start it from the New crawl dialog (main content only, every text format),
    // a finished crawl of a small test site (404s, a text file), a paused one, and one running.
    SampleSiteServer sampleSite;
    if (!sampleSite.listen(0, &error))
        qFatal("%s", qPrintable(error));
    const auto finished = crawl(store, runner, sampleSite.url(), [](CrawlOptions &o) {
        o.formats = {u"markdown"_s, u"html"_s, u"rawHtml"_s, u"links"_s};
    });
    waitFor([&] { return !runner.isRunning(*finished); });
    const auto small404 = crawl(store, runner, small.url());
    waitFor([&] { return !runner.isRunning(*small404); });
    const auto paused = crawl(store, runner, tree.url(), [](CrawlOptions &o) { o.limit = 300; });
    waitFor([&] { return store.job(*paused)->pagesDone() >= 120; });
    runner.pause(*paused);
    waitFor([&] { return !runner.isRunning(*paused); });
    const auto running = crawl(store, runner, tree.url(u"/p/1"_s), [](CrawlOptions &o) {
        o.limit = 400;
        o.concurrency = 2;
        o.crawlEntireDomain = true;
    });

    MainWindow window(&store, &writer, &runner, &settings);
    window.resize(1280, 800);
    window.show();
    waitFor([&] { return store.job(*running)->pagesDone() >= 40; });
    window.refresh();
    JobView *view = window.jobView();
    // Each shot says what it shows: the job, the tab, the page; nothing is left to what an
    // earlier shot (or an earlier run) did.
    const auto show = [&](const QString &jobId, JobView::Tab tab) {
        window.selectJob(jobId);
        view->tabs()->setCurrentIndex(tab);
    };

    int failures = 0;
    const QList<std::pair<QString, std::function<QWidget *()>>> shots{
        {u"main-window.png"_s,
         [&]() -> QWidget * {
             show(*finished, JobView::PagesTab);
             return &window;
         }},
        {u"job-view.png"_s,
         [&]() -> QWidget * {
             // The running crawl's pages, newest first, while they arrive.
             show(*running, JobView::PagesTab);
             view->pagesTable()->sortByColumn(
                 view->pagesModel()->sectionOf(PagesModel::IndexColumn), Qt::DescendingOrder);
             return view;
         }},
        {u"page-inspector.png"_s,
         [&]() -> QWidget * {
             // As one would to read a page: the jobs list made short, the page given room.
             window.findChild<QSplitter *>(u"splitter"_s)->setSizes({150, 570});
             show(*finished, JobView::PagesTab);
             view->pagesTable()->sortByColumn(
                 view->pagesModel()->sectionOf(PagesModel::IndexColumn), Qt::AscendingOrder);
             // The shop's About page: headings, a link and a table.
             const auto about =
                 store.pageIndexOfUrl(*finished, sampleSite.url(u"/about.html"_s).toString());
             view->openPage(about.value_or(0));
             return &window;
         }},
        {u"errors.png"_s,
         [&]() -> QWidget * {
             window.findChild<QSplitter *>(u"splitter"_s)->setSizes({180, 540});
             show(*finished, JobView::ErrorsTab);
             return &window;
         }},
        {u"charts.png"_s,
         [&]() -> QWidget * {
             show(*finished, JobView::ChartsTab);
             return &window;
         }},
        {u"new-crawl-dialog.png"_s,
         [&]() -> QWidget * {
             NewCrawlDialog *dialog = window.newCrawl({u"https://docs.example.com/guide/"_s});
             dialog->resize(760, 600);
             return dialog;
         }},
    };
    for (const auto &[name, shoot] : shots) {
        QWidget *widget = shoot();
        if (!save(widget, QDir(outDir).filePath(name)))
            ++failures;
        if (widget->isWindow() && widget != &window)
            widget->close();
    }
    runner.pause(*running);
    return failures == 0 ? 0 : 1;
}
