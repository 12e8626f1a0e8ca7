// SPDX-License-Identifier: GPL-3.0-or-later
// Pages that try to escape or stall the renderer: a load that never ends, dialogs, popups, an
// endless script, a huge DOM, navigation to another host, a download, a render process that
// dies. Each ends (within its timeout, or refused) as the RendererPool says, and the same pool
// renders the next page as if nothing happened. Every result's duration is checked against its
// timeout: a bound on correctness (the pool cut it off), with a margin for a loaded machine.
#include "render/rendererpool.h"
#include "rendertestmain.h"
#include "support/testhttpserver.h"

#include <QGuiApplication>
#include <QSignalSpy>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int renderTimeoutMs = 4000;
constexpr int waitMs = renderTimeoutMs + 20000; // a render still running then has hung
// How late past its timeout a render may end: the timer's slack on a busy machine, the page's
// replacement. Far below what a render that was not cut off would take (it never ends).
constexpr int lateMarginMs = 2000;

QByteArray script(const QByteArray &code)
{
    return "<html><head><title>t</title></head><body><p>Before the script.</p><script>" + code
           + "</script><p>After the script.</p></body></html>";
}

} // namespace

class TestRenderContainment final : public QObject
{
    Q_OBJECT

private:
    TestHttpServer m_server;
    std::unique_ptr<RendererPool> m_pool;

    RenderResult render(const QString &path, qint64 maxHtmlBytes = 10 * 1024 * 1024)
    {
        RenderRequest request;
        request.url = m_server.url(path);
        request.timeoutMs = renderTimeoutMs;
        request.maxHtmlBytes = maxHtmlBytes;
        QSignalSpy spy(m_pool.get(), &RenderService::rendered);
        const quint64 id = m_pool->submit(request);
        while (true) {
            if (spy.isEmpty() && !spy.wait(waitMs))
                return RenderResult{PageError::Cancelled, u"no answer"_s, {}, {}, {}, {}, 0};
            const auto arguments = spy.takeFirst();
            if (arguments.at(0).value<quint64>() == id)
                return arguments.at(1).value<RenderResult>();
        }
    }

    // The render ended by itself within `timeoutMs` (plus the margin).
    static bool endedInTime(const RenderResult &result, int timeoutMs = renderTimeoutMs)
    {
        return result.durationMs > 0 && result.durationMs <= timeoutMs + lateMarginMs;
    }

    void nextPageStillRenders()
    {
        const RenderResult next = render(u"/ok"_s);
        QCOMPARE(next.error, PageError::None);
        QVERIFY2(next.html.contains(u"WRITTEN-BY-SCRIPT"_s), qPrintable(next.html.left(300)));
        QVERIFY2(endedInTime(next), qPrintable(QString::number(next.durationMs)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.addPage("/ok", script("document.body.insertAdjacentHTML('beforeend', "
                                       "'<p>WRITTEN-BY-SCRIPT</p>');"));
        TestResponse stall;
        stall.body = "<html><body><p>Never finished" + QByteArray(4096, ' ');
        stall.stallAfterBytes = 100;
        m_server.addRoute("/never-ends", stall);
        m_server.addPage("/dialogs", script("alert('hello'); var c = confirm('sure?');"
                                            "var p = prompt('name?', 'x');"
                                            "document.body.insertAdjacentHTML('beforeend',"
                                            "'<p>DIALOGS-DONE ' + c + ' ' + p + '</p>');"));
        m_server.addPage("/popup", script("window.open('/opened'); window.open('http://localhost:"
                                          + QByteArray::number(m_server.port()) + "/opened');"));
        m_server.addPage("/endless-inline", script("while (true) {}"));
        m_server.addPage("/endless-later", script("setTimeout(function () { for (;;) {} }, 0);"));
        m_server.addPage("/huge-dom",
                         script("var s = ''; for (var i = 0; i < 20000; ++i) s += '<div>' + "
                                "'x'.repeat(100) + '</div>'; document.body.innerHTML += s;"));
        m_server.addPage("/other-host",
                         script("location.href = 'http://localhost:"
                                + QByteArray::number(m_server.port()) + "/elsewhere';"));
        m_server.addPage("/elsewhere", "<html><body>ELSEWHERE</body></html>");
        m_server.addPage("/download", script("location.href = '/file.bin';"));
        TestResponse file;
        file.contentType = "application/octet-stream";
        file.body = QByteArray(2048, 'b');
        file.headers = {{"Content-Disposition", "attachment; filename=file.bin"}};
        m_server.addRoute("/file.bin", file);
        m_server.addPage("/crash", script("while (true) {}"));
        m_server.addPage("/restless", script("var n = 0; setInterval(function () {"
                                             "document.title = 'tick ' + (++n); }, 50);"));
        m_pool = std::make_unique<RendererPool>(1);
    }

    void cleanupTestCase() { m_pool.reset(); }

    void neverFinishingLoad()
    {
        const RenderResult result = render(u"/never-ends"_s);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::RenderTimeout);
        QVERIFY(result.errorMessage.contains(u"did not finish loading"_s));
        nextPageStillRenders();
    }

    void dialogsAnswerAtOnce()
    {
        const RenderResult result = render(u"/dialogs"_s);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::None);
        QVERIFY2(result.html.contains(u"DIALOGS-DONE false null"_s), qPrintable(result.html));
        QCOMPARE(result.refused,
                 QStringList({u"alert: hello"_s, u"confirm: sure?"_s, u"prompt: name?"_s}));
        nextPageStillRenders();
    }

