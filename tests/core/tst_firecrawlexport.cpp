// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/firecrawlexport.h"
#include "export/firecrawlimport.h"
#include "export/jobsnapshot.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString validator = QStringLiteral(TRAWL_FORMATS_DIR "/validate.py");
const QString examples = QStringLiteral(TRAWL_FORMATS_DIR "/examples/");

PageRecord makePage(const QString &jobId, qint64 index, bool failed, int bodyBytes = 0)
{
    PageRecord page;
    page.jobId = jobId;
    page.index = index;
    page.url = u"https://example.com/p%1"_s.arg(index);
    page.finalUrl = u"https://example.com/p%1/"_s.arg(index);
    page.depth = 1;
    page.state = failed ? PageState::Failed : PageState::Completed;
    page.httpStatus = failed ? 404 : 200;
    if (failed) {
        page.error = PageError::Http4xx;
        page.errorMessage = u"Not Found"_s;
    }
    page.title = u"Page %1"_s.arg(index);
    page.description = u"About page %1"_s.arg(index);
    page.language = u"en"_s;
    page.metadata =
        QJsonObject{{u"og:title"_s, u"OG %1"_s.arg(index)}, {u"trawl:private"_s, u"secret"_s}};
    page.markdown = u"# Page %1\n"_s.arg(index) + QString(bodyBytes, u'x');
    page.textContent = u"Page %1 text"_s.arg(index);
    page.html = u"<h1>Page %1</h1>"_s.arg(index);
    page.rawHtml = u"<html><h1>Page %1</h1></html>"_s.arg(index);
    page.links = {u"https://example.com/p%1"_s.arg(index + 1)};
    if (index == 0)
        page.screenshot = QByteArray("\x89PNG\r\n\x1a\n-fake", 13);
    page.fetchedAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + index, Qt::UTC);
    return page;
}

} // namespace

class TestFirecrawlExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stateWords_data();
    void stateWords();
    void v0Completed();
    void v0Running();
    void v1CompletedWithFailures();
    void v1Running();
    void v1StatusPaging();
    void seedRoundTrip_data();
    void seedRoundTrip();
    void exportImportExport_data();
    void exportImportExport();
    void malformed_data();
    void malformed();
    void memoryStaysFlat();

private:
    // A job with `count` pages (every `failEvery`-th one failed, 0: none) and `discovered`
    // frontier URLs, left in `state`.
    QString makeJob(int count, int failEvery, qint64 discovered, JobState state, int body = 0);
    QString storeImported(const ImportedJob &imported);
    QByteArray exportJob(const Exporter &exporter, const QString &id,
                         const ExportRequest &request = {});
    QJsonObject parse(const QByteArray &bytes);
    void validate(const QString &format, const QByteArray &bytes);

    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<StoreWriter> m_writer;
    FirecrawlV0Export m_v0;
    FirecrawlV1Export m_v1;
};

void TestFirecrawlExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"trawl.db"_s);
    m_store = std::make_unique<JobStore>(path);
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    m_writer = std::make_unique<StoreWriter>(path);
    QVERIFY2(m_writer->start(&error), qPrintable(error));
}

void TestFirecrawlExport::cleanupTestCase()
{
    m_writer.reset();
    m_store.reset();
}

QString TestFirecrawlExport::makeJob(int count, int failEvery, qint64 discovered, JobState state,
                                     int body)
{
    JobInfo job;
    job.startUrl = u"https://example.com/p0"_s;
    job.options.limit = 1000;
    QString error;
    if (!m_store->createJob(job, &error))
        qFatal("createJob: %s", qPrintable(error));
    QList<FrontierEntry> entries;
    for (qint64 i = 0; i < discovered; ++i)
        entries.append({u"https://example.com/p%1"_s.arg(i), u"k%1"_s.arg(i), {}, 1, 0});
    m_writer->addFrontier(job.id, entries);
    m_writer->setJobState(job.id, JobState::Running);
    for (int i = 0; i < count; ++i) {
        const bool failed = failEvery > 0 && i % failEvery == failEvery - 1;
        m_writer->storePage(makePage(job.id, i, failed, body), u"k%1"_s.arg(i));
        if (i % 1000 == 999)
            m_writer->flush(); // keeps the writer's queue (and the peak RSS) small
    }
    if (state != JobState::Running)
        m_writer->setJobState(job.id, state);
    m_writer->flush();
    return job.id;
}

