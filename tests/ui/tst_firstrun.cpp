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
#include "ui/jobview.h"
#include "ui/mainwindow.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirstRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleCrawlFromTheEmptyState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString dbPath = dir.filePath(u"jobs.sqlite"_s);
        JobStore store(dbPath);
        StoreWriter writer(dbPath);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(writer.start(&error), qPrintable(error));
        CrawlRunner runner(dbPath, &writer);
        AppSettings settings(dir.filePath(u"trawl.ini"_s));
        MainWindow window(&store, &writer, &runner, &settings);
        AppServices services(&window, &store, &writer, &runner, SecretStore::Backend::MemoryOnly);
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
        qint64 expected = 0;
        for (const QString &path : SampleSiteServer::pagePaths())
            expected += path.startsWith(SampleSiteServer::disallowedPath()) ? 0 : 1;
        QCOMPARE(done.pagesCompleted, expected);
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
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
