// SPDX-License-Identifier: GPL-3.0-or-later
// FakeProviders against the documents it plays: every status answer it gives through a job's
// life (queued, running, paused, completed, failed; every chunk and result page) is valid by the
// JSON Schema written from the provider's seed (../shared/formats, checked by its validate.py
// with python3-jsonschema), its error bodies have each provider's own shape, and its start
// endpoints check request bodies as the real APIs do, accepting what Trawl sends.
#include "remote/remoteclient.h"
#include "support/fakeproviders.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FakeFault)

namespace {

const QString apiKey = u"sk-schema-test"_s;
const QString validator = QStringLiteral(TRAWL_FORMATS_DIR "/validate.py");

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray bytes;
};

} // namespace

class TestRemoteSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusAnswersFollowTheSchemas_data();
    void statusAnswersFollowTheSchemas();
    void errorBodiesPerProvider_data();
    void errorBodiesPerProvider();
    void startBodiesChecked();

private:
    Answer request(const QByteArray &verb, const QUrl &url, const QString &provider,
                   const QByteArray &body = {});
    void validate(const QString &format, const QByteArray &bytes, const QString &what);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    FakeProviders m_fake{apiKey};
    int m_files = 0;
};

void TestRemoteSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_fake.listen());
    QVERIFY2(QFile::exists(validator), qPrintable(validator));
}

Answer TestRemoteSchema::request(const QByteArray &verb, const QUrl &url, const QString &provider,
                                 const QByteArray &body)
{
    const auto client = RemoteProviders::makeClient(provider, url, u"x"_s);
    QNetworkRequest network(url);
    const auto [name, value] = client->authHeader(apiKey);
    network.setRawHeader(name, value);
    if (!body.isEmpty())
        network.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_network.sendCustomRequest(network, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.bytes = reply->readAll();
    answer.body = QJsonDocument::fromJson(answer.bytes).object();
    return answer;
}

void TestRemoteSchema::validate(const QString &format, const QByteArray &bytes, const QString &what)
{
    const QString path = m_dir.filePath(u"answer-%1.json"_s.arg(++m_files));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {validator, format, path});
    QVERIFY(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    QVERIFY2(python.exitCode() == 0 && output == u"valid"_s,
             qPrintable(what + u": "_s + output + QString::fromUtf8(python.readAllStandardError())
                        + u"\n"_s + QString::fromUtf8(bytes.left(2000))));
}

void TestRemoteSchema::statusAnswersFollowTheSchemas_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("failJob");
    QTest::newRow("firecrawl-v0") << u"firecrawl-v0"_s << u"firecrawl-v0"_s << false;
    QTest::newRow("firecrawl-v0 failed") << u"firecrawl-v0"_s << u"firecrawl-v0"_s << true;
    QTest::newRow("firecrawl-v1") << u"firecrawl-v1"_s << u"firecrawl-v1"_s << false;
    QTest::newRow("firecrawl-v1-batch failed")
        << u"firecrawl-v1-batch"_s << u"firecrawl-v1"_s << true;
    QTest::newRow("spidra") << u"spidra"_s << u"spidra"_s << false;
    QTest::newRow("spidra failed") << u"spidra"_s << u"spidra"_s << true;
    QTest::newRow("geonode") << u"geonode"_s << u"geonode"_s << false;
}

