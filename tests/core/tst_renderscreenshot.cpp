// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of rendered pages through ViewSurface (a QWebEngineView on the offscreen platform):
// a valid PNG of the viewport, or of the whole page's height, showing what the script drew.
#include "render/rendererpool.h"
#include "render/viewsurface.h"
#include "rendertestmain.h"
#include "support/testhttpserver.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

class TestRenderScreenshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshot_data()
    {
        QTest::addColumn<CrawlOptions::Screenshot>("kind");
        QTest::addColumn<int>("height");
        QTest::newRow("viewport") << CrawlOptions::Screenshot::Viewport << 800;
        QTest::newRow("full page") << CrawlOptions::Screenshot::FullPage << 3000;
    }

    void screenshot()
    {
        QFETCH(CrawlOptions::Screenshot, kind);
        QFETCH(int, height);
        TestHttpServer server;
        QVERIFY(server.listen());
        // Red above 2,000 px, blue below, painted by the script: a picture of the static HTML
        // would be white.
        server.addPage("/", "<html><body style='margin:0'><script>document.body.innerHTML = "
                            "\"<div style='height:2000px;background:#ff0000'></div>"
                            "<div style='height:1000px;background:#0000ff'></div>\";"
                            "</script></body></html>");
        RendererPool pool(1, ViewSurface::factory());
        QVERIFY(pool.canTakeScreenshots());
        RenderRequest request;
        request.url = server.url();
        request.screenshot = kind;
        QSignalSpy spy(&pool, &RenderService::rendered);
        pool.submit(request);
        QVERIFY(spy.wait(30000));
        const RenderResult result = spy.constFirst().at(1).value<RenderResult>();
        QCOMPARE(result.error, PageError::None);
        QVERIFY(result.screenshot.startsWith("\x89PNG\r\n\x1a\n"));
        QImage image;
        QVERIFY(image.loadFromData(result.screenshot, "PNG"));
        QCOMPARE(image.size(), QSize(1280, height));
        QCOMPARE(QColor(image.pixel(640, 100)), QColor(Qt::red));
        if (kind == CrawlOptions::Screenshot::FullPage)
            QCOMPARE(QColor(image.pixel(640, 2500)), QColor(Qt::blue));
    }

    void noSurfaceNoScreenshot()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<html><body><p>x</p></body></html>");
        RendererPool pool(1);
        QVERIFY(!pool.canTakeScreenshots());
        RenderRequest request;
        request.url = server.url();
        request.screenshot = CrawlOptions::Screenshot::Viewport;
        QSignalSpy spy(&pool, &RenderService::rendered);
        pool.submit(request);
        QVERIFY(spy.wait(30000));
        const RenderResult result = spy.constFirst().at(1).value<RenderResult>();
        QCOMPARE(result.error, PageError::None);
        QVERIFY(result.screenshot.isEmpty());
    }
};

TRAWL_RENDER_TEST_MAIN(QApplication, TestRenderScreenshot)
#include "tst_renderscreenshot.moc"
