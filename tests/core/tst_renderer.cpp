// SPDX-License-Identifier: GPL-3.0-or-later
// Crawls that render JavaScript pages with the real RendererPool (QtWebEngine, offscreen) against
// a local server: what scripts write is stored and the links they make are followed in js and
// auto modes, not in static; auto leaves plain pages alone; waits, headers, cookies, the user
// agent and resource blocking reach the browser.
#include "crawl/appshell.h"
#include "render/rendererpool.h"
#include "rendertestmain.h"
#include "store/jobstore.h"
#include "support/crawlharness.h"
#include "support/testhttpserver.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int crawlWaitMs = 60000;

// An empty app root that a script fills after a timer, with links only the script makes.
const QByteArray shellPage =
    "<!DOCTYPE html><html><head><title>Shell</title></head><body><div id=\"root\"></div>"
    "<script>setTimeout(function () {"
    "  var root = document.getElementById('root');"
    "  root.innerHTML = '<h1>Made by script</h1><p>Only the script writes this.</p>'"
    "    + '<a href=\"/made-1\">one</a> <a href=\"/made-2\">two</a>';"
    "}, 200);</script></body></html>";

// A page with real text whose script adds a marker: auto must not render it.
const QByteArray plainPage =
    "<!DOCTYPE html><html><head><title>Plain</title></head><body><main><h1>An article</h1>"
    "<p>This page has its text in its HTML, as most pages do. A crawler that renders it wastes "
    "its time: nothing a reader needs comes from a script. The paragraph is long enough to pass "
    "the app shell rule's limit of visible text by a wide margin, on purpose.</p></main>"
    "<script>document.body.insertAdjacentHTML('beforeend', '<p>SCRIPT-ADDED</p>');</script>"
    "</body></html>";

CrawlOptions optionsFor(const QUrl &url, CrawlOptions::RenderMode mode)
{
    CrawlOptions options;
    options.url = url;
    options.ignoreSitemap = true;
    options.ignoreRobotsTxt = true;
    options.retries = 0;
    options.renderMode = mode;
    options.renderTimeoutMs = 20000;
    return options;
}

} // namespace

