// SPDX-License-Identifier: GPL-3.0-or-later
// A remote job under faults: a `next` that never advances or runs past `total`, malformed and
// truncated JSON, a hanging response, 500s and 429s mid-job, expiry after completion, refused
// keys. The monitor ends in the right state and every page some answer carried is stored once.
#include "export/exporter.h"
#include "export/jobsnapshot.h"
#include "export/markdownfolderexport.h"
#include "remote/remotejobrow.h"
#include "remotetestenv.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
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
    void nextNeverAdvances_data();
    void nextNeverAdvances();
    void nextPastTotal();
    void retryAfterHonoured();
    void expiryAfterCompletion_data();
    void expiryAfterCompletion();
    void errorsExpireAtTheEnd();
    void unknownJobFails();
    void wrongBaseUrlStops_data();
    void wrongBaseUrlStops();
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

void TestRemoteFaults::nextNeverAdvances_data()
{
    QTest::addColumn<int>("perRequest");
    QTest::addColumn<int>("maxRequests");
    // All done at once: only `next` could reach the later chunks; each chunk is asked for once
    // by skip, never again through the looping link.
    QTest::newRow("completed job") << 30 << 9;
    // The job runs over many looks and every answer carries the looping `next`: each look asks
    // once, by skip, for what came since (never a loop inside one look).
    QTest::newRow("running job") << 3 << 30;
}

