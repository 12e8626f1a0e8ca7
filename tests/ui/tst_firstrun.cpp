// SPDX-License-Identifier: GPL-3.0-or-later
// The first-run screen's "Try a crawl on the built-in sample site": the bundled site is served
// from 127.0.0.1 and crawled in the window, with live progress, results and an error or two.
#include "crawl/crawlrunner.h"
#include "samplesite/samplecrawl.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appservices.h"
#include "ui/appsettings.h"
#include "ui/jobcontroller.h"
#include "ui/jobview.h"
#include "ui/mainwindow.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One run of the application on the database in `dir`: the store, the writer, the runner, the
// window and its services, as main() builds them.
struct Session
{
    explicit Session(const QTemporaryDir &dir)
        : store(dir.filePath(u"jobs.sqlite"_s))
        , writer(dir.filePath(u"jobs.sqlite"_s))
        , opened(store.open(&error) && writer.start(&error))
        , runner(dir.filePath(u"jobs.sqlite"_s), &writer)
        , settings(dir.filePath(u"trawl.ini"_s))
        , window(&store, &writer, &runner, &settings)
        , services(&window, &store, &writer, &runner, SecretStore::Backend::MemoryOnly)
    {}

    QString error;
    JobStore store;
    StoreWriter writer;
    bool opened;
    CrawlRunner runner;
    AppSettings settings;
    MainWindow window;
    AppServices services;
};

qint64 expectedPages()
{
    qint64 expected = 0;
    for (const QString &path : SampleSiteServer::pagePaths())
        expected += path.startsWith(SampleSiteServer::disallowedPath()) ? 0 : 1;
    return expected;
}

} // namespace

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCrawlFromTheEmptyState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Session session(dir);
        QVERIFY2(session.opened, qPrintable(session.error));
        JobStore &store = session.store;
        MainWindow &window = session.window;
        AppServices &services = session.services;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *button = window.findChild<QPushButton *>(u"emptySampleCrawl"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->click();

        // The job exists at once, is selected, and the empty state gave way to the jobs list.
        QTRY_COMPARE(store.jobs().size(), 1);
        const JobInfo job = store.jobs().constFirst();
        QCOMPARE(window.selectedJobId(), job.id);
        QCOMPARE(window.jobView()->jobId(), job.id);
        QVERIFY(!button->isVisible());
        QCOMPARE(job.options.url.host(), u"127.0.0.1"_s);
        QCOMPARE(job.options.url.port(), int(services.sampleCrawl()->server()->port()));

        QTRY_VERIFY_WITH_TIMEOUT(store.job(job.id)->state == JobState::Completed, 60000);
        const JobInfo done = *store.job(job.id);
        // Every page but the robots-disallowed folder, and the one broken link as an error row.
        QCOMPARE(done.pagesCompleted, expectedPages());
        PageQuery failed;
        failed.jobId = job.id;
        failed.states = {PageState::Failed};
        const QList<PageRecord> failures = store.pages(failed);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.constFirst().errorCode(), u"HTTP_4XX"_s);
        QCOMPARE(failures.constFirst().httpStatus, 404);
        QVERIFY(failures.constFirst().url.endsWith(SampleSiteServer::brokenLinkPath()));
        // Pages have content to show.
        const auto first = store.page(job.id, 0, PageField::Markdown);
        QVERIFY(first && !first->markdown.isEmpty());
    }

    // Paused in one session, resumed from the window of the next: the site is served again where
    // the job's URLs point, and the crawl ends as if it had never stopped.
    void sampleCrawlResumedInALaterSession()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString jobId;
        QString error;
        {
            Session first(dir);
            QVERIFY2(first.opened, qPrintable(first.error));
            jobId = first.services.startSampleCrawl();
            QVERIFY(!jobId.isEmpty());
            QTRY_VERIFY_WITH_TIMEOUT(first.store.job(jobId)->pagesCompleted >= 2, 30000);
            QVERIFY2(first.window.controller()->pause(jobId, &error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(first.store.job(jobId)->state, JobState::Paused, 30000);
        }
        Session next(dir);
        QVERIFY2(next.opened, qPrintable(next.error));
        JobStore &store = next.store;
        MainWindow &window = next.window;
        AppServices &services = next.services;
        const qint64 expected = expectedPages();
        QVERIFY2(store.job(jobId)->pagesCompleted < expected,
                 "the crawl ended before it could be paused");
        QVERIFY(!services.sampleCrawl()->server()->isListening());
        QVERIFY2(window.controller()->resume(jobId, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(store.job(jobId)->state, JobState::Completed, 60000);
        QCOMPARE(store.job(jobId)->pagesCompleted, expected);
        PageQuery failed;
        failed.jobId = jobId;
        failed.states = {PageState::Failed};
        const QList<PageRecord> failures = store.pages(failed);
        QCOMPARE(failures.size(), 1); // the broken link; no page failed to connect
        QCOMPARE(failures.constFirst().errorCode(), u"HTTP_4XX"_s);

        // Run again, the new job is a sample job too, crawled on the same port.
        const auto again = window.controller()->rerun(jobId, &error);
        QVERIFY2(again, qPrintable(error));
        QVERIFY(SampleCrawl::isSampleJob(*store.job(*again)));
        QTRY_COMPARE_WITH_TIMEOUT(store.job(*again)->state, JobState::Completed, 60000);
        QCOMPARE(store.job(*again)->pagesCompleted, expected);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
