// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/geonodeexport.h"
#include "export/geonodeimport.h"
#include "export/jobsnapshot.h"
#include "export/spidraexport.h"
#include "export/spidraimport.h"
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

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString formatsDir = QStringLiteral(TRAWL_FORMATS_DIR);
const QString startUrl = u"http://site.test/"_s;

PageRecord page(qint64 index, PageState state, int depth, const QString &parent = {})
{
    PageRecord p;
    p.index = index;
    p.url = index == 0 ? startUrl : u"http://site.test/p/%1"_s.arg(index);
    p.finalUrl = p.url;
    p.parentUrl = parent;
    p.depth = depth;
    p.state = state;
    p.durationMs = 100 + index;
    if (state == PageState::Completed) {
        p.httpStatus = 200;
        p.title = u"Page %1"_s.arg(index);
        p.markdown = u"# Page %1"_s.arg(index);
        p.html = u"<h1>Page %1</h1>"_s.arg(index);
        p.links = {u"http://site.test/p/%1"_s.arg(index + 1)};
        p.metadata = QJsonObject{{u"og:title"_s, p.title}, {u"trawl:private"_s, 1}};
    } else if (state == PageState::Failed) {
        p.retryCount = 2;
        p.error = PageError::Timeout;
        p.errorMessage = u"No answer within 30 s"_s;
    } else if (state == PageState::Skipped) {
        p.error = PageError::RobotsBlocked;
        p.errorMessage = u"robots.txt disallows it"_s;
    } else if (state == PageState::Cancelled) {
        p.error = PageError::Cancelled;
    }
    return p;
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestSpidraGeonodeExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<StoreWriter> m_writer;
    QString m_completed;    // 2 pages done, 3 discovered
    QString m_running;      // 12 pages done, 15 discovered
    QString m_withFailures; // completed: success, failed, skipped, cancelled pages
    QString m_failed;       // failed with an error
    QString m_cancelled;

    QString makeJob(JobState state, const QList<PageRecord> &pages, qint64 undiscovered,
                    const QString &error = {})
    {
        JobInfo job;
        job.options.url = QUrl(startUrl);
        job.options.limit = 50;
        QString why;
        if (!m_store->createJob(job, &why))
            return {};
        QList<FrontierEntry> entries;
        for (const PageRecord &p : pages)
            entries.append(FrontierEntry{p.url, p.url, p.parentUrl, p.depth});
        for (qint64 i = 0; i < undiscovered; ++i) {
            const QString url = u"http://site.test/later/%1"_s.arg(i);
            entries.append(FrontierEntry{url, url, startUrl, 1});
        }
        m_writer->addFrontier(job.id, entries);
        if (state != JobState::Queued)
            m_writer->setJobState(job.id, JobState::Running);
        for (PageRecord p : pages) {
            p.jobId = job.id;
            m_writer->storePage(p, p.url);
        }
        if (state != JobState::Queued && state != JobState::Running)
            m_writer->setJobState(job.id, state, error);
        m_writer->flush();
        return job.id;
    }

    QString storeImported(const ImportedJob &imported)
    {
        JobInfo job = imported.job;
        QString why;
        if (!m_store->createJob(job, &why))
            return {};
        if (job.state != JobState::Queued)
            m_writer->setJobState(job.id, JobState::Running);
        for (PageRecord p : imported.pages) {
            p.jobId = job.id;
            m_writer->storePage(p, p.url);
        }
        if (job.state != JobState::Queued && job.state != JobState::Running)
            m_writer->setJobState(job.id, job.state, job.error);
        m_writer->flush();
        return job.id;
    }

    QByteArray exportJob(const Exporter &exporter, const QString &jobId, bool isFile, int page = 1,
                         int pageSize = 0)
    {
        const auto job = m_store->job(jobId);
        if (!job)
            return {};
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ExportRequest request;
        request.isFile = isFile;
        request.page = page;
        request.pageSize = pageSize;
        QString error;
        JobSnapshot snapshot(*m_store, *job);
        if (!exporter.write(snapshot, request, buffer, &error))
            qWarning("%s", qPrintable(error));
        return bytes;
    }

    QString validate(const QString &format, const QByteArray &bytes)
    {
        static int counter = 0;
        const QString path = m_dir.filePath(u"export-%1.json"_s.arg(++counter));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return u"cannot write"_s;
        file.close();
        QProcess process;
        process.start(u"/usr/bin/python3"_s, {formatsDir + u"/validate.py"_s, format, path});
        if (!process.waitForFinished(30000))
            return u"validator did not finish"_s;
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    QJsonObject exportObject(const Exporter &exporter, const QString &jobId, bool isFile,
                             int page = 1, int pageSize = 0)
    {
        const QByteArray bytes = exportJob(exporter, jobId, isFile, page, pageSize);
        const QString format = exporter.format();
        const QString verdict = validate(format, bytes);
        if (verdict != u"valid"_s)
            qWarning("%s: %s\n%s", qPrintable(format), qPrintable(verdict), bytes.constData());
        return verdict == u"valid"_s ? QJsonDocument::fromJson(bytes).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(u"trawl.sqlite"_s);
        m_store = std::make_unique<JobStore>(path);
        QString error;
        QVERIFY2(m_store->open(&error), qPrintable(error));
        m_writer = std::make_unique<StoreWriter>(path);
        QVERIFY2(m_writer->start(&error), qPrintable(error));

        m_completed = makeJob(
            JobState::Completed,
            {page(0, PageState::Completed, 0), page(1, PageState::Completed, 1, startUrl)}, 1);
        QList<PageRecord> many;
        for (int i = 0; i < 12; ++i)
            many.append(
                page(i, PageState::Completed, i == 0 ? 0 : 1, i == 0 ? QString() : startUrl));
        m_running = makeJob(JobState::Running, many, 3);
        m_withFailures =
            makeJob(JobState::Completed,
                    {page(0, PageState::Completed, 0), page(1, PageState::Failed, 1, startUrl),
                     page(2, PageState::Skipped, 1, startUrl),
                     page(3, PageState::Cancelled, 2, page(1, PageState::Failed, 1).url)},
                    0);
        m_failed = makeJob(JobState::Failed, {page(0, PageState::Completed, 0)}, 2, u"boom"_s);
        m_cancelled = makeJob(JobState::Cancelled, {page(0, PageState::Completed, 0)}, 0);
        for (const QString &id : {m_completed, m_running, m_withFailures, m_failed, m_cancelled})
            QVERIFY(!id.isEmpty());
    }

    void cleanupTestCase()
    {
        m_writer.reset();
        m_store.reset();
    }

    void spidraCompleted()
    {
        const QJsonObject doc = exportObject(SpidraExport(), m_completed, true);
        QCOMPARE(doc.value(u"status"_s).toString(), u"completed"_s);
        const QJsonObject progress = doc.value(u"progress"_s).toObject();
        QCOMPARE(progress.value(u"message"_s).toString(), u"Crawl complete"_s);
        QCOMPARE(progress.value(u"pagesCrawled"_s).toInt(), 2);
        QCOMPARE(progress.value(u"maxPages"_s).toInt(), 50);
        QVERIFY(doc.value(u"error"_s).isNull());
        const QJsonArray result = doc.value(u"result"_s).toArray();
        QCOMPARE(result.size(), 2);
        const QJsonObject first = result.at(0).toObject();
        QCOMPARE(first.value(u"url"_s).toString(), startUrl);
        QCOMPARE(first.value(u"title"_s).toString(), u"Page 0"_s);
        QCOMPARE(first.value(u"status"_s).toString(), u"success"_s);
        const QJsonObject data = first.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"markdown"_s).toString(), u"# Page 0"_s);
        const QJsonObject meta = data.value(u"metadata"_s).toObject();
        QCOMPARE(meta.value(u"og:title"_s).toString(), u"Page 0"_s);
        QVERIFY(!meta.contains(u"trawl:private"_s));
        QVERIFY(!first.contains(u"error"_s));
        // A status answer of a finished job is the same document.
        QCOMPARE(exportJob(SpidraExport(), m_completed, false),
                 exportJob(SpidraExport(), m_completed, true));
    }

    void spidraRunning()
    {
        const QJsonObject answer = exportObject(SpidraExport(), m_running, false);
        QCOMPARE(answer.value(u"status"_s).toString(), u"active"_s);
        const QJsonObject progress = answer.value(u"progress"_s).toObject();
        QCOMPARE(progress.value(u"message"_s).toString(), u"Crawling: 12 of 50 pages"_s);
        QCOMPARE(progress.value(u"pagesCrawled"_s).toInt(), 12);
        QCOMPARE(progress.value(u"maxPages"_s).toInt(), 50);
        QVERIFY(answer.value(u"result"_s).isNull()); // arrives on completion only
        QVERIFY(answer.value(u"error"_s).isNull());
        // A file holds what was crawled so far.
        const QJsonObject file = exportObject(SpidraExport(), m_running, true);
        QCOMPARE(file.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(file.value(u"result"_s).toArray().size(), 12);
    }

    void spidraFailures()
    {
        const QJsonObject doc = exportObject(SpidraExport(), m_withFailures, true);
        QCOMPARE(doc.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(doc.value(u"progress"_s).toObject().value(u"pagesCrawled"_s).toInt(), 4);
        const QJsonArray result = doc.value(u"result"_s).toArray();
        QCOMPARE(result.size(), 4);
        const QJsonObject failed = result.at(1).toObject();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failed.value(u"errorCode"_s).toString(), u"TIMEOUT"_s);
        QCOMPARE(failed.value(u"error"_s).toString(), u"No answer within 30 s"_s);
        QCOMPARE(failed.value(u"data"_s).toObject(), QJsonObject());
        QCOMPARE(result.at(2).toObject().value(u"errorCode"_s).toString(), u"ROBOTS_BLOCKED"_s);
        QCOMPARE(result.at(3).toObject().value(u"status"_s).toString(), u"failed"_s);

        const QJsonObject failedJob = exportObject(SpidraExport(), m_failed, false);
        QCOMPARE(failedJob.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failedJob.value(u"error"_s).toString(), u"boom"_s);
        QCOMPARE(failedJob.value(u"progress"_s).toObject().value(u"message"_s).toString(),
                 u"Crawl failed"_s);
        QCOMPARE(failedJob.value(u"result"_s).toArray().size(), 1);

        const QJsonObject cancelled = exportObject(SpidraExport(), m_cancelled, false);
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(cancelled.value(u"error"_s).toString(), u"Crawl cancelled"_s);
    }

    void spidraStates()
    {
        QCOMPARE(SpidraExport::statusWord(JobState::Queued), u"waiting"_s);
        QCOMPARE(SpidraExport::statusWord(JobState::Paused), u"active"_s);
        QCOMPARE(SpidraExport::statusWord(JobState::Expired), u"completed"_s);
        QCOMPARE(SpidraExport::progressMessage(JobState::Paused, 3, 9), u"Paused: 3 of 9 pages"_s);
    }

    void geonodeCompleted()
    {
        const QJsonObject doc = exportObject(GeonodeExport(), m_completed, true);
        QCOMPARE(doc.value(u"job_id"_s).toString(), m_completed);
        QCOMPARE(doc.value(u"url"_s).toString(), startUrl);
        QCOMPARE(doc.value(u"status"_s).toString(), u"completed"_s);
        QCOMPARE(doc.value(u"total_pages"_s).toInt(), 3);
        QCOMPARE(doc.value(u"completed_pages"_s).toInt(), 2);
        QCOMPARE(doc.value(u"failed_pages"_s).toInt(), 0);
        QCOMPARE(doc.value(u"cancelled_pages"_s).toInt(), 0);
        const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        QVERIFY(iso.match(doc.value(u"created_at"_s).toString()).hasMatch());
        QVERIFY(iso.match(doc.value(u"completed_at"_s).toString()).hasMatch());
        QCOMPARE(doc.value(u"token_summary"_s).toObject(),
                 (QJsonObject{{u"tokens_charged_total"_s, 0}, {u"tokens_reserved"_s, 0}}));
        QVERIFY(!doc.contains(u"page"_s)); // a file holds every page
        QVERIFY(!doc.contains(u"page_size"_s));
        const QJsonArray results = doc.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject start = results.at(0).toObject();
        QVERIFY(start.value(u"parent_url"_s).isNull());
        QCOMPARE(start.value(u"depth"_s).toInt(), 1);
        QCOMPARE(start.value(u"status"_s).toString(), u"completed"_s);
        QVERIFY(start.value(u"error_code"_s).isNull());
        QVERIFY(start.value(u"error_message"_s).isNull());
        QCOMPARE(start.value(u"links"_s).toArray(), QJsonArray{u"http://site.test/p/1"_s});
        QCOMPARE(start.value(u"data"_s).toObject(),
                 (QJsonObject{{u"markdown"_s, u"# Page 0"_s}, {u"html"_s, u"<h1>Page 0</h1>"_s}}));
        QCOMPARE(start.value(u"metadata"_s).toObject(), (QJsonObject{{u"http_status"_s, 200},
                                                                     {u"duration_ms"_s, 100},
                                                                     {u"retry_count"_s, 0},
                                                                     {u"tokens_charged"_s, 0}}));
        const QJsonObject child = results.at(1).toObject();
        QCOMPARE(child.value(u"parent_url"_s).toString(), startUrl);
        QCOMPARE(child.value(u"depth"_s).toInt(), 2);
    }

    void geonodePagination_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("expectedPage");
        QTest::addColumn<int>("expectedPageSize");
        QTest::addColumn<int>("results");
        QTest::addColumn<int>("firstIndex");
        QTest::newRow("defaults") << 1 << 0 << 1 << 10 << 10 << 0;
        QTest::newRow("second page of the default size") << 2 << 0 << 2 << 10 << 2 << 10;
        QTest::newRow("size above 50 clamped") << 1 << 100 << 1 << 50 << 12 << 0;
        QTest::newRow("negative size clamped to 1") << 1 << -3 << 1 << 1 << 1 << 0;
        QTest::newRow("page 0 reads as 1") << 0 << 5 << 1 << 5 << 5 << 0;
        QTest::newRow("last partial page") << 3 << 5 << 3 << 5 << 2 << 10;
        QTest::newRow("past the end") << 4 << 5 << 4 << 5 << 0 << -1;
    }

    void geonodePagination()
    {
        QFETCH(int, page);
        QFETCH(int, pageSize);
        QFETCH(int, expectedPage);
        QFETCH(int, expectedPageSize);
        QFETCH(int, results);
        QFETCH(int, firstIndex);
        const QJsonObject doc = exportObject(GeonodeExport(), m_running, false, page, pageSize);
        QCOMPARE(doc.value(u"status"_s).toString(), u"processing"_s);
        QVERIFY(doc.value(u"completed_at"_s).isNull());
        QCOMPARE(doc.value(u"total_pages"_s).toInt(), 15);
        QCOMPARE(doc.value(u"completed_pages"_s).toInt(), 12);
        QCOMPARE(doc.value(u"page"_s).toInt(), expectedPage);
        QCOMPARE(doc.value(u"page_size"_s).toInt(), expectedPageSize);
        const QJsonArray slice = doc.value(u"results"_s).toArray();
        QCOMPARE(slice.size(), results);
        if (firstIndex >= 0) {
            const QString url =
                firstIndex == 0 ? startUrl : u"http://site.test/p/%1"_s.arg(firstIndex);
            QCOMPARE(slice.at(0).toObject().value(u"url"_s).toString(), url);
        }
    }

    void geonodeFailures()
    {
        const QJsonObject doc = exportObject(GeonodeExport(), m_withFailures, true);
        QCOMPARE(doc.value(u"completed_pages"_s).toInt(), 1);
        QCOMPARE(doc.value(u"failed_pages"_s).toInt(), 2);
        QCOMPARE(doc.value(u"cancelled_pages"_s).toInt(), 1);
        QCOMPARE(doc.value(u"total_pages"_s).toInt(), 4);
        const QJsonArray results = doc.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 4);
        const QJsonObject failed = results.at(1).toObject();
        QCOMPARE(failed.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(failed.value(u"error_code"_s).toString(), u"TIMEOUT"_s);
        QCOMPARE(failed.value(u"error_message"_s).toString(), u"No answer within 30 s"_s);
        QVERIFY(failed.value(u"data"_s).isNull());
        QVERIFY(failed.value(u"metadata"_s).toObject().value(u"http_status"_s).isNull());
        QCOMPARE(failed.value(u"metadata"_s).toObject().value(u"retry_count"_s).toInt(), 2);
        QCOMPARE(results.at(2).toObject().value(u"error_code"_s).toString(), u"ROBOTS_BLOCKED"_s);
        const QJsonObject cancelled = results.at(3).toObject();
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(cancelled.value(u"error_code"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(cancelled.value(u"depth"_s).toInt(), 3);

        const QJsonObject failedJob = exportObject(GeonodeExport(), m_failed, false);
        QCOMPARE(failedJob.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(failedJob.value(u"completed_at"_s).isString());
        const QJsonObject cancelledJob = exportObject(GeonodeExport(), m_cancelled, false);
        QCOMPARE(cancelledJob.value(u"status"_s).toString(), u"cancelled"_s);
    }

    void seedExamples_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("spidra") << u"spidra"_s;
        QTest::newRow("geonode") << u"geonode"_s;
    }

    void seedExamples()
    {
        QFETCH(QString, format);
        const QJsonObject seed =
            readJsonFile(formatsDir + u"/examples/%1-seed-example.json"_s.arg(format));
        QVERIFY(!seed.isEmpty());
        const bool spidra = format == u"spidra"_s;
        QCOMPARE(SpidraImport::looksLike(seed), spidra);
        QCOMPARE(GeonodeImport::looksLike(seed), !spidra);
        QString error;
        const auto imported =
            spidra ? SpidraImport::read(seed, &error) : GeonodeImport::read(seed, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->job.provider, format);
        const QString id = storeImported(*imported);
        QVERIFY(!id.isEmpty());
        const std::unique_ptr<Exporter> exporter =
            spidra ? std::unique_ptr<Exporter>(new SpidraExport)
                   : std::unique_ptr<Exporter>(new GeonodeExport);
        const QJsonObject again = exportObject(*exporter, id, true);
        QCOMPARE(QJsonDocument(again), QJsonDocument(seed));
        if (!spidra) {
            const PageRecord first = imported->pages.at(0);
            QCOMPARE(first.depth, 0);
            QVERIFY(first.parentUrl.isEmpty());
        } else {
            QCOMPARE(imported->pages.at(0).metadata.value(SpidraExport::dataKey()),
                     seed.value(u"result"_s).toArray().at(0).toObject().value(u"data"_s));
        }
    }

    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("job");
        const QStringList names{u"completed"_s, u"running"_s, u"failures"_s, u"failed"_s,
                                u"cancelled"_s};
        for (const QString &format : {u"spidra"_s, u"geonode"_s}) {
            for (int i = 0; i < names.size(); ++i)
                QTest::addRow("%s %s", qPrintable(format), qPrintable(names.at(i))) << format << i;
        }
    }

    void roundTripIsByteIdentical()
    {
        QFETCH(QString, format);
        QFETCH(int, job);
        const QString id =
            QStringList{m_completed, m_running, m_withFailures, m_failed, m_cancelled}.at(job);
        const bool spidra = format == u"spidra"_s;
        const std::unique_ptr<Exporter> exporter =
            spidra ? std::unique_ptr<Exporter>(new SpidraExport)
                   : std::unique_ptr<Exporter>(new GeonodeExport);
        const QByteArray first = exportJob(*exporter, id, true);
        QCOMPARE(validate(format, first), u"valid"_s);
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(first, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QString error;
        const auto imported =
            spidra ? SpidraImport::read(doc, &error) : GeonodeImport::read(doc, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->job.state, m_store->job(id)->state);
        const QString copy = storeImported(*imported);
        QVERIFY(!copy.isEmpty());
        QCOMPARE(exportJob(*exporter, copy, true), first);
    }

    void malformedImportsAreRejected()
    {
        const QJsonObject spidra =
            readJsonFile(formatsDir + u"/examples/spidra-seed-example.json"_s);
        const QJsonObject geonode =
            readJsonFile(formatsDir + u"/examples/geonode-seed-example.json"_s);
        const auto withItem = [](QJsonObject doc, const QString &list, const QString &key,
                                 const QJsonValue &value) {
            QJsonArray items = doc.value(list).toArray();
            QJsonObject item = items.at(0).toObject();
            if (value.isUndefined())
                item.remove(key);
            else
                item.insert(key, value);
            items.replace(0, item);
            doc.insert(list, items);
            return doc;
        };
        const auto with = [](QJsonObject doc, const QString &key, const QJsonValue &value) {
            if (value.isUndefined())
                doc.remove(key);
            else
                doc.insert(key, value);
            return doc;
        };
        QJsonObject badProgress = spidra;
        badProgress.insert(
            u"progress"_s,
            QJsonObject{{u"message"_s, u"x"_s}, {u"pagesCrawled"_s, u"5"_s}, {u"maxPages"_s, 10}});
        QJsonObject badTokens = geonode;
        badTokens.insert(u"token_summary"_s,
                         QJsonObject{{u"tokens_charged_total"_s, 1}, {u"tokens_reserved"_s, -1}});
        const QList<std::tuple<bool, QJsonObject, QString>> cases{
            {true, with(spidra, u"status"_s, QJsonValue::Undefined), u"\"status\""_s},
            {true, with(spidra, u"status"_s, u"exploded"_s), u"\"status\""_s},
            {true, badProgress, u"\"progress.pagesCrawled\""_s},
            {true, with(spidra, u"result"_s, u"none"_s), u"\"result\""_s},
            {true, withItem(spidra, u"result"_s, u"data"_s, QJsonValue::Undefined),
             u"\"result[0].data\""_s},
            {true, withItem(spidra, u"result"_s, u"url"_s, 7), u"\"result[0].url\""_s},
            {false, with(geonode, u"job_id"_s, QJsonValue::Undefined), u"\"job_id\""_s},
            {false, with(geonode, u"status"_s, u"active"_s), u"\"status\""_s},
            {false, with(geonode, u"created_at"_s, u"yesterday"_s), u"\"created_at\""_s},
            {false, badTokens, u"\"token_summary.tokens_reserved\""_s},
            {false, with(geonode, u"results"_s, QJsonValue::Null), u"\"results\""_s},
            {false, withItem(geonode, u"results"_s, u"depth"_s, 0), u"\"results[0].depth\""_s},
            {false, withItem(geonode, u"results"_s, u"links"_s, u"x"_s), u"\"results[0].links\""_s},
            {false,
             withItem(geonode, u"results"_s, u"metadata"_s, QJsonObject{{u"http_status"_s, 200}}),
             u"\"results[0].metadata.duration_ms\""_s},
        };
        for (const auto &[isSpidra, doc, key] : cases) {
            QString error;
            const auto imported =
                isSpidra ? SpidraImport::read(doc, &error) : GeonodeImport::read(doc, &error);
            QVERIFY2(!imported, qPrintable(key));
            QVERIFY2(error.contains(key), qPrintable(error + u" lacks "_s + key));
        }
    }
};

QTEST_GUILESS_MAIN(TestSpidraGeonodeExport)
#include "tst_spidrageonodeexport.moc"
