// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"
#include "crawl/fetchjournal.h"
#include "crawl/urlnormalizer.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

FetchJournal::Record record(const QString &url, const QByteArray &body)
{
    FetchJournal::Record r;
    r.entry.url = url;
    r.entry.key = url;
    r.entry.parentUrl = u"http://127.0.0.1/"_s;
    r.entry.depth = 2;
    r.entry.seq = 7;
    r.fetchedAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    r.attempts = 1;
    r.result.url = QUrl(url);
    r.result.finalUrl = QUrl(url + u"?final"_s);
    r.result.redirects = {QUrl(url + u"?final"_s)};
    r.result.httpStatus = 200;
    r.result.contentType = u"text/html"_s;
    r.result.charset = u"utf-8"_s;
    r.result.responseHeaders = {{"Content-Type", "text/html; charset=utf-8"}, {"X-A", "b"}};
    r.result.body = body;
    r.result.contentEncoding = "gzip";
    r.result.gzipBody = "\x1f\x8b rest";
    r.result.error = PageError::Http4xx;
    r.result.errorMessage = u"Not quite"_s;
    r.result.durationMs = 42;
    r.result.retryAfterMs = 3000;
    return r;
}

void compareRecords(const FetchJournal::Record &a, const FetchJournal::Record &b)
{
    QCOMPARE(a.entry.url, b.entry.url);
    QCOMPARE(a.entry.key, b.entry.key);
    QCOMPARE(a.entry.parentUrl, b.entry.parentUrl);
    QCOMPARE(a.entry.depth, b.entry.depth);
    QCOMPARE(a.entry.seq, b.entry.seq);
    QCOMPARE(a.fetchedAt, b.fetchedAt);
    QCOMPARE(a.attempts, b.attempts);
    QCOMPARE(a.result.url, b.result.url);
    QCOMPARE(a.result.finalUrl, b.result.finalUrl);
    QCOMPARE(a.result.redirects, b.result.redirects);
    QCOMPARE(a.result.httpStatus, b.result.httpStatus);
    QCOMPARE(a.result.contentType, b.result.contentType);
    QCOMPARE(a.result.charset, b.result.charset);
    QCOMPARE(a.result.responseHeaders, b.result.responseHeaders);
    QCOMPARE(a.result.body, b.result.body);
    QCOMPARE(a.result.contentEncoding, b.result.contentEncoding);
    QCOMPARE(a.result.gzipBody, b.result.gzipBody);
    QCOMPARE(a.result.error, b.result.error);
    QCOMPARE(a.result.errorMessage, b.result.errorMessage);
    QCOMPARE(a.result.durationMs, b.result.durationMs);
    QCOMPARE(a.result.retryAfterMs, b.result.retryAfterMs);
}

QStringList journalFiles(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.section(u'.', 0, 0).toInt() < b.section(u'.', 0, 0).toInt();
    });
    return names;
}

} // namespace

