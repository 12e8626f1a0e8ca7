// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/joblistmodel.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"ui-%1.sqlite"_s.arg(++m_counter)); }

    static QString createJob(JobStore &store, const QString &url)
    {
        JobInfo job;
        job.options.url = QUrl(url);
        QString error;
        if (!store.createJob(job, &error))
            qFatal("%s", qPrintable(error));
        return job.id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyStoreExplainsWhatToDo()
    {
        JobStore store(freshPath());
        QString error;
        QVERIFY(store.open(&error));
        MainWindow window(&store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        auto *empty = window.findChild<QLabel *>(u"emptyState"_s);
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(u"trawl crawl"_s));
        QVERIFY(empty->text().contains(store.path()));
    }

    void listsJobsAndFollowsTheStore()
    {
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        const QString first = createJob(store, u"http://first.test/"_s);

        MainWindow window(&store);
        QAbstractItemModelTester tester(window.jobListModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>(u"jobTable"_s);
        QVERIFY(table);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), table);
        JobListModel *model = window.jobListModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, JobListModel::UrlColumn).data().toString(),
                 u"http://first.test/"_s);
        QCOMPARE(model->index(0, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Queued));
        QCOMPARE(model->index(0, JobListModel::IdColumn).data(JobListModel::JobIdRole), first);

        // Another process (here another connection) writes: the window picks it up.
        {
            JobStore other(path);
            QVERIFY(other.open(&error));
            createJob(other, u"http://second.test/"_s);
            StoreWriter writer(path);
            QVERIFY(writer.start(&error));
            writer.setJobState(first, JobState::Running);
            for (int i = 0; i < 3; ++i) {
                PageRecord page;
                page.jobId = first;
                page.index = i;
                page.url = u"http://first.test/%1"_s.arg(i);
                page.state = i == 2 ? PageState::Failed : PageState::Completed;
                writer.storePage(page, page.url,
                                 {{page.url + u"/next"_s, page.url + u"/next"_s, page.url, 1, 0}});
            }
            writer.flush();
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 5000);
        // Newest first.
        QCOMPARE(model->index(0, JobListModel::UrlColumn).data().toString(),
                 u"http://second.test/"_s);
        QCOMPARE(model->index(1, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Running));
        QCOMPARE(model->index(1, JobListModel::PagesColumn).data().toString(), u"3 / 3"_s);
        QCOMPARE(model->index(1, JobListModel::FailedColumn).data().toString(), u"1"_s);
        QVERIFY(!model->index(1, JobListModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(window.findChild<QLabel *>(u"summary"_s)->text().startsWith(u"Jobs: 2 · Running: 1"_s));

        {
            StoreWriter writer(path);
            QVERIFY(writer.start(&error));
            writer.setJobState(first, JobState::Completed);
        }
        window.refresh();
        QCOMPARE(model->index(1, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Completed));
        QVERIFY(store.deleteJob(first, &error));
        window.refresh();
        QCOMPARE(model->rowCount(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
