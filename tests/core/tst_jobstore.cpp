// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/jobstore.h"
#include "store/jsontext.h"
#include "store/storewriter.h"

#include "support/testgzip.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

JobInfo makeJob(const QString &url = u"http://site.test/"_s)
{
    JobInfo job;
    job.options.url = QUrl(url);
    job.options.limit = 1000;
    return job;
}

PageRecord makePage(const QString &jobId, qint64 index)
{
    PageRecord page;
    page.jobId = jobId;
    page.index = index;
    page.url = u"http://site.test/p/%1"_s.arg(index);
    page.finalUrl = page.url;
    page.depth = int(index % 4);
    page.state = index % 5 == 4 ? PageState::Failed : PageState::Completed;
    page.httpStatus = page.state == PageState::Completed ? 200 : 500 + int(index % 3);
    page.error = page.state == PageState::Completed ? PageError::None : PageError::Http5xx;
    page.errorMessage = page.state == PageState::Completed ? QString() : u"HTTP 500"_s;
    page.contentType = u"text/html"_s;
    page.durationMs = index * 7 % 100;
    page.title = u"Page %1"_s.arg(index);
    page.rawHtml = u"<html><title>Page %1</title></html>"_s.arg(index);
    page.links = {u"http://site.test/p/%1"_s.arg(index + 1)};
    page.metadata = QJsonObject{{u"og:title"_s, page.title}};
    return page;
}

} // namespace

class TestJobStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_counter)); }

    // A fresh store with one job, and a writer started on it.
    struct StoreWithJob
    {
        std::unique_ptr<JobStore> store;
        JobInfo job;
        std::unique_ptr<StoreWriter> writer;
    };
    StoreWithJob storeWithJob()
    {
        const QString path = freshPath();
        StoreWithJob opened{std::make_unique<JobStore>(path), makeJob(),
                            std::make_unique<StoreWriter>(path)};
        QString error;
        if (!opened.store->open(&error) || !opened.store->createJob(opened.job, &error)
            || !opened.writer->start(&error))
            qFatal("%s", qPrintable(error));
        return opened;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesFromEmpty()
    {
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(Database::latestSchemaVersion() >= 2);
        QCOMPARE(Database::schemaVersion(store.database()), Database::latestSchemaVersion());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA busy_timeout"_s) && query.next());
        QVERIFY(query.value(0).toInt() >= 1000);
    }

    void migratesFromThePreviousVersion()
    {
        const QString path = freshPath();
        // The migration before the latest (numbers may have gaps).
        int previous = 0;
        for (const QString &file : QDir(u":/migrations"_s).entryList(QDir::Files)) {
            const int number = file.section(u'_', 0, 0).toInt();
            if (number < Database::latestSchemaVersion())
                previous = std::max(previous, number);
        }
        {
            QString error;
            QSqlDatabase db = Database::open(path, u"old"_s, &error);
            QVERIFY2(db.isOpen(), qPrintable(error));
            QVERIFY2(Database::migrate(db, &error, previous), qPrintable(error));
            QCOMPARE(Database::schemaVersion(db), previous);
            QSqlQuery query(db);
            QVERIFY(query.exec(u"INSERT INTO jobs (id, start_url, state, created_at, updated_at) "
                               "VALUES ('old-job', 'http://old.test/', 'completed', 1, 2)"_s));
            QVERIFY(!query.exec(u"SELECT raw_html_gzip FROM pages"_s)); // the latest adds it
            db = QSqlDatabase();
            Database::close(u"old"_s);
        }
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(store.database()), Database::latestSchemaVersion());
        const auto job = store.job(u"old-job"_s);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Completed);
        QCOMPARE(job->startUrl, u"http://old.test/"_s);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"SELECT runner_pid, heartbeat_at FROM jobs"_s));
        QVERIFY(query.exec(u"SELECT text_content FROM pages"_s));
        QVERIFY(query.exec(u"SELECT extra_json, remote_base_url FROM jobs"_s));
        QVERIFY(query.exec(u"SELECT extra_json FROM jobs"_s));
        QVERIFY(query.exec(u"SELECT response_headers, body_bytes, word_count FROM pages"_s));
        QVERIFY(query.exec(u"SELECT raw_html_gzip FROM pages"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM job_log"_s));
    }

    void refusesANewerSchema()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            QSqlQuery query(store.database());
            QVERIFY(
                query.exec(u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 3)));
        }
        JobStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QVERIFY2(error.contains(QString::number(Database::latestSchemaVersion() + 3)),
                 qPrintable(error));
    }

    void refusesAFileThatIsNotADatabase()
    {
        const QString path = freshPath();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        JobStore store(path);
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void jsonTextReadsBackAsWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << u""_s;
        QTest::newRow("url") << u"https://site.test/a/b?c=d&e=f#g"_s;
        QTest::newRow("quote and backslash") << u"say \"hi\" \\ back"_s;
        QTest::newRow("control characters")
            << u"tab\tline\nfeed\rbell\x07nul"_s + QChar(0) + u"x"_s;
        QTest::newRow("non-ASCII after ASCII") << u"caf\u00e9 \u4e2d\u6587 \U0001F41F"_s;
        QTest::newRow("non-ASCII first") << u"\u00fcber \"quoted\"\n"_s;
        QTest::newRow("delete and slash") << u"a\x7f/b"_s;
    }

    void jsonTextReadsBackAsWritten()
    {
        // The store's JSON columns are written by JsonText and read by QJsonDocument.
        QFETCH(QString, text);
        const QStringList strings{text, u"plain"_s, text + text};
        const QJsonDocument array = QJsonDocument::fromJson(JsonText::stringArray(strings));
        QVERIFY(array.isArray());
        QCOMPARE(array.array(), QJsonArray::fromStringList(strings));

        const QJsonDocument pairs = QJsonDocument::fromJson(JsonText::pairs({{text, u"v"_s}}));
        QCOMPARE(pairs.array(), (QJsonArray{QJsonArray{text, u"v"_s}}));

        const QJsonObject object{{text.isEmpty() ? u"key"_s : text, text},
                                 {u"list"_s, QJsonArray{text, 1.5, true, QJsonValue()}},
                                 {u"number"_s, 42},
                                 {u"nested"_s, QJsonObject{{u"a"_s, text}}}};
        QCOMPARE(QJsonDocument::fromJson(JsonText::object(object)).object(), object);
        QCOMPARE(JsonText::object({}), "{}"_ba);
        QCOMPARE(JsonText::stringArray({}), "[]"_ba);
    }

    void jsonTextEscapesEveryPosition()
    {
        // Plain ASCII runs are copied eight characters at a time: a character to escape (or
        // non-ASCII) is caught at every position of a block, and of the tail after the blocks,
        // with exactly the bytes QJsonDocument writes.
        const QList<char16_t> specials{u'"',      u'\\',     u'\n',     u'\x01',
                                       u'\x1f',   u'\x7f',   u'\u0080', u'\u00e9',
                                       u'\u2028', u'\u8000', u'\uffff'};
        for (qsizetype size = 1; size <= 34; ++size) {
            for (qsizetype at = 0; at < size; ++at) {
                for (const char16_t special : specials) {
                    QString text(size, u'a');
                    text[at] = QChar(special);
                    QByteArray mine = "[";
                    JsonText::appendString(mine, text);
                    mine += ']';
                    const QByteArray theirs =
                        QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
                    QVERIFY2(mine == theirs, qPrintable(u"size %1, U+%2 at %3: %4 vs %5"_s.arg(size)
                                                            .arg(int(special), 4, 16, QChar(u'0'))
                                                            .arg(at)
                                                            .arg(QString::fromUtf8(mine),
                                                                 QString::fromUtf8(theirs))));
                }
            }
        }
    }

    void reopenKeepsEverything()
    {
        const QString path = freshPath();
        QString jobId;
        {
            JobStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            JobInfo job = makeJob();
            job.extra = QJsonObject{{u"creditsUsed"_s, 7}};
            QVERIFY2(store.createJob(job, &error), qPrintable(error));
            jobId = job.id;
            StoreWriter writer(path);
            QVERIFY2(writer.start(&error), qPrintable(error));
            writer.addFrontier(jobId, {{u"http://site.test/"_s, u"site.test/"_s, {}, 0, 0}});
            writer.setJobState(jobId, JobState::Running);
            for (int i = 0; i < 10; ++i)
                writer.storePage(makePage(jobId, i), u"k%1"_s.arg(i));
            writer.appendLog(jobId, u"info"_s, u"hello"_s);
            writer.setJobState(jobId, JobState::Completed);
        } // the writer commits on destruction
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const auto job = store.job(jobId);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Completed);
        QVERIFY(job->startedAt.isValid());
        QVERIFY(job->finishedAt.isValid());
        QCOMPARE(job->pagesCompleted, 8);
        QCOMPARE(job->pagesFailed, 2);
        QCOMPARE(job->urlsDiscovered, 1);
        QCOMPARE(job->options.url, QUrl(u"http://site.test/"_s));
        QCOMPARE(job->extra.value(u"creditsUsed"_s).toInt(), 7);
        QCOMPARE(store.pageCount(jobId), 10);
        const auto page = store.page(jobId, 3);
        QVERIFY(page);
        const PageRecord expected = makePage(jobId, 3);
        QCOMPARE(page->url, expected.url);
        QCOMPARE(page->title, expected.title);
        QCOMPARE(page->rawHtml, expected.rawHtml);
        QCOMPARE(page->links, expected.links);
        QCOMPARE(page->metadata, expected.metadata);
        QCOMPARE(page->depth, expected.depth);
        QVERIFY(page->fetchedAt.isValid());
        const auto failed = store.page(jobId, 4);
        QCOMPARE(failed->state, PageState::Failed);
        QCOMPARE(failed->error, PageError::Http5xx);
        QCOMPARE(failed->errorCode(), u"HTTP_5XX"_s);
        QCOMPARE(store.log(jobId).size(), 1);
        QCOMPARE(store.log(jobId).constFirst().message, u"hello"_s);
    }

    // A crawl hands the raw HTML over as UTF-8 bytes; readers get it back as text.
    void rawHtmlAsUtf8()
    {
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job = makeJob();
        QVERIFY2(store.createJob(job, &error), qPrintable(error));
        const QString html =
            u"<html><title>Gr\u00f6\u00dfe \u6771\u4eac \U0001F600</title></html>"_s;
        {
            StoreWriter writer(path);
            QVERIFY2(writer.start(&error), qPrintable(error));
            PageRecord page = makePage(job.id, 0);
            page.rawHtml.clear();
            page.rawHtmlUtf8 = html.toUtf8();
            writer.storePage(page, u"k0"_s);
            PageRecord both = makePage(job.id, 1); // the bytes win over the text
            both.rawHtmlUtf8 = "<p>bytes</p>";
            writer.storePage(both, u"k1"_s);
            writer.storePage(makePage(job.id, 2), u"k2"_s); // text only, as before
        }
        QCOMPARE(store.page(job.id, 0)->rawHtml, html);
        QCOMPARE(store.page(job.id, 1)->rawHtml, u"<p>bytes</p>"_s);
        QCOMPARE(store.page(job.id, 2)->rawHtml, makePage(job.id, 2).rawHtml);
    }

    void rawHtmlAsTheServersGzip()
    {
        // A crawled page whose gzip body decodes to its raw HTML is kept as that gzip, and read
        // back as the text.
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job = makeJob();
        QVERIFY2(store.createJob(job, &error), qPrintable(error));
        const QString html = u"<html><title>Gr\u00f6\u00dfe</title><p>%1</p></html>"_s.arg(
            QString(u"text "_s).repeated(2000));
        const QByteArray gzip = TestGzip::compress(html.toUtf8());
        QVERIFY(gzip.size() < html.size() / 10);
        {
            StoreWriter writer(path);
            QVERIFY2(writer.start(&error), qPrintable(error));
            PageRecord page = makePage(job.id, 0);
            page.rawHtml.clear();
            page.rawHtmlUtf8 = html.toUtf8();
            page.rawHtmlGzip = gzip;
            writer.storePage(page, u"k0"_s);
        }
        QCOMPARE(store.page(job.id, 0)->rawHtml, html);
        PageQuery query;
        query.jobId = job.id;
        query.fields = PageField::RawHtml | PageField::Links; // the columns after it read right
        const QList<PageRecord> pages = store.pages(query);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.first().rawHtml, html);
        QCOMPARE(pages.first().links, makePage(job.id, 0).links);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"gzip-check"_s);
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery raw(db);
            QVERIFY(raw.exec(u"SELECT raw_html IS NULL, length(raw_html_gzip) FROM pages"_s));
            QVERIFY(raw.next());
            QVERIFY(raw.value(0).toBool());
            QCOMPARE(raw.value(1).toLongLong(), gzip.size());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"gzip-check"_s);
    }

    void frontierAdmitsEachKeyOnceAndTracksDone()
    {
        const StoreWithJob opened = storeWithJob();
        JobStore &store = *opened.store;
        StoreWriter &writer = *opened.writer;
        const JobInfo &job = opened.job;
        writer.addFrontier(job.id, {{u"http://site.test/a"_s, u"a"_s, {}, 0, 0},
                                    {u"http://site.test/b"_s, u"b"_s, {}, 1, 0}});
        writer.addFrontier(job.id, {{u"http://site.test/a?dup"_s, u"a"_s, {}, 0, 0}});
        PageRecord page = makePage(job.id, 0);
        page.url = u"http://site.test/a"_s;
        writer.storePage(page, u"a"_s,
                         {{u"http://site.test/c"_s, u"c"_s, page.url, 1, 0},
                          {u"http://site.test/b"_s, u"b"_s, page.url, 1, 0}});
        writer.flush();
        QCOMPARE(store.frontierSize(job.id), 3);
        const QList<FrontierEntry> pending = store.pendingFrontier(job.id, 0, 100);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).key, u"b"_s);
        QCOMPARE(pending.at(1).key, u"c"_s);
        QCOMPARE(pending.at(1).parentUrl, u"http://site.test/a"_s);
        QVERIFY(pending.at(0).seq < pending.at(1).seq);
        QCOMPARE(store.job(job.id)->urlsDiscovered, 3);
        QCOMPARE(store.pendingFrontier(job.id, pending.at(0).seq, 100).size(), 1);
        QCOMPARE(store.frontierKeys(job.id).size(), 3);
    }

    // A queued URL found again by a shorter path takes that depth and parent (a resume then
    // fetches it at the right depth); a longer path, or a URL already done, changes nothing.
    void frontierEntryTakesAShorterPath()
    {
        const StoreWithJob opened = storeWithJob();
        JobStore &store = *opened.store;
        StoreWriter &writer = *opened.writer;
        const JobInfo &job = opened.job;
        const QString b1 = u"http://site.test/b/1"_s;
        const QString a = u"http://site.test/a/"_s;
        writer.addFrontier(job.id, {{a, u"a"_s, {}, 1, 0},
                                    {u"http://site.test/a/1"_s, u"a1"_s, b1, 3, 0},
                                    {u"http://site.test/x"_s, u"x"_s, b1, 3, 0}});
        writer.flush();
        const qint64 seqOfA1 = store.pendingFrontier(job.id, 0, 100).at(1).seq;
        PageRecord page = makePage(job.id, 0);
        page.url = a;
        writer.storePage(page, u"a"_s, {{u"http://site.test/a/1"_s, u"a1"_s, a, 2, 0}});
        writer.addFrontier(job.id, {{u"http://site.test/a/1"_s, u"a1"_s, b1, 4, 0}});
        PageRecord x = makePage(job.id, 1);
        x.url = u"http://site.test/x"_s;
        writer.storePage(x, u"x"_s);
        writer.addFrontier(job.id, {{u"http://site.test/x"_s, u"x"_s, a, 2, 0}});
        writer.flush();
        const QList<FrontierEntry> pending = store.pendingFrontier(job.id, 0, 100);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.at(0).key, u"a1"_s);
        QCOMPARE(pending.at(0).depth, 2);
        QCOMPARE(pending.at(0).parentUrl, a);
        QCOMPARE(pending.at(0).seq, seqOfA1);
        QCOMPARE(store.job(job.id)->urlsDiscovered, 3);
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"SELECT depth FROM frontier WHERE url_key = 'x'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 3);
    }

    void pagesAreReadInPagesAndOrder()
    {
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job = makeJob();
        QVERIFY(store.createJob(job, &error));
        JobInfo other = makeJob(u"http://other.test/"_s);
        QVERIFY(store.createJob(other, &error));
        StoreWriter writer(path);
        QVERIFY(writer.start(&error));
        QSignalSpy stored(&writer, &StoreWriter::pagesStored);
        for (int i = 0; i < 250; ++i)
            writer.storePage(makePage(job.id, i), u"k%1"_s.arg(i));
        for (int i = 0; i < 5; ++i)
            writer.storePage(makePage(other.id, i), u"k%1"_s.arg(i));
        writer.flush();
        QTRY_VERIFY(!stored.isEmpty());

        PageQuery query;
        query.jobId = job.id;
        query.limit = 100;
        QList<qint64> seen;
        for (qint64 offset = 0;; offset += 100) {
            query.offset = offset;
            const QList<PageRecord> page = store.pages(query);
            for (const PageRecord &record : page) {
                seen << record.index;
                QVERIFY(record.rawHtml.isEmpty()); // summary fields only
                QCOMPARE(record.jobId, job.id);
            }
            if (page.size() < 100)
                break;
        }
        QCOMPARE(seen.size(), 250);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i);

        query.offset = 0;
        query.order = Qt::DescendingOrder;
        query.limit = 3;
        QCOMPARE(store.pages(query).constFirst().index, 249);

        query.states = {PageState::Failed};
        query.order = Qt::AscendingOrder;
        query.limit = 1000;
        const QList<PageRecord> failed = store.pages(query);
        QCOMPARE(failed.size(), 50);
        QCOMPARE(store.pageCount(job.id, {PageState::Failed}), 50);
        for (const PageRecord &record : failed)
            QCOMPARE(record.state, PageState::Failed);

        query.states = {};
        query.sortBy = PageQuery::SortKey::HttpStatus;
        query.order = Qt::DescendingOrder;
        const QList<PageRecord> byStatus = store.pages(query);
        QCOMPARE(byStatus.size(), 250);
        for (int i = 1; i < byStatus.size(); ++i) {
            const auto &a = byStatus.at(i - 1);
            const auto &b = byStatus.at(i);
            QVERIFY(a.httpStatus > b.httpStatus
                    || (a.httpStatus == b.httpStatus && a.index > b.index));
        }

        query.sortBy = PageQuery::SortKey::Index;
        query.order = Qt::AscendingOrder;
        query.fromIndex = 10;
        query.toIndex = 19;
        query.fields = PageField::RawHtml | PageField::Links;
        const QList<PageRecord> range = store.pages(query);
        QCOMPARE(range.size(), 10);
        QCOMPARE(range.constFirst().index, 10);
        QCOMPARE(range.constLast().index, 19);
        QCOMPARE(range.constFirst().rawHtml, makePage(job.id, 10).rawHtml);
        QCOMPARE(range.constFirst().links, makePage(job.id, 10).links);

        QCOMPARE(store.nextPageIndex(job.id), 250);
        QCOMPARE(store.nextPageIndex(other.id), 5);
        QCOMPARE(store.pageCount(other.id), 5);
    }

    void readerReadsWhileTheWriterWrites()
    {
        const StoreWithJob opened = storeWithJob();
        JobStore &store = *opened.store;
        StoreWriter &writer = *opened.writer;
        const JobInfo &job = opened.job;

        constexpr int total = 3000;
        std::atomic<bool> done = false;
        QThread *producer = QThread::create([&] {
            for (int i = 0; i < total; ++i) {
                writer.storePage(makePage(job.id, i), u"k%1"_s.arg(i));
                if (i % 97 == 0)
                    QThread::usleep(200);
            }
            writer.flush();
            done = true;
        });
        producer->start();
        // A failed check returns early: the producer must not outlive the writer it writes to.
        const auto joinProducer = qScopeGuard([producer] {
            producer->wait();
            delete producer;
        });

        // Every read is one snapshot: the job's counters always equal its committed pages,
        // counts only grow, and a batch is either wholly visible or not at all.
        qint64 lastCount = 0;
        int reads = 0;
        int partialViews = 0;
        QSqlQuery query(store.database());
        query.prepare(u"SELECT (SELECT count(*) FROM pages WHERE job_id = ?), "
                      "(SELECT pages_completed + pages_failed FROM jobs WHERE id = ?)"_s);
        while (!done || reads == 0) {
            query.bindValue(0, job.id);
            query.bindValue(1, job.id);
            QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
            const qint64 count = query.value(0).toLongLong();
            QCOMPARE(query.value(1).toLongLong(), count);
            QVERIFY(count >= lastCount);
            if (count > 0 && count < total)
                ++partialViews;
            lastCount = count;
            ++reads;
            query.finish();
        }
        QCOMPARE(store.pageCount(job.id), total);
        QVERIFY2(partialViews > 0, "the reader never saw the writer mid-way");
        qInfo("%d reads while writing, %d saw a partial job", reads, partialViews);
    }

    void committedPagesSurviveSigkill()
    {
        const QString path = freshPath();
        JobInfo job = makeJob();
        {
            JobStore store(path);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.createJob(job, &error));
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(STORE_CRASH_WRITER), {path, job.id});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        qint64 lastCommitted = 0;
        int commits = 0;
        while (commits < 5) {
            QVERIFY2(child.waitForReadyRead(30000), "the writer stopped reporting commits");
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("committed ")) {
                    lastCommitted = line.mid(10).toLongLong();
                    ++commits;
                }
            }
        }
        // Kill it in the middle of whatever batch it is writing now.
        QTest::qWait(37);
        child.kill();
        QVERIFY(child.waitForFinished());
        while (child.canReadLine()) {
            const QByteArray line = child.readAll();
            const qsizetype at = line.lastIndexOf("committed ");
            if (at >= 0)
                lastCommitted = line.mid(at + 10).trimmed().toLongLong();
        }

        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
        const qint64 count = store.pageCount(job.id);
        QVERIFY2(count >= lastCommitted, qPrintable(u"%1 < %2"_s.arg(count).arg(lastCommitted)));
        QCOMPARE(store.job(job.id)->pagesCompleted, count);
        QCOMPARE(store.nextPageIndex(job.id), count); // no gap: indexes 0..count-1
        PageQuery pages;
        pages.jobId = job.id;
        pages.fields = PageField::RawHtml;
        pages.limit = 200;
        qint64 checked = 0;
        for (pages.offset = 0; pages.offset < count; pages.offset += pages.limit) {
            for (const PageRecord &page : store.pages(pages)) {
                const QString expected = QString(u"page-%1 "_s.arg(page.index)).repeated(4000);
                QCOMPARE(page.rawHtml.size(), expected.size());
                QVERIFY(page.rawHtml == expected);
                QCOMPARE(page.title,
                         QString::fromLatin1(QCryptographicHash::hash(page.rawHtml.toUtf8(),
                                                                      QCryptographicHash::Sha1)
                                                 .toHex()));
                ++checked;
            }
        }
        QCOMPARE(checked, count);
        qInfo("killed after %lld committed pages; %lld intact pages on reopen", lastCommitted,
              count);
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
