// SPDX-License-Identifier: GPL-3.0-or-later
// A crawl started in the window with JavaScript rendering: the window's LazyRenderer (as
// app/main.cpp gives the window's CrawlRunner) starts QtWebEngine on the first page to render,
// and the content and links only a script makes are stored, with a screenshot.
#include "../core/rendertestmain.h"
#include "crawl/crawlrunner.h"
#include "render/lazyrenderer.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/testhttpserver.h"
#include "ui/appsettings.h"
#include "ui/jobcontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QImage>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QByteArray shellPage =
    "<!DOCTYPE html><html><head><title>Shell</title></head><body><div id=\"root\"></div>"
    "<script>setTimeout(function () {"
    "  var root = document.getElementById('root');"
    "  root.innerHTML = '<h1>Made by script</h1><p>Only the script writes this.</p>'"
    "    + '<a href=\"/made-1\">one</a>';"
    "}, 200);</script></body></html>";

} // namespace

class TestWindowRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAJsCrawlStartedInTheWindow()
    {
        TestHttpServer server;
        server.setHandler([](const TestRequest &request) {
            if (request.path == "/")
                return TestResponse::html(shellPage);
            if (request.path == "/made-1")
                return TestResponse::html("<html><head><title>Made one</title></head><body>"
                                          "<main><p>The page the script linked.</p></main>"
                                          "</body></html>");
            return TestResponse::withStatus(404);
        });
        QVERIFY(server.listen());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(u"jobs.sqlite"_s);
        JobStore store(dbPath);
        StoreWriter writer(dbPath);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(writer.start(&error), qPrintable(error));
        // As app/main.cpp: pages rendered at once come from the settings, read for every page.
        AppSettings settings(dir.filePath(u"trawl.ini"_s));
        settings.setPagesRenderedAtOnce(1);
        LazyRenderer renderer([&settings] { return settings.pagesRenderedAtOnce(); });
        CrawlRunner runner(dbPath, &writer);
        runner.setRenderService(&renderer);
        MainWindow window(&store, &writer, &runner, &settings);
        QVERIFY(!renderer.isStarted()); // nothing rendered yet: no WebEngine

        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.renderMode = CrawlOptions::RenderMode::Js;
        options.formats = {u"markdown"_s, u"links"_s, u"screenshot"_s};
        const auto jobId = window.controller()->startNew(options, &error);
        QVERIFY2(jobId, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(*jobId)->state == JobState::Completed, 90000);
        QVERIFY(renderer.isStarted());

        PageQuery query;
        query.jobId = *jobId;
        query.fields = PageField::Markdown | PageField::Links | PageField::Screenshot;
        const QList<PageRecord> pages = store.pages(query);
        QCOMPARE(pages.size(), 2);
        const PageRecord &start =
            pages.constFirst().url.endsWith(u"/made-1"_s) ? pages.constLast() : pages.constFirst();
        QCOMPARE(start.renderMode, u"js"_s);
        QVERIFY2(start.markdown.contains(u"Only the script writes this."_s),
                 qPrintable(start.markdown));
        QVERIFY(start.links.contains(server.url(u"/made-1"_s).toString()));
        QVERIFY(!QImage::fromData(start.screenshot, "PNG").isNull());
        QCOMPARE(renderer.poolSize(), 1);

        // The setting changed (Settings → Pages rendered at once): the next crawl renders with
        // the new size, without a restart.
        settings.setPagesRenderedAtOnce(3);
        options.formats = {u"markdown"_s};
        const auto second = window.controller()->startNew(options, &error);
        QVERIFY2(second, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(store.job(*second)->state == JobState::Completed, 90000);
        QCOMPARE(renderer.poolSize(), 3);
    }
};

TRAWL_RENDER_TEST_MAIN(QApplication, TestWindowRender)
#include "tst_windowrender.moc"