class TestRenderer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<RendererPool> m_pool;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pool = std::make_unique<RendererPool>(2);
    }

    void cleanupTestCase() { m_pool.reset(); }

    void appShellRule_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("shell");
        QTest::newRow("empty root, script") << shellPage << true;
        QTest::newRow("loading placeholder") << QByteArray(
            "<body><div id=app><p>Loading...</p></div><script src=/a.js></script></body>")
                                             << true;
        QTest::newRow("noscript hint") << QByteArray(
            "<body><noscript>You need to enable JavaScript to run this app.</noscript>"
            "<div class=x></div><script src=/main.js></script></body>")
                                       << true;
        QTest::newRow("next.js root")
            << QByteArray("<body><div id=__next></div><script src=/_next/main.js></script></body>")
            << true;
        QTest::newRow("plain page with script") << plainPage << false;
        QTest::newRow("empty root, no script")
            << QByteArray("<body><div id=root></div><p>Hi</p></body>") << false;
        QTest::newRow("json data only") << QByteArray(
            "<body><div id=root></div><script type=application/json>{}</script></body>")
                                        << false;
    }

    void appShellRule()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, shell);
        QCOMPARE(AppShell::looksLikeAppShell(html, u"utf-8"_s), shell);
    }

    void scriptFilledPage_data()
    {
        QTest::addColumn<CrawlOptions::RenderMode>("mode");
        QTest::addColumn<bool>("rendered");
        QTest::newRow("static") << CrawlOptions::RenderMode::Static << false;
        QTest::newRow("js") << CrawlOptions::RenderMode::Js << true;
        QTest::newRow("auto") << CrawlOptions::RenderMode::Auto << true;
    }

    void scriptFilledPage()
    {
        QFETCH(CrawlOptions::RenderMode, mode);
        QFETCH(bool, rendered);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", shellPage);
        server.addPage("/made-1", CrawlHarness::page(u"Made one"_s, {}));
        server.addPage("/made-2", CrawlHarness::page(u"Made two"_s, {}));
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), mode);
        options.formats = {u"markdown"_s, u"links"_s};
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        QCOMPARE(run.state, JobState::Completed);
        const auto pages = CrawlHarness::pages(run);
        const PageRecord start = CrawlHarness::pageAt(pages, u"/"_s);
        QCOMPARE(start.state, PageState::Completed);
        QCOMPARE(start.markdown.contains(u"Only the script writes this."_s), rendered);
        QCOMPARE(start.links.contains(server.url(u"/made-1"_s).toString()), rendered);
        QCOMPARE(start.renderMode, rendered ? u"js"_s : u"static"_s);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/made-1"_s).index >= 0, rendered);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/made-2"_s).index >= 0, rendered);
        // Fetched, and in js mode rendered too; auto leaves this plain page alone.
        const int requests = mode == CrawlOptions::RenderMode::Js ? 2 : rendered ? 1 : 0;
        QCOMPARE(server.requestCount("/made-1"), requests);
        if (rendered) {
            const PageRecord made = CrawlHarness::pageAt(pages, u"/made-1"_s);
            QCOMPARE(made.title, u"Made one"_s);
            QCOMPARE(made.renderMode, mode == CrawlOptions::RenderMode::Js ? u"js"_s : u"static"_s);
        }
    }

    void plainPageInAutoIsNotRendered()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", plainPage);
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        const auto autoRun =
            harness.crawl(optionsFor(server.url(), CrawlOptions::RenderMode::Auto), crawlWaitMs);
        QVERIFY(autoRun.finished);
        const PageRecord automatic = CrawlHarness::pageAt(CrawlHarness::pages(autoRun), u"/"_s);
        QCOMPARE(automatic.renderMode, u"static"_s);
        QVERIFY(automatic.markdown.contains(u"An article"_s));
        QVERIFY(!automatic.markdown.contains(u"SCRIPT-ADDED"_s));
        QCOMPARE(server.requestCount("/"), 1); // the browser never asked for it

        // The same page rendered: the script's marker is there, so auto really left it alone.
        const auto jsRun =
            harness.crawl(optionsFor(server.url(), CrawlOptions::RenderMode::Js), crawlWaitMs);
        QVERIFY(jsRun.finished);
        const PageRecord rendered = CrawlHarness::pageAt(CrawlHarness::pages(jsRun), u"/"_s);
        QCOMPARE(rendered.renderMode, u"js"_s);
        QVERIFY(rendered.markdown.contains(u"SCRIPT-ADDED"_s));
    }

    void waits_data()
    {
        QTest::addColumn<int>("waitForMs");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("late");
        QTest::newRow("no wait: read once the DOM is quiet") << 0 << QString() << false;
        QTest::newRow("waitFor") << 2500 << QString() << true;
        QTest::newRow("wait-for-selector") << 0 << u"#late"_s << true;
    }

    void waits()
    {
        QFETCH(int, waitForMs);
        QFETCH(QString, selector);
        QFETCH(bool, late);
        TestHttpServer server;
        QVERIFY(server.listen());
        // Written 1.5 s after the load: later than the pool's quiet period.
        server.addPage("/", "<html><body><p>Early text of the page.</p><script>"
                            "setTimeout(function () { document.body.insertAdjacentHTML("
                            "'beforeend', '<p id=late>LATE-TEXT</p>'); }, 1500);"
                            "</script></body></html>");
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        options.waitForMs = waitForMs;
        options.waitForSelector = selector;
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        const PageRecord page = CrawlHarness::pageAt(CrawlHarness::pages(run), u"/"_s);
        QCOMPARE(page.state, PageState::Completed);
        QVERIFY(page.markdown.contains(u"Early text"_s));
        QCOMPARE(page.markdown.contains(u"LATE-TEXT"_s), late);
    }

    void selectorThatNeverAppears()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", CrawlHarness::page(u"Home"_s, {}));
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        options.waitForSelector = u"#never"_s;
        options.renderTimeoutMs = 2000;
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        const PageRecord page = CrawlHarness::pageAt(CrawlHarness::pages(run), u"/"_s);
        QCOMPARE(page.state, PageState::Failed);
        QCOMPARE(page.errorCode(), u"RENDER_TIMEOUT"_s);
        QVERIFY2(page.errorMessage.contains(u"#never"_s), qPrintable(page.errorMessage));
    }

    void headersUserAgentAndCookies()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<html><body><p id=c></p><script>document.getElementById('c')"
                            ".textContent = 'COOKIES=' + document.cookie + ' UA=' + "
                            "navigator.userAgent + '.';</script></body></html>");
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        options.userAgent = u"TrawlRenderTest/1.0"_s;
        options.headers = {{u"X-Trawl-Test"_s, u"yes"_s}, {u"Cookie"_s, u"session=abc123"_s}};
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        const PageRecord page = CrawlHarness::pageAt(CrawlHarness::pages(run), u"/"_s);
        QVERIFY2(page.markdown.contains(u"COOKIES=session=abc123 "_s), qPrintable(page.markdown));
        QVERIFY2(page.markdown.contains(u"UA=TrawlRenderTest/1.0."_s), qPrintable(page.markdown));
        QList<TestRequest> requests;
        for (const TestRequest &request : server.requests()) {
            if (request.path == "/")
                requests << request;
        }
        QCOMPARE(requests.size(), 2); // the fetch, then the browser
        const TestRequest &browser = requests.constLast();
        QCOMPARE(browser.header("X-Trawl-Test"), QByteArray("yes"));
        QCOMPARE(browser.header("User-Agent"), QByteArray("TrawlRenderTest/1.0"));
        QVERIFY(browser.header("Cookie").contains("session=abc123"));
    }

    void blockResources_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<bool>("block");
        for (const auto &[name, path] :
             {std::pair{"image", "/picture.png"}, std::pair{"media", "/film.mp4"},
              std::pair{"font", "/font.woff2"}}) {
            QTest::addRow("%s loaded", name) << QByteArray(path) << false;
            QTest::addRow("%s blocked", name) << QByteArray(path) << true;
        }
    }

    // An image, a video and a web font: each asked for when not blocking, none when blocking; the
    // stylesheet is loaded either way. The page is read once all three have loaded or failed.
    void blockResources()
    {
        QFETCH(QByteArray, resource);
        QFETCH(bool, block);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage(
            "/",
            "<html><head><link rel=stylesheet href=/style.css><script>var seen = {};"
            "function done(what) { if (seen[what]) return; seen[what] = 1;"
            "  if (Object.keys(seen).length === 3) document.body.insertAdjacentHTML('beforeend',"
            "    '<p id=settled>SETTLED</p>'); }"
            "document.addEventListener('DOMContentLoaded', function () {"
            "  document.fonts.load('16px Trawl').then(function () { done('font'); },"
            "                                     function () { done('font'); }); });"
            "</script></head><body><p style=\"font-family: Trawl\">Pictures</p>"
            "<img src=/picture.png onload=\"done('image')\" onerror=\"done('image')\">"
            "<video src=/film.mp4 preload=auto onloadedmetadata=\"done('media')\" "
            "onerror=\"done('media')\"></video></body></html>");
        TestResponse png;
        png.contentType = "image/png";
        png.body = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                          "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        server.addRoute("/picture.png", png);
        TestResponse film;
        film.contentType = "video/mp4";
        film.body = QByteArray(4096, 'v'); // not a film: the video fails once it has the bytes
        server.addRoute("/film.mp4", film);
        TestResponse font;
        font.contentType = "font/woff2";
        font.body = QByteArray(1024, 'f'); // not a font either: the font fails to load
        server.addRoute("/font.woff2", font);
        TestResponse css;
        css.contentType = "text/css";
        css.body = "@font-face { font-family: Trawl; src: url(/font.woff2) format('woff2'); }";
        server.addRoute("/style.css", css);
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        options.blockResources = block;
        options.waitForSelector = u"#settled"_s;
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        const PageRecord page = CrawlHarness::pageAt(CrawlHarness::pages(run), u"/"_s);
        QCOMPARE(page.state, PageState::Completed);
        QVERIFY2(page.markdown.contains(u"SETTLED"_s), qPrintable(page.errorMessage));
        QCOMPARE(server.requestCount(resource) > 0, !block);
        QVERIFY(server.requestCount("/style.css") > 0);
    }

    // Containment inside a crawl: a page that opens dialogs and popups keeps its content, is
    // completed with RENDER_REFUSED, and its refusals are in the job's log; an endless script is
    // a RENDER_TIMEOUT row; the pages after them still render, and the crawl ends by itself.
    void containmentInACrawl()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/",
                       CrawlHarness::page(u"Start"_s, {u"/dialogs"_s, u"/endless"_s, u"/after"_s}));
        const auto script = [](const QByteArray &code) {
            return "<!DOCTYPE html><html><head><title>T</title></head><body>"
                   "<p>Before the script.</p><script>"
                   + code + "</script></body></html>";
        };
        server.addPage("/dialogs", script("alert('hello'); window.open('/opened');"
                                          "document.body.insertAdjacentHTML('beforeend',"
                                          "'<p>AFTER-DIALOGS</p>');"));
        server.addPage("/endless", script("while (true) {}"));
        server.addPage("/after", script("document.body.insertAdjacentHTML('beforeend',"
                                        "'<p>STILL-RENDERED</p>');"));
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        options.renderTimeoutMs = 3000;
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        QCOMPARE(run.state, JobState::Completed);
        const auto pages = CrawlHarness::pages(run);

        // The refusals are an error on the page (RENDER_REFUSED, listed with the errors), which
        // keeps its content and stays completed.
        const PageRecord dialogs = CrawlHarness::pageAt(pages, u"/dialogs"_s);
        QCOMPARE(dialogs.state, PageState::Completed);
        QVERIFY(dialogs.markdown.contains(u"AFTER-DIALOGS"_s));
        QCOMPARE(dialogs.error, PageError::RenderRefused);
        QCOMPARE(dialogs.errorCode(), u"RENDER_REFUSED"_s);
        QVERIFY2(dialogs.errorMessage.contains(u"alert: hello; window.open"_s),
                 qPrintable(dialogs.errorMessage));
        {
            JobStore store(run.databasePath);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            PageQuery errors;
            errors.jobId = run.jobId;
            errors.states = {PageState::Failed, PageState::Skipped};
            errors.orWithError = true;
            QStringList listed;
            for (const PageRecord &page : store.pages(errors))
                listed << QUrl(page.url).path();
            listed.sort();
            QCOMPARE(listed, (QStringList{u"/dialogs"_s, u"/endless"_s}));
        }
        const QJsonArray refused = dialogs.metadata.value(u"trawl:renderRefused"_s).toArray();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).toString(), u"alert: hello"_s);
        QCOMPARE(refused.at(1).toString(), u"window.open"_s);
        const QStringList log = CrawlHarness::log(run);
        const QString dialogsUrl = server.url(u"/dialogs"_s).toString();
        QVERIFY2(std::any_of(log.cbegin(), log.cend(),
                             [&](const QString &line) {
                                 return line.contains(dialogsUrl)
                                        && line.contains(u"alert: hello; window.open"_s);
                             }),
                 qPrintable(log.join(u'\n')));

        const PageRecord endless = CrawlHarness::pageAt(pages, u"/endless"_s);
        QCOMPARE(endless.state, PageState::Failed);
        QCOMPARE(endless.error, PageError::RenderTimeout);
        QVERIFY(!endless.errorMessage.isEmpty());

        const PageRecord after = CrawlHarness::pageAt(pages, u"/after"_s);
        QCOMPARE(after.state, PageState::Completed);
        QVERIFY(after.markdown.contains(u"STILL-RENDERED"_s));
        QCOMPARE(after.error, PageError::None);
    }

    // Two crawls of the same host, one after the other through the same pool: the second sends
    // none of the cookies the first one sent (its Cookie header) or the site set (document.cookie),
    // and its pages see none of them.
    void cookiesStayWithTheirCrawl()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        // (No favicon: the first crawl's page would ask for it late, with that crawl's cookies.)
        server.addPage("/", "<html><head><link rel=icon href=\"data:,\"></head><body><p id=c></p>"
                            "<script>var before = document.cookie;"
                            "document.cookie = 'made=by-site; path=/';"
                            "document.getElementById('c').textContent = 'BEFORE:' + before + "
                            "':END';</script></body></html>");
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions first = optionsFor(server.url(), CrawlOptions::RenderMode::Js);
        first.headers = {{u"Cookie"_s, u"session=first"_s}};
        const auto firstRun = harness.crawl(first, crawlWaitMs);
        QVERIFY(firstRun.finished);
        const PageRecord firstPage = CrawlHarness::pageAt(CrawlHarness::pages(firstRun), u"/"_s);
        QVERIFY2(firstPage.markdown.contains(u"BEFORE:session=first:END"_s),
                 qPrintable(firstPage.markdown));

        server.clearRequests();
        const auto secondRun =
            harness.crawl(optionsFor(server.url(), CrawlOptions::RenderMode::Js), crawlWaitMs);
        QVERIFY(secondRun.finished);
        const PageRecord secondPage = CrawlHarness::pageAt(CrawlHarness::pages(secondRun), u"/"_s);
        QVERIFY2(secondPage.markdown.contains(u"BEFORE::END"_s), qPrintable(secondPage.markdown));
        int browserRequests = 0;
        for (const TestRequest &request : server.requests()) {
            QVERIFY2(request.header("Cookie").isEmpty(),
                     (request.path + " sent " + request.header("Cookie")).constData());
            browserRequests += request.path == "/";
        }
        QCOMPARE(browserRequests, 2); // the fetch and the browser
    }

    // Two sessions rendering at the same time with different user agents: each page sees its
    // own (navigator.userAgent and the header), not the other's.
    void userAgentsOfConcurrentSessionsStayApart()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse page = TestResponse::html(
            "<html><body><p id=ua></p><script>setTimeout(function () {"
            "document.getElementById('ua').textContent = 'UA=' + navigator.userAgent + '.';"
            "}, 300);</script></body></html>");
        page.delayMs = 300; // both pages load while the other has started
        server.addRoute("/", page);
        RendererPool pool(2);
        QHash<quint64, QString> agents;
        QHash<quint64, QString> html;
        QObject::connect(
            &pool, &RenderService::rendered, &pool, [&](quint64 id, const RenderResult &result) {
                QVERIFY2(result.error == PageError::None, qPrintable(result.errorMessage));
                html.insert(id, result.html);
            });
        for (const QString &agent : {u"TrawlAgentOne/1.0"_s, u"TrawlAgentTwo/2.0"_s}) {
            RenderRequest request;
            request.url = server.url();
            request.session = agent; // two crawls
            request.userAgent = agent;
            request.timeoutMs = 20000;
            agents.insert(pool.submit(request), agent);
        }
        QTRY_COMPARE_WITH_TIMEOUT(html.size(), 2, crawlWaitMs);
        for (auto it = agents.cbegin(); it != agents.cend(); ++it)
            QVERIFY2(html.value(it.key()).contains(u"UA="_s + it.value() + u'.'),
                     qPrintable(it.value() + u" read "_s + html.value(it.key())));
        QStringList sent;
        for (const TestRequest &request : server.requests()) {
            if (request.path == "/") // not /favicon.ico
                sent << QString::fromUtf8(request.header("User-Agent"));
        }
        sent.sort();
        QCOMPARE(sent, (QStringList{u"TrawlAgentOne/1.0"_s, u"TrawlAgentTwo/2.0"_s}));
    }

    // Auto mode renders an app shell; when rendering fails (here an endless script), the page is
    // kept as fetched, completed, with the render's error on it, and its links are followed.
    void failedRenderInAutoKeepsTheStaticPage()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray shell = "<!DOCTYPE html><html><head><title>Shell</title></head><body>"
                                 "<nav><a href=/about>About</a></nav><div id=root>Loading</div>"
                                 "<script>while (true) {}</script></body></html>";
        QVERIFY(AppShell::looksLikeAppShell(shell, u"utf-8"_s));
        server.addPage("/", shell);
        server.addPage("/about", CrawlHarness::page(u"About"_s, {}));
        CrawlHarness harness(m_dir.path());
        harness.setRenderService(m_pool.get());
        CrawlOptions options = optionsFor(server.url(), CrawlOptions::RenderMode::Auto);
        options.renderTimeoutMs = 2000;
        const auto run = harness.crawl(options, crawlWaitMs);
        QVERIFY(run.finished);
        QCOMPARE(run.state, JobState::Completed);
        const auto pages = CrawlHarness::pages(run);
        const PageRecord start = CrawlHarness::pageAt(pages, u"/"_s);
        QCOMPARE(start.state, PageState::Completed);
        QCOMPARE(start.renderMode, u"static"_s);
        QCOMPARE(start.error, PageError::RenderTimeout);
        QVERIFY2(start.errorMessage.contains(u"kept as fetched"_s), qPrintable(start.errorMessage));
        QCOMPARE(start.title, u"Shell"_s);
        QVERIFY(start.markdown.contains(u"Loading"_s));
        QCOMPARE(CrawlHarness::pageAt(pages, u"/about"_s).state, PageState::Completed);
    }

    // A pool of N renders N pages at once, no more: each page loads an image from a second server
    // that answers after a while, and that server counts the requests open at once. setSize()
    // changes it for the requests that follow.
    void poolRendersItsSizeAtOnce()
    {
        TestHttpServer images;
        QVERIFY(images.listen());
        TestResponse slow;
        slow.contentType = "image/png";
        slow.body = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                           "R42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        slow.delayMs = 2000;
        images.setHandler([slow](const TestRequest &) { return slow; });
        TestHttpServer pages;
        QVERIFY(pages.listen());
        pages.setHandler([&images](const TestRequest &request) {
            return TestResponse::html("<html><body><p>Page</p><img src=\""
                                      + images.url(QString::fromUtf8(request.path)).toEncoded()
                                      + "\"></body></html>");
        });
        RendererPool pool(3);
        QCOMPARE(pool.size(), 3);
        const auto renderAll = [&](int count) {
            int done = 0;
            const auto connection = QObject::connect(
                &pool, &RenderService::rendered, &pool, [&](quint64, const RenderResult &result) {
                    ++done;
                    QVERIFY2(result.error == PageError::None, qPrintable(result.errorMessage));
                });
            for (int i = 0; i < count; ++i) {
                RenderRequest request;
                request.url = pages.url(u"/page-%1"_s.arg(i));
                request.timeoutMs = 30000;
                pool.submit(request);
            }
            QTRY_COMPARE_WITH_TIMEOUT(done, count, 120000);
            QObject::disconnect(connection);
        };
        renderAll(6);
        QCOMPARE(images.requests().size(), 6);
        QCOMPARE(images.maxConcurrentRequests(), 3);

        pool.setSize(1);
        QCOMPARE(pool.size(), 1);
        images.clearRequests();
        renderAll(2);
        QCOMPARE(images.requests().size(), 2);
        QCOMPARE(images.maxConcurrentRequests(), 1);
    }

    void withoutRendererTheCrawlFailsWithTheReason()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", shellPage);
        CrawlHarness harness(m_dir.path());
        const auto run =
            harness.crawl(optionsFor(server.url(), CrawlOptions::RenderMode::Js), crawlWaitMs);
        QVERIFY(run.finished);
        QCOMPARE(run.state, JobState::Failed);
        QCOMPARE(server.requestCount("/"), 0);
    }
};

TRAWL_RENDER_TEST_MAIN(QGuiApplication, TestRenderer)
#include "tst_renderer.moc"
