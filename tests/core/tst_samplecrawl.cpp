// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run crawl as the window starts it: SampleCrawl serves the sample site, creates the
// job and runs it in a CrawlRunner, with a real SQLite file.
#include "crawl/crawlrunner.h"
#include "samplesite/samplecrawl.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"
#include "store/pagequery.h"
#include "store/storewriter.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
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
};

QTEST_GUILESS_MAIN(TestSampleCrawl)
#include "tst_samplecrawl.moc"