QString TestFirecrawlExport::storeImported(const ImportedJob &imported)
{
    JobInfo job = imported.job;
    QString error;
    if (!m_store->createJob(job, &error))
        qFatal("createJob: %s", qPrintable(error));
    for (PageRecord page : imported.pages) {
        page.jobId = job.id;
        m_writer->storePage(page, page.url);
    }
    m_writer->flush();
    return job.id;
}

QByteArray TestFirecrawlExport::exportJob(const Exporter &exporter, const QString &id,
                                          const ExportRequest &request)
{
    const auto job = m_store->job(id);
    if (!job)
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    JobSnapshot snapshot(*m_store, *job);
    QString error;
    if (!exporter.write(snapshot, request, buffer, &error))
        qWarning("export failed: %s", qPrintable(error));
    return bytes;
}

QJsonObject TestFirecrawlExport::parse(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(parseError.errorString()));
    return doc.object();
}

void TestFirecrawlExport::validate(const QString &format, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(u"validate.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {validator, format, path});
    QVERIFY(python.waitForFinished(60000));
    const QString output = QString::fromUtf8(python.readAllStandardOutput()).trimmed();
    QVERIFY2(output == u"valid", qPrintable(output));
}

void TestFirecrawlExport::stateWords_data()
{
    QTest::addColumn<JobState>("state");
    QTest::addColumn<QString>("v0");
    QTest::addColumn<QString>("v1");
    QTest::newRow("queued") << JobState::Queued << u"active"_s << u"scraping"_s;
    QTest::newRow("running") << JobState::Running << u"active"_s << u"scraping"_s;
    QTest::newRow("paused") << JobState::Paused << u"paused"_s << u"scraping"_s;
    QTest::newRow("completed") << JobState::Completed << u"completed"_s << u"completed"_s;
    QTest::newRow("failed") << JobState::Failed << u"failed"_s << u"failed"_s;
    QTest::newRow("cancelled") << JobState::Cancelled << u"failed"_s << u"cancelled"_s;
    QTest::newRow("expired") << JobState::Expired << u"completed"_s << u"completed"_s;
}

void TestFirecrawlExport::stateWords()
{
    QFETCH(JobState, state);
    QFETCH(QString, v0);
    QFETCH(QString, v1);
    QCOMPARE(FirecrawlFormat::v0Status(state), v0);
    QCOMPARE(FirecrawlFormat::v1Status(state), v1);
    const QString id = makeJob(3, 0, 5, state == JobState::Queued ? JobState::Running : state);
    if (state != JobState::Queued && state != JobState::Expired) {
        QCOMPARE(parse(exportJob(m_v0, id)).value(u"status"_s).toString(), v0);
        QCOMPARE(parse(exportJob(m_v1, id)).value(u"status"_s).toString(), v1);
    }
    // Reading the word back gives a state that is written with the same word.
    if (const auto back = FirecrawlFormat::stateFromV0(v0))
        QCOMPARE(FirecrawlFormat::v0Status(*back), v0);
    if (const auto back = FirecrawlFormat::stateFromV1(v1))
        QCOMPARE(FirecrawlFormat::v1Status(*back), v1);
}

void TestFirecrawlExport::v0Completed()
{
    const QString id = makeJob(10, 4, 10, JobState::Completed);
    const QByteArray bytes = exportJob(m_v0, id);
    validate(u"firecrawl-v0"_s, bytes);
    QCOMPARE(exportJob(m_v0, id), bytes); // byte-stable
    const QJsonObject doc = parse(bytes);
    QCOMPARE(doc.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(doc.value(u"current"_s).toInteger(), 10);
    QCOMPARE(doc.value(u"total"_s).toInteger(), 10);
    QCOMPARE(doc.value(u"partial_data"_s).toArray().size(), 0);
    const QJsonArray data = doc.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 10);
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const QJsonObject meta = item.value(u"metadata"_s).toObject();
        const PageRecord expected = makePage(id, i, i % 4 == 3);
        QCOMPARE(item.value(u"index"_s).toInteger(), i);
        QCOMPARE(item.value(u"markdown"_s).toString(), expected.markdown);
        QCOMPARE(item.value(u"content"_s).toString(), expected.textContent);
        QCOMPARE(item.value(u"html"_s).toString(), expected.html);
        QCOMPARE(item.value(u"rawHtml"_s).toString(), expected.rawHtml);
        QCOMPARE(meta.value(u"sourceURL"_s).toString(), expected.url);
        QCOMPARE(meta.value(u"title"_s).toString(), expected.title);
        QCOMPARE(meta.value(u"description"_s).toString(), expected.description);
        QCOMPARE(meta.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(meta.value(u"og:title"_s).toString(), u"OG %1"_s.arg(i));
        QVERIFY(!meta.contains(u"trawl:private"_s));
        QCOMPARE(meta.value(u"pageStatusCode"_s).toInt(), expected.httpStatus);
        if (expected.isSuccess())
            QVERIFY(!meta.contains(u"pageError"_s));
        else
            QCOMPARE(meta.value(u"pageError"_s).toString(), u"Not Found"_s);
    }
}

void TestFirecrawlExport::v0Running()
{
    const QString id = makeJob(60, 0, 80, JobState::Running);
    const QByteArray bytes = exportJob(m_v0, id);
    validate(u"firecrawl-v0"_s, bytes);
    const QJsonObject doc = parse(bytes);
    QCOMPARE(doc.value(u"status"_s).toString(), u"active"_s);
    QVERIFY(doc.value(u"data"_s).isNull());
    QCOMPARE(doc.value(u"current"_s).toInteger(), 60);
    QCOMPARE(doc.value(u"total"_s).toInteger(), 80);
    const QJsonArray partial = doc.value(u"partial_data"_s).toArray();
    QCOMPARE(partial.size(), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(partial.at(i).toObject().value(u"index"_s).toInteger(), 10 + i);
    // Paused: the same window, status "paused".
    m_writer->setJobState(id, JobState::Paused);
    m_writer->flush();
    const QJsonObject paused = parse(exportJob(m_v0, id));
    QCOMPARE(paused.value(u"status"_s).toString(), u"paused"_s);
    QVERIFY(paused.value(u"data"_s).isNull());
}

void TestFirecrawlExport::v1CompletedWithFailures()
{
    const QString id = makeJob(10, 4, 10, JobState::Completed);
    const QByteArray bytes = exportJob(m_v1, id);
    validate(u"firecrawl-v1"_s, bytes);
    QCOMPARE(exportJob(m_v1, id), bytes);
    const QJsonObject doc = parse(bytes);
    QCOMPARE(doc.value(u"success"_s), QJsonValue(true));
    QCOMPARE(doc.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(doc.value(u"completed"_s).toInteger(), 8); // successful pages only
    QCOMPARE(doc.value(u"total"_s).toInteger(), 8);
    QCOMPARE(doc.value(u"creditsUsed"_s).toInteger(), 8);
    QVERIFY(!doc.contains(u"next"_s));
    const QString expires = doc.value(u"expiresAt"_s).toString();
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                 .match(expires)
                 .hasMatch(),
             qPrintable(expires));
    const JobInfo job = *m_store->job(id);
    QCOMPARE(QDateTime::fromString(expires, Qt::ISODate),
             job.finishedAt.addSecs(86400).toUTC().addMSecs(-job.finishedAt.time().msec()));
    const QJsonArray data = doc.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 10); // a file keeps the failed pages too
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject item = data.at(i).toObject();
        const QJsonObject meta = item.value(u"metadata"_s).toObject();
        const PageRecord expected = makePage(id, i, i % 4 == 3);
        QCOMPARE(meta.value(u"sourceURL"_s).toString(), expected.url);
        QCOMPARE(meta.value(u"url"_s).toString(), expected.finalUrl);
        QCOMPARE(meta.value(u"statusCode"_s).toInt(), expected.httpStatus);
        QCOMPARE(meta.contains(u"error"_s), !expected.isSuccess());
        if (!expected.isSuccess())
            QCOMPARE(meta.value(u"error"_s).toString(), u"Not Found"_s);
        QVERIFY(!meta.contains(u"trawl:private"_s));
        QCOMPARE(item.value(u"links"_s).toArray().first().toString(), expected.links.first());
        QCOMPARE(item.contains(u"screenshot"_s), i == 0);
        if (i == 0) {
            const QString screenshot = item.value(u"screenshot"_s).toString();
            QVERIFY(screenshot.startsWith(u"data:image/png;base64,"_s));
            QCOMPARE(QByteArray::fromBase64(screenshot.mid(22).toLatin1()), expected.screenshot);
        }
    }
}

