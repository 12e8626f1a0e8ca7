// SPDX-License-Identifier: GPL-3.0-or-later
// A remote job under faults: a `next` that never advances or runs past `total`, malformed and
// truncated JSON, a hanging response, 500s and 429s mid-job, expiry after completion, refused
// keys. The monitor ends in the right state and every page some answer carried is stored once.
#include "remotetestenv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FakeFault)

namespace {

// Every stored URL once, and exactly the URLs the service delivered.
void verifyNothingLost(RemoteTestEnv &env, const QString &jobId, const FakeJob &fake)
{
    QStringList urls = env.storedUrls(jobId);
    const qsizetype stored = urls.size();
    urls.removeDuplicates();
    QCOMPARE(urls.size(), stored);
    QCOMPARE(QSet<QString>(urls.cbegin(), urls.cend()), fake.delivered);
}

} // namespace

class TestRemoteFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultsMidJob_data();
    void faultsMidJob();
    void nextNeverAdvances();
    void nextPastTotal();
    void retryAfterHonoured();
    void expiryAfterCompletion_data();
    void expiryAfterCompletion();
    void unknownJobFails();
    void refusedKeyStopsPolling_data();
    void refusedKeyStopsPolling();
    void keyNeverWritten();
};

void TestRemoteFaults::faultsMidJob_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QList<FakeFault>>("faults");
    QTest::addColumn<QString>("logged");
    const QList<FakeFault> json{FakeFault::Malformed, FakeFault::None, FakeFault::Truncated};
    const QList<FakeFault> server{FakeFault::Status500, FakeFault::Status500, FakeFault::None,
                                  FakeFault::RateLimited, FakeFault::Status500};
    const QList<FakeFault> hang{FakeFault::Hang};
    for (const QString &provider : RemoteProviders::ids()) {
        QTest::addRow("%s malformed and truncated JSON", qPrintable(provider))
            << provider << json << u"not valid JSON"_s;
        QTest::addRow("%s 500s and a 429", qPrintable(provider))
            << provider << server << u"HTTP 500"_s;
        QTest::addRow("%s hanging response", qPrintable(provider))
            << provider << hang << u"No answer"_s;
    }
}

void TestRemoteFaults::faultsMidJob()
{
    QFETCH(QString, provider);
    QFETCH(QList<FakeFault>, faults);
    QFETCH(QString, logged);
    MonitorTiming timing = RemoteTestEnv::fastTiming();
    timing.requestTimeoutMs = 400; // the hanging answer is cut after this
    RemoteTestEnv env;
    QVERIFY(env.setUp(timing));
    FakeJob job;
    job.provider = provider;
    job.id = u"faulty"_s;
    job.pages = FakeProviders::samplePages(20, 4, 9);
    job.pagesPerRequest = 3;
    job.faults = faults;
    job.faultsFrom = 2; // the job has started and delivered pages before the faults
    env.fake->addJob(job);

    const QString jobId = env.monitorToEnd(provider, job.id);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(JobStates::toString(env.store->job(jobId)->state), u"completed"_s);
    FakeJob *fake = env.fake->job(job.id);
    QCOMPARE(env.storedUrls(jobId).size(), 20);
    verifyNothingLost(env, jobId, *fake);
    QVERIFY2(env.logText(jobId).contains(logged), qPrintable(env.logText(jobId)));
}

void TestRemoteFaults::nextNeverAdvances()
{
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = u"looping"_s;
    job.pages = FakeProviders::samplePages(30, 0, 0);
    job.pagesPerRequest = 30; // all done at once: only `next` could reach the later chunks
    job.queuedRequests = 0;
    job.v1ChunkDocs = 4;
    job.nextNeverAdvances = true;
    env.fake->addJob(job);

    const QString jobId = env.monitorToEnd(job.provider, job.id);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(JobStates::toString(env.store->job(jobId)->state), u"completed"_s);
    QCOMPARE(env.storedUrls(jobId).size(), 30);
    verifyNothingLost(env, jobId, *env.fake->job(job.id));
    QVERIFY(env.logText(jobId).contains(u"does not advance"_s));
    // Each chunk was asked for once by skip, never again through the looping link.
    QVERIFY2(env.fake->job(job.id)->statusRequests <= 9,
             qPrintable(QString::number(env.fake->job(job.id)->statusRequests)));
}

