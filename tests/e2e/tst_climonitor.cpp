// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl monitor` (the built binary) against FakeProviders on 127.0.0.1: the key comes from an
// environment variable, every page lands in the database once, the exit code follows the state.
#include "store/jobstore.h"
#include "support/fakeproviders.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString apiKey = u"fc-e2e-0d9b7e25c41a8f36"_s;

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs trawl without blocking the event loop, so that the fake service keeps answering.
Result runTrawl(const QStringList &arguments, const QString &key = apiKey)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TRAWL_TEST_KEY"_s, key);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRAWL_BINARY), arguments);
    if (!process.waitForStarted() || !finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitorsToTheEnd_data();
    void monitorsToTheEnd();
    void badUsage_data();
    void badUsage();
    void refusedKey();
};

void TestCliMonitor::monitorsToTheEnd_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("failJob");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("firecrawl-v1 completed") << u"firecrawl-v1"_s << false << 0;
    QTest::newRow("geonode completed") << u"geonode"_s << false << 0;
    QTest::newRow("spidra failed") << u"spidra"_s << true << 1;
}

void TestCliMonitor::monitorsToTheEnd()
{
    QFETCH(QString, provider);
    QFETCH(bool, failJob);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"trawl.sqlite"_s);
    FakeProviders fake(apiKey);
    QVERIFY(fake.listen());
    FakeJob job;
    job.provider = provider;
    job.id = u"cli-job"_s;
    job.pages = FakeProviders::samplePages(9, 4, 0);
    job.pagesPerRequest = 5;
    job.failJob = failJob;
    fake.addJob(job);

    const QStringList arguments{u"monitor"_s,
                                u"--provider"_s,
                                provider,
                                u"--job"_s,
                                job.id,
                                u"--base-url"_s,
                                fake.baseUrl(provider).toString(),
                                u"--api-key-env"_s,
                                u"TRAWL_TEST_KEY"_s,
                                u"--db"_s,
                                db,
                                u"--min-interval"_s,
                                u"20"_s,
                                u"--max-interval"_s,
                                u"100"_s};
    const Result result = runTrawl(arguments);
    QCOMPARE(result.exitCode, exitCode);
    const QString jobId = result.out.trimmed();
    QVERIFY2(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(jobId).hasMatch(),
             qPrintable(result.out + result.err));

    JobStore store(db);
    QVERIFY(store.open(nullptr));
    const std::optional<JobInfo> stored = store.job(jobId);
    QVERIFY(stored);
    QCOMPARE(JobStates::toString(stored->state), failJob ? u"failed"_s : u"completed"_s);
    PageQuery query;
    query.jobId = jobId;
    query.limit = 100;
    QStringList urls;
    for (const PageRecord &page : store.pages(query))
        urls.append(page.url);
    QCOMPARE(urls.size(), 9);
    urls.removeDuplicates();
    QCOMPARE(urls.size(), 9);
    // The key was only in the environment.
    for (const QString &path : {db, db + u"-wal"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains(apiKey.toUtf8()));
    }
    QVERIFY(!result.err.contains(apiKey));

    // Run again: the job already ended; the same local job, the same exit code, no new pages.
    const Result again = runTrawl(arguments);
    QCOMPARE(again.exitCode, exitCode);
    QCOMPARE(again.out.trimmed(), jobId);
    QCOMPARE(store.pageCount(jobId), qint64(9));
}

void TestCliMonitor::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no provider") << QStringList{u"--job"_s, u"x"_s} << u"--provider"_s;
    QTest::newRow("unknown provider")
        << QStringList{u"--provider"_s, u"scrapy"_s, u"--job"_s, u"x"_s} << u"unknown"_s;
    QTest::newRow("no job") << QStringList{u"--provider"_s, u"spidra"_s} << u"--job"_s;
    QTest::newRow("bad base URL") << QStringList{u"--provider"_s, u"spidra"_s,     u"--job"_s,
                                                 u"x"_s,          u"--base-url"_s, u"ftp://x"_s}
                                  << u"--base-url"_s;
    QTest::newRow("unset key variable")
        << QStringList{u"--provider"_s, u"spidra"_s,        u"--job"_s,
                       u"x"_s,          u"--api-key-env"_s, u"TRAWL_NO_SUCH_VARIABLE"_s}
        << u"TRAWL_NO_SUCH_VARIABLE"_s;
}

void TestCliMonitor::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const Result result = runTrawl(QStringList{u"monitor"_s} + arguments
                                   + QStringList{u"--db"_s, dir.filePath(u"t.sqlite"_s)});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(reason), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCliMonitor::refusedKey()
{
    QTemporaryDir dir;
    FakeProviders fake(apiKey);
    QVERIFY(fake.listen());
    FakeJob job;
    job.provider = u"firecrawl-v0"_s;
    job.id = u"locked"_s;
    job.pages = FakeProviders::samplePages(3, 0, 0);
    fake.addJob(job);
    const Result result =
        runTrawl({u"monitor"_s, u"--provider"_s, job.provider, u"--job"_s, job.id, u"--base-url"_s,
                  fake.baseUrl(job.provider).toString(), u"--api-key-env"_s, u"TRAWL_TEST_KEY"_s,
                  u"--db"_s, dir.filePath(u"t.sqlite"_s)},
                 u"fc-wrong"_s);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"refused the API key"_s), qPrintable(result.err));
    QVERIFY(result.err.contains(u"Unauthorized"_s));
}

QTEST_GUILESS_MAIN(TestCliMonitor)
#include "tst_climonitor.moc"
