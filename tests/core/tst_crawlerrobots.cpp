// SPDX-License-Identifier: GPL-3.0-or-later
// Real crawls that check what a crawl is allowed to fetch: robots.txt (rules, outages,
// Crawl-delay), meta robots and X-Robots-Tag, <base href>, rel=canonical and the scope options.
// What is asserted is what the store holds afterwards and what the server was asked.
#include "support/crawlharness.h"
#include "support/testhttpserver.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int crawlWaitMs = 30000; // a crawl still running after this has hung

CrawlOptions optionsFor(const QUrl &url)
{
    CrawlOptions options;
    options.url = url;
    options.ignoreSitemap = true;
    options.timeoutMs = 5000;
    options.retries = 0;
    return options;
}

// What the server was asked for pages, robots.txt aside, sorted: paths on 127.0.0.1, host and
// path on any other host name ("localhost/x").
QStringList pageRequests(const RequestLog &log)
{
    QStringList requests;
    for (const RequestLog::Entry &entry : log.pageRequests()) {
        const QString path = QString::fromLatin1(entry.path);
        requests << (entry.host == "127.0.0.1" ? path : QString::fromLatin1(entry.host) + path);
    }
    requests.sort();
    return requests;
}

} // namespace

class TestCrawlerRobots final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CrawlHarness m_harness{m_dir.path()};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void robotsTxtDecidesWhatIsFetched_data()
    {
        QTest::addColumn<int>("robotsStatus");
        QTest::addColumn<QByteArray>("robotsTxt");
        QTest::addColumn<bool>("ignoreRobotsTxt");
        QTest::addColumn<bool>("privateFetched");
        const QByteArray disallow = "User-agent: *\nDisallow: /private/\n"_ba;
        QTest::newRow("Disallow: /private/ is obeyed") << 200 << disallow << false << false;
        QTest::newRow("a group naming Trawl")
            << 200 << "User-agent: Trawl\nDisallow: /private/\n\nUser-agent: *\nAllow: /\n"_ba
            << false << false;
        QTest::newRow("another agent's group does not apply")
            << 200 << "User-agent: OtherBot\nDisallow: /\n"_ba << false << true;
        QTest::newRow("ignoreRobotsTxt fetches everything") << 200 << disallow << true << true;
        QTest::newRow("robots.txt answering 404 allows everything")
            << 404 << disallow << false << true;
    }

    void robotsTxtDecidesWhatIsFetched()
    {
        QFETCH(int, robotsStatus);
        QFETCH(QByteArray, robotsTxt);
        QFETCH(bool, ignoreRobotsTxt);
        QFETCH(bool, privateFetched);
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse robots = TestResponse::html(robotsTxt);
        robots.status = robotsStatus;
        robots.contentType = "text/plain";
        server.addRoute("/robots.txt", robots);
        // A public page whose name contains "private" is not under /private/.
        const QStringList links{u"/private/a"_s, u"/private/b"_s, u"/docs/private-data/"_s,
                                u"/public"_s};
        server.addPage("/", CrawlHarness::page(u"Home"_s, links));
        for (const QString &link : links)
            server.addPage(link.toLatin1(), CrawlHarness::page(link, {}));
        CrawlOptions options = optionsFor(server.url(u"/"_s));
        options.ignoreRobotsTxt = ignoreRobotsTxt;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);

        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 5);
        for (const QString &path : {u"/docs/private-data/"_s, u"/public"_s}) {
            QCOMPARE(CrawlHarness::pageAt(pages, path).state, PageState::Completed);
            QCOMPARE(server.requestCount(path.toLatin1()), 1);
        }
        for (const QString &path : {u"/private/a"_s, u"/private/b"_s}) {
            const PageRecord page = CrawlHarness::pageAt(pages, path);
            QVERIFY2(page.index >= 0, "not stored");
            QCOMPARE(page.state, privateFetched ? PageState::Completed : PageState::Skipped);
            QCOMPARE(page.errorCode(), privateFetched ? QString() : u"ROBOTS_BLOCKED"_s);
            QCOMPARE(server.requestCount(path.toLatin1()), privateFetched ? 1 : 0);
        }
    }

    void robotsMetaAndHeader_data()
    {
        QTest::addColumn<QString>("meta");       // content of <meta name=robots>, if any
        QTest::addColumn<QByteArray>("xRobots"); // X-Robots-Tag header, if any
        QTest::addColumn<bool>("ignoreRobotsTxt");
        QTest::addColumn<PageState>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("linksFollowed");
        QTest::newRow("meta noindex,nofollow") << u"noindex,nofollow"_s << QByteArray() << false
                                               << PageState::Skipped << u"NOINDEX"_s << false;
        QTest::newRow("X-Robots-Tag noindex, nofollow")
            << QString() << "noindex, nofollow"_ba << false << PageState::Skipped << u"NOINDEX"_s
            << false;
        QTest::newRow("meta nofollow only")
            << u"nofollow"_s << QByteArray() << false << PageState::Completed << QString() << false;
        QTest::newRow("meta noindex only")
            << u"noindex"_s << QByteArray() << false << PageState::Skipped << u"NOINDEX"_s << true;
        QTest::newRow("X-Robots-Tag for another bot")
            << QString() << "otherbot: noindex, nofollow"_ba << false << PageState::Completed
            << QString() << true;
        QTest::newRow("ignoreRobotsTxt ignores meta robots too")
            << u"noindex,nofollow"_s << QByteArray() << true << PageState::Completed << QString()
            << true;
    }

    void robotsMetaAndHeader()
    {
        QFETCH(QString, meta);
        QFETCH(QByteArray, xRobots);
        QFETCH(bool, ignoreRobotsTxt);
        QFETCH(PageState, state);
        QFETCH(QString, code);
        QFETCH(bool, linksFollowed);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/tagged"_s}));
        const QString head =
            meta.isEmpty() ? QString() : u"<meta name=\"robots\" content=\"%1\">"_s.arg(meta);
        TestResponse tagged =
            TestResponse::html(CrawlHarness::page(u"Tagged"_s, {u"/behind"_s}, head));
        if (!xRobots.isEmpty())
            tagged.headers.append({"X-Robots-Tag"_ba, xRobots});
        server.addRoute("/tagged", tagged);
        server.addPage("/behind", CrawlHarness::page(u"Behind"_s, {}));
        CrawlOptions options = optionsFor(server.url(u"/"_s));
        options.ignoreRobotsTxt = ignoreRobotsTxt;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);

        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), linksFollowed ? 3 : 2);
        const PageRecord page = CrawlHarness::pageAt(pages, u"/tagged"_s);
        QVERIFY2(page.index >= 0, "not stored");
        QCOMPARE(page.state, state);
        QCOMPARE(page.errorCode(), code);
        QCOMPARE(page.httpStatus, 200);
        QCOMPARE(server.requestCount("/tagged"), 1);
        QCOMPARE(server.requestCount("/behind"), linksFollowed ? 1 : 0);
    }

    void robotsTxtUnavailableThenRecovers()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        int robotsRequests = 0;
        server.setHandler([&robotsRequests](const TestRequest &request) {
            if (request.path != "/robots.txt")
                return TestResponse::withStatus(404);
            if (++robotsRequests == 1)
                return TestResponse::withStatus(503);
            TestResponse robots = TestResponse::html("User-agent: *\nDisallow: /private/\n");
            robots.contentType = "text/plain";
            return robots;
        });
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/a"_s, u"/private/x"_s}));
        server.addPage("/a", CrawlHarness::page(u"A"_s, {}));
        server.addPage("/private/x", CrawlHarness::page(u"X"_s, {}));
        const CrawlHarness::Run run = m_harness.crawl(optionsFor(server.url(u"/"_s)), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);

        const QList<RequestLog::Entry> robots = log.requestsFor("/robots.txt");
        QCOMPARE(robots.size(), 2);
        const QList<RequestLog::Entry> asked = log.pageRequests();
        QVERIFY(!asked.isEmpty());
        QVERIFY2(asked.constFirst().atMs >= robots.at(1).atMs,
                 "a page was fetched before robots.txt");
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/"_s).state, PageState::Completed);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/a"_s).state, PageState::Completed);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/private/x"_s).errorCode(), u"ROBOTS_BLOCKED"_s);
        QCOMPARE(server.requestCount("/private/x"), 0);
    }

    void crawlDelaySpacesRequests()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        TestResponse robots = TestResponse::html("User-agent: *\nCrawl-delay: 1\n");
        robots.contentType = "text/plain";
        server.addRoute("/robots.txt", robots);
        QStringList links;
        for (int i = 1; i <= 5; ++i)
            links << u"/p%1"_s.arg(i);
        server.addPage("/", CrawlHarness::page(u"Home"_s, links));
        server.setHandler(
            [](const TestRequest &) { return TestResponse::html(CrawlHarness::page(u"P"_s, {})); });
        CrawlOptions options = optionsFor(server.url(u"/"_s));
        options.limit = 3;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        QCOMPARE(CrawlHarness::pages(run).size(), 3);
        const QList<RequestLog::Entry> asked = log.pageRequests();
        QCOMPARE(asked.size(), 3);
        for (qsizetype i = 1; i < asked.size(); ++i) {
            const qint64 gap = asked.at(i).atMs - asked.at(i - 1).atMs;
            QVERIFY2(gap >= 950, qPrintable(u"request %1 came %2 ms later"_s.arg(i).arg(gap)));
        }
    }

    void baseHrefResolvesRelativeLinks()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/docs/base-href"_s}));
        server.addPage("/docs/base-href",
                       CrawlHarness::page(u"Base"_s, {u"a"_s, u"b/c"_s, u"../up"_s},
                                          u"<base href=\"/base-target/\">"_s));
        server.setHandler([](const TestRequest &request) {
            return request.path == "/robots.txt"
                       ? TestResponse::withStatus(404)
                       : TestResponse::html(CrawlHarness::page(u"Leaf"_s, {}));
        });
        const CrawlHarness::Run run = m_harness.crawl(optionsFor(server.url(u"/"_s)), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        QCOMPARE(pageRequests(log), (QStringList{u"/"_s, u"/base-target/a"_s, u"/base-target/b/c"_s,
                                                 u"/docs/base-href"_s, u"/up"_s}));
    }

    void canonicalTargetIsNotFetchedSeparately()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/canonical"_s}));
        server.addPage("/canonical", CrawlHarness::page(
                                         u"Canonical"_s, {u"/canonical/target"_s, u"/other"_s},
                                         u"<link rel=\"canonical\" href=\"/canonical/target\">"_s));
        server.addPage("/other", CrawlHarness::page(u"Other"_s, {u"/canonical/target"_s}));
        server.addPage("/canonical/target", CrawlHarness::page(u"Target"_s, {}));
        const CrawlHarness::Run run = m_harness.crawl(optionsFor(server.url(u"/"_s)), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        QCOMPARE(pageRequests(log), (QStringList{u"/"_s, u"/canonical"_s, u"/other"_s}));
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(CrawlHarness::pageAt(pages, u"/canonical"_s).state, PageState::Completed);
    }

    void scopeOptions_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QStringList>("includePaths");
        QTest::addColumn<QStringList>("excludePaths");
        QTest::addColumn<bool>("regexOnFullUrl");
        QTest::addColumn<bool>("crawlEntireDomain");
        QTest::addColumn<bool>("allowExternalLinks");
        QTest::addColumn<QStringList>("fetched"); // sorted; other host names as "localhost/path"
        const QStringList docs{u"/docs/"_s, u"/docs/a"_s, u"/docs/guide/b"_s};
        const QStringList site = QStringList{u"/"_s, u"/blog/"_s, u"/blog/b"_s} + docs;
        const QStringList none;
        const QString fullUrlBlog = u"^http://127\\.0\\.0\\.1:[0-9]+/blog/"_s;
        QTest::newRow("under the start path only")
            << u"/docs/"_s << none << none << false << false << false << docs;
        QTest::newRow("crawlEntireDomain")
            << u"/docs/"_s << none << none << false << true << false << site;
        QTest::newRow("includePaths on the path")
            << u"/"_s << QStringList{u"^/docs/"_s} << none << false << false << false
            << QStringList{u"/"_s} + docs;
        QTest::newRow("excludePaths on the path")
            << u"/"_s << none << QStringList{u"^/blog/"_s, u"guide"_s} << false << false << false
            << QStringList{u"/"_s, u"/docs/"_s, u"/docs/a"_s};
        QTest::newRow("includePaths on the full URL (regexOnFullURL)")
            << u"/"_s << QStringList{fullUrlBlog} << none << true << false << false
            << QStringList{u"/"_s, u"/blog/"_s, u"/blog/b"_s};
        QTest::newRow("a full-URL pattern without regexOnFullURL")
            << u"/"_s << QStringList{fullUrlBlog} << none << false << false << false
            << QStringList{u"/"_s};
        QTest::newRow("allowExternalLinks follows another host name")
            << u"/"_s << none << none << false << false << true
            << site + QStringList{u"localhost/elsewhere"_s, u"localhost/elsewhere-next"_s};
    }

    void scopeOptions()
    {
        QFETCH(QString, start);
        QFETCH(QStringList, includePaths);
        QFETCH(QStringList, excludePaths);
        QFETCH(bool, regexOnFullUrl);
        QFETCH(bool, crawlEntireDomain);
        QFETCH(bool, allowExternalLinks);
        QFETCH(QStringList, fetched);
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        const QString elsewhere = u"http://localhost:%1/elsewhere"_s.arg(server.port());
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/docs/"_s, u"/blog/"_s, elsewhere}));
        server.addPage("/docs/",
                       CrawlHarness::page(u"Docs"_s, {u"a"_s, u"guide/b"_s, u"/blog/b"_s, u"/"_s}));
        server.addPage("/blog/", CrawlHarness::page(u"Blog"_s, {u"b"_s}));
        server.addPage("/elsewhere", CrawlHarness::page(u"Elsewhere"_s, {u"/elsewhere-next"_s}));
        server.setHandler([](const TestRequest &request) {
            return request.path == "/robots.txt"
                       ? TestResponse::withStatus(404)
                       : TestResponse::html(CrawlHarness::page(u"Leaf"_s, {}));
        });
        CrawlOptions options = optionsFor(server.url(start));
        options.includePaths = includePaths;
        options.excludePaths = excludePaths;
        options.regexOnFullUrl = regexOnFullUrl;
        options.crawlEntireDomain = crawlEntireDomain;
        options.allowExternalLinks = allowExternalLinks;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        fetched.sort();
        QCOMPARE(pageRequests(log), fetched);
        QCOMPARE(CrawlHarness::pages(run).size(), fetched.size());
    }

    void subdomains_data()
    {
        QTest::addColumn<bool>("allowSubdomains");
        QTest::newRow("a subdomain is another site by default") << false;
        QTest::newRow("allowSubdomains follows it") << true;
    }

    void subdomains()
    {
        QFETCH(bool, allowSubdomains);
        TestHttpServer server;
        QVERIFY(server.listen());
        const QString port = QString::number(server.port());
        // sub.localhost does not resolve here: a crawl that follows the link stores a failure.
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"http://sub.localhost:%1/x"_s.arg(port),
                                                           u"http://127.0.0.1:%1/y"_s.arg(port)}));
        CrawlOptions options = optionsFor(QUrl(u"http://localhost:%1/"_s.arg(port)));
        options.allowSubdomains = allowSubdomains;
        options.ignoreRobotsTxt = true; // no robots.txt attempts on a host that does not resolve
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), allowSubdomains ? 2 : 1);
        QCOMPARE(QUrl(pages.constFirst().url).host(), u"localhost"_s);
        if (allowSubdomains) {
            QCOMPARE(QUrl(pages.at(1).url).host(), u"sub.localhost"_s);
            QVERIFY(pages.at(1).state != PageState::Skipped);
        }
        QCOMPARE(server.requestCount("/y"), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrawlerRobots)
#include "tst_crawlerrobots.moc"