void TestRemoteFaults::nextPastTotal()
{
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = u"past-total"_s;
    job.pages = FakeProviders::samplePages(12, 0, 0);
    job.pagesPerRequest = 12;
    job.queuedRequests = 0;
    job.v1ChunkDocs = 5;
    job.nextPastTotal = true;
    env.fake->addJob(job);

    const QString jobId = env.monitorToEnd(job.provider, job.id);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(env.storedUrls(jobId).size(), 12);
    // Never a request for documents past `total`.
    for (const TestRequest &request : env.fake->server().requests()) {
        const QUrlQuery query(QString::fromUtf8(request.target.mid(request.path.size() + 1)));
        QVERIFY2(query.queryItemValue(u"skip"_s).toInt() < 12, request.target.constData());
    }
}

void TestRemoteFaults::retryAfterHonoured()
{
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = u"geonode"_s;
    job.id = u"limited"_s;
    job.pages = FakeProviders::samplePages(6, 0, 0);
    job.faults = {FakeFault::RateLimited};
    job.faultsFrom = 1;
    env.fake->addJob(job);
    QList<qint64> times;
    connect(&env.fake->server(), &TestHttpServer::requestReceived, this,
            [&times](const TestRequest &) { times.append(QDateTime::currentMSecsSinceEpoch()); });
    const QString jobId = env.monitorToEnd(job.provider, job.id);
    QVERIFY(!jobId.isEmpty());
    QCOMPARE(env.storedUrls(jobId).size(), 6);
    // Request 2 got 429 with Retry-After: 1; the next one waited for it (polling alone: 5-40 ms).
    QVERIFY(times.size() > 3);
    QVERIFY2(times.at(2) - times.at(1) >= 950,
             qPrintable(QString::number(times.at(2) - times.at(1))));
    QVERIFY(env.logText(jobId).contains(u"HTTP 429"_s));
}

void TestRemoteFaults::expiryAfterCompletion_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("behindTheMonitorsBack");
    // v1: the job completes while `next` chunks are still to read, then expires: the chunks
    // read before are kept and the job ends expired.
    QTest::newRow("firecrawl-v1 mid-chunks") << u"firecrawl-v1"_s << false;
    // The job completes and expires between two looks: partial_data (v0) or the result pages
    // read while it ran are kept.
    QTest::newRow("firecrawl-v0") << u"firecrawl-v0"_s << true;
    QTest::newRow("geonode") << u"geonode"_s << true;
    QTest::newRow("spidra") << u"spidra"_s << true;
}

void TestRemoteFaults::expiryAfterCompletion()
{
    QFETCH(QString, provider);
    QFETCH(bool, behindTheMonitorsBack);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = provider;
    job.id = u"expiring"_s;
    job.pages = FakeProviders::samplePages(12, 5, 0);
    job.pagesPerRequest = 3;
    job.v1ChunkDocs = 2;
    job.requestsBeforeExpiry = behindTheMonitorsBack ? -1 : 0;
    env.fake->addJob(job);
    if (behindTheMonitorsBack) {
        connect(&env.fake->server(), &TestHttpServer::requestReceived, this,
                [&env](const TestRequest &) {
                    FakeJob *fake = env.fake->job(u"expiring"_s);
                    if (fake->statusRequests >= 3) {
                        fake->finished = int(fake->pages.size());
                        fake->requestsBeforeExpiry = 0;
                    }
                });
    }
    const QString jobId = env.monitorToEnd(provider, job.id);
    QVERIFY(!jobId.isEmpty());
    const std::optional<JobInfo> stored = env.store->job(jobId);
    QCOMPARE(JobStates::toString(stored->state), u"expired"_s);
    if (provider.startsWith(u"firecrawl"_s))
        QCOMPARE(stored->error, u"Job expired"_s);
    const FakeJob *fake = env.fake->job(job.id);
    if (provider != u"spidra"_s)
        QVERIFY(!fake->delivered.isEmpty());
    verifyNothingLost(env, jobId, *fake);
    QVERIFY(env.logText(jobId).contains(u"no longer has the job"_s));
}

void TestRemoteFaults::unknownJobFails()
{
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    const QString jobId = env.monitorToEnd(u"spidra"_s, u"no-such-job"_s);
    QVERIFY(!jobId.isEmpty());
    const std::optional<JobInfo> stored = env.store->job(jobId);
    QCOMPARE(JobStates::toString(stored->state), u"failed"_s);
    QCOMPARE(stored->error, u"Crawl job not found"_s);
}

