// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl crawl --sample-site`, the built binary run headless: it serves the bundled sample site
// itself and crawls it to the end, every page stored, the broken link as a 404 error row.
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"
#include "store/pagequery.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runTrawl(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRAWL_BINARY), arguments);
    if (!process.waitForStarted() || !finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString pathOf(const QString &url)
{
    return QUrl(url).path();
}

} // namespace

class TestSampleSiteCrawl final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
    }

    void crawlsTheSampleSite()
    {
        const QString db = m_dir.filePath(u"sample.sqlite"_s);
        const Result result = runTrawl({u"crawl"_s, u"--sample-site"_s, u"--db"_s, db});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString jobId = result.out.split(u'\n').constFirst();
        QVERIFY2(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(jobId).hasMatch(),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(u"completed"_s), qPrintable(result.err));

        JobStore store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const auto job = store.job(jobId);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Completed);
        QVERIFY(job->startUrl.startsWith(u"http://127.0.0.1:"_s));

        PageQuery query;
        query.jobId = jobId;
        query.limit = 1000;
        const QList<PageRecord> pages = store.pages(query);

        // Every page of the site was stored once and completed, except the folder robots.txt
        // keeps crawlers out of; the sitemap-only glossary is among them.
        QSet<QString> completed;
        for (const PageRecord &page : pages) {
            if (page.state == PageState::Completed) {
                QCOMPARE(page.httpStatus, 200);
                QVERIFY2(!completed.contains(pathOf(page.url)), qPrintable(page.url));
                completed.insert(pathOf(page.url));
            }
        }
        QSet<QString> expected;
        for (const QString &path : SampleSiteServer::pagePaths()) {
            if (!path.startsWith(SampleSiteServer::disallowedPath()))
                expected.insert(path);
        }
        QVERIFY(expected.contains(u"/guides/glossary.html"_s));
        QCOMPARE(completed, expected);

        // The broken link is an error row: 404, HTTP_4XX, and the page that links to it.
        const auto broken = std::find_if(pages.cbegin(), pages.cend(), [](const PageRecord &page) {
            return pathOf(page.url) == SampleSiteServer::brokenLinkPath();
        });
        QVERIFY(broken != pages.cend());
        QCOMPARE(broken->state, PageState::Failed);
        QCOMPARE(broken->httpStatus, 404);
        QCOMPARE(broken->errorCode(), u"HTTP_4XX"_s);
        QCOMPARE(pathOf(broken->parentUrl), u"/journal/estuary-report.html"_s);
        QVERIFY(!broken->errorMessage.isEmpty());

        // Nothing under the disallowed folder was fetched.
        for (const PageRecord &page : pages) {
            if (pathOf(page.url).startsWith(SampleSiteServer::disallowedPath()))
                QVERIFY2(page.httpStatus == 0 && page.state != PageState::Completed,
                         qPrintable(page.url));
        }

        // The slow page waited for the server.
        const auto slow = std::find_if(pages.cbegin(), pages.cend(), [](const PageRecord &page) {
            return pathOf(page.url) == SampleSiteServer::slowPagePath();
        });
        QVERIFY(slow != pages.cend());
        QVERIFY2(slow->durationMs >= SampleSiteServer::defaultSlowPageDelayMs,
                 qPrintable(QString::number(slow->durationMs)));
    }

    // kill -9 half-way, then `trawl resume`: the new process serves the sample site again on the
    // port the job's URLs name, and finishes the crawl with no page lost.
    void resumedAfterTheProcessDied()
    {
        const QString db = m_dir.filePath(u"killed.sqlite"_s);
        QProcess crawl;
        crawl.start(QStringLiteral(TRAWL_BINARY),
                    {u"crawl"_s, u"--sample-site"_s, u"--db"_s, db, u"--quiet"_s});
        QVERIFY(crawl.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(crawl.canReadLine(), 30000);
        const QString jobId = QString::fromUtf8(crawl.readLine()).trimmed();
        JobStore store(db);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        // The slow page keeps the crawl going for over a second: kill it once pages are stored.
        QTRY_VERIFY_WITH_TIMEOUT(store.job(jobId) && store.job(jobId)->pagesCompleted >= 2, 30000);
        crawl.kill();
        QVERIFY(crawl.waitForFinished());
        const auto killed = store.job(jobId);
        QCOMPARE(killed->state, JobState::Running); // as the dead process left it
        qint64 expected = 0;
        for (const QString &path : SampleSiteServer::pagePaths())
            expected += path.startsWith(SampleSiteServer::disallowedPath()) ? 0 : 1;
        QVERIFY2(killed->pagesCompleted < expected, "the crawl ended before it was killed");

        const Result resumed = runTrawl({u"resume"_s, jobId, u"--db"_s, db});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const auto done = store.job(jobId);
        QCOMPARE(done->state, JobState::Completed);
        QCOMPARE(done->pagesCompleted, expected);
        PageQuery failed;
        failed.jobId = jobId;
        failed.states = {PageState::Failed};
        const QList<PageRecord> failures = store.pages(failed);
        QCOMPARE(failures.size(), 1); // the broken link; nothing failed to connect
        QCOMPARE(failures.constFirst().errorCode(), u"HTTP_4XX"_s);
    }

    void refusesAUrlWithTheSampleSite()
    {
        const Result result = runTrawl({u"crawl"_s, u"--sample-site"_s, u"http://127.0.0.1:9/"_s,
                                        u"--db"_s, m_dir.filePath(u"refused.sqlite"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"--sample-site"_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestSampleSiteCrawl)
#include "tst_samplesitecrawl.moc"
