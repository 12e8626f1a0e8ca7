// SPDX-License-Identifier: GPL-3.0-or-later
// The built `trawl` binary against servers the test starts: the command-line contract of
// ARCHITECTURE.md (output, exit codes, one-line reasons).
#include "store/database.h"
#include "store/jobstore.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QRegularExpression
    uuidLine(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);

// Runs trawl without blocking the event loop, so servers of this test keep answering.
Result runTrawl(const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRAWL_BINARY), arguments);
    if (!process.waitForStarted() || !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDb() { return m_dir.filePath(u"cli-%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Keep the default database of a developer's machine out of the tests.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
    }

    void version()
    {
        const Result result = runTrawl({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"trawl " TRAWL_VERSION ""_s);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("global") << QStringList{u"--help"_s} << u"crawl URL"_s;
        QTest::newRow("crawl") << QStringList{u"crawl"_s, u"--help"_s} << u"--max-depth"_s;
        QTest::newRow("jobs") << QStringList{u"jobs"_s, u"-h"_s} << u"--db"_s;
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Result result = runTrawl(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString url = u"http://127.0.0.1:9/"_s;
        QTest::newRow("no url") << QStringList{u"crawl"_s} << u"start URL"_s;
        QTest::newRow("two urls") << QStringList{u"crawl"_s, url, url} << u"one start URL"_s;
        QTest::newRow("ftp url") << QStringList{u"crawl"_s, u"ftp://a.test/"_s} << u"ftp://"_s;
        QTest::newRow("malformed url") << QStringList{u"crawl"_s, u"http://a b/"_s} << u"a b"_s;
        QTest::newRow("limit not a number")
            << QStringList{u"crawl"_s, url, u"--limit"_s, u"ten"_s} << u"--limit"_s;
        QTest::newRow("limit zero")
            << QStringList{u"crawl"_s, url, u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("negative depth")
            << QStringList{u"crawl"_s, url, u"--max-depth"_s, u"-1"_s} << u"--max-depth"_s;
        QTest::newRow("concurrency too high")
            << QStringList{u"crawl"_s, url, u"--concurrency"_s, u"1000"_s} << u"256"_s;
        QTest::newRow("unknown option") << QStringList{u"crawl"_s, url, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("option without value")
            << QStringList{u"crawl"_s, url, u"--limit"_s} << u"limit"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown global option")
            << QStringList{u"--frobnicate"_s} << u"--frobnicate"_s;
        QTest::newRow("jobs takes no argument")
            << QStringList{u"jobs"_s, u"x"_s} << u"no arguments"_s;
    }

    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const QString db = freshDb();
        QStringList withDb = arguments;
        withDb.insert(1, u"--db"_s);
        withDb.insert(2, db);
        const Result result = runTrawl(withDb);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        const QStringList lines = result.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"trawl"_s), qPrintable(result.err));
        QVERIFY2(lines.constFirst().contains(reason), qPrintable(result.err));
        // Nothing was started: no job in the database.
        if (QFile::exists(db)) {
            JobStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.jobs().isEmpty());
        }
    }

    void refusesADatabaseFromANewerTrawl()
    {
        const QString db = freshDb();
        {
            JobStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        }
        const Result result = runTrawl({u"jobs"_s, u"--db"_s, db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"999"_s) && result.err.contains(u"newer"_s),
                 qPrintable(result.err));
    }

    void crawlsASiteAndListsTheJob()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString db = freshDb();
        const Result crawl = runTrawl({u"crawl"_s, server.url().toString(), u"--db"_s, db,
                                       u"--concurrency"_s, u"3"_s, u"--max-depth"_s, u"3"_s});
        QCOMPARE(crawl.exitCode, 0);
        const QStringList lines = crawl.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        const QString jobId = lines.constFirst();
        QVERIFY2(uuidLine.match(jobId).hasMatch(), qPrintable(jobId));
        // Not a terminal: no progress line, but a summary.
        QVERIFY2(!crawl.err.contains(u'\r'), qPrintable(crawl.err));
        QVERIFY2(crawl.err.contains(u"completed"_s), qPrintable(crawl.err));
        QCOMPARE(SmallSite::pageRequests(server), SmallSite::pagesWithinDepth[3]);

        const Result jobs = runTrawl({u"jobs"_s, u"--db"_s, db});
        QCOMPARE(jobs.exitCode, 0);
        const QStringList rows = jobs.out.trimmed().split(u'\n');
        QCOMPARE(rows.size(), 1);
        const QStringList fields = rows.constFirst().split(u'\t');
        QCOMPARE(fields.value(0), jobId);
        QCOMPARE(fields.value(1), u"local"_s);
        QCOMPARE(fields.value(2), u"completed"_s);
        const QString count = QString::number(SmallSite::pagesWithinDepth[3]);
        QCOMPARE(fields.value(3), count + u'/' + count);
        QCOMPARE(fields.value(5), server.url().toString());

        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(jobId), SmallSite::pagesWithinDepth[3]);
    }

    void quietPrintsOnlyTheJobId()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const Result crawl =
            runTrawl({u"crawl"_s, server.url().toString(), u"--db"_s, freshDb(), u"--quiet"_s});
        QCOMPARE(crawl.exitCode, 0);
        QVERIFY(uuidLine.match(crawl.out.trimmed()).hasMatch());
        QCOMPARE(crawl.err, QString());
    }

    void printsTheJobIdBeforeTheCrawlEndsAndPausesOnInterrupt()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QStringList links;
        for (int i = 0; i < 50; ++i)
            links << u"/slow/%1"_s.arg(i);
        server.addPage("/", SmallSite::page(u"Hub"_s, links));
        server.setHandler([](const TestRequest &) {
            TestResponse response = TestResponse::html("<title>slow</title>");
            response.delayMs = 300;
            return response;
        });
        const QString db = freshDb();
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TRAWL_BINARY), {u"crawl"_s, server.url().toString(), u"--db"_s,
                                                     db, u"--concurrency"_s, u"2"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString jobId = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY(uuidLine.match(jobId).hasMatch());
        QCOMPARE(process.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, 10000);

        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(finished.wait(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"paused"_s));

        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        const auto job = store.job(jobId);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Paused);
        QVERIFY(job->pagesDone() < 51);
        // What was not fetched is still in the frontier, ready for a resume.
        QCOMPARE(store.pendingFrontier(jobId, 0, 1000).size() + job->pagesDone(), 51);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
