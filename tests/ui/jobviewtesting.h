// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The job view's tests against real crawls: a local server, the crawler on its thread, the store
// (tst_jobview, tst_jobviewselection).
#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"
#include "ui/appsettings.h"
#include "ui/jobview.h"
#include "ui/jobview/pagesmodel.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace JobViewTesting {

using namespace Qt::StringLiterals;

// SmallSite, with a home page that has content, a page that fails (500) and one that is not
// HTML (skipped): 29 + 2 pages.
constexpr int sitePages = SmallSite::pageCount + 2;

// `responseDelayMs`: every page answers that late (a crawl that takes a while).
inline void serveSite(TestHttpServer &server, int responseDelayMs = 0)
{
    SmallSite::serve(server);
    if (responseDelayMs > 0) {
        // The same pages as SmallSite::serve, slow.
        const auto slow = [&](const QString &path, const QString &title, const QStringList &links) {
            TestResponse response = TestResponse::html(SmallSite::page(title, links));
            response.delayMs = responseDelayMs;
            server.addRoute(path.toUtf8(), response);
        };
        for (const QString &section : {u"a"_s, u"b"_s, u"c"_s}) {
            QStringList links{u"/"_s};
            for (int i = 1; i <= 4; ++i)
                links << u"%1"_s.arg(i) << u"/%1/%2?utm_source=feed"_s.arg(section).arg(i);
            slow(u"/%1/"_s.arg(section), u"Section "_s + section, links);
            for (int i = 1; i <= 4; ++i) {
                slow(u"/%1/%2"_s.arg(section).arg(i), u"%1 %2"_s.arg(section).arg(i),
                     {u"../"_s, u"/a/1"_s, u"/deep/%1%2"_s.arg(section).arg(i)});
                slow(u"/deep/%1%2"_s.arg(section).arg(i), u"Deep"_s, {u"/"_s, u"/missing"_s});
            }
        }
    }
    QByteArray home = "<!doctype html><html lang=en><head><title>Home</title>"
                      "<meta name=description content=\"The home page\"></head><body>"
                      "<h1>Welcome</h1><p>Some <strong>bold</strong> words.</p>";
    for (const char *link : {"/a/", "/b/", "c/", "/#top", "mailto:x@y.z",
                             "http://elsewhere.invalid/", "/broken", "/notes.txt"})
        home += "<a href=\""_ba + link + "\">"_ba + link + "</a> "_ba;
    home += "</body></html>";
    server.addPage("/", home);
    server.addRoute("/broken", TestResponse::withStatus(500));
    TestResponse text;
    text.body = "plain text";
    text.contentType = "text/plain";
    server.addRoute("/notes.txt", text);
}

inline QString pathOf(const QString &url)
{
    const QUrl parsed(url);
    return parsed.query().isEmpty() ? parsed.path() : parsed.path() + u'?' + parsed.query();
}

// Every row's URL path (and query), in row order.
inline QStringList rowPaths(const QAbstractItemModel *model)
{
    QStringList paths;
    for (int row = 0; row < model->rowCount(); ++row)
        paths << pathOf(model->index(row, 0).data(PagesModel::UrlRole).toString());
    return paths;
}

inline QSet<QString> pathSet(const QAbstractItemModel *model)
{
    const QStringList paths = rowPaths(model);
    return QSet<QString>(paths.begin(), paths.end());
}

// A store, its writer and a crawl runner on one file, wired to a view as the window does.
struct Setup
{
    explicit Setup(const QString &file)
        : path(file)
        , store(std::make_unique<JobStore>(file))
        , settings(std::make_unique<AppSettings>(file + u".ini"_s))
    {
        QString error;
        if (!store->open(&error))
            qFatal("%s", qPrintable(error));
        writer = std::make_unique<StoreWriter>(file);
        if (!writer->start(&error))
            qFatal("%s", qPrintable(error));
        runner = std::make_unique<CrawlRunner>(file, writer.get());
    }
    ~Setup()
    {
        view.reset();
        runner.reset();
        writer.reset();
    }
    Q_DISABLE_COPY_MOVE(Setup)

    JobView *makeView()
    {
        view = std::make_unique<JobView>(store.get(), settings.get());
        QObject::connect(writer.get(), &StoreWriter::pagesStored, view.get(),
                         &JobView::pagesStored);
        QObject::connect(writer.get(), &StoreWriter::jobsChanged, view.get(),
                         [v = view.get()](const QStringList &ids) {
                             for (const QString &id : ids)
                                 v->jobChanged(id);
                         });
        QObject::connect(view.get(), &JobView::resumeRequested, runner.get(),
                         [r = runner.get()](const QString &id) { r->start(id); });
        view->resize(1200, 700);
        view->show();
        return view.get();
    }

    QString createJob(const QUrl &url)
    {
        JobInfo job;
        job.options.url = url;
        job.options.concurrency = 4;
        job.options.retries = 0;
        job.options.formats = {u"markdown"_s, u"html"_s, u"rawHtml"_s, u"links"_s};
        QString error;
        if (!store->createJob(job, &error))
            qFatal("%s", qPrintable(error));
        return job.id;
    }

    // Runs the job to its end.
    bool run(const QString &jobId)
    {
        QSignalSpy finished(runner.get(), &CrawlRunner::finished);
        runner->start(jobId);
        return finished.wait(30000);
    }

    QString path;
    std::unique_ptr<JobStore> store;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<CrawlRunner> runner;
    std::unique_ptr<JobView> view;
};

// A view on a finished crawl of the site.
struct Crawled
{
    std::unique_ptr<TestHttpServer> server;
    std::unique_ptr<Setup> setup;
    QString jobId;
    JobView *view = nullptr;
};

inline Crawled crawled(const QString &databasePath)
{
    Crawled c;
    c.server = std::make_unique<TestHttpServer>();
    if (!c.server->listen())
        qFatal("no server");
    serveSite(*c.server);
    c.setup = std::make_unique<Setup>(databasePath);
    c.jobId = c.setup->createJob(c.server->url(u"/"_s));
    c.view = c.setup->makeView();
    c.view->setJob(c.jobId);
    if (!c.setup->run(c.jobId))
        qFatal("the crawl did not end");
    return c;
}

} // namespace JobViewTesting