class TestFetchJournal final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshFolder() { return m_dir.filePath(u"journal-%1"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // What a crashed process wrote is read back whole, field by field, in order.
    void recordsSurviveTheProcess()
    {
        const QString folder = freshFolder();
        const FetchJournal::Record first = record(u"http://127.0.0.1/a"_s, "<p>a</p>");
        const FetchJournal::Record second =
            record(u"http://127.0.0.1/b"_s, QByteArray(100000, 'x') + QByteArray("\0\xff", 2));
        {
            FetchJournal journal(folder);
            QVERIFY(journal.recover().empty());
            QVERIFY(journal.open(nullptr));
            QString error;
            QCOMPARE(journal.append(first, &error), 0);
            QCOMPARE(journal.append(second, &error), 0);
            // No close(), no flush: the process ends here as a killed one would.
        }
        FetchJournal again(folder);
        const std::vector<FetchJournal::Record> records = again.recover();
        QCOMPARE(records.size(), std::size_t(2));
        compareRecords(records[0], first);
        compareRecords(records[1], second);
    }

    // A payload decodes only whole: cut anywhere, it is refused (and nothing reads past it).
    void aPayloadCutAnywhereIsRefused()
    {
        FetchJournal::Record whole = record(u"http://127.0.0.1/caf\u00e9 \U0001F41F"_s, "<p>x</p>");
        whole.fetchedAt = QDateTime(); // none
        const QByteArray block = FetchJournal::encode(whole);
        const QByteArray payload = block.mid(12); // after magic, length and checksum
        FetchJournal::Record decoded;
        QVERIFY(FetchJournal::decode(payload, &decoded));
        compareRecords(decoded, whole);
        for (qsizetype size = 0; size < payload.size(); ++size) {
            FetchJournal::Record cut;
            QVERIFY2(!FetchJournal::decode(payload.first(size), &cut),
                     qPrintable(QString::number(size)));
        }
        QVERIFY(!FetchJournal::decode(payload + "x", &decoded)); // trailing bytes
    }

    // A record cut short (the process died during its write) and anything after it are not
    // records; the ones before it are.
    void aTornRecordEndsTheSegment()
    {
        const QString folder = freshFolder();
        {
            FetchJournal journal(folder);
            QVERIFY(journal.open(nullptr));
            QCOMPARE(journal.append(record(u"http://127.0.0.1/a"_s, "a"), nullptr), 0);
            QCOMPARE(journal.append(record(u"http://127.0.0.1/b"_s, "b"), nullptr), 0);
        }
        const QString path = folder + u"/0.journal"_s;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 5));
        file.close();
        std::vector<FetchJournal::Record> records = FetchJournal(folder).recover();
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].entry.url, u"http://127.0.0.1/a"_s);

        // A flipped byte in the first record's payload: its checksum says so.
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray data = file.readAll();
        data[40] = char(data[40] ^ 0x55);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(data), data.size());
        file.close();
        QVERIFY(FetchJournal(folder).recover().empty());
    }

    // A segment goes once every page written to it is committed and a newer one is written; the
    // segments of the previous process go once their records were taken over.
    void segmentsGoOnceCommitted()
    {
        const QString folder = freshFolder();
        FetchJournal journal(folder, 1); // every append after the first begins a segment
        QVERIFY(journal.open(nullptr));
        QCOMPARE(journal.append(record(u"http://127.0.0.1/a"_s, "a"), nullptr), 0);
        QCOMPARE(journal.append(record(u"http://127.0.0.1/b"_s, "b"), nullptr), 1);
        QCOMPARE(journal.append(record(u"http://127.0.0.1/c"_s, "c"), nullptr), 2);
        QCOMPARE(journalFiles(folder),
                 QStringList({u"0.journal"_s, u"1.journal"_s, u"2.journal"_s}));
        journal.committed(1);
        QCOMPARE(journalFiles(folder), QStringList({u"0.journal"_s, u"2.journal"_s}));
        journal.committed(2); // the segment being written stays
        QCOMPARE(journalFiles(folder), QStringList({u"0.journal"_s, u"2.journal"_s}));

        // A new process: it reads what is left, writes after it, then drops the old segments.
        FetchJournal next(folder);
        const std::vector<FetchJournal::Record> left = next.recover();
        QCOMPARE(left.size(), std::size_t(2));
        QCOMPARE(left[0].entry.url, u"http://127.0.0.1/a"_s);
        QCOMPARE(left[1].entry.url, u"http://127.0.0.1/c"_s);
        QVERIFY(next.open(nullptr));
        QCOMPARE(next.append(left[0], nullptr), 3);
        next.dropRecovered();
        QCOMPARE(journalFiles(folder), QStringList({u"3.journal"_s}));
        next.clear();
        QVERIFY(!QDir(folder).exists());
    }

    void aFolderThatCannotBeMadeIsReported()
    {
        QFile blocker(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        FetchJournal journal(blocker.fileName() + u"/job"_s);
        QString error;
        QVERIFY(!journal.open(&error));
        QVERIFY2(error.contains(u"not-a-folder"_s), qPrintable(error));
        QCOMPARE(journal.append(record(u"http://127.0.0.1/a"_s, "a"), &error), -1);
        QVERIFY(!error.isEmpty());
    }

    // The crawl of a process that died with a page fetched but not stored: the resume stores that
    // page from the journal (as it was fetched then) without asking the server for it again, goes
    // on with its links, and leaves no journal behind.
    void aResumeParsesJournaledPagesInsteadOfFetchingThem()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", SmallSite::page(u"Served now"_s, {u"/a"_s}));
        server.addPage("/a", SmallSite::page(u"A"_s, {}));
        server.addPage("/b", SmallSite::page(u"B"_s, {}));
        const QString path = m_dir.filePath(u"resume.sqlite"_s);
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        JobInfo job;
        job.options.url = server.url(u"/"_s);
        QVERIFY2(store.createJob(job, &error), qPrintable(error));

        // As the crashed process left it: the start URL admitted, not stored, and in the journal.
        UrlNormalizerOptions normalizer;
        normalizer.ignoreQueryParameters = job.options.ignoreQueryParameters;
        normalizer.deduplicateSimilarUrls = job.options.deduplicateSimilarUrls;
        const QUrl start = UrlNormalizer::normalize(job.options.url, normalizer);
        FetchJournal::Record fetched;
        fetched.entry = {
            start.toString(QUrl::FullyEncoded), UrlNormalizer::key(start, normalizer), {}, 0, 0};
        fetched.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        fetched.result.url = start;
        fetched.result.finalUrl = start;
        fetched.result.httpStatus = 200;
        fetched.result.contentType = u"text/html"_s;
        fetched.result.charset = u"utf-8"_s;
        fetched.result.responseHeaders = {{"Content-Type", "text/html; charset=utf-8"}};
        fetched.result.body = SmallSite::page(u"Fetched before the crash"_s, {u"/b"_s});
        {
            StoreWriter writer(path);
            QVERIFY(writer.start(&error));
            writer.addFrontier(job.id, {fetched.entry});
            writer.setJobState(job.id, JobState::Running);
            writer.flush();
            FetchJournal journal(Database::fetchedFolder(path, job.id));
            QVERIFY(journal.open(&error));
            QCOMPARE(journal.append(fetched, &error), 0);
        }

        StoreWriter writer(path);
        QVERIFY(writer.start(&error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        runner.start(job.id);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);

        QStringList requested;
        for (const TestRequest &request : server.requests())
            requested << QString::fromLatin1(request.path);
        QVERIFY2(!requested.contains(u"/"_s), qPrintable(requested.join(u' ')));
        QVERIFY2(requested.contains(u"/b"_s), qPrintable(requested.join(u' ')));
        QVERIFY2(!requested.contains(u"/a"_s), qPrintable(requested.join(u' ')));
        QSqlQuery query(store.database());
        query.prepare(u"SELECT title, fetched_at FROM pages WHERE job_id = ? AND url = ?"_s);
        query.addBindValue(job.id);
        query.addBindValue(fetched.entry.url);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), u"Fetched before the crash"_s);
        QCOMPARE(query.value(1).toLongLong(), fetched.fetchedAt.toMSecsSinceEpoch());
        QCOMPARE(store.pageCount(job.id), 2);
        bool said = false;
        for (const auto &entry : store.log(job.id))
            said = said || entry.message.contains(u"from the journal"_s);
        QVERIFY(said);
        QVERIFY(!QDir(Database::fetchedFolder(path, job.id)).exists());
        QVERIFY(!QDir(path + u".fetched"_s).exists());
    }

    // Where no journal can be written, the crawl still stores every page once, each request
    // slot waiting for its page's commit, and the log says why.
    void withoutAJournalTheCrawlWaitsForEachCommit()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = m_dir.filePath(u"nojournal.sqlite"_s);
        QFile blocker(path + u".fetched"_s); // a file where the journal's folder would go
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job;
        job.options.url = server.url(u"/"_s);
        QVERIFY(store.createJob(job, &error));
        StoreWriter writer(path);
        QVERIFY(writer.start(&error));
        CrawlRunner runner(path, &writer);
        QSignalSpy finished(&runner, &CrawlRunner::finished);
        runner.start(job.id);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).value<JobState>(), JobState::Completed);
        QCOMPARE(store.pageCount(job.id), SmallSite::pageCount);
        QCOMPARE(SmallSite::pageRequests(server), SmallSite::pageCount);
        bool said = false;
        for (const auto &entry : store.log(job.id))
            said = said || (entry.level == u"warning"_s && entry.message.contains(u"journal"_s));
        QVERIFY(said);
        QVERIFY(QFileInfo(blocker.fileName()).isFile()); // not the crawl's to remove
    }

    // Deleting a job deletes what its crawl journaled.
    void deletingAJobDeletesItsJournal()
    {
        const QString path = m_dir.filePath(u"delete.sqlite"_s);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job;
        job.options.url = QUrl(u"http://127.0.0.1:9/"_s);
        QVERIFY(store.createJob(job, &error));
        const QString folder = Database::fetchedFolder(path, job.id);
        FetchJournal journal(folder);
        QVERIFY(journal.open(&error));
        QCOMPARE(journal.append(record(u"http://127.0.0.1:9/"_s, "x"), &error), 0);
        QVERIFY(QDir(folder).exists());
        QVERIFY(store.deleteJob(job.id, &error));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(Database::fetchedFolder(u":memory:"_s, job.id).isEmpty());
        QVERIFY(Database::fetchedFolder(path, u"../x"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFetchJournal)
#include "tst_fetchjournal.moc"