void TestRemoteFaults::refusedKeyStopsPolling_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("message");
    QTest::newRow("firecrawl-v1 401")
        << u"firecrawl-v1"_s << u"HTTP 401: Unauthorized: Invalid token"_s;
    QTest::newRow("spidra 403") << u"spidra"_s << u"HTTP 403: Invalid API key"_s;
    QTest::newRow("geonode 401") << u"geonode"_s << u"HTTP 401: Invalid API key"_s;
}

void TestRemoteFaults::refusedKeyStopsPolling()
{
    QFETCH(QString, provider);
    QFETCH(QString, message);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = provider;
    job.id = u"locked"_s;
    job.pages = FakeProviders::samplePages(5, 0, 0);
    env.fake->addJob(job);
    QString error;
    const auto jobId =
        env.jobs->monitor(provider, env.fake->baseUrl(provider), job.id, u"sk-wrong-key"_s, &error);
    QVERIFY2(jobId, qPrintable(error));
    RemoteMonitor *monitor = env.jobs->monitorFor(*jobId);
    QSignalSpy rejected(monitor, &RemoteMonitor::keyRejected);
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.first().at(0).toString(), message);
    QVERIFY(monitor->isWaitingForKey());
    // Polling stopped: no request follows while the key is wrong (the interval is 5-40 ms).
    const int requests = int(env.fake->server().requests().size());
    QTest::qWait(300);
    QCOMPARE(int(env.fake->server().requests().size()), requests);
    env.writer->flush();
    QVERIFY(env.logText(*jobId).contains(u"until the API key is fixed"_s));
    QCOMPARE(JobStates::toString(env.store->job(*jobId)->state), u"queued"_s);

    // The right key resumes it.
    QSignalSpy finished(env.jobs.get(), &RemoteJobs::jobFinished);
    env.jobs->setKey(*jobId, RemoteTestEnv::key);
    QVERIFY(finished.wait(20000));
    env.writer->flush();
    QCOMPARE(JobStates::toString(env.store->job(*jobId)->state), u"completed"_s);
    QCOMPARE(env.storedUrls(*jobId).size(), 5);
}

void TestRemoteFaults::keyNeverWritten()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings;
    settings.setValue(u"remote/lastProvider"_s, u"firecrawl-v1"_s);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    // A server that echoes what it was sent in its error body must not get it into the log.
    env.fake->server().addRoute("/v1/crawl/echo"_ba, [] {
        TestResponse response;
        response.status = 500;
        response.contentType = "application/json"_ba;
        response.body =
            "{\"error\":\"bad request from Bearer "_ba + RemoteTestEnv::key.toUtf8() + "\"}"_ba;
        return response;
    }());
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = u"secret"_s;
    job.pages = FakeProviders::samplePages(8, 3, 0);
    env.fake->addJob(job);
    const QString jobId = env.monitorToEnd(job.provider, job.id);
    QVERIFY(!jobId.isEmpty());
    QString error;
    const auto echoId = env.jobs->monitor(job.provider, env.fake->baseUrl(job.provider), u"echo"_s,
                                          RemoteTestEnv::key, &error);
    QVERIFY(echoId);
    QTRY_VERIFY_WITH_TIMEOUT(env.logText(*echoId).contains(u"HTTP 500"_s), 10000);
    QVERIFY(env.logText(*echoId).contains(u"[API key]"_s));
    env.jobs.reset();
    env.writer->flush();
    settings.sync();

    const QByteArray needle = RemoteTestEnv::key.toUtf8();
    QStringList files{env.dbPath, env.dbPath + u"-wal"_s, settings.fileName()};
    QVERIFY(QFile::exists(settings.fileName()));
    for (const QString &path : files) {
        QFile file(path);
        if (!file.exists())
            continue;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(needle), qPrintable(path));
        QVERIFY2(!bytes.contains(needle.toBase64()), qPrintable(path));
    }
    for (const QString &id : {jobId, *echoId})
        QVERIFY(!env.logText(id).contains(RemoteTestEnv::key));
    // The session's secret store has it; it is not persistent without a keychain here.
    QVERIFY(!env.secrets->isPersistent());
    QCOMPARE(
        env.secrets->cached(SecretStore::keyName(job.provider, env.fake->baseUrl(job.provider))),
        std::optional<QString>(RemoteTestEnv::key));
    QFile::remove(settings.fileName());
}

QTEST_GUILESS_MAIN(TestRemoteFaults)
#include "tst_remotefaults.moc"