    void windowOpenIsRefused()
    {
        const RenderResult result = render(u"/popup"_s);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.refused, QStringList({u"window.open"_s, u"window.open"_s}));
        QCOMPARE(m_server.requestCount("/opened"), 0);
        nextPageStillRenders();
    }

    void endlessScript_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("while the page loads") << u"/endless-inline"_s;
        QTest::newRow("after the load") << u"/endless-later"_s;
    }

    void endlessScript()
    {
        QFETCH(QString, path);
        const qint64 replaced = m_pool->pagesReplaced();
        const RenderResult result = render(path);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::RenderTimeout);
        QCOMPARE(m_pool->pagesReplaced(), replaced + 1);
        nextPageStillRenders();
    }

    void hugeDom()
    {
        const RenderResult result = render(u"/huge-dom"_s, 1024 * 1024);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::TooLarge);
        QVERIFY(result.html.isEmpty());
        nextPageStillRenders();
    }

    void navigationToAnotherHostIsRefused()
    {
        const RenderResult result = render(u"/other-host"_s);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::None);
        // Chromium stops parsing at the refused navigation: the page is what it had until then.
        QVERIFY(result.html.contains(u"Before the script."_s));
        QVERIFY(result.refused.constFirst().startsWith(u"navigation: http://localhost"_s));
        QCOMPARE(m_server.requestCount("/elsewhere"), 0);
        QCOMPARE(result.finalUrl, m_server.url(u"/other-host"_s));
        nextPageStillRenders();
    }

    void downloadIsRefused()
    {
        const RenderResult result = render(u"/download"_s);
        QVERIFY2(endedInTime(result), qPrintable(QString::number(result.durationMs)));
        QCOMPARE(result.error, PageError::None);
        QVERIFY(result.html.contains(u"Before the script."_s));
        QVERIFY2(result.refused.join(u'|').contains(u"download: "_s),
                 qPrintable(result.refused.join(u'|')));
        nextPageStillRenders();
    }

    // A wait longer than the timeout (CrawlOptions refuses one; the pool may still be asked)
    // ends at the timeout, and says so rather than blaming the page's scripts.
    void waitLongerThanTheTimeout()
    {
        RenderRequest request;
        request.url = m_server.url(u"/ok"_s);
        request.timeoutMs = 2000;
        request.waitForMs = 30000;
        QSignalSpy spy(m_pool.get(), &RenderService::rendered);
        m_pool->submit(request);
        QVERIFY(spy.wait(waitMs));
        const RenderResult result = spy.constFirst().at(1).value<RenderResult>();
        QCOMPARE(result.error, PageError::RenderTimeout);
        QVERIFY2(result.errorMessage.contains(u"waitFor"_s), qPrintable(result.errorMessage));
        QVERIFY2(!result.errorMessage.contains(u"endless"_s), qPrintable(result.errorMessage));
        QVERIFY2(endedInTime(result, request.timeoutMs),
                 qPrintable(QString::number(result.durationMs)));
        nextPageStillRenders();
    }

    // A page that never stops changing, with a timeout shorter than the pool's longest wait for
    // a quiet DOM: cut off while settling, and said so.
    void restlessPageWithAShortTimeout()
    {
        RenderRequest request;
        request.url = m_server.url(u"/restless"_s);
        request.timeoutMs = 1500;
        QVERIFY(request.timeoutMs < RendererPool::maxSettleMs);
        QSignalSpy spy(m_pool.get(), &RenderService::rendered);
        m_pool->submit(request);
        QVERIFY(spy.wait(waitMs));
        const RenderResult result = spy.constFirst().at(1).value<RenderResult>();
        QCOMPARE(result.error, PageError::RenderTimeout);
        QVERIFY2(result.errorMessage.contains(u"kept changing"_s), qPrintable(result.errorMessage));
        QVERIFY2(endedInTime(result, request.timeoutMs),
                 qPrintable(QString::number(result.durationMs)));
        nextPageStillRenders();
    }

    void crashedRenderProcessIsReplaced()
    {
        // Kill the render process while it runs an endless script: the page fails as crashed
        // long before its timeout would say so.
        RenderRequest request;
        request.url = m_server.url(u"/crash"_s);
        request.timeoutMs = 60000;
        QSignalSpy spy(m_pool.get(), &RenderService::rendered);
        QSignalSpy received(&m_server, &TestHttpServer::requestReceived);
        m_pool->submit(request);
        QVERIFY(received.wait(waitMs));
        QTest::qWait(500); // the page's script is running now
        const QList<qint64> pids = m_pool->renderProcessPids();
        QCOMPARE(pids.size(), 1);
        QVERIFY(pids.constFirst() > 0);
        QCOMPARE(::kill(pid_t(pids.constFirst()), SIGKILL), 0);
        QVERIFY(spy.wait(waitMs));
        const RenderResult result = spy.constFirst().at(1).value<RenderResult>();
        QCOMPARE(result.error, PageError::RenderCrashed);
        QVERIFY2(endedInTime(result, int(request.timeoutMs)),
                 qPrintable(QString::number(result.durationMs)));
        nextPageStillRenders();
    }
};

TRAWL_RENDER_TEST_MAIN(QGuiApplication, TestRenderContainment)
#include "tst_rendercontainment.moc"