void TestFirecrawlExport::v1Running()
{
    const QString id = makeJob(60, 0, 80, JobState::Running);
    const QByteArray bytes = exportJob(m_v1, id);
    validate(u"firecrawl-v1"_s, bytes);
    const QJsonObject doc = parse(bytes);
    QCOMPARE(doc.value(u"status"_s).toString(), u"scraping"_s);
    QCOMPARE(doc.value(u"completed"_s).toInteger(), 60);
    QCOMPARE(doc.value(u"total"_s).toInteger(), 80);
    QCOMPARE(doc.value(u"data"_s).toArray().size(), 60);
    QVERIFY(!doc.contains(u"next"_s));
    const JobInfo job = *m_store->job(id);
    QCOMPARE(QDateTime::fromString(doc.value(u"expiresAt"_s).toString(), Qt::ISODate),
             job.updatedAt.addSecs(86400).toUTC().addMSecs(-job.updatedAt.time().msec()));
}

void TestFirecrawlExport::v1StatusPaging()
{
    const QString id = makeJob(30, 5, 30, JobState::Completed);
    ExportRequest request;
    request.isFile = false;
    request.nextBaseUrl = u"http://127.0.0.1:3002/v1/crawl/abc"_s;
    request.pageSize = 1500; // a few documents per answer
    QStringList seen;
    QList<qint64> skips;
    for (int round = 0; round < 100; ++round) {
        const QByteArray bytes = exportJob(m_v1, id, request);
        validate(u"firecrawl-v1"_s, bytes);
        const QJsonObject doc = parse(bytes);
        QCOMPARE(doc.value(u"completed"_s).toInteger(), 24);
        const QJsonArray data = doc.value(u"data"_s).toArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue &item : data) {
            const QJsonObject meta = item.toObject().value(u"metadata"_s).toObject();
            QCOMPARE(meta.value(u"statusCode"_s).toInt(), 200); // failed pages: /errors only
            seen.append(meta.value(u"sourceURL"_s).toString());
        }
        if (!doc.contains(u"next"_s))
            break;
        const QString next = doc.value(u"next"_s).toString();
        QVERIFY2(next.startsWith(request.nextBaseUrl + u"?skip="_s), qPrintable(next));
        const qint64 skip = next.section(u'=', -1).toLongLong();
        QCOMPARE(skip, request.skip + data.size()); // advancing
        skips.append(skip);
        request.skip = skip;
    }
    QVERIFY(skips.size() >= 3);
    QCOMPARE(seen.size(), 24);
    QCOMPARE(seen.first(), u"https://example.com/p0"_s);
    QCOMPARE(seen.last(), u"https://example.com/p28"_s);
    // One document larger than the budget is still returned alone.
    request.skip = 0;
    request.pageSize = 10;
    const QJsonObject single = parse(exportJob(m_v1, id, request));
    QCOMPARE(single.value(u"data"_s).toArray().size(), 1);
    QVERIFY(single.value(u"next"_s).toString().endsWith(u"?skip=1"_s));
}

