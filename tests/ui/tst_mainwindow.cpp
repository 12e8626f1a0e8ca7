// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"
#include "remote/secretstore.h"
#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/exportdialog.h"
#include "ui/jobcontroller.h"
#include "ui/joblistmodel.h"
#include "ui/jobview.h"
#include "ui/jobview/pagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/newcrawldialog.h"
#include "ui/progressdelegate.h"
#include "ui/remotejobdialog.h"
#include "ui/serverdialog.h"
#include "ui/settingsdialog.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The window's services on a fresh database, as app/main.cpp builds them.
struct Services
{
    explicit Services(const QString &dbPath, const QString &settingsPath)
        : store(dbPath)
        , writer(dbPath)
        , runner(dbPath, &writer)
        , settings(settingsPath)
    {
        QString error;
        if (!store.open(&error) || !writer.start(&error))
            qFatal("%s", qPrintable(error));
    }
    JobStore store;
    StoreWriter writer;
    CrawlRunner runner;
    AppSettings settings;
};

QString createJob(JobStore &store, const QString &url)
{
    JobInfo job;
    job.options.url = QUrl(url);
    QString error;
    if (!store.createJob(job, &error))
        qFatal("%s", qPrintable(error));
    return job.id;
}

QAction *action(const MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// Every button of `widget` can be pressed with Alt and a letter of its own (a plain OK has
// Enter, Cancel and Close have Escape), and no two buttons or labelled fields share the letter.
QStringList mnemonicProblems(const QWidget &widget)
{
    QStringList problems;
    QHash<QKeySequence, QString> taken;
    const auto take = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return false;
        if (taken.contains(key))
            problems << u"%1 and %2 share %3"_s.arg(taken.value(key), text, key.toString());
        taken.insert(key, text);
        return true;
    };
    for (const QLabel *label : widget.findChildren<QLabel *>()) {
        if (label->buddy())
            take(label->text());
    }
    for (const QPushButton *button : widget.findChildren<QPushButton *>()) {
        if (button->text().isEmpty())
            continue;
        if (const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget())) {
            const auto standard = box->standardButton(const_cast<QPushButton *>(button));
            if (standard == QDialogButtonBox::Cancel || standard == QDialogButtonBox::Close
                || (standard == QDialogButtonBox::Ok
                    && button->text()
                           == QDialogButtonBox(QDialogButtonBox::Ok)
                                  .button(QDialogButtonBox::Ok)
                                  ->text()))
                continue;
        }
        if (!take(button->text()))
            problems << u"\"%1\" has no mnemonic"_s.arg(button->text());
    }
    return problems;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath(const QString &suffix = u"sqlite"_s)
    {
        return m_dir.filePath(u"ui-%1.%2"_s.arg(++m_counter).arg(suffix));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Where a QSettings() of the application would write (the user's own configuration):
        // the window keeps everything in the AppSettings file it is given, nothing there.
        for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(u"user-config"_s));
        QCoreApplication::setApplicationName(u"trawl"_s);
    }

    void cleanupTestCase()
    {
        const QDir userConfig(m_dir.filePath(u"user-config"_s));
        QVERIFY2(!userConfig.exists() || userConfig.isEmpty(),
                 qPrintable(
                     userConfig.entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u", "_s)));
    }

    void emptyStoreExplainsWhatToDo()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *stack = window.findChild<QStackedWidget *>();
        auto *empty = window.findChild<QWidget *>(u"emptyState"_s);
        QVERIFY(stack && empty);
        QCOMPARE(stack->currentWidget(), empty);
        const QString text = window.findChild<QLabel *>(u"emptyStateText"_s)->text();
        QVERIFY(text.contains(u"New crawl"_s));
        QVERIFY(text.contains(services.store.path()));

        QSignalSpy sample(&window, &MainWindow::sampleCrawlRequested);
        window.findChild<QPushButton *>(u"emptySampleCrawl"_s)->click();
        QCOMPARE(sample.count(), 1);
        QSignalSpy monitor(&window, &MainWindow::monitorRemoteJobRequested);
        action(window, u"actionMonitorRemote"_s)->trigger();
        QCOMPARE(monitor.count(), 1);

        window.findChild<QPushButton *>(u"emptyNewCrawl"_s)->click();
        QTRY_VERIFY(window.findChild<NewCrawlDialog *>() != nullptr);
        // Nothing selected: job actions are off.
        for (const QString &name : {u"actionPause"_s, u"actionResume"_s, u"actionCancel"_s,
                                    u"actionRerun"_s, u"actionExport"_s, u"actionDelete"_s})
            QVERIFY2(!action(window, name)->isEnabled(), qPrintable(name));
    }

    void everyActionHasAShortcut()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        QSet<QKeySequence> seen;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        int named = 0;
        for (QAction *a : actions) {
            if (!a->objectName().startsWith(u"action"_s))
                continue;
            ++named;
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!seen.contains(a->shortcut()), qPrintable(a->objectName()));
            seen.insert(a->shortcut());
        }
        QCOMPARE(named, 17);
        // The job view's own, also in the window's menus.
        for (const QString &name :
             {u"actionSampleCrawl"_s, u"actionFind"_s, u"actionRetryFailed"_s}) {
            QAction *a = action(window, name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->text().isEmpty(), qPrintable(name));
        }
    }

    void findPutsTheKeyboardInTheSearchField()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        createJob(services.store, u"http://find.test/"_s);
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        window.jobView()->tabs()->setCurrentIndex(JobView::LogTab);
        auto *search = window.findChild<QLineEdit *>(u"searchFilter"_s);
        QVERIFY(search);
        QVERIFY(!search->hasFocus());
        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(search->hasFocus());
        QCOMPARE(window.jobView()->tabs()->currentIndex(), int(JobView::PagesTab));
    }

    void sampleCrawlCanBeStartedWhenJobsExist()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        createJob(services.store, u"http://existing.test/"_s);
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QAction *sample = action(window, u"actionSampleCrawl"_s);
        QVERIFY(sample->isEnabled());
        QSignalSpy requested(&window, &MainWindow::sampleCrawlRequested);
        QTest::keySequence(&window, sample->shortcut());
        QTRY_COMPARE(requested.count(), 1);
    }

    void dialogButtonsHaveMnemonics()
    {
        const QString db = freshPath();
        Services services(db, freshPath(u"ini"_s));
        const QString id = createJob(services.store, u"http://keys.test/"_s);
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        QVERIFY2(mnemonicProblems(*window.findChild<QWidget *>(u"emptyState"_s)).isEmpty(),
                 qPrintable(mnemonicProblems(window).join(u"; "_s)));
        NewCrawlDialog newCrawl(&services.settings);
        ExportDialog exportDialog(db, *services.store.job(id), &services.settings);
        SettingsDialog settings(&services.settings, nullptr);
        SecretStore secrets(u"trawl-test"_s, SecretStore::Backend::MemoryOnly);
        RemoteJobDialog remote(secrets, &services.settings);
        LocalApiServer server(db, &services.writer, &services.runner);
        ServerDialog serverDialog(&server, QString());
        for (const QDialog *dialog : std::initializer_list<const QDialog *>{
                 &newCrawl, &exportDialog, &settings, &remote, &serverDialog}) {
            const QStringList problems = mnemonicProblems(*dialog);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(dialog->windowTitle() + u": "_s + problems.join(u"; "_s)));
        }
    }

    void listsJobsAndFollowsTheStore()
    {
        const QString path = freshPath();
        Services services(path, freshPath(u"ini"_s));
        const QString first = createJob(services.store, u"http://first.test/"_s);

        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        QAbstractItemModelTester tester(window.jobListModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"splitter"_s);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(), splitter);
        JobListModel *model = window.jobListModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, JobListModel::UrlColumn).data().toString(),
                 u"http://first.test/"_s);
        QCOMPARE(model->index(0, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Queued));
        QVERIFY(!model->index(0, JobListModel::StateColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model->index(0, 0).data(JobListModel::JobIdRole), first);
        // The only job is selected and shown below the list.
        QCOMPARE(window.selectedJobId(), first);
        QCOMPARE(window.jobView()->jobId(), first);

        // Another process (here other connections) writes: the window picks it up.
        {
            JobStore other(path);
            QString error;
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
        // Newest first; the selection stayed on the same job.
        QCOMPARE(model->index(0, JobListModel::UrlColumn).data().toString(),
                 u"http://second.test/"_s);
        QCOMPARE(window.selectedJobId(), first);
        QCOMPARE(model->index(1, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Running));
        QCOMPARE(model->index(1, JobListModel::PagesColumn).data().toString(), u"3 / 3"_s);
        QCOMPARE(model->index(1, JobListModel::ProgressColumn).data().toString(), u"100%"_s);
        QCOMPARE(model->index(1, JobListModel::FailedColumn).data().toString(), u"1"_s);
        QVERIFY(!model->index(1, JobListModel::StartedColumn).data().toString().isEmpty());
        QVERIFY(!model->index(1, JobListModel::RateColumn).data().toString().isEmpty());
        QVERIFY(window.findChild<QLabel *>(u"summary"_s)
                    ->text()
                    .startsWith(u"Jobs: 2 · Running: 1 · Pages stored: 3 · Failed: 1"_s));

        {
            StoreWriter writer(path);
            QString error;
            QVERIFY(writer.start(&error));
            writer.setJobState(first, JobState::Completed);
        }
        window.refresh();
        QCOMPARE(model->index(1, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Completed));
        QCOMPARE(model->index(1, 0).data(JobListModel::ProgressRole).toDouble(), 1.0);
        QString error;
        QVERIFY(services.store.deleteJob(first, &error));
        window.refresh();
        QCOMPARE(model->rowCount(), 1);
    }

    // A job that ran less than a second has no rate to show ("—", not 29 pages in 39 ms as
    // 743.6/s); a longer one has its average.
    void aVeryShortJobHasNoRate()
    {
        const QString db = freshPath();
        Services services(db, freshPath(u"ini"_s));
        const QString quick = createJob(services.store, u"http://quick.test/"_s);
        const QString longer = createJob(services.store, u"http://longer.test/"_s);
        for (const QString &id : {quick, longer}) {
            services.writer.setJobState(id, JobState::Running);
            for (int i = 0; i < 29; ++i) {
                PageRecord page;
                page.jobId = id;
                page.index = i;
                page.url = u"http://page.test/%1"_s.arg(i);
                page.state = PageState::Completed;
                services.writer.storePage(page, page.url);
            }
            services.writer.setJobState(id, JobState::Completed);
        }
        services.writer.flush();
        QSqlQuery query(services.store.database());
        QVERIFY(query.exec(
            u"UPDATE jobs SET started_at = finished_at - 39 WHERE id = '%1'"_s.arg(quick)));
        QVERIFY(query.exec(
            u"UPDATE jobs SET started_at = finished_at - 2000 WHERE id = '%1'"_s.arg(longer)));
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        JobListModel *model = window.jobListModel();
        const QModelIndex quickRate = model->index(model->rowOf(quick), JobListModel::RateColumn);
        const QModelIndex longerRate = model->index(model->rowOf(longer), JobListModel::RateColumn);
        QCOMPARE(quickRate.data().toString(), u"—"_s);
        QCOMPARE(quickRate.data(JobListModel::RateRole).toDouble(), -1.0);
        QCOMPARE(longerRate.data().toString(), QLocale().toString(14.5, 'f', 1) + u"/s"_s);
    }

    // The percentage is written beside the bar, never on its fill (where the fill reached it, a
    // digit was half light and half dark).
    void progressTextIsBesideTheFill()
    {
        QStandardItemModel model(1, 1);
        // setStyle() does not take ownership; the style outlives the table.
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
        QTableView table;
        table.setStyle(fusion.get());
        table.setModel(&model);
        ProgressDelegate delegate;
        const auto render = [&](const QString &text) {
            model.setData(model.index(0, 0), 0.9, JobListModel::ProgressRole);
            model.setData(model.index(0, 0), text, Qt::DisplayRole);
            QImage image(140, 30, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QStyleOptionViewItem option;
            option.initFrom(&table);
            option.widget = &table;
            option.rect = image.rect();
            option.state = QStyle::State_Enabled;
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(0, 0));
            return image;
        };
        const QImage withText = render(u"90%"_s);
        const QImage blank = render(u"   "_s); // the same layout, no glyphs
        const QColor fill = table.palette().color(QPalette::Active, QPalette::Highlight);
        int lastFill = -1;
        int firstGlyph = withText.width();
        for (int x = 0; x < withText.width(); ++x) {
            for (int y = 0; y < withText.height(); ++y) {
                const QColor pixel = blank.pixelColor(x, y);
                if (qAbs(pixel.red() - fill.red()) < 60 && qAbs(pixel.green() - fill.green()) < 60
                    && qAbs(pixel.blue() - fill.blue()) < 60)
                    lastFill = std::max(lastFill, x);
                if (withText.pixel(x, y) != blank.pixel(x, y))
                    firstGlyph = std::min(firstGlyph, x);
            }
        }
        QVERIFY2(lastFill > 20, "no fill drawn");
        QVERIFY2(firstGlyph < withText.width(), "no text drawn");
        QVERIFY2(firstGlyph > lastFill,
                 qPrintable(u"text from x=%1, fill to x=%2"_s.arg(firstGlyph).arg(lastFill)));
    }

    // While a crawl runs the counts in the status bar and the job view change several times a
    // second; none of that lays out the whole window again (10-20 ms of the GUI thread each time
    // with a large job).
    void changingCountsDoNotLayOutTheWindow()
    {
        const QString db = freshPath();
        Services services(db, freshPath(u"ini"_s));
        const QString id = createJob(services.store, u"http://counts.test/"_s);
        services.writer.setJobState(id, JobState::Running);
        services.writer.flush();
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectJob(id);
        const auto storePage = [&](int i) {
            PageRecord page;
            page.jobId = id;
            page.index = i;
            page.url = u"http://counts.test/%1"_s.arg(i);
            page.state = i % 3 == 0 ? PageState::Failed : PageState::Completed;
            services.writer.storePage(page, page.url);
            services.writer.flush();
            window.refresh();
            window.jobView()->jobChanged(id);
        };
        // A first failed page: the Errors tab gets its icon (once).
        storePage(0);
        QTRY_VERIFY(!window.jobView()->tabs()->tabIcon(JobView::ErrorsTab).isNull());
        QTest::qWait(JobView::refreshDelayMs * 2);
        struct LayoutCounter : QObject
        {
            int layouts = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::LayoutRequest)
                    ++layouts;
                return false;
            }
        } counter;
        window.installEventFilter(&counter);
        const QString summaryBefore = window.findChild<QLabel *>(u"summary"_s)->text();
        for (int i = 1; i < 30; ++i) {
            storePage(i);
            QTest::qWait(40);
        }
        QTRY_VERIFY(window.findChild<QLabel *>(u"summary"_s)->text() != summaryBefore);
        QTRY_COMPARE(window.jobView()->pagesModel()->rowCount(), 30);
        QCOMPARE(counter.layouts, 0);
    }

    void pausesAndCancelsACrawlOfAnotherProcessThroughTheDatabase()
    {
        const QString path = freshPath();
        Services services(path, freshPath(u"ini"_s));
        const QString id = createJob(services.store, u"http://elsewhere.test/"_s);
        // A live process (this one, standing in for `trawl crawl`) says it runs the job.
        services.writer.setJobState(id, JobState::Running);
        services.writer.setHeartbeat(id, QCoreApplication::applicationPid());
        services.writer.flush();
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.selectJob(id);
        QVERIFY(!services.runner.isRunning(id));
        QVERIFY(action(window, u"actionPause"_s)->isEnabled());
        QVERIFY(!action(window, u"actionResume"_s)->isEnabled());
        QVERIFY(!action(window, u"actionDelete"_s)->isEnabled()); // it runs
        action(window, u"actionPause"_s)->trigger();
        QCOMPARE(services.store.job(id)->state, JobState::Paused);
        action(window, u"actionCancel"_s)->trigger();
        QCOMPARE(services.store.job(id)->state, JobState::Cancelled);
        QCOMPARE(window.jobListModel()->index(0, JobListModel::StateColumn).data().toString(),
                 JobStates::displayName(JobState::Cancelled));
    }

    void deleteAsksFirst()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        const QString id = createJob(services.store, u"http://delete.test/"_s);
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        window.selectJob(id);
        QVERIFY(action(window, u"actionDelete"_s)->isEnabled());
        action(window, u"actionDelete"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmDelete"_s)) != nullptr);
        QVERIFY(box->text().contains(u"http://delete.test/"_s));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"confirmDelete"_s) == nullptr);
        QVERIFY(services.store.job(id).has_value());

        action(window, u"actionDelete"_s)->trigger();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmDelete"_s)) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!services.store.job(id).has_value());
        QCOMPARE(window.jobListModel()->rowCount(), 0);
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(),
                 window.findChild<QWidget *>(u"emptyState"_s));
    }

    // Deleting runs on the store writer's thread: the window does not wait for it (here it
    // could not finish at all while another connection holds the write lock), and the job
    // leaves the list at once.
    void deletingDoesNotWaitForTheStore()
    {
        const QString db = freshPath();
        Services services(db, freshPath(u"ini"_s));
        const QString id = createJob(services.store, u"http://big-delete.test/"_s);
        const QString other = createJob(services.store, u"http://stays.test/"_s);
        for (int i = 0; i < 2000; ++i) {
            PageRecord page;
            page.jobId = id;
            page.index = i;
            page.url = u"http://big-delete.test/%1"_s.arg(i);
            page.state = PageState::Completed;
            page.httpStatus = 200;
            page.markdown = u"Some text."_s.repeated(50);
            services.writer.storePage(page, page.url);
        }
        services.writer.flush();
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        window.selectJob(id);

        JobStore locker(db);
        QString error;
        QVERIFY(locker.open(&error));
        QSqlQuery lock(locker.database());
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        action(window, u"actionDelete"_s)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"confirmDelete"_s)) != nullptr);
        box->button(QMessageBox::Yes)->click();
        // At once: gone from the list, the other job selected, the store not touched yet.
        QCOMPARE(window.jobListModel()->rowOf(id), -1);
        QCOMPARE(window.jobListModel()->rowCount(), 1);
        QCOMPARE(window.selectedJobId(), other);
        QVERIFY(services.store.job(id).has_value());
        window.refresh(); // still not listed while the writer waits
        QCOMPARE(window.jobListModel()->rowOf(id), -1);

        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!services.store.job(id).has_value(), 20000);
        QCOMPARE(services.store.pageCount(id), 0);
        QTRY_VERIFY(window.controller()->deletingJobs().isEmpty());
        QCOMPARE(window.jobListModel()->rowCount(), 1);
    }

    void droppedUrlsOpenTheDialogPrefilled()
    {
        Services services(freshPath(), freshPath(u"ini"_s));
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QString listPath = m_dir.filePath(u"urls.txt"_s);
        QFile list(listPath);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("# sites to crawl\nhttps://one.example/\n\nhttps://two.example/docs/\n");
        list.close();
        QMimeData fileDrop;
        fileDrop.setUrls({QUrl::fromLocalFile(listPath)});
        QCOMPARE(MainWindow::urlsFromMimeData(&fileDrop),
                 (QStringList{u"https://one.example/"_s, u"https://two.example/docs/"_s}));

        QMimeData urlDrop;
        urlDrop.setUrls({QUrl(u"https://dropped.example/start"_s)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &urlDrop, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &fileDrop, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        NewCrawlDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NewCrawlDialog *>()) != nullptr);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"url"_s)->text(), u"https://one.example/"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"batch"_s)->isVisibleTo(dialog));
        QCOMPARE(dialog->startUrls(), (QList<QUrl>{QUrl(u"https://one.example/"_s),
                                                   QUrl(u"https://two.example/docs/"_s)}));
    }

    void remembersItsLayout()
    {
        const QString db = freshPath();
        const QString ini = freshPath(u"ini"_s);
        QList<int> sizes;
        {
            Services services(db, ini);
            createJob(services.store, u"http://layout.test/"_s);
            MainWindow window(&services.store, &services.writer, &services.runner,
                              &services.settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            auto *splitter = window.findChild<QSplitter *>(u"splitter"_s);
            splitter->setSizes({150, 400});
            sizes = splitter->sizes();
            auto *table = window.findChild<QTableView *>(u"jobTable"_s);
            table->setColumnHidden(JobListModel::RateColumn, true);
            table->horizontalHeader()->resizeSection(JobListModel::StateColumn, 171);
            window.close();
        }
        Services services(db, ini);
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(900, 640));
        QCOMPARE(window.findChild<QSplitter *>(u"splitter"_s)->sizes(), sizes);
        auto *table = window.findChild<QTableView *>(u"jobTable"_s);
        QVERIFY(table->isColumnHidden(JobListModel::RateColumn));
        QCOMPARE(table->horizontalHeader()->sectionSize(JobListModel::StateColumn), 171);
    }

    // The whole way: a crawl started from the window against a local server, watched while it
    // runs, paused, resumed, finished and exported from the Export dialog.
    void crawlsPausesResumesAndExports()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        constexpr int pages = 40;
        serveSlowTree(server, pages, 60);
        const QString db = freshPath();
        Services services(db, freshPath(u"ini"_s));
        MainWindow window(&services.store, &services.writer, &services.runner, &services.settings);
        QAbstractItemModelTester tester(window.jobListModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        action(window, u"actionNewCrawl"_s)->trigger();
        NewCrawlDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<NewCrawlDialog *>()) != nullptr);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"url"_s), server.url().toString());
        dialog->findChild<QSpinBox *>(u"concurrency"_s)->setValue(2);
        dialog->findChild<QSpinBox *>(u"maxDepth"_s)->setValue(5);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();

        JobListModel *model = window.jobListModel();
        QTRY_COMPARE(model->rowCount(), 1);
        const QString id = model->job(0).id;
        QCOMPARE(window.selectedJobId(), id);
        QVERIFY(services.runner.isRunning(id));
        // Counters rise while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(model->job(0).pagesDone() >= 3, 10000);
        QCOMPARE(model->job(0).state, JobState::Running);
        const qint64 seen = model->job(0).pagesDone();
        QTRY_VERIFY_WITH_TIMEOUT(model->job(0).pagesDone() > seen, 10000);
        QVERIFY(action(window, u"actionPause"_s)->isEnabled());
        QVERIFY(!action(window, u"actionResume"_s)->isEnabled());

        action(window, u"actionPause"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->job(0).state, JobState::Paused, 10000);
        QTRY_VERIFY(!services.runner.isRunning(id));
        const qint64 atPause = model->job(0).pagesDone();
        QVERIFY(atPause < pages);
        QVERIFY(action(window, u"actionResume"_s)->isEnabled());
        QVERIFY(!action(window, u"actionPause"_s)->isEnabled());

        action(window, u"actionResume"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->job(0).state, JobState::Completed, 30000);
        QCOMPARE(model->job(0).pagesDone(), qint64(pages));
        QCOMPARE(model->index(0, JobListModel::PagesColumn).data().toString(),
                 u"%1 / %1"_s.arg(pages));
        QVERIFY(window.findChild<QLabel *>(u"summary"_s)
                    ->text()
                    .contains(u"Pages stored: %1"_s.arg(pages)));

        // Export it as JSON Lines from the dialog.
        action(window, u"actionExport"_s)->trigger();
        ExportDialog *exportDialog = nullptr;
        QTRY_VERIFY((exportDialog = window.findChild<ExportDialog *>()) != nullptr);
        const QString output = m_dir.filePath(u"window-export.jsonl"_s);
        exportDialog->setFormat(u"jsonl"_s);
        exportDialog->setOutputPath(output);
        QSignalSpy finished(exportDialog, &ExportDialog::exportFinished);
        exportDialog->findChild<QPushButton *>(u"export"_s)->click();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(exportDialog->findChild<QPushButton *>(u"openFolder"_s)->isEnabled());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), pages);
        QVERIFY(lines.constFirst().contains(server.url().toString().toUtf8()));

        // Re-run: a new job with the same options.
        action(window, u"actionRerun"_s)->trigger();
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(window.selectedJobId() != id);
        QCOMPARE(model->job(0).options.concurrency, 2);
        QTRY_COMPARE_WITH_TIMEOUT(model->job(0).state, JobState::Completed, 30000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
