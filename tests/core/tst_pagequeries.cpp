// SPDX-License-Identifier: GPL-3.0-or-later
// The store's reads for the job view (filters, counts, charts' aggregates) and the retry of
// failed pages.
#include "store/jobstats.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Page i: depth i % 3, status 200 (text/html) except every 4th: 404 failed (text/plain) and
// every 10th (from 5): skipped with no response; every 7th (from 6) that is neither: completed with
// RENDER_REFUSED (a rendered page that tried to open a window); duration i * 10 ms; title "Title
// i".
PageRecord makePage(const QString &jobId, qint64 i)
{
    PageRecord page;
    page.jobId = jobId;
    page.index = i;
    page.url = u"http://site.test/p/%1"_s.arg(i, 3, 10, QChar(u'0'));
    page.depth = int(i % 3);
    page.state = PageState::Completed;
    page.httpStatus = 200;
    page.contentType = u"text/html"_s;
    if (i % 4 == 3) {
        page.state = PageState::Failed;
        page.httpStatus = 404;
        page.contentType = u"text/plain"_s;
        page.error = PageError::Http4xx;
        page.errorMessage = u"HTTP 404"_s;
    } else if (i % 10 == 5) {
        page.state = PageState::Skipped;
        page.httpStatus = 0;
        page.contentType.clear();
        page.error = PageError::RobotsBlocked;
    } else if (i % 7 == 6) {
        page.error = PageError::RenderRefused;
        page.errorMessage = u"While rendering, the page tried what Trawl refuses: window.open."_s;
    }
    page.durationMs = i * 10;
    page.title = u"Title %1"_s.arg(i);
    page.bodyBytes = 1000 + i;
    page.wordCount = int(i);
    page.fetchedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 500, Qt::UTC);
    return page;
}

} // namespace