void TestRemoteFaults::nextNeverAdvances()
{
    QFETCH(int, perRequest);
    QFETCH(int, maxRequests);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = u"looping"_s;
    job.pages = FakeProviders::samplePages(30, 0, 0);
    job.pagesPerRequest = perRequest;
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
    QVERIFY2(env.fake->job(job.id)->statusRequests <= maxRequests,
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

void TestRemoteFaults::errorsExpireAtTheEnd()
{
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = u"firecrawl-v1"_s;
    job.id = u"errors-expire"_s;
    job.pages = FakeProviders::samplePages(60, 4, 0);
    job.pagesPerRequest = 1; // many looks, so that some read the errors while the job runs
    job.v1ChunkDocs = 5;
    // The status answers to the end, then GET .../errors says the job expired.
    job.errorsExpireAtEnd = true;
    env.fake->addJob(job);
    const QString jobId = env.monitorToEnd(job.provider, job.id);
    QVERIFY(!jobId.isEmpty());
    const std::optional<JobInfo> stored = env.store->job(jobId);
    // Not "completed" with its failed pages silently missing: expired, and said so.
    QCOMPARE(JobStates::toString(stored->state), u"expired"_s);
    QCOMPARE(stored->error, u"Job expired"_s);
    QVERIFY2(env.logText(jobId).contains(u"before its failed pages could be read"_s),
             qPrintable(env.logText(jobId)));
    // The failed pages read while the job ran are kept; every page some answer carried is
    // stored once.
    QVERIFY(stored->pagesFailed > 0);
    QCOMPARE(stored->pagesCompleted, qint64(46));
    verifyNothingLost(env, jobId, *env.fake->job(job.id));
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
    QTest::addColumn<bool>("wrongKey"); // else the right key, and a 402 mid-job
    QTest::addColumn<QString>("message");
    QTest::newRow("firecrawl-v1 401")
        << u"firecrawl-v1"_s << true << u"HTTP 401: Unauthorized: Invalid token"_s;
    QTest::newRow("spidra 403") << u"spidra"_s << true << u"HTTP 403: Invalid API key"_s;
    QTest::newRow("geonode 401") << u"geonode"_s << true << u"HTTP 401: Invalid API key"_s;
    QTest::newRow("firecrawl-v0 402 mid-job")
        << u"firecrawl-v0"_s << false << u"HTTP 402: Payment required to access this resource."_s;
    QTest::newRow("spidra 402 mid-job")
        << u"spidra"_s << false << u"HTTP 402: Insufficient credits"_s;
    QTest::newRow("geonode 402 mid-job")
        << u"geonode"_s << false << u"HTTP 402: Insufficient credits"_s;
}

void TestRemoteFaults::refusedKeyStopsPolling()
{
    QFETCH(QString, provider);
    QFETCH(bool, wrongKey);
    QFETCH(QString, message);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = provider;
    job.id = u"locked"_s;
    job.pages = FakeProviders::samplePages(5, 0, 0);
    job.pagesPerRequest = 1;
    if (!wrongKey) {
        job.faults = {FakeFault::PaymentRequired};
        job.faultsFrom = 2;
    }
    env.fake->addJob(job);
    const QString usedKey = wrongKey ? u"sk-wrong-key"_s : RemoteTestEnv::key;
    const QString keyName = SecretStore::keyName(provider, env.fake->baseUrl(provider));
    QSignalSpy jobsRejected(env.jobs.get(), &RemoteJobs::keyRejected);
    QString error;
    const auto jobId =
        env.jobs->monitor(provider, env.fake->baseUrl(provider), job.id, usedKey, &error);
    QVERIFY2(jobId, qPrintable(error));
    QCOMPARE(env.secrets->cached(keyName), std::optional<QString>(usedKey));
    RemoteMonitor *monitor = env.jobs->monitorFor(*jobId);
    QSignalSpy rejected(monitor, &RemoteMonitor::keyRejected);
    QVERIFY(rejected.wait(10000));
    QCOMPARE(rejected.first().at(0).toString(), message);
    QVERIFY(monitor->isWaitingForKey());
    // RemoteJobs says which job, forgets the refused key and marks the job waiting for one.
    QCOMPARE(jobsRejected.size(), 1);
    QCOMPARE(jobsRejected.first().at(0).toString(), *jobId);
    QCOMPARE(jobsRejected.first().at(1).toString(), message);
    QCOMPARE(env.secrets->cached(keyName), std::nullopt);
    QVERIFY(env.jobs->waitingForKey().contains(*jobId));
    QCOMPARE(env.store->job(*jobId)->extra.value(RemoteJobRow::keyRefusedField).toString(),
             message);
    // Polling stopped: no request follows while the key is refused (the interval is 5-40 ms).
    const int requests = int(env.fake->server().requests().size());
    QTest::qWait(300);
    QCOMPARE(int(env.fake->server().requests().size()), requests);
    env.writer->flush();
    QVERIFY(env.logText(*jobId).contains(u"until the API key is fixed"_s));
    const QString before = JobStates::toString(env.store->job(*jobId)->state);
    QCOMPARE(before, wrongKey ? u"queued"_s : u"running"_s);

    // A key given again resumes it where it stopped.
    QSignalSpy finished(env.jobs.get(), &RemoteJobs::jobFinished);
    env.jobs->setKey(*jobId, RemoteTestEnv::key);
    QCOMPARE(env.secrets->cached(keyName), std::optional<QString>(RemoteTestEnv::key));
    QVERIFY(!env.store->job(*jobId)->extra.contains(RemoteJobRow::keyRefusedField));
    QVERIFY(!env.jobs->waitingForKey().contains(*jobId));
    QVERIFY(finished.wait(20000));
    env.writer->flush();
    QCOMPARE(JobStates::toString(env.store->job(*jobId)->state), u"completed"_s);
    QStringList urls = env.storedUrls(*jobId);
    QCOMPARE(urls.size(), 5);
    urls.removeDuplicates();
    QCOMPARE(urls.size(), 5);
}

void TestRemoteFaults::wrongBaseUrlStops_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("wrongPrefix");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("firecrawl-v1 redirect")
        << u"firecrawl-v1"_s << "/old"_ba << 301 << u"redirects to http://127.0.0.1"_s;
    QTest::newRow("spidra 400") << u"spidra"_s << "/spidra-old"_ba << 400
                                << u"HTTP 400: Unknown route"_s;
    QTest::newRow("geonode 422") << u"geonode"_s << "/geonode-old"_ba << 422
                                 << u"HTTP 422: query.page_size: Input should be"_s;
}

void TestRemoteFaults::wrongBaseUrlStops()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, wrongPrefix);
    QFETCH(int, status);
    QFETCH(QString, reason);
    RemoteTestEnv env;
    QVERIFY(env.setUp());
    FakeJob job;
    job.provider = provider;
    job.id = u"misplaced"_s;
    job.pages = FakeProviders::samplePages(7, 3, 0);
    job.pagesPerRequest = 3;
    env.fake->addJob(job);
    // The status URL under the wrong base URL answers the same way every time.
    const QUrl right = env.fake->baseUrl(provider);
    QUrl wrong = right;
    wrong.setPath(QString::fromLatin1(wrongPrefix));
    const auto client = RemoteProviders::makeClient(provider, wrong, job.id);
    const QByteArray wrongPath = client->beginCycle().url.path().toUtf8();
    TestResponse response;
    if (status == 301) {
        response = TestResponse::redirect(
            RemoteProviders::makeClient(provider, right, job.id)->beginCycle().url.toEncoded(),
            301);
    } else if (provider == u"geonode"_s) {
        response = FakeProviders::errorResponse(provider, 422, {});
        response.body = R"({"detail":[{"loc":["query","page_size"],"msg":"Input should be )"
                        R"(less than or equal to 50","type":"less_than_equal"}]})";
    } else {
        response = FakeProviders::errorResponse(provider, status, u"Unknown route"_s);
    }
    env.fake->server().addRoute(wrongPath, response);

    const QString jobId = env.monitorToEnd(provider, job.id, RemoteTestEnv::key, 20000, wrong);
    QVERIFY2(!jobId.isEmpty(), "the monitor never gave up");
    std::optional<JobInfo> stored = env.store->job(jobId);
    QCOMPARE(JobStates::toString(stored->state), u"failed"_s);
    QVERIFY2(stored->error.contains(u"Monitoring stopped"_s), qPrintable(stored->error));
    QVERIFY2(stored->error.contains(reason), qPrintable(stored->error));
    QVERIFY(stored->error.contains(u"Check the base URL"_s));
    QVERIFY(stored->extra.contains(RemoteJobRow::monitorStoppedField));
    QVERIFY(env.logText(jobId).contains(u"error: Monitoring stopped"_s));
    // It gave up after a few answers (MonitorTiming::maxRefusals), not polling on forever.
    int asked = 0;
    for (const TestRequest &request : env.fake->server().requests())
        asked += request.path == wrongPath ? 1 : 0;
    QCOMPARE(asked, MonitorTiming().maxRefusals);

    // Monitored again with the right base URL, it goes on to the end.
    const QString again = env.monitorToEnd(provider, job.id, RemoteTestEnv::key, 30000, right);
    QCOMPARE(again, jobId);
    stored = env.store->job(jobId);
    QCOMPARE(JobStates::toString(stored->state), u"completed"_s);
    QVERIFY(!stored->extra.contains(RemoteJobRow::monitorStoppedField));
    QCOMPARE(env.storedUrls(jobId).size(), 7);
    QCOMPARE(RemoteJobRow::baseUrl(*env.store, jobId), right);
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
    // Nor in any export of the remote jobs, in any format.
    const QString exports = env.dir.filePath(u"exports"_s);
    QVERIFY(QDir().mkpath(exports));
    for (const QString &id : {jobId, *echoId}) {
        const JobInfo info = *env.store->job(id);
        for (const QString &format : Exporters::formats()) {
            QFile out(exports + u"/%1.%2"_s.arg(id, format));
            QVERIFY(out.open(QIODevice::WriteOnly));
            const JobSnapshot snapshot(*env.store, info);
            QVERIFY2(Exporters::create(format)->write(snapshot, ExportRequest{}, out, &error),
                     qPrintable(error));
        }
        const JobSnapshot snapshot(*env.store, info);
        QVERIFY2(MarkdownFolderExport::write(snapshot, exports + u"/"_s + id + u"-md"_s, &error),
                 qPrintable(error));
    }
    int exportFiles = 0;
    for (QDirIterator it(exports, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(needle) && !bytes.contains(needle.toBase64()),
                 qPrintable(file.fileName()));
        ++exportFiles;
    }
    QVERIFY(exportFiles > 2 * Exporters::formats().size());
    // The session's secret store has it; it is not persistent without a keychain here.
    QVERIFY(!env.secrets->isPersistent());
    QCOMPARE(
        env.secrets->cached(SecretStore::keyName(job.provider, env.fake->baseUrl(job.provider))),
        std::optional<QString>(RemoteTestEnv::key));
    QFile::remove(settings.fileName());
}

QTEST_GUILESS_MAIN(TestRemoteFaults)
#include "tst_remotefaults.moc"
