// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/hostscheduler.h"
#include "model/crawlrequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// JSON written with single quotes, so the tests stay readable without raw strings (which moc in
// Qt 6.4 cannot tokenize).
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestCrawlRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAFirecrawlBody()
    {
        QString error;
        const auto options = CrawlRequest::fromJson(
            json(
                "{'url': 'https://docs.example.com/guide/', 'limit': 50, 'maxDepth': 3, "
                "'includePaths': ['^/guide/.*'], 'excludePaths': ['/private/'], 'regexOnFullURL': "
                "false, 'allowExternalLinks': false, 'allowSubdomains': true, 'crawlEntireDomain': "
                "true, 'ignoreRobotsTxt': true, 'ignoreSitemap': true, 'deduplicateSimilarURLs': "
                "false, 'ignoreQueryParameters': true, 'delay': 1.5, 'maxConcurrency': 4, "
                "'origin': 'js-sdk@1.29.3', 'scrapeOptions': {'formats': ['markdown', 'links'], "
                "'timeout': 5000, 'headers': {'Cookie': 'a=b'}}, 'trawl': {'retries': 0, "
                "'perHostConcurrency': 2, 'userAgent': 'Bot/1', 'maxBodyBytes': 2048}}"),
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->url, QUrl(u"https://docs.example.com/guide/"_s));
        QCOMPARE(options->limit, 50);
        QCOMPARE(options->maxDepth, 3);
        QCOMPARE(options->includePaths, QStringList{u"^/guide/.*"_s});
        QCOMPARE(options->excludePaths, QStringList{u"/private/"_s});
        QVERIFY(options->allowSubdomains);
        QVERIFY(options->crawlEntireDomain);
        QVERIFY(options->ignoreRobotsTxt);
        QVERIFY(options->ignoreSitemap);
        QVERIFY(!options->deduplicateSimilarUrls);
        QVERIFY(options->ignoreQueryParameters);
        QCOMPARE(options->delayMs, 1500);
        QCOMPARE(options->concurrency, 4);
        QCOMPARE(options->formats, (QStringList{u"markdown"_s, u"links"_s}));
        QCOMPARE(options->timeoutMs, 5000);
        QCOMPARE(options->headers.size(), 1);
        QCOMPARE(options->headers.constFirst().second, u"a=b"_s);
        QCOMPARE(options->retries, 0);
        QCOMPARE(options->perHostConcurrency, 2);
        QCOMPARE(options->userAgent, u"Bot/1"_s);
        QCOMPARE(options->maxBodyBytes, 2048);
        // A delay means one request at a time per host, as in Firecrawl.
        QCOMPARE(options->effectivePerHostConcurrency(), 1);

        // What the store keeps reads back the same.
        QCOMPARE(CrawlRequest::fromJson(CrawlRequest::toJson(*options), &error), options);
    }

    void renderOptions()
    {
        QString error;
        const auto options = CrawlRequest::fromJson(
            json("{'url': 'http://a.test', 'scrapeOptions': {'waitFor': 500, 'formats': "
                 "['markdown', 'screenshot@fullPage']}, 'trawl': {'render': 'auto', "
                 "'waitForSelector': '#app h1', 'renderTimeout': 9000, 'blockResources': true}}"),
            &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->renderMode, CrawlOptions::RenderMode::Auto);
        QCOMPARE(options->waitForMs, 500);
        QCOMPARE(options->waitForSelector, u"#app h1"_s);
        QCOMPARE(options->renderTimeoutMs, 9000);
        QVERIFY(options->blockResources);
        QCOMPARE(options->screenshot(), CrawlOptions::Screenshot::FullPage);
        QCOMPARE(CrawlRequest::fromJson(CrawlRequest::toJson(*options), &error), options);
        // Firecrawl renders every page: a body that waits, without saying how, renders.
        const auto waits = CrawlRequest::fromJson(
            json("{'url': 'http://a.test', 'scrapeOptions': {'waitFor': 100}}"), &error);
        QVERIFY2(waits, qPrintable(error));
        QCOMPARE(waits->renderMode, CrawlOptions::RenderMode::Js);
        // So does a body that asks for a screenshot (Firecrawl takes them of rendered pages).
        for (const char *format : {"screenshot", "screenshot@fullPage"}) {
            const auto shot = CrawlRequest::fromJson(
                json((QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'formats': "
                                 "['markdown', '")
                      + format + "']}}")
                         .constData()),
                &error);
            QVERIFY2(shot, qPrintable(error));
            QCOMPARE(shot->renderMode, CrawlOptions::RenderMode::Js);
            QVERIFY(shot->screenshot() != CrawlOptions::Screenshot::None);
        }
        // trawl.render still says how: auto takes screenshots of the pages it renders.
        const auto autoShot = CrawlRequest::fromJson(
            json("{'url': 'http://a.test', 'scrapeOptions': {'formats': ['screenshot']}, "
                 "'trawl': {'render': 'auto'}}"),
            &error);
        QVERIFY2(autoShot, qPrintable(error));
        QCOMPARE(autoShot->renderMode, CrawlOptions::RenderMode::Auto);
        // A wait as long as the default render timeout, without a timeout of its own, gets one
        // that leaves the default time after the wait.
        const auto longWait = CrawlRequest::fromJson(
            json("{'url': 'http://a.test', 'scrapeOptions': {'waitFor': 45000}}"), &error);
        QVERIFY2(longWait, qPrintable(error));
        QCOMPARE(longWait->renderTimeoutMs, 45000 + CrawlOptions::defaultRenderTimeoutMs);
        QVERIFY(longWait->validate().isEmpty());
    }

    void waitForMustBeShorterThanTheRenderTimeout()
    {
        CrawlOptions options;
        options.url = QUrl(u"http://a.test/"_s);
        options.renderMode = CrawlOptions::RenderMode::Js;
        options.renderTimeoutMs = 5000;
        options.waitForMs = 4999;
        QVERIFY(options.validate().isEmpty());
        options.waitForMs = 5000;
        const QStringList problems = options.validate();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(u"waitFor (5000 ms)"_s)
                     && problems.constFirst().contains(u"render timeout (5000 ms)"_s),
                 qPrintable(problems.constFirst()));
    }

    void defaultsFollowFirecrawl()
    {
        QString error;
        const auto options = CrawlRequest::fromJson(json("{'url': 'example.com'}"), &error);
        QVERIFY2(options, qPrintable(error));
        QCOMPARE(options->url, QUrl(u"http://example.com"_s));
        QCOMPARE(options->limit, 10000);
        QCOMPARE(options->maxDepth, 10);
        QCOMPARE(options->formats, QStringList{u"markdown"_s});
        QVERIFY(options->deduplicateSimilarUrls);
        QVERIFY(!options->crawlEntireDomain);
        QVERIFY(!options->ignoreRobotsTxt);
        // allowBackwardLinks is the deprecated name of crawlEntireDomain.
        const auto legacy = CrawlRequest::fromJson(
            json("{'url': 'http://a.test/', 'allowBackwardLinks': true}"), &error);
        QVERIFY(legacy && legacy->crawlEntireDomain);
    }

    void rejectsWithTheKeyNamed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing url") << QByteArray("{'limit': 5}") << u"url"_s;
        QTest::newRow("unknown key")
            << QByteArray("{'url': 'http://a.test', 'limt': 5}") << u"\"limt\""_s;
        QTest::newRow("unknown nested key")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'fromats': []}}")
            << u"scrapeOptions.fromats"_s;
        QTest::newRow("limit as a string")
            << QByteArray("{'url': 'http://a.test', 'limit': '5'}") << u"limit"_s;
        QTest::newRow("fractional limit")
            << QByteArray("{'url': 'http://a.test', 'limit': 2.5}") << u"limit"_s;
        QTest::newRow("negative depth")
            << QByteArray("{'url': 'http://a.test', 'maxDepth': -1}") << u"maxDepth"_s;
        QTest::newRow("boolean as a number")
            << QByteArray("{'url': 'http://a.test', 'ignoreSitemap': 1}") << u"ignoreSitemap"_s;
        QTest::newRow("paths not an array")
            << QByteArray("{'url': 'http://a.test', 'includePaths': '/a'}") << u"includePaths"_s;
        QTest::newRow("path not a string")
            << QByteArray("{'url': 'http://a.test', 'excludePaths': [3]}") << u"excludePaths"_s;
        QTest::newRow("invalid regex")
            << QByteArray("{'url': 'http://a.test', 'includePaths': ['(unclosed']}")
            << u"(unclosed"_s;
        QTest::newRow("header value not a string")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'headers': {'X': 1}}}")
            << u"scrapeOptions.headers.X"_s;
        QTest::newRow("unknown format")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'formats': ['pdf']}}")
            << u"pdf"_s;
        QTest::newRow("screenshot needs rendering")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'formats': ['screenshot']}, "
                          "'trawl': {'render': 'static'}}")
            << u"JavaScript"_s;
        QTest::newRow("waitFor not shorter than the render timeout")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'waitFor': 5000}, "
                          "'trawl': {'renderTimeout': 5000}}")
            << u"render timeout"_s;
        QTest::newRow("unknown render mode")
            << QByteArray("{'url': 'http://a.test', 'trawl': {'render': 'chrome'}}")
            << u"trawl.render"_s;
        QTest::newRow("waitFor too long")
            << QByteArray("{'url': 'http://a.test', 'scrapeOptions': {'waitFor': 999999}}")
            << u"scrapeOptions.waitFor"_s;
        QTest::newRow("selector without rendering")
            << QByteArray("{'url': 'http://a.test', 'trawl': {'waitForSelector': '#x'}}")
            << u"selector"_s;
        QTest::newRow("not yet supported")
            << QByteArray("{'url': 'http://a.test', 'webhook': 'http://hook.test'}")
            << u"webhook"_s;
        QTest::newRow("ftp url") << QByteArray("{'url': 'ftp://a.test/'}") << u"url"_s;
        QTest::newRow("concurrency too high")
            << QByteArray("{'url': 'http://a.test', 'maxConcurrency': 1000}")
            << u"maxConcurrency"_s;
    }

    void rejectsWithTheKeyNamed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!CrawlRequest::fromJson(json(body.constData()), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void schedulerKeepsPerHostLimitsAndDelays()
    {
        HostScheduler scheduler(2, 0);
        const QString a = u"a.test"_s;
        const QString b = u"b.test"_s;
        QVERIFY(scheduler.isReady(a, 0));
        scheduler.acquire(a, 0);
        scheduler.acquire(a, 0);
        QVERIFY(!scheduler.isReady(a, 0)); // two in flight
        QVERIFY(scheduler.isReady(b, 0));  // other hosts are not affected
        scheduler.release(a, 10);
        QVERIFY(scheduler.isReady(a, 10));

        // Crawl-delay: one at a time, `delay` after the previous one ended; capped.
        QCOMPARE(scheduler.setCrawlDelay(b, 500), 500);
        scheduler.acquire(b, 100);
        QVERIFY(!scheduler.isReady(b, 100));
        scheduler.release(b, 200);
        QVERIFY(!scheduler.isReady(b, 699));
        QVERIFY(scheduler.isReady(b, 700));
        QCOMPARE(scheduler.nextReadyAt(300), 700);
        QCOMPARE(scheduler.setCrawlDelay(b, 3600 * 1000), HostScheduler::maxCrawlDelayMs);

        // Retry-After pauses the host, capped.
        QCOMPARE(scheduler.backOff(a, 1000, 2000), 2000);
        QVERIFY(!scheduler.isReady(a, 2999));
        QVERIFY(scheduler.isReady(a, 3000));
        QCOMPARE(scheduler.backOff(a, 0, 3600 * 1000), HostScheduler::maxRetryAfterMs);
    }
};

QTEST_GUILESS_MAIN(TestCrawlRequest)
#include "tst_crawlrequest.moc"