class TestPageQueries final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    static constexpr int pageTotal = 40;

    // A store with one job of pageTotal pages (each with its frontier entry).
    QString fill(JobStore &store)
    {
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        JobInfo job;
        job.options.url = QUrl(u"http://site.test/"_s);
        if (!store.createJob(job, &error))
            qFatal("%s", qPrintable(error));
        StoreWriter writer(store.path());
        if (!writer.start(&error))
            qFatal("%s", qPrintable(error));
        for (int i = 0; i < pageTotal; ++i) {
            const PageRecord page = makePage(job.id, i);
            writer.addFrontier(job.id, {FrontierEntry{page.url, page.url, {}, page.depth, 0}});
            writer.storePage(page, page.url);
        }
        writer.setJobState(job.id, JobState::Running);
        writer.setJobState(job.id, JobState::Completed);
        writer.flush();
        return job.id;
    }

    QString freshPath() { return m_dir.filePath(u"queries-%1.sqlite"_s.arg(++m_counter)); }

    static QList<qint64> indexes(const QList<PageRecord> &pages)
    {
        QList<qint64> result;
        for (const PageRecord &page : pages)
            result << page.index;
        return result;
    }

    // The expected indexes: those of 0..pageTotal-1 that `keep` accepts, in index order.
    template<typename Predicate>
    static QList<qint64> expected(Predicate keep)
    {
        QList<qint64> result;
        for (int i = 0; i < pageTotal; ++i) {
            if (keep(makePage(QString(), i)))
                result << i;
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void filtersSelectTheRightPages_data()
    {
        QTest::addColumn<PageQuery>("query");
        QTest::addColumn<QList<qint64>>("want");
        PageQuery q;
        QTest::newRow("status 4xx") << [&] {
            PageQuery r = q;
            r.minStatus = 400;
            r.maxStatus = 499;
            return r;
        }() << expected([](const PageRecord &p) { return p.httpStatus == 404; });
        QTest::newRow("content type") << [&] {
            PageQuery r = q;
            r.contentType = u"text/plain"_s;
            return r;
        }() << expected([](const PageRecord &p) { return p.contentType == u"text/plain"_s; });
        QTest::newRow("depth 1..2") << [&] {
            PageQuery r = q;
            r.minDepth = 1;
            r.maxDepth = 2;
            return r;
        }() << expected([](const PageRecord &p) { return p.depth >= 1; });
        QTest::newRow("search title, any case") << [&] {
            PageQuery r = q;
            r.search = u"TITLE 1"_s;
            return r;
        }() << expected([](const PageRecord &p) { return p.title.startsWith(u"Title 1"_s); });
        QTest::newRow("search url") << [&] {
            PageQuery r = q;
            r.search = u"p/02"_s;
            return r;
        }() << expected([](const PageRecord &p) { return p.url.contains(u"p/02"_s); });
        QTest::newRow("state and depth") << [&] {
            PageQuery r = q;
            r.states = {PageState::Failed};
            r.maxDepth = 0;
            return r;
        }() << expected([](const PageRecord &p) {
            return p.state == PageState::Failed && p.depth == 0;
        });
        // The Errors tab's query: completed pages that carry an error are listed too.
        QTest::newRow("failed, skipped or with an error") << [&] {
            PageQuery r = q;
            r.states = {PageState::Failed, PageState::Skipped};
            r.orWithError = true;
            return r;
        }() << expected([](const PageRecord &p) {
            return p.state != PageState::Completed || p.error == PageError::RenderRefused;
        });
        QTest::newRow("failed or skipped only") << [&] {
            PageQuery r = q;
            r.states = {PageState::Failed, PageState::Skipped};
            return r;
        }() << expected([](const PageRecord &p) { return p.state != PageState::Completed; });
        QTest::newRow("search with a wildcard character") << [&] {
            PageQuery r = q;
            r.search = u"%"_s;
            return r;
        }() << QList<qint64>{};
    }

    void filtersSelectTheRightPages()
    {
        QFETCH(PageQuery, query);
        QFETCH(QList<qint64>, want);
        JobStore store(freshPath());
        query.jobId = fill(store);
        query.limit = 1000;
        QVERIFY(!want.isEmpty() || query.search == u"%"_s);
        QCOMPARE(indexes(store.pages(query)), want);
        QCOMPARE(store.pageCount(query), qint64(want.size()));
    }

    void sortsByTheNewKeys()
    {
        JobStore store(freshPath());
        PageQuery query;
        query.jobId = fill(store);
        query.limit = 5;
        query.sortBy = PageQuery::SortKey::BodyBytes;
        query.order = Qt::DescendingOrder;
        QCOMPARE(indexes(store.pages(query)), (QList<qint64>{39, 38, 37, 36, 35}));
        query.sortBy = PageQuery::SortKey::Title; // "Title 10" < "Title 2" as text
        query.order = Qt::AscendingOrder;
        QCOMPARE(indexes(store.pages(query)), (QList<qint64>{0, 1, 10, 11, 12}));
        query.sortBy = PageQuery::SortKey::ErrorCode;
        query.order = Qt::DescendingOrder;
        const QList<PageRecord> pages = store.pages(query);
        QCOMPARE(pages.constFirst().error, PageError::RobotsBlocked);
    }

    void findsPagesByUrlAndListsContentTypes()
    {
        JobStore store(freshPath());
        const QString jobId = fill(store);
        QCOMPARE(store.pageIndexOfUrl(jobId, u"http://site.test/p/017"_s), qint64(17));
        QVERIFY(!store.pageIndexOfUrl(jobId, u"http://site.test/p/999"_s));
        QCOMPARE(store.contentTypes(jobId), (QStringList{u"text/html"_s, u"text/plain"_s}));
    }

    void headersSizeAndWordsRoundTripWithoutCookieValues()
    {
        JobStore store(freshPath());
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job;
        job.options.url = QUrl(u"http://site.test/"_s);
        QVERIFY(store.createJob(job, &error));
        PageRecord page = makePage(job.id, 0);
        page.responseHeaders = {{u"Content-Type"_s, u"text/html"_s},
                                {u"Set-Cookie"_s, u"session=s3cr3t; HttpOnly"_s},
                                {u"X-Two"_s, u"a"_s},
                                {u"X-Two"_s, u"b"_s}};
        page.wordCount = PageRecord::countWords(u"Hello, world: 3 words and 中文"_s);
        {
            StoreWriter writer(store.path());
            QVERIFY(writer.start(&error));
            writer.storePage(page, page.url);
        }
        const auto read = store.page(job.id, 0, PageField::Headers);
        QVERIFY(read);
        QCOMPARE(read->responseHeaders.size(), 4);
        QCOMPARE(read->responseHeaders.at(1).first, u"Set-Cookie"_s);
        QCOMPARE(read->responseHeaders.at(1).second, u"session=[value not stored]"_s);
        QCOMPARE(read->responseHeaders.at(3).second, u"b"_s);
        QCOMPARE(read->bodyBytes, qint64(1000));
        QCOMPARE(read->wordCount, 7); // Hello world 3 words and 中 文
        QSqlQuery raw(store.database());
        QVERIFY(raw.exec(u"SELECT count(*) FROM pages WHERE response_headers LIKE '%s3cr3t%'"_s));
        QVERIFY(raw.next());
        QCOMPARE(raw.value(0).toInt(), 0);
    }

    void chartAggregatesCountPages()
    {
        JobStore store(freshPath());
        const QString jobId = fill(store);
        const auto status = JobStats::statusCodes(store, jobId);
        QCOMPARE(status.size(), 3);
        const qint64 failed =
            expected([](const PageRecord &p) { return p.httpStatus == 404; }).size();
        const qint64 skipped =
            expected([](const PageRecord &p) { return p.httpStatus == 0; }).size();
        QCOMPARE(status.at(0).key, 0);
        QCOMPARE(status.at(0).count, skipped);
        QCOMPARE(status.at(2).key, 404);
        QCOMPARE(status.at(2).count, failed);
        QCOMPARE(status.at(1).count, pageTotal - failed - skipped);

        const auto depths = JobStats::depths(store, jobId);
        QCOMPARE(depths.size(), 3);
        QCOMPARE(depths.at(0).count, 14); // 0, 3, ..., 39
        QCOMPARE(depths.at(1).count, 13);

        // Durations 0..390 ms, responses only: < 50: 5 pages (0..40), < 100: 5, < 200: 10,
        // < 500: the rest.
        const auto durations = JobStats::durations(store, jobId);
        QCOMPARE(durations.size(), JobStats::durationBounds().size() + 1);
        qint64 inBuckets = 0;
        for (const auto &bucket : durations)
            inBuckets += bucket.count;
        QCOMPARE(inBuckets, pageTotal - skipped);
        const auto withResponse = [](int from, int to) {
            return expected([=](const PageRecord &p) {
                       return p.httpStatus > 0 && p.durationMs >= from && p.durationMs < to;
                   })
                .size();
        };
        QCOMPARE(durations.at(0).count, withResponse(0, 50));
        QCOMPARE(durations.at(2).count, withResponse(100, 200));
        QCOMPARE(durations.at(3).count, withResponse(200, 500));

        // Fetched every 500 ms over 19.5 s: cumulative, ending at every page.
        const auto overTime = JobStats::pagesOverTime(store, jobId, 10);
        QVERIFY(!overTime.isEmpty());
        QVERIFY(overTime.size() <= 11);
        QCOMPARE(overTime.constLast().count, pageTotal);
        for (qsizetype i = 1; i < overTime.size(); ++i) {
            QVERIFY(overTime.at(i).count >= overTime.at(i - 1).count);
            QVERIFY(overTime.at(i).key > overTime.at(i - 1).key);
        }
    }

    void requeueFailedPagesReopensTheirFrontierAndKeepsIndexesDense()
    {
        JobStore store(freshPath());
        const QString jobId = fill(store);
        const QList<qint64> failed =
            expected([](const PageRecord &p) { return p.state == PageState::Failed; });
        const auto before = store.job(jobId);
        QCOMPARE(before->pagesFailed, qint64(failed.size()) + expected([](const PageRecord &p) {
                                                                  return p.state
                                                                         == PageState::Skipped;
                                                              }).size());
        QCOMPARE(store.pendingFrontier(jobId, 0, 100).size(), 0);

        qint64 requeued = -1;
        QString error;
        QVERIFY2(store.requeueFailedPages(jobId, &requeued, &error), qPrintable(error));
        QCOMPARE(requeued, qint64(failed.size()));

        // Their URLs are pending again, in discovery order.
        QStringList pending;
        for (const FrontierEntry &entry : store.pendingFrontier(jobId, 0, 100))
            pending << entry.url;
        QStringList failedUrls;
        for (qint64 i : failed)
            failedUrls << makePage(jobId, i).url;
        QCOMPARE(pending, failedUrls);

        // The other pages stay, in the same order, numbered 0..n-1.
        PageQuery query;
        query.jobId = jobId;
        query.limit = 1000;
        const QList<PageRecord> pages = store.pages(query);
        QCOMPARE(pages.size(), pageTotal - failed.size());
        qint64 previousUrlNumber = -1;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QCOMPARE(pages.at(i).index, qint64(i));
            QVERIFY(pages.at(i).state != PageState::Failed);
            const qint64 number = pages.at(i).url.section(u'/', -1).toLongLong();
            QVERIFY(number > previousUrlNumber);
            previousUrlNumber = number;
        }
        QCOMPARE(store.nextPageIndex(jobId), qint64(pages.size()));

        const auto after = store.job(jobId);
        QCOMPARE(after->state, JobState::Paused);
        QCOMPARE(after->pagesFailed, before->pagesFailed - failed.size());
        QCOMPARE(after->pagesCompleted, before->pagesCompleted);
        QVERIFY(JobStates::canTransition(after->state, JobState::Running));
        bool logged = false;
        for (const LogEntry &entry : store.log(jobId))
            logged |= entry.message.contains(QString::number(failed.size()));
        QVERIFY(logged);

        // Nothing failed any more: nothing to do, and that is fine.
        QVERIFY(store.requeueFailedPages(jobId, &requeued, &error));
        QCOMPARE(requeued, 0);
    }

    void requeueIsRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<JobState>("state");
        QTest::addColumn<bool>("liveRunner");
        QTest::addColumn<QString>("reason");
        QTest::newRow("remote job")
            << u"firecrawl-v1"_s << JobState::Completed << false << u"only a local crawl"_s;
        QTest::newRow("cancelled")
            << u"local"_s << JobState::Cancelled << false << u"is cancelled"_s;
        QTest::newRow("running here") << u"local"_s << JobState::Running << true << u"is running"_s;
    }

    void requeueIsRefusedWithAReason()
    {
        QFETCH(QString, provider);
        QFETCH(JobState, state);
        QFETCH(bool, liveRunner);
        QFETCH(QString, reason);
        JobStore store(freshPath());
        const QString jobId = fill(store);
        QSqlQuery query(store.database());
        query.prepare(u"UPDATE jobs SET provider = ?, state = ?, runner_pid = ?, heartbeat_at = ? "
                      "WHERE id = ?"_s);
        query.addBindValue(provider);
        query.addBindValue(JobStates::toString(state));
        query.addBindValue(liveRunner ? QCoreApplication::applicationPid() : 0);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(jobId);
        QVERIFY(query.exec());
        qint64 requeued = -1;
        QString error;
        QVERIFY(!store.requeueFailedPages(jobId, &requeued, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QCOMPARE(store.pageCount(jobId), qint64(pageTotal)); // nothing lost
        QCOMPARE(store.pendingFrontier(jobId, 0, 100).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPageQueries)
#include "tst_pagequeries.moc"