void TestRemoteSchema::statusAnswersFollowTheSchemas()
{
    QFETCH(QString, provider);
    QFETCH(QString, format);
    QFETCH(bool, failJob);
    FakeJob job;
    job.provider = provider;
    job.id = u"schema-%1-%2"_s.arg(provider).arg(failJob);
    job.pages = FakeProviders::samplePages(64, 5, 7, 11);
    job.pagesPerRequest = 9;
    job.queuedRequests = 1;
    job.pausedRequests = provider == u"firecrawl-v0"_s ? 1 : 0;
    job.failJob = failJob;
    job.v1ChunkDocs = 20;
    m_fake.addJob(job);
    const QUrl statusUrl =
        RemoteProviders::makeClient(provider, m_fake.baseUrl(provider), job.id)->beginCycle().url;

    QStringList statuses;
    bool sawNextWhileRunning = false;
    bool sawQueuedResult = false;
    for (int look = 0; look < 20; ++look) {
        QUrl url = statusUrl;
        if (provider == u"geonode"_s)
            url.setQuery(u"page=1&page_size=50"_s);
        const Answer answer = request("GET", url, provider);
        QCOMPARE(answer.status, 200);
        validate(format, answer.bytes, u"look %1"_s.arg(look));
        const QString status = answer.body.value(u"status"_s).toString();
        if (statuses.isEmpty() || statuses.constLast() != status)
            statuses.append(status);
        if (provider.startsWith(u"firecrawl-v1"_s)) {
            // total >= completed, and `next` whenever the job is not completed (seed 003).
            QVERIFY(answer.body.value(u"total"_s).toInt()
                    >= answer.body.value(u"completed"_s).toInt());
            if (status == u"scraping"_s) {
                QVERIFY(answer.body.value(u"next"_s).isString());
                sawNextWhileRunning = true;
            }
            // Every chunk `next` leads to follows the schema too.
            QUrl next(answer.body.value(u"next"_s).toString());
            for (int chunk = 0; !next.isEmpty() && chunk < 10; ++chunk) {
                const Answer more = request("GET", next, provider);
                QCOMPARE(more.status, 200);
                validate(format, more.bytes, u"look %1 chunk %2"_s.arg(look).arg(chunk));
                const QUrl following(more.body.value(u"next"_s).toString());
                next = following == next ? QUrl() : following;
            }
            const Answer errors =
                request("GET", QUrl(statusUrl.toString() + u"/errors"_s), provider);
            QCOMPARE(errors.status, 200);
            QVERIFY(errors.body.value(u"errors"_s).isArray());
            QVERIFY(errors.body.value(u"robotsBlocked"_s).isArray());
            for (const QJsonValue &error : errors.body.value(u"errors"_s).toArray()) {
                const QJsonObject item = error.toObject();
                for (const QString &key :
                     {u"id"_s, u"timestamp"_s, u"url"_s, u"code"_s, u"error"_s})
                    QVERIFY2(item.value(key).isString(), qPrintable(key));
            }
        }
        if (provider == u"geonode"_s) {
            for (const QJsonValue &result : answer.body.value(u"results"_s).toArray())
                sawQueuedResult |= result[u"status"_s] == u"queued"_s;
            // total_pages counts the pages discovered so far, queued ones included.
            QVERIFY(answer.body.value(u"total_pages"_s).toInt()
                    >= answer.body.value(u"completed_pages"_s).toInt()
                           + answer.body.value(u"failed_pages"_s).toInt());
            // Smaller result pages (the seed's default of 10) too.
            url.setQuery(u"page=2&page_size=10"_s);
            const Answer second = request("GET", url, provider);
            validate(format, second.bytes, u"look %1 page 2"_s.arg(look));
        }
        if (provider == u"spidra"_s && status != u"completed"_s && status != u"failed"_s)
            QVERIFY(answer.body.value(u"result"_s).isNull());
        if (status == u"completed"_s || status == u"failed"_s)
            break;
    }
    // The job went through the provider's documented life.
    QStringList expected;
    if (provider == u"firecrawl-v0"_s)
        expected = {u"active"_s, u"paused"_s, u"active"_s};
    else if (provider.startsWith(u"firecrawl-v1"_s))
        expected = {u"scraping"_s};
    else if (provider == u"spidra"_s)
        expected = {u"waiting"_s, u"active"_s};
    else
        expected = {u"queued"_s, u"processing"_s};
    expected.append(failJob ? u"failed"_s : u"completed"_s);
    QCOMPARE(statuses, expected);
    if (provider.startsWith(u"firecrawl-v1"_s))
        QVERIFY(sawNextWhileRunning);
    if (provider == u"geonode"_s)
        QVERIFY(sawQueuedResult);
}

void TestRemoteSchema::errorBodiesPerProvider_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<int>("status");
    for (const QString &provider : {u"firecrawl-v0"_s, u"spidra"_s, u"geonode"_s}) {
        QTest::addRow("%s 500", qPrintable(provider)) << provider << FakeFault::Status500 << 500;
        QTest::addRow("%s 429", qPrintable(provider)) << provider << FakeFault::RateLimited << 429;
        QTest::addRow("%s 402", qPrintable(provider))
            << provider << FakeFault::PaymentRequired << 402;
        QTest::addRow("%s 404", qPrintable(provider)) << provider << FakeFault::None << 404;
    }
}

