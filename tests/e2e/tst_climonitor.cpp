// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl monitor` (the built binary) against FakeProviders on 127.0.0.1: the key comes from an
// environment variable, every page lands in the database once, the exit code follows the state.
// Interrupted, it goes on when run again; killed, its job is taken over by the next monitor at
// once (while it lived, a second monitor of the same job was refused).
#include "remote/remotejobs.h"
#include "remote/secretstore.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/fakeproviders.h"
#include "support/testsignal.h"

#include <signal.h>

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

// Starts trawl and returns at once (the caller's event loop keeps the fake service answering).
std::unique_ptr<QProcess> startTrawl(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TRAWL_TEST_KEY"_s, apiKey);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(TRAWL_BINARY), arguments);
    return process;
}

QStringList monitorArguments(const FakeProviders &fake, const FakeJob &job, const QString &db)
{
    return {u"monitor"_s,
            u"--provider"_s,
            job.provider,
            u"--job"_s,
            job.id,
            u"--base-url"_s,
            fake.baseUrl(job.provider).toString(),
            u"--api-key-env"_s,
            u"TRAWL_TEST_KEY"_s,
            u"--db"_s,
            db,
            u"--min-interval"_s,
            u"40"_s,
            u"--max-interval"_s,
            u"80"_s};
}

// Every stored URL of the job, with repeats if one was stored twice.
QStringList storedUrls(JobStore &store, const QString &jobId)
{
    PageQuery query;
    query.jobId = jobId;
    query.limit = 100000;
    QStringList urls;
    for (const PageRecord &page : store.pages(query))
        urls.append(page.url);
    return urls;
}

// A slow job: one page per look, so that the monitor can be stopped half-way.
FakeJob slowJob(const QString &id)
{
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = id;
    job.pages = FakeProviders::samplePages(40, 6, 0);
    job.pagesPerRequest = 1;
    job.v1ChunkDocs = 4;
    return job;
}

} // namespace

class TestCliMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitorsToTheEnd_data();
    void monitorsToTheEnd();
    void interruptedThenRunAgain();
    void killedMonitorTakenOver();
    void badUsage_data();
    void badUsage();
    void refusedKey();
};

void TestCliMonitor::monitorsToTheEnd_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("ending"); // the state the job ends in
    QTest::addColumn<int>("exitCode");
    QTest::newRow("firecrawl-v1 completed") << u"firecrawl-v1"_s << u"completed"_s << 0;
    QTest::newRow("geonode completed") << u"geonode"_s << u"completed"_s << 0;
    QTest::newRow("spidra failed") << u"spidra"_s << u"failed"_s << 1;
    // The service forgets the job while its chunks are read: the pages read stay.
    QTest::newRow("firecrawl-v1 expired") << u"firecrawl-v1"_s << u"expired"_s << 1;
    // Cancelled at the service (its dashboard, another client) half-way.
    QTest::newRow("geonode cancelled") << u"geonode"_s << u"cancelled"_s << 1;
}

void TestCliMonitor::monitorsToTheEnd()
{
    QFETCH(QString, provider);
    QFETCH(QString, ending);
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
    job.failJob = ending == u"failed"_s;
    if (ending == u"expired"_s) {
        job.pagesPerRequest = 9;
        job.v1ChunkDocs = 2;
        job.requestsBeforeExpiry = 0;
    } else if (ending == u"cancelled"_s) {
        job.queuedRequests = 0;
        job.finished = 4;
        job.cancelled = true;
    }
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
    QCOMPARE(JobStates::toString(stored->state), ending);
    // Every page the service gave is stored once (all 9 when the job ran to its end).
    const FakeJob *played = fake.job(job.id);
    QStringList urls = storedUrls(store, jobId);
    const qsizetype count = urls.size();
    urls.removeDuplicates();
    QCOMPARE(urls.size(), count);
    QCOMPARE(QSet<QString>(urls.cbegin(), urls.cend()), played->delivered);
    if (ending == u"completed"_s || ending == u"failed"_s)
        QCOMPARE(count, 9);
    else
        QVERIFY(count > 0 && count < 9);
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
    QCOMPARE(store.pageCount(jobId), qint64(count));
}