void TestFirecrawlExport::seedRoundTrip_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("v0") << u"firecrawl-v0"_s;
    QTest::newRow("v1") << u"firecrawl-v1"_s;
}

void TestFirecrawlExport::seedRoundTrip()
{
    QFETCH(QString, format);
    QFile file(examples + format + u"-seed-example.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject seed = parse(file.readAll());
    const bool v0 = format == u"firecrawl-v0";
    QVERIFY(v0 ? FirecrawlImport::looksLikeV0(seed) : FirecrawlImport::looksLikeV1(seed));
    QVERIFY(v0 ? !FirecrawlImport::looksLikeV1(seed) : !FirecrawlImport::looksLikeV0(seed));
    QString error;
    const auto imported =
        v0 ? FirecrawlImport::readV0(seed, &error) : FirecrawlImport::readV1(seed, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->job.provider, format);
    QCOMPARE(imported->pages.size(), 1);
    QCOMPARE(imported->pages.first().url, u"https://example.com/"_s);
    const QString id = storeImported(*imported);
    const Exporter &exporter = v0 ? static_cast<const Exporter &>(m_v0) : m_v1;
    const QJsonObject again = parse(exportJob(exporter, id));
    QCOMPARE(QJsonDocument(again).toJson(QJsonDocument::Compact),
             QJsonDocument(seed).toJson(QJsonDocument::Compact));
    QCOMPARE(again, seed);
}

void TestFirecrawlExport::exportImportExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("pages");
    QTest::addColumn<int>("failEvery");
    QTest::addColumn<JobState>("state");
    for (const QString &format : {u"firecrawl-v0"_s, u"firecrawl-v1"_s}) {
        QTest::addRow("%s completed with failures", qPrintable(format))
            << format << 12 << 3 << JobState::Completed;
        QTest::addRow("%s running", qPrintable(format)) << format << 60 << 0 << JobState::Running;
        QTest::addRow("%s cancelled", qPrintable(format))
            << format << 5 << 2 << JobState::Cancelled;
    }
}

