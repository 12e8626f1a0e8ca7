// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run crawl as the window starts it: SampleCrawl serves the sample site, creates the
// job and runs it in a CrawlRunner, with a real SQLite file.
#include "crawl/crawlrunner.h"
#include "model/jobinfo.h"
#include "samplesite/samplecrawl.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"
#include "store/pagequery.h"
#include "store/storewriter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSampleCrawl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAQueuedJobOfTheSampleSite()
    {
        JobStore store(m_dir.filePath(u"queued.sqlite"_s));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        SampleCrawl sample;
        QVERIFY(!sample.server()->isListening());
        const QString id = sample.createJob(store, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(sample.server()->isListening());
        const auto job = store.job(id);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(job->options, SampleCrawl::options(sample.server()->url()));
        QCOMPARE(job->startUrl, sample.server()->url().toString());
        QVERIFY(job->options.formats.contains(u"links"_s));
        // A second sample job uses the same server.
        const quint16 port = sample.server()->port();
        const QString second = sample.createJob(store, &error);
        QVERIFY(!second.isEmpty() && second != id);
        QCOMPARE(sample.server()->port(), port);
    }

    void crawlsTheSampleSiteToTheEnd()
    {
        const QString path = m_dir.filePath(u"run.sqlite"_s);
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        StoreWriter writer(path);
        QVERIFY2(writer.start(&error), qPrintable(error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        SampleCrawl sample;
        sample.server()->setSlowPageDelay(200);

        const QString id = sample.start(store, runner, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QVERIFY(runner.isRunning(id));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.constFirst().at(0).toString(), id);
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);

        PageQuery query;
        query.jobId = id;
        query.limit = 1000;
        query.fields = PageField::Markdown | PageField::Html | PageField::Links;
        const QList<PageRecord> pages = store.pages(query);
        QSet<QString> completed;
        int failed = 0;
        for (const PageRecord &page : pages) {
            if (page.state == PageState::Completed) {
                completed.insert(QUrl(page.url).path());
                QVERIFY2(!page.markdown.isEmpty() && !page.html.isEmpty() && !page.links.isEmpty(),
                         qPrintable(page.url));
            } else if (page.state == PageState::Failed) {
                ++failed;
                QCOMPARE(QUrl(page.url).path(), SampleSiteServer::brokenLinkPath());
                QCOMPARE(page.errorCode(), u"HTTP_4XX"_s);
            }
        }
        QCOMPARE(failed, 1);
        QSet<QString> expected;
        for (const QString &page : SampleSiteServer::pagePaths()) {
            if (!page.startsWith(SampleSiteServer::disallowedPath()))
                expected.insert(page);
        }
        QCOMPARE(completed, expected);

        // The site keeps answering after the crawl (a paused sample job can be resumed).
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(sample.server()->url()));
        QSignalSpy replyFinished(reply, &QNetworkReply::finished);
        QVERIFY(replyFinished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    // A later session (whose own server listens elsewhere, or not at all) serves an earlier
    // session's sample job where its URLs point, and the job crawls to the end there.
    void servesAnEarlierSessionsJobOnItsPort()
    {
        const QString path = m_dir.filePath(u"later.sqlite"_s);
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QString id;
        quint16 port = 0;
        {
            SampleCrawl earlier;
            id = earlier.createJob(store, &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            port = earlier.server()->port();
        }
        const auto job = store.job(id);
        QVERIFY(job);
        QVERIFY(SampleCrawl::isSampleJob(*job));
        QCOMPARE(job->options.url.port(), int(port));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!probe.waitForConnected(2000)); // the earlier session's server is gone

        SampleCrawl later;
        later.server()->setSlowPageDelay(100);
        QVERIFY2(later.serve(*job, &error), qPrintable(error));
        QVERIFY(later.serve(*job, &error)); // once is enough
        StoreWriter writer(path);
        QVERIFY2(writer.start(&error), qPrintable(error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        QVERIFY(runner.start(id));
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);
        const auto done = store.job(id);
        qint64 expected = 0;
        for (const QString &page : SampleSiteServer::pagePaths())
            expected += page.startsWith(SampleSiteServer::disallowedPath()) ? 0 : 1;
        QCOMPARE(done->pagesCompleted, expected);
        PageQuery failed;
        failed.jobId = id;
        failed.states = {PageState::Failed};
        const QList<PageRecord> failures = store.pages(failed);
        QCOMPARE(failures.size(), 1); // the broken link, and no connection errors
        QCOMPARE(failures.constFirst().errorCode(), u"HTTP_4XX"_s);
    }

    void refusesATakenPortWithTheReason()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        JobInfo job;
        job.options = SampleCrawl::options(QUrl(u"http://127.0.0.1:%1/"_s.arg(taken.serverPort())));
        SampleCrawl::mark(job);
        SampleCrawl sample;
        QString error;
        QVERIFY(!sample.serve(job, &error));
        QVERIFY2(error.contains(QString::number(taken.serverPort())), qPrintable(error));
        QVERIFY2(error.contains(u"new sample crawl"_s), qPrintable(error));
    }

    void leavesOtherJobsAlone()
    {
        JobInfo job;
        job.options = SampleCrawl::options(QUrl(u"http://127.0.0.1:9/"_s));
        QVERIFY(!SampleCrawl::isSampleJob(job));
        SampleCrawl sample;
        QString error;
        QVERIFY(sample.serve(job, &error));
        QVERIFY(!sample.server()->isListening());
        // A remote job carrying the mark is not served either.
        SampleCrawl::mark(job);
        job.provider = u"firecrawl-v1"_s;
        QVERIFY(!SampleCrawl::isSampleJob(job));
    }
};

QTEST_GUILESS_MAIN(TestSampleCrawl)
#include "tst_samplecrawl.moc"
