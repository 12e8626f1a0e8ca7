// SPDX-License-Identifier: GPL-3.0-or-later
// Crawls with a per-host delay end by themselves with every page. A crawl used to stop
// dispatching, URLs still queued, when the clock passed a host's ready time between the moment the
// crawler found the host not ready and the moment it armed its wake timer (about 1 crawl in 8 of
// the 80-page test site at 60 ms). A clock that jumps forward at each reading makes that happen on
// nearly every page; the real clock is checked too.
#include "crawl/crawler.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrawlerDelay final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Outcome
    {
        bool finished = false;
        JobState state = JobState::Failed;
        qint64 pagesDone = 0;
        qsizetype pending = 0;
    };

    // Crawls SmallSite with `delayMs` on this thread, the crawler reading `clock` when given one.
    // A crawl that has not ended after 15 s is reported as not finished, with what it stored.
    Outcome crawl(int delayMs, std::function<qint64()> clock)
    {
        TestHttpServer server;
        if (!server.listen())
            qFatal("no port");
        SmallSite::serve(server);
        const QString path = m_dir.filePath(u"delay-%1.sqlite"_s.arg(++m_counter));
        JobStore store(path);
        QString error;
        if (!store.open(&error))
            qFatal("%s", qPrintable(error));
        JobInfo job;
        job.options.url = server.url(u"/"_s);
        job.options.delayMs = delayMs;
        job.options.formats = {u"links"_s};
        if (!store.createJob(job, &error))
            qFatal("%s", qPrintable(error));
        StoreWriter writer(path);
        if (!writer.start(&error))
            qFatal("%s", qPrintable(error));

        Outcome outcome;
        {
            Crawler crawler(path, &writer, job.id);
            if (clock)
                crawler.setClock(std::move(clock));
            QSignalSpy finished(&crawler, &Crawler::finished);
            crawler.start();
            outcome.finished = !finished.isEmpty() || finished.wait(15000);
            if (outcome.finished)
                outcome.state = finished.constFirst().at(0).value<JobState>();
            else
                crawler.stopAndWait(JobState::Paused);
        }
        writer.flush();
        const auto stored = store.job(job.id);
        outcome.pagesDone = stored ? stored->pagesDone() : -1;
        outcome.pending = store.pendingFrontier(job.id, 0, 100).size();
        return outcome;
    }

    static void verifyComplete(const Outcome &outcome)
    {
        QVERIFY2(outcome.finished, qPrintable(u"stalled with %1 pages stored and %2 URLs queued"_s
                                                  .arg(outcome.pagesDone)
                                                  .arg(outcome.pending)));
        QCOMPARE(outcome.state, JobState::Completed);
        QCOMPARE(outcome.pagesDone, qint64(SmallSite::pageCount));
        QCOMPARE(outcome.pending, 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Each reading of the clock moves it forward by 0 to 29 ms (a fixed sequence), as if the
    // crawler's thread were preempted there: a host is often not ready at the start of a pump and
    // ready by its end.
    void jumpingClockCrawlEnds_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 10; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }

    void jumpingClockCrawlEnds()
    {
        QFETCH(quint32, seed);
        auto random = std::make_shared<QRandomGenerator>(seed);
        auto offset = std::make_shared<qint64>(0);
        auto real = std::make_shared<QElapsedTimer>();
        real->start();
        const Outcome outcome = crawl(30, [random, offset, real] {
            *offset += random->bounded(30);
            return real->elapsed() + *offset;
        });
        verifyComplete(outcome);
    }

    // The real clock, a short delay: more pumps land near a host's ready time.
    void realClockCrawlsEnd()
    {
        for (int i = 0; i < 4; ++i) {
            verifyComplete(crawl(10, {}));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestCrawlerDelay)
#include "tst_crawlerdelay.moc"