void TestFirecrawlExport::exportImportExport()
{
    QFETCH(QString, format);
    QFETCH(int, pages);
    QFETCH(int, failEvery);
    QFETCH(JobState, state);
    const bool v0 = format == u"firecrawl-v0";
    const Exporter &exporter = v0 ? static_cast<const Exporter &>(m_v0) : m_v1;
    const QString id = makeJob(pages, failEvery, pages + 20, state);
    const QByteArray first = exportJob(exporter, id);
    QString error;
    const auto imported = v0 ? FirecrawlImport::readV0(parse(first), &error)
                             : FirecrawlImport::readV1(parse(first), &error);
    QVERIFY2(imported, qPrintable(error));
    const QByteArray second = exportJob(exporter, storeImported(*imported));
    QCOMPARE(second, first);
}

void TestFirecrawlExport::malformed_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("key");
    const QString v0Page =
        u"{\"index\":0,\"metadata\":{\"sourceURL\":\"https://a.example/\",\"pageStatusCode\":200}}"_s;
    const QString v1Head = u"\"status\":\"completed\",\"total\":1,\"completed\":1,"
                           "\"creditsUsed\":1,\"expiresAt\":\"2024-01-01T00:00:00Z\""_s;
    QTest::newRow("v0 no status") << u"firecrawl-v0"_s
                                  << u"{\"current\":1,\"total\":1,\"data\":null,"
                                     "\"partial_data\":[]}"_s
                                  << u"status"_s;
    QTest::newRow("v0 bad status") << u"firecrawl-v0"_s
                                   << u"{\"status\":\"scraping\",\"current\":1,\"total\":1,"
                                      "\"data\":null,\"partial_data\":[]}"_s
                                   << u"status"_s;
    QTest::newRow("v0 current string")
        << u"firecrawl-v0"_s
        << u"{\"status\":\"active\",\"current\":\"1\",\"total\":1,\"data\":null,"
           "\"partial_data\":[]}"_s
        << u"current"_s;
    QTest::newRow("v0 no data") << u"firecrawl-v0"_s
                                << u"{\"status\":\"active\",\"current\":1,\"total\":1,"
                                   "\"partial_data\":[]}"_s
                                << u"data"_s;
    QTest::newRow("v0 no sourceURL")
        << u"firecrawl-v0"_s
        << u"{\"status\":\"active\",\"current\":1,\"total\":1,\"data\":null,\"partial_data\":["_s
               + v0Page + u",{\"index\":1,\"metadata\":{\"pageStatusCode\":200}}]}"_s
        << u"partial_data[1].metadata.sourceURL"_s;
    QTest::newRow("v0 index string")
        << u"firecrawl-v0"_s
        << u"{\"status\":\"completed\",\"current\":1,\"total\":1,\"partial_data\":[],"
           "\"data\":[{\"index\":\"0\",\"metadata\":{\"sourceURL\":\"https://a.example/\","
           "\"pageStatusCode\":200}}]}"_s
        << u"data[0].index"_s;
    QTest::newRow("v1 no total") << u"firecrawl-v1"_s
                                 << u"{\"status\":\"completed\",\"completed\":1,"
                                    "\"creditsUsed\":1,\"expiresAt\":\"x\",\"data\":[]}"_s
                                 << u"total"_s;
    QTest::newRow("v1 expiresAt number")
        << u"firecrawl-v1"_s
        << u"{\"status\":\"completed\",\"total\":1,\"completed\":1,\"creditsUsed\":1,"
           "\"expiresAt\":5,\"data\":[]}"_s
        << u"expiresAt"_s;
    QTest::newRow("v1 data object")
        << u"firecrawl-v1"_s << u"{"_s + v1Head + u",\"data\":{}}"_s << u"data"_s;
    QTest::newRow("v1 statusCode string")
        << u"firecrawl-v1"_s
        << u"{"_s + v1Head
               + u",\"data\":[{\"metadata\":{\"sourceURL\":\"https://a.example/\","
                 "\"statusCode\":\"200\"}}]}"_s
        << u"data[0].metadata.statusCode"_s;
    QTest::newRow("v1 no metadata")
        << u"firecrawl-v1"_s << u"{"_s + v1Head + u",\"data\":[{\"markdown\":\"x\"}]}"_s
        << u"data[0].metadata"_s;
    QTest::newRow("v1 links object")
        << u"firecrawl-v1"_s
        << u"{"_s + v1Head
               + u",\"data\":[{\"links\":{},\"metadata\":{\"sourceURL\":\"https://a.example/\","
                 "\"statusCode\":200}}]}"_s
        << u"data[0].links"_s;
}

