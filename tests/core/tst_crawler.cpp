// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawler.h"
#include "crawl/crawlrunner.h"
#include "model/crawlrequest.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testgzip.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int siteSize = SmallSite::pageCount;

} // namespace

class TestCrawler final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Run
    {
        QString jobId;
        JobState state = JobState::Failed;
    };

    // Creates a job with `options` in a fresh store and runs it to the end.
    Run crawl(const QString &path, CrawlOptions options)
    {
        JobStore store(path);
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        JobInfo job;
        job.options = std::move(options);
        if (!store.createJob(job, &error))
            qFatal("%s", qPrintable(error));
        StoreWriter writer(path);
        if (!writer.start(&error))
            qFatal("%s", qPrintable(error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        runner.start(job.id);
        if (!finished.wait(30000))
            qFatal("the crawl did not finish");
        return {job.id, finished.constFirst().at(1).value<JobState>()};
    }

    QString freshPath() { return m_dir.filePath(u"crawl-%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parseThreadsRunBelowTheCrawlThread()
    {
        // Parsing yields to the network and the store: the parse pool's threads run at
        // Crawler::parseNice, the crawl thread and the store writer at the process's own.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<title>Home</title><a href=/slow>slow</a>");
        TestResponse slow = TestResponse::html("<title>Late</title>");
        slow.delayMs = 2000;
        server.addRoute("/slow", slow);
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        JobInfo job;
        job.options.url = server.url(u"/"_s);
        QVERIFY2(store.createJob(job, &error), qPrintable(error));
        StoreWriter writer(path);
        QVERIFY2(writer.start(&error), qPrintable(error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        runner.start(job.id);
        // /slow is requested once the start page was parsed (its link found): the pool's thread
        // is there, and the crawl still runs.
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("/slow"), 1, 10000);

        QMultiHash<QByteArray, int> niceByThread; // thread name -> nice value
        const QDir tasks(u"/proc/self/task"_s);
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile stat(tasks.filePath(task + u"/stat"_s));
            if (!stat.open(QIODevice::ReadOnly))
                continue; // the thread has ended
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('(');
            const qsizetype close = line.lastIndexOf(')');
            // After "pid (name) ": state is field 3, nice field 19.
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            QVERIFY(open > 0 && close > open && fields.size() > 16);
            niceByThread.insert(line.mid(open + 1, close - open - 1), fields.at(16).toInt());
        }
        QVERIFY2(niceByThread.contains("parse"), niceByThread.keys().join(' ').constData());
        for (const int nice : niceByThread.values("parse"))
            QCOMPARE(nice, Crawler::parseNice);
        QVERIFY(niceByThread.contains("store-writer"));
        for (const int nice : niceByThread.values("store-writer"))
            QCOMPARE(nice, 0);
        const QByteArray crawlThread = "crawl-" + job.id.left(8).toLatin1();
        QVERIFY2(niceByThread.contains(crawlThread), niceByThread.keys().join(' ').constData());
        QCOMPARE(niceByThread.value(crawlThread), 0);

        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);
    }

    void storesEveryReachablePageOnce()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.concurrency = 4;
        options.formats = {u"rawHtml"_s, u"links"_s};
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);

        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        PageQuery query;
        query.jobId = run.jobId;
        query.limit = 1000;
        query.fields = PageField::Links | PageField::RawHtml;
        const QList<PageRecord> pages = store.pages(query);
        QCOMPARE(pages.size(), siteSize);
        QSet<QString> paths;
        for (const PageRecord &page : pages) {
            const QString pagePath = QUrl(page.url).path();
            QVERIFY2(!paths.contains(pagePath), qPrintable(pagePath));
            paths.insert(pagePath);
            QCOMPARE(QUrl(page.url).query(), QString()); // tracking parameters dropped
        }
        // Each page was requested exactly once (the server counts).
        for (const QString &p : std::as_const(paths))
            QCOMPARE(server.requestCount(p.toUtf8()), 1);
        QVERIFY(!paths.contains(u"/elsewhere"_s));

        const auto job = store.job(run.jobId);
        QCOMPARE(job->state, JobState::Completed);
        QCOMPARE(job->pagesCompleted, siteSize - 1);
        QCOMPARE(job->pagesFailed, 1);
        QCOMPARE(job->urlsDiscovered, siteSize);
        QVERIFY(store.pendingFrontier(run.jobId, 0, 10).isEmpty());

        const PageRecord home = pages.constFirst();
        QCOMPARE(home.index, 0);
        QCOMPARE(home.depth, 0);
        QCOMPARE(home.title, u"Home"_s);
        QCOMPARE(home.httpStatus, 200);
        QCOMPARE(home.contentType, u"text/html"_s);
        QVERIFY(home.rawHtml.contains(u"Home"_s));
        QVERIFY(home.links.contains(server.url(u"/a/"_s).toString()));
        QVERIFY(home.links.contains(u"http://elsewhere.invalid/"_s)); // listed, not crawled
        for (qsizetype i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i).index, i); // completion order, no gaps

        query.states = {PageState::Failed};
        const QList<PageRecord> failed = store.pages(query);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(QUrl(failed.constFirst().url).path(), u"/missing"_s);
        QCOMPARE(failed.constFirst().httpStatus, 404);
        QCOMPARE(failed.constFirst().error, PageError::Http4xx);
        QVERIFY(!failed.constFirst().parentUrl.isEmpty());
        QCOMPARE(failed.constFirst().depth, 4);
    }

    void maxDepthCountsLinkHops_data()
    {
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<int>("expectedPages");
        QTest::newRow("start page only") << 0 << 1;
        QTest::newRow("one hop") << 1 << 4;
        QTest::newRow("two hops") << 2 << 16;
        QTest::newRow("three hops") << 3 << 28;
    }

    void maxDepthCountsLinkHops()
    {
        QFETCH(int, maxDepth);
        QFETCH(int, expectedPages);
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.maxDepth = maxDepth;
        // Several requests at once: /b/1 (depth 2) may be parsed before /a/ (depth 1) and find
        // /a/1 first, 3 hops away; /a/1 is then held until /a/ is done and lowered to depth 2,
        // so /deep/a1 is within three hops.
        options.concurrency = 8;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(run.jobId), expectedPages);
        PageQuery query;
        query.jobId = run.jobId;
        query.limit = 1000;
        for (const PageRecord &page : store.pages(query))
            QVERIFY(page.depth <= maxDepth);
        QCOMPARE(SmallSite::pageRequests(server), expectedPages);
    }

    // /a/1 is 2 hops away through /a/, 3 through /b/ and /b/1; /a/ answers late, so /b/1 is parsed
    // first. `slowMs` below the crawl's wait for shallower pages: /a/1 waits for /a/, gets depth 2
    // and its link /a/2 (3 hops) is crawled. Above it: /a/1 goes at depth 3 when the wait ends
    // (a slow page holds deeper ones for Crawler::maxDepthWaitMs at most), and /a/2 is left out.
    void aPageFoundByALongerPathFirstGetsItsShortestDepth_data()
    {
        QTest::addColumn<int>("slowMs");
        QTest::addColumn<int>("depthOfA1");
        QTest::newRow("waits for the shorter path") << 600 << 2;
        QTest::newRow("waits no longer than maxDepthWaitMs") << Crawler::maxDepthWaitMs + 2500 << 3;
    }

    void aPageFoundByALongerPathFirstGetsItsShortestDepth()
    {
        QFETCH(int, slowMs);
        QFETCH(int, depthOfA1);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", SmallSite::page(u"Home"_s, {u"/a/"_s, u"/b/"_s}));
        TestResponse slow = TestResponse::html(SmallSite::page(u"A"_s, {u"/a/1"_s}));
        slow.delayMs = slowMs;
        server.addRoute("/a/", slow);
        server.addPage("/b/", SmallSite::page(u"B"_s, {u"/b/1"_s}));
        server.addPage("/b/1", SmallSite::page(u"B1"_s, {u"/a/1"_s}));
        server.addPage("/a/1", SmallSite::page(u"A1"_s, {u"/a/2"_s}));
        server.addPage("/a/2", SmallSite::page(u"A2"_s, {}));
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.maxDepth = 3;
        options.concurrency = 4;
        options.timeoutMs = 30000;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        PageQuery query;
        query.jobId = run.jobId;
        QHash<QString, PageRecord> byPath;
        for (const PageRecord &page : store.pages(query))
            byPath.insert(QUrl(page.url).path(), page);
        QVERIFY(byPath.contains(u"/a/1"_s));
        QCOMPARE(byPath.value(u"/a/1"_s).depth, depthOfA1);
        QCOMPARE(QUrl(byPath.value(u"/a/1"_s).parentUrl).path(),
                 depthOfA1 == 2 ? u"/a/"_s : u"/b/1"_s);
        QCOMPARE(server.requestCount("/a/1"), 1);
        if (depthOfA1 == 2) {
            QCOMPARE(byPath.value(u"/a/2"_s).depth, 3);
            QCOMPARE(server.requestCount("/a/2"), 1);
            QCOMPARE(store.pageCount(run.jobId), 6);
        } else {
            QVERIFY(!byPath.contains(u"/a/2"_s));
            QCOMPARE(server.requestCount("/a/2"), 0);
            QCOMPARE(store.pageCount(run.jobId), 5);
        }
        QCOMPARE(store.job(run.jobId)->urlsDiscovered, store.frontierSize(run.jobId));
    }

    void limitCapsFetchedPages_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one page") << 1 << 4;
        QTest::newRow("limit below concurrency") << 3 << 8;
        QTest::newRow("limit above concurrency") << 10 << 2;
    }

    void limitCapsFetchedPages()
    {
        QFETCH(int, limit);
        QFETCH(int, concurrency);
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.limit = limit;
        options.concurrency = concurrency;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(run.jobId), limit);
        QCOMPARE(SmallSite::pageRequests(server), limit);
    }

    void concurrencyIsRespected()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        // Every page is slow, so requests pile up to the crawler's limit.
        QStringList links;
        for (int i = 0; i < 20; ++i)
            links << u"/p%1"_s.arg(i);
        server.addPage("/", SmallSite::page(u"Hub"_s, links));
        server.setHandler([](const TestRequest &) {
            TestResponse response = TestResponse::html("<title>slow</title>");
            response.delayMs = 100;
            return response;
        });
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.concurrency = 3;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        QCOMPARE(SmallSite::pageRequests(server), 21);
        QVERIFY(server.maxConcurrentRequests() <= 3);
        QVERIFY(server.maxConcurrentRequests() >= 2);
    }

    void resumesFromTheStoredFrontier()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.limit = 5;
        const Run first = crawl(path, options);
        QCOMPARE(first.state, JobState::Completed);

        // Raise the limit as a resume would find it and run the same job again: the five stored
        // pages are not fetched again, the rest of the site is.
        {
            JobStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            QSqlQuery query(store.database());
            options.limit = 1000;
            query.prepare(u"UPDATE jobs SET options_json = ?, state = 'paused' WHERE id = ?"_s);
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(CrawlRequest::toJson(options)).toJson()));
            query.addBindValue(first.jobId);
            QVERIFY(query.exec());
        }
        server.clearRequests();
        StoreWriter writer(path);
        QString error;
        QVERIFY(writer.start(&error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        runner.start(first.jobId);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);
        JobStore store(path);
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(first.jobId), siteSize);
        QCOMPARE(SmallSite::pageRequests(server), siteSize - 5);
        QCOMPARE(store.nextPageIndex(first.jobId), siteSize);
    }

    void unreachableStartPageFailsAsAPage()
    {
        // A port that was free a moment ago: nothing listens there now.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl url(u"http://127.0.0.1:%1/"_s.arg(probe.serverPort()));
        probe.close();
        const QString path = freshPath();
        CrawlOptions options;
        options.url = url;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const auto page = store.page(run.jobId, 0);
        QVERIFY(page);
        QCOMPARE(page->state, PageState::Failed);
        QCOMPARE(page->error, PageError::Connect);
        QVERIFY2(page->errorMessage.contains(u"robots.txt"_s), qPrintable(page->errorMessage));
    }
    // Links that normalize to the same URL are listed once (a fragment is dropped even from the
    // first); the others as they came, fragment too; the page's canonical URL (itself here) does
    // not keep the page from being stored.
    void linksListedOnceAfterNormalization()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<title>Home</title><link rel=canonical href='/'>"
                            "<a href='/a'>a</a><a href='/a#top'>top</a>"
                            "<a href='/a?utm_source=x'>tracked</a><a href='mailto:m@x.y'>m</a>"
                            "<a href='/b'>b</a><a href='/a?utm_medium=y'>again</a>"
                            "<a href='/c#x'>c</a><a href='javascript:go()#x'>j</a>"
                            "<a href='/c#y'>c</a>");
        server.addPage("/a", "<title>A</title>");
        server.addPage("/c", "<title>C</title>");
        server.addPage("/b", "<title>B</title><link rel=canonical href='/a'>");
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.formats = {u"links"_s};
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const auto home = store.page(run.jobId, 0);
        QVERIFY(home);
        QCOMPARE(home->links,
                 (QStringList{server.url(u"/a"_s).toString(), u"mailto:m@x.y"_s,
                              server.url(u"/b"_s).toString(), server.url(u"/c"_s).toString(),
                              u"javascript:go()#x"_s}));
        QCOMPARE(store.pageCount(run.jobId), 4);
        QCOMPARE(server.requestCount("/a"), 1);
        QCOMPARE(server.requestCount("/c"), 1);
    }

    // The sitemap is parsed off the crawl thread: a start page without links is done long
    // before a sitemap of thousands of URLs is read, and the crawl still waits for it and
    // crawls the pages it names (the other hosts' URLs left out).
    void sitemapPagesAreCrawledWhenTheStartPageHasNoLinks()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<title>Home</title><p>Nothing to follow.</p>");
        server.addPage("/a", "<title>A</title>");
        server.addPage("/b", "<title>B</title>");
        QByteArray sitemap = "<?xml version=\"1.0\"?><urlset "
                             "xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">";
        for (int i = 0; i < 20000; ++i)
            sitemap += "<url><loc>http://elsewhere.test/p" + QByteArray::number(i) + "</loc></url>";
        for (const char *path : {"/a", "/b"})
            sitemap +=
                "<url><loc>" + server.url(QString::fromLatin1(path)).toEncoded() + "</loc></url>";
        sitemap += "</urlset>";
        TestResponse response;
        response.body = sitemap;
        response.contentType = "application/xml";
        server.addRoute("/sitemap.xml", response);
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.formats = {u"links"_s};
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(run.jobId), 3);
        QCOMPARE(server.requestCount("/a"), 1);
        QCOMPARE(server.requestCount("/b"), 1);
    }

    void extractsTheFormatsAskedFor()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<!doctype html><html lang=en><head><title>Guide</title>"
                            "<meta name=description content='How to'>"
                            "<script>var tracking = 1;</script></head><body>"
                            "<nav class=main-nav><a href='/a'>Menu item</a></nav>"
                            "<main><h1>Install</h1><p>Run <code>make</code> with "
                            "<a href='/a'>care</a>.</p><ul><li>one</li><li>two</li></ul>"
                            "</main><footer>Copyright</footer></body></html>");
        server.addPage("/a", "<title>A</title><p>Leaf</p><a href='mailto:x@y.z'>mail</a>");
        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.formats = {u"markdown"_s, u"html"_s, u"links"_s};
        options.onlyMainContent = true;
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const auto home = store.page(run.jobId, 0);
        QVERIFY(home);
        QCOMPARE(home->title, u"Guide"_s);
        QCOMPARE(home->description, u"How to"_s);
        QCOMPARE(home->language, u"en"_s);
        QCOMPARE(home->markdown,
                 u"# Install\n\nRun `make` with [care](%1).\n\n- one\n- two\n"_s.arg(
                     server.url(u"/a"_s).toString()));
        QVERIFY(!home->markdown.contains(u"Menu item"_s)); // main content only
        QVERIFY(!home->markdown.contains(u"Copyright"_s));
        QVERIFY(home->html.contains(u"<h1>Install</h1>"_s));
        QVERIFY(!home->html.contains(u"tracking"_s));
        QVERIFY(home->rawHtml.isEmpty()); // not asked for
        QVERIFY(home->textContent.contains(u"Run make with care."_s));
        QCOMPARE(home->links, QStringList{server.url(u"/a"_s).toString()});
        QCOMPARE(home->metadata.value(u"title"_s).toString(), u"Guide"_s);
        QCOMPARE(home->metadata.value(u"description"_s).toString(), u"How to"_s);
        QCOMPARE(home->metadata.value(u"encoding"_s).toString(), u"utf-8"_s);
        const auto leaf = store.page(run.jobId, 1);
        QVERIFY(leaf->links.contains(u"mailto:x@y.z"_s)); // listed, never fetched
        QCOMPARE(SmallSite::pageRequests(server), 2);

        // A links-only crawl computes and stores no content.
        const QString linksOnly = freshPath();
        options.formats = {u"links"_s};
        const Run second = crawl(linksOnly, options);
        JobStore other(linksOnly);
        QVERIFY(other.open(&error));
        const auto page = other.page(second.jobId, 0);
        QVERIFY(page->markdown.isEmpty() && page->html.isEmpty() && page->textContent.isEmpty());
        QCOMPARE(page->links, QStringList{server.url(u"/a"_s).toString()});
    }

    void rawHtmlKeptAsTheServersGzip()
    {
        // A UTF-8 page sent gzip is stored as those gzip bytes; a windows-1252 one as UTF-8
        // text (its gzip would decode to other bytes). Both read back as the same text.
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray utf8Page = "<!doctype html><title>Gr\xc3\xb6\xc3\x9f"
                                    "e</title>"
                                    "<a href='/latin'>next</a>"
                                    + QByteArray(3000, 'x');
        const QByteArray latinPage = "<!doctype html><title>Gr\xf6\xdf"
                                     "e</title>";
        TestResponse utf8;
        utf8.body = TestGzip::compress(utf8Page);
        utf8.headers = {{"Content-Encoding", "gzip"}};
        server.addRoute("/", utf8);
        TestResponse latin;
        latin.body = TestGzip::compress(latinPage);
        latin.contentType = "text/html; charset=windows-1252";
        latin.headers = {{"Content-Encoding", "gzip"}};
        server.addRoute("/latin", latin);

        const QString path = freshPath();
        CrawlOptions options;
        options.url = server.url(u"/"_s);
        options.formats = {u"rawHtml"_s};
        const Run run = crawl(path, options);
        QCOMPARE(run.state, JobState::Completed);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const auto home = store.page(run.jobId, 0);
        const auto second = store.page(run.jobId, 1);
        QVERIFY(home && second);
        QCOMPARE(home->rawHtml, QString::fromUtf8(utf8Page));
        QCOMPARE(second->rawHtml, u"<!doctype html><title>Gr\u00f6\u00dfe</title>"_s);
        QCOMPARE(home->bodyBytes, utf8Page.size());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"SELECT idx, raw_html IS NULL, length(raw_html_gzip) FROM pages "
                           "ORDER BY idx"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(1).toBool());
        QCOMPARE(query.value(2).toLongLong(), utf8.body.size());
        QVERIFY(query.next());
        QVERIFY(!query.value(1).toBool());
        QVERIFY(query.value(2).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCrawler)
#include "tst_crawler.moc"