void TestRemoteSchema::errorBodiesPerProvider()
{
    QFETCH(QString, provider);
    QFETCH(FakeFault, fault);
    QFETCH(int, status);
    FakeJob job;
    job.provider = provider;
    job.id = u"errors-%1-%2"_s.arg(provider).arg(status);
    job.pages = FakeProviders::samplePages(3);
    if (fault != FakeFault::None)
        job.faults = {fault};
    m_fake.addJob(job);
    const QString id = status == 404 ? u"no-such-job"_s : job.id;
    const QUrl url =
        RemoteProviders::makeClient(provider, m_fake.baseUrl(provider), id)->beginCycle().url;
    const Answer answer = request("GET", url, provider);
    QCOMPARE(answer.status, status);
    const QJsonObject &body = answer.body;
    if (provider.startsWith(u"firecrawl"_s)) {
        // Seeds 000/001: {error}.
        QVERIFY(body.value(u"error"_s).isString());
        QVERIFY(!body.contains(u"message"_s));
    } else if (provider == u"spidra"_s) {
        // Seed 002: ErrorResponse {status: "error", message}.
        QCOMPARE(body.value(u"status"_s).toString(), u"error"_s);
        QVERIFY(body.value(u"message"_s).isString());
        QVERIFY(!body.contains(u"error"_s));
    } else {
        // PROVIDERS.md: {code, message, correlation_id, retryable}.
        for (const QString &key : {u"code"_s, u"message"_s, u"correlation_id"_s})
            QVERIFY2(body.value(key).isString(), qPrintable(key));
        QCOMPARE(body.value(u"retryable"_s).toBool(), status == 429 || status == 500);
        QVERIFY(!body.contains(u"error"_s));
    }
    QVERIFY(!RemoteProviders::errorMessage(body).isEmpty());
}

void TestRemoteSchema::startBodiesChecked()
{
    // Firecrawl v1 rejects unknown keys with 400, naming them.
    const QUrl v1(m_fake.baseUrl(u"firecrawl-v1"_s).toString() + u"/v1/crawl"_s);
    Answer answer =
        request("POST", v1, u"firecrawl-v1"_s, R"({"url":"https://example.com/","maxPages":5})");
    QCOMPARE(answer.status, 400);
    QCOMPARE(RemoteProviders::errorMessage(answer.body),
             u"Bad Request: Unrecognized key in body -- please review the v1 API documentation "
             "for request body changes (maxPages)"_s);
    answer = request("POST", v1, u"firecrawl-v1"_s,
                     R"({"url":"https://example.com/","scrapeOptions":{"render":true}})");
    QCOMPARE(answer.status, 400);
    QVERIFY(RemoteProviders::errorMessage(answer.body).contains(u"scrapeOptions, render"_s));
    // Geonode's FastAPI checks.
    const QUrl geonode(m_fake.baseUrl(u"geonode"_s).toString() + u"/v1/crawl"_s);
    answer = request("POST", geonode, u"geonode"_s, R"({"url":"https://example.com/","depth":11})");
    QCOMPARE(answer.status, 422);
    QCOMPARE(RemoteProviders::errorMessage(answer.body),
             u"body.depth: Input should be between 1 and 10"_s);
    // Spidra needs its instruction.
    const QUrl spidra(m_fake.baseUrl(u"spidra"_s).toString() + u"/crawl"_s);
    answer = request("POST", spidra, u"spidra"_s, R"({"baseUrl":"https://example.com/"})");
    QCOMPARE(answer.status, 422);

    // What Trawl sends, with every option it can set, is accepted by each.
    CrawlOptions options;
    options.url = QUrl(u"https://example.com/docs/"_s);
    options.includePaths = {u"^/docs/.*"_s};
    options.excludePaths = {u"/private/"_s};
    options.includeTags = {u"main"_s};
    options.excludeTags = {u"nav"_s};
    options.formats = {u"markdown"_s, u"html"_s, u"links"_s, u"screenshot"_s};
    options.headers.append({u"Accept-Language"_s, u"de"_s});
    options.waitForMs = 500;
    options.delayMs = 1000;
    options.maxDepth = 4;
    options.limit = 25;
    options.allowSubdomains = true;
    options.ignoreQueryParameters = true;
    for (const QString &provider : RemoteProviders::ids()) {
        QString error;
        const auto start =
            RemoteProviders::startRequest(provider, m_fake.baseUrl(provider), options, &error);
        QVERIFY2(start, qPrintable(error));
        answer = request(start->verb, start->url, provider, start->body);
        QVERIFY2(answer.status == 200 || answer.status == 202,
                 qPrintable(provider + u": "_s + QString::fromUtf8(answer.bytes)));
        QVERIFY2(RemoteProviders::remoteIdFromStart(provider, answer.body, &error),
                 qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestRemoteSchema)
#include "tst_remoteschema.moc"