void TestFirecrawlExport::malformed()
{
    QFETCH(QString, format);
    QFETCH(QString, json);
    QFETCH(QString, key);
    const QJsonObject doc = parse(json.toUtf8());
    QVERIFY(!doc.isEmpty());
    QString error;
    const auto imported = format == u"firecrawl-v0" ? FirecrawlImport::readV0(doc, &error)
                                                    : FirecrawlImport::readV1(doc, &error);
    QVERIFY(!imported);
    QVERIFY2(error.startsWith(key + u':'), qPrintable(error));
}

void TestFirecrawlExport::memoryStaysFlat()
{
    const QString id = makeJob(20000, 7, 20000, JobState::Completed, 1500);
    const auto job = m_store->job(id);
    QVERIFY(job);
    // Resets the peak (VmHWM, which ru_maxrss reports) to the current RSS where Linux allows it,
    // so that filling the store above does not hide the export's own peak.
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    for (const Exporter *exporter :
         {static_cast<const Exporter *>(&m_v0), static_cast<const Exporter *>(&m_v1)}) {
        QFile file(m_dir.filePath(u"big.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        JobSnapshot snapshot(*m_store, *job);
        QString error;
        QVERIFY2(exporter->write(snapshot, {}, file, &error), qPrintable(error));
        QVERIFY(file.size() > 20000 * 1500);
    }
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    const long growthKb = after.ru_maxrss - before.ru_maxrss;
    qInfo("peak RSS %ld KiB before, %ld KiB after exporting 20,000 pages twice", before.ru_maxrss,
          after.ru_maxrss);
    QVERIFY2(growthKb < 100 * 1024, qPrintable(QString::number(growthKb)));
}

QTEST_GUILESS_MAIN(TestFirecrawlExport)
#include "tst_firecrawlexport.moc"