void TestCliMonitor::interruptedThenRunAgain()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"trawl.sqlite"_s);
    FakeProviders fake(apiKey);
    QVERIFY(fake.listen());
    FakeJob job = slowJob(u"interrupted"_s);
    job.stallAt = 10; // the service waits half-way until the first monitor was stopped
    fake.addJob(job);
    const QStringList arguments = monitorArguments(fake, job, db);
    const auto first = startTrawl(arguments);
    QVERIFY(first->waitForStarted());
    JobStore store(db);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db) && store.open(nullptr), 10000);
    QString jobId;
    QTRY_VERIFY_WITH_TIMEOUT(!store.jobs().isEmpty(), 10000);
    jobId = store.jobs().constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(store.pageCount(jobId) >= 4, 20000);

    // Ctrl-C: the monitor stops, says how to go on, and leaves the job to the next one.
    QVERIFY(TestSignal::send(*first, SIGINT));
    QSignalSpy stopped(first.get(), &QProcess::finished);
    QVERIFY(stopped.wait(20000));
    QCOMPARE(first->exitCode(), 1);
    QVERIFY(QString::fromUtf8(first->readAllStandardError()).contains(u"run the same command"_s));
    const std::optional<JobInfo> half = store.job(jobId);
    QCOMPARE(JobStates::toString(half->state), u"running"_s);
    QCOMPARE(half->runnerPid, 0);
    const qint64 before = store.pageCount(jobId);
    QVERIFY(before < 40);

    // The same command again: it goes on to the end, nothing stored twice.
    fake.job(job.id)->stallAt = -1;
    const Result again = runTrawl(arguments);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out.trimmed(), jobId);
    QCOMPARE(JobStates::toString(store.job(jobId)->state), u"completed"_s);
    QStringList urls = storedUrls(store, jobId);
    QCOMPARE(urls.size(), 40);
    urls.removeDuplicates();
    QCOMPARE(urls.size(), 40);
}

void TestCliMonitor::killedMonitorTakenOver()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"trawl.sqlite"_s);
    FakeProviders fake(apiKey);
    QVERIFY(fake.listen());
    FakeJob job = slowJob(u"killed"_s);
    job.stallAt = 10; // the service waits half-way until the first monitor was killed
    fake.addJob(job);
    const QStringList arguments = monitorArguments(fake, job, db);
    const auto first = startTrawl(arguments);
    QVERIFY(first->waitForStarted());
    JobStore store(db);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db) && store.open(nullptr), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!store.jobs().isEmpty(), 10000);
    const QString jobId = store.jobs().constFirst().id;
    QTRY_VERIFY_WITH_TIMEOUT(store.pageCount(jobId) >= 4, 20000);
    QCOMPARE(store.job(jobId)->runnerPid, first->processId());

    // While it lives, a second monitor of the same job is refused, with the reason.
    const Result second = runTrawl(arguments);
    QCOMPARE(second.exitCode, 2);
    QVERIFY2(second.err.contains(u"monitored by process %1"_s.arg(first->processId())),
             qPrintable(second.err));

    // A window's RemoteJobs (its key in the keychain) leaves the job alone while it lives...
    StoreWriter writer(db);
    QVERIFY(writer.start(nullptr));
    SecretStore secrets(u"trawl-test"_s, SecretStore::Backend::MemoryOnly);
    secrets.probe();
    secrets.store(SecretStore::keyName(job.provider, fake.baseUrl(job.provider)), apiKey);
    MonitorTiming timing;
    timing.minIntervalMs = 20;
    timing.maxIntervalMs = 80;
    timing.resumeCheckMs = 200;
    RemoteJobs jobs(store, writer, secrets, timing);
    QSignalSpy finished(&jobs, &RemoteJobs::jobFinished);
    jobs.resumeAll();
    QTest::qWait(400); // two re-checks
    QVERIFY(!jobs.monitorFor(jobId));

    // ...and takes it over as soon as the process is killed: its heartbeat is still fresh, but
    // its pid is gone.
    QVERIFY(TestSignal::send(*first, SIGKILL));
    QVERIFY(first->waitForFinished(10000));
    fake.job(job.id)->stallAt = -1;
    const std::optional<JobInfo> orphan = store.job(jobId);
    QCOMPARE(JobStates::toString(orphan->state), u"running"_s);
    QVERIFY(orphan->heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc())
            < RemoteJobs::staleHeartbeatMs);
    QTRY_VERIFY_WITH_TIMEOUT(jobs.monitorFor(jobId), 5000);
    QVERIFY(finished.wait(30000));
    writer.flush();
    QCOMPARE(JobStates::toString(store.job(jobId)->state), u"completed"_s);
    QStringList urls = storedUrls(store, jobId);
    QCOMPARE(urls.size(), 40);
    urls.removeDuplicates();
    QCOMPARE(urls.size(), 40);
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
