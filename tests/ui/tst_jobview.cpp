// SPDX-License-Identifier: GPL-3.0-or-later
// The job view against real crawls: a local server, the crawler on its thread, the store.
#include "jobviewtesting.h"
#include "ui/jobview/chartspanel.h"
#include "ui/jobview/pagefilterbar.h"
#include "ui/jobview/pageinspector.h"
#include "ui/jobview/pagesmodel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

using namespace JobViewTesting;

class TestJobView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"view-%1.sqlite"_s.arg(++m_counter)); }

    Crawled crawled() { return JobViewTesting::crawled(freshPath()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Where a QSettings() of the application would write (the user's own configuration):
        // the view must never write there, only to the AppSettings file it is given.
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

    void rowsAppearWhileTheCrawlRuns()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        serveSite(server, 200); // a crawl of a few seconds: several refreshes of the view
        Setup setup(freshPath());
        const QString jobId = setup.createJob(server.url(u"/"_s));
        JobView *view = setup.makeView();
        view->setJob(jobId);
        PagesModel *model = view->pagesModel();
        QAbstractItemModelTester pagesTester(model);
        QAbstractItemModelTester errorsTester(view->errorsModel());
        QCOMPARE(model->rowCount(), 0);

        // Sorted by URL, descending, while the crawl runs.
        view->pagesTable()->sortByColumn(model->sectionOf(PagesModel::UrlColumn),
                                         Qt::DescendingOrder);
        QList<int> rowsWhileRunning;
        bool ended = false;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
            if (!ended)
                rowsWhileRunning << model->rowCount();
        });
        QSignalSpy finished(setup.runner.get(), &CrawlRunner::finished);
        setup.runner->start(jobId);
        QVERIFY(finished.wait(30000));
        ended = true;
        QTRY_COMPARE(model->rowCount(), sitePages);
        QVERIFY2(!rowsWhileRunning.isEmpty(), "no rows were added while the crawl ran");
        QVERIFY(rowsWhileRunning.constFirst() > 0);
        QVERIFY(rowsWhileRunning.constFirst() < sitePages);

        QStringList urls;
        for (int row = 0; row < model->rowCount(); ++row)
            urls << model->index(row, 0).data(PagesModel::UrlRole).toString();
        QStringList sorted = urls;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(urls, sorted);
        QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), sitePages);
        // The model holds a few blocks, not the job.
        QVERIFY(model->cachedRows() <= PagesModel::blockSize * PagesModel::maxBlocks);
    }

    void pagesOfAnotherProcessAppearByPolling()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://site.test/"_s));
        // Not connected to the writer: like another process.
        JobView view(setup.store.get(), setup.settings.get());
        view.setJob(jobId);
        QAbstractItemModelTester tester(view.pagesModel());
        for (int i = 0; i < 5; ++i) {
            PageRecord page;
            page.jobId = jobId;
            page.index = i;
            page.url = u"http://site.test/%1"_s.arg(i);
            page.state = PageState::Completed;
            page.httpStatus = 200;
            setup.writer->storePage(page, page.url);
        }
        setup.writer->flush();
        QCOMPARE(view.pagesModel()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.pagesModel()->rowCount(), 5, 10000);
    }

    void sortingAndFiltersGiveTheRightRows()
    {
        Crawled c = crawled();
        JobView *view = c.view;
        PagesModel *model = view->pagesModel();
        QAbstractItemModelTester tester(model);
        QTRY_COMPARE(model->rowCount(), sitePages);
        QTableView *table = view->pagesTable();

        // Sorted by depth descending: /missing (depth 4) first, the home page last.
        table->sortByColumn(model->sectionOf(PagesModel::DepthColumn), Qt::DescendingOrder);
        QCOMPARE(rowPaths(model).constFirst(), u"/missing"_s);
        QCOMPARE(rowPaths(model).constLast(), u"/"_s);
        table->sortByColumn(model->sectionOf(PagesModel::StatusColumn), Qt::DescendingOrder);
        QCOMPARE(rowPaths(model).constFirst(), u"/broken"_s);
        table->sortByColumn(model->sectionOf(PagesModel::IndexColumn), Qt::AscendingOrder);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->pageIndexAt(row), qint64(row));

        PageFilterBar *bar = view->filterBar();
        auto *state = bar->findChild<QComboBox *>(u"stateFilter"_s);
        auto *status = bar->findChild<QComboBox *>(u"statusFilter"_s);
        auto *type = bar->findChild<QComboBox *>(u"contentTypeFilter"_s);
        auto *minDepth = bar->findChild<QSpinBox *>(u"minDepthFilter"_s);
        auto *maxDepth = bar->findChild<QSpinBox *>(u"maxDepthFilter"_s);
        auto *search = bar->findChild<QLineEdit *>(u"searchFilter"_s);
        QVERIFY(state && status && type && minDepth && maxDepth && search);

        state->setCurrentIndex(state->findText(u"Failed"_s));
        QCOMPARE(pathSet(model), (QSet<QString>{u"/missing"_s, u"/broken"_s}));
        state->setCurrentIndex(state->findText(u"Skipped"_s));
        QCOMPARE(rowPaths(model), QStringList{u"/notes.txt"_s});
        state->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), sitePages);

        status->setEditText(u"4xx"_s);
        QCOMPARE(rowPaths(model), QStringList{u"/missing"_s});
        status->setEditText(u"500"_s);
        QCOMPARE(rowPaths(model), QStringList{u"/broken"_s});
        status->setEditText(u"not a status"_s); // ignored, said in the tooltip
        QCOMPARE(rowPaths(model), QStringList{u"/broken"_s});
        QVERIFY(status->toolTip().contains(u"Not a status"_s));
        status->setEditText(u"2xx"_s);
        QCOMPARE(model->rowCount(), sitePages - 2);

        status->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), sitePages);
        view->jobChanged(c.jobId);
        view->tabs()->setCurrentIndex(JobView::ChartsTab); // content types are read with charts
        QTRY_VERIFY(type->findData(u"text/plain"_s) > 0);
        type->setCurrentIndex(type->findData(u"text/plain"_s));
        QCOMPARE(rowPaths(model), QStringList{u"/notes.txt"_s});
        type->setCurrentIndex(0);

        minDepth->setValue(3);
        maxDepth->setValue(3);
        QCOMPARE(model->rowCount(),
                 SmallSite::pagesWithinDepth[3] - SmallSite::pagesWithinDepth[2]);
        for (const QString &path : rowPaths(model))
            QVERIFY2(path.startsWith(u"/deep/"_s), qPrintable(path));
        minDepth->setValue(-1);
        maxDepth->setValue(-1);

        search->setText(u"DEEP/A"_s); // URL, any case
        QTRY_COMPARE(model->rowCount(), 4);
        for (const QString &path : rowPaths(model))
            QVERIFY(path.startsWith(u"/deep/a"_s));
        search->setText(u"section"_s); // titles "Section a", ...
        QTRY_COMPARE(pathSet(model), (QSet<QString>{u"/a/"_s, u"/b/"_s, u"/c/"_s}));
        bar->clear();
        QCOMPARE(model->rowCount(), sitePages);
    }

    void errorsTabListsFailuresWithCodes()
    {
        Crawled c = crawled();
        PagesModel *errors = c.view->errorsModel();
        QAbstractItemModelTester tester(errors);
        QTRY_COMPARE(errors->rowCount(), 3);
        QHash<QString, QString> codes;
        for (int row = 0; row < errors->rowCount(); ++row) {
            const QString path = pathOf(errors->index(row, 0).data(PagesModel::UrlRole).toString());
            codes.insert(path, errors->index(row, errors->sectionOf(PagesModel::ErrorCodeColumn))
                                   .data()
                                   .toString());
            QVERIFY(!errors->index(row, errors->sectionOf(PagesModel::ErrorMessageColumn))
                         .data()
                         .toString()
                         .isEmpty());
            QCOMPARE(errors->index(row, errors->sectionOf(PagesModel::RetriesColumn)).data(), 0);
        }
        QCOMPARE(codes.value(u"/missing"_s), u"HTTP_4XX"_s);
        QCOMPARE(codes.value(u"/broken"_s), u"HTTP_5XX"_s);
        QCOMPARE(codes.value(u"/notes.txt"_s), u"NOT_HTML"_s);
        QVERIFY(c.view->retryButton()->isEnabled());
        QVERIFY(!c.view->tabs()->tabIcon(JobView::ErrorsTab).isNull());
        QVERIFY(c.view->tabs()->tabToolTip(JobView::ErrorsTab).contains(u"3"_s));
        QCOMPARE(c.view->tabs()->tabText(JobView::ErrorsTab), u"Errors"_s);
    }

    // A rendered page that tried to open a window keeps its content and stays completed, with
    // RENDER_REFUSED on it: the Errors tab lists it beside the failures and counts it.
    void errorsTabListsCompletedPagesWithAnError()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://site.test/"_s));
        JobView *view = setup.makeView();
        view->setJob(jobId);
        const auto page = [&](qint64 index, PageState state, PageError error) {
            PageRecord record;
            record.jobId = jobId;
            record.index = index;
            record.url = u"http://site.test/%1"_s.arg(index);
            record.state = state;
            record.error = error;
            record.errorMessage = PageErrors::describe(error);
            setup.writer->storePage(record, record.url);
        };
        page(0, PageState::Completed, PageError::None);
        page(1, PageState::Completed, PageError::RenderRefused);
        page(2, PageState::Failed, PageError::Http5xx);
        setup.writer->flush();
        PagesModel *errors = view->errorsModel();
        QTRY_COMPARE(errors->rowCount(), 2);
        const QStringList paths = rowPaths(errors);
        QCOMPARE(QSet<QString>(paths.begin(), paths.end()), (QSet<QString>{u"/1"_s, u"/2"_s}));
        const int refused = int(paths.indexOf(u"/1"_s));
        QCOMPARE(errors->index(refused, errors->sectionOf(PagesModel::ErrorCodeColumn))
                     .data()
                     .toString(),
                 u"RENDER_REFUSED"_s);
        QTRY_VERIFY(view->tabs()->tabToolTip(JobView::ErrorsTab).contains(u"2"_s));
        QVERIFY(!view->tabs()->tabIcon(JobView::ErrorsTab).isNull());
    }

    void retryFailedPagesFetchesThemAgain()
    {
        Crawled c = crawled();
        JobStore &store = *c.setup->store;
        QCOMPARE(c.server->requestCount("/broken"), 1);
        QCOMPARE(c.server->requestCount("/missing"), 1);
        QCOMPARE(c.server->requestCount("/notes.txt"), 1);
        c.server->addPage("/broken", SmallSite::page(u"Mended"_s, {}));
        const auto before = store.job(c.jobId);

        QSignalSpy resume(c.view, &JobView::resumeRequested);
        QSignalSpy finished(c.setup->runner.get(), &CrawlRunner::finished);
        c.view->tabs()->setCurrentIndex(JobView::ErrorsTab);
        QTRY_VERIFY(c.view->retryButton()->isEnabled());
        QTest::mouseClick(c.view->retryButton(), Qt::LeftButton);
        QCOMPARE(resume.size(), 1);
        QCOMPARE(resume.constFirst().constFirst().toString(), c.jobId);
        QVERIFY(finished.wait(30000));

        // Both failed pages were requested again; the skipped one was not.
        QCOMPARE(c.server->requestCount("/broken"), 2);
        QCOMPARE(c.server->requestCount("/missing"), 2);
        QCOMPARE(c.server->requestCount("/notes.txt"), 1);
        const auto after = store.job(c.jobId);
        QCOMPARE(after->state, JobState::Completed);
        QCOMPARE(after->pagesDone(), before->pagesDone());
        QCOMPARE(after->pagesFailed, before->pagesFailed - 1);
        QCOMPARE(store.pageCount(c.jobId), qint64(sitePages));
        QCOMPARE(store.nextPageIndex(c.jobId), qint64(sitePages)); // indexes 0..n-1
        QTRY_COMPARE(c.view->errorsModel()->rowCount(), 2);
        QVERIFY(!rowPaths(c.view->errorsModel()).contains(u"/broken"_s));
        const auto mended = store.pageIndexOfUrl(c.jobId, c.server->url(u"/broken"_s).toString());
        QVERIFY(mended);
        QCOMPARE(store.page(c.jobId, *mended)->title, u"Mended"_s);
    }

    void inspectorShowsThePageAndLinksJump()
    {
        Crawled c = crawled();
        JobView *view = c.view;
        JobStore &store = *c.setup->store;
        PageInspector *inspector = view->inspector();
        const qint64 home = *store.pageIndexOfUrl(c.jobId, c.server->url(u"/"_s).toString());

        // Enter on the home page's row opens it.
        QTableView *table = view->pagesTable();
        view->tabs()->setCurrentIndex(JobView::PagesTab);
        QTRY_COMPARE(view->pagesModel()->rowCount(), sitePages);
        int homeRow = -1;
        for (int row = 0; row < view->pagesModel()->rowCount(); ++row) {
            if (view->pagesModel()->pageIndexAt(row) == home)
                homeRow = row;
        }
        QVERIFY(homeRow >= 0);
        table->setFocus();
        table->setCurrentIndex(view->pagesModel()->index(homeRow, 1));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(inspector->pageIndex(), home);

        auto *markdown = inspector->findChild<QTextBrowser *>(u"inspectorMarkdown"_s);
        QVERIFY(markdown);
        QVERIFY(markdown->toPlainText().contains(u"Welcome"_s));
        QCOMPARE(markdown->document()->firstBlock().blockFormat().headingLevel(), 1);
        QVERIFY(markdown->document()->toHtml().contains(u"font-weight:700"_s)); // **bold**
        QVERIFY(inspector->findChild<QPlainTextEdit *>(u"inspectorRawHtml"_s)
                    ->toPlainText()
                    .contains(u"<h1>Welcome</h1>"_s));
        QVERIFY(
            !inspector->findChild<QPlainTextEdit *>(u"inspectorHtml"_s)->toPlainText().isEmpty());

        auto *metadata = inspector->findChild<QTableWidget *>(u"inspectorMetadata"_s);
        QHash<QString, QString> fields;
        for (int row = 0; row < metadata->rowCount(); ++row)
            fields.insert(metadata->item(row, 0)->text(), metadata->item(row, 1)->text());
        QCOMPARE(fields.value(u"HTTP status"_s), u"200"_s);
        QCOMPARE(fields.value(u"Title"_s), u"Home"_s);
        QCOMPARE(fields.value(u"Description"_s), u"The home page"_s);
        QCOMPARE(fields.value(u"Depth"_s), u"0"_s);
        QCOMPARE(fields.value(u"Read as"_s), u"Static (the HTML as fetched)"_s);
        // Page states are written as job states are (capitalised, translated).
        QCOMPARE(fields.value(u"State"_s), JobStates::displayName(JobState::Completed));

        auto *headers = inspector->findChild<QTableWidget *>(u"inspectorHeaders"_s);
        QStringList names;
        for (int row = 0; row < headers->rowCount(); ++row)
            names << headers->item(row, 0)->text().toLower();
        QVERIFY2(names.contains(u"content-type"_s), qPrintable(names.join(u", "_s)));

        // Links: /a/ is a page of the job and opens it; the other host is not.
        auto *links = inspector->findChild<QTreeWidget *>(u"inspectorLinks"_s);
        int sectionRow = -1;
        int externalRow = -1;
        for (int row = 0; row < links->topLevelItemCount(); ++row) {
            const QString link = links->topLevelItem(row)->text(0);
            if (pathOf(link) == u"/a/"_s && link.startsWith(c.server->url().toString()))
                sectionRow = row;
            if (link.contains(u"elsewhere.invalid"_s))
                externalRow = row;
        }
        QVERIFY(sectionRow >= 0 && externalRow >= 0);
        QVERIFY(!inspector->openLink(externalRow));
        QCOMPARE(inspector->pageIndex(), home);
        QSignalSpy opened(inspector, &PageInspector::pageOpened);
        QVERIFY(inspector->openLink(sectionRow));
        const qint64 section = *store.pageIndexOfUrl(c.jobId, c.server->url(u"/a/"_s).toString());
        QCOMPARE(inspector->pageIndex(), section);
        QCOMPARE(opened.size(), 1);
        QVERIFY(markdown->toPlainText().contains(u"1"_s));
        for (int row = 0; row < metadata->rowCount(); ++row) {
            if (metadata->item(row, 0)->text() == u"Title"_s)
                QCOMPARE(metadata->item(row, 1)->text(), u"Section a"_s);
        }

        // A failed page from the errors tab opens too, with its error.
        PagesModel *errors = view->errorsModel();
        QTRY_COMPARE(errors->rowCount(), 3);
        view->tabs()->setCurrentIndex(JobView::ErrorsTab);
        view->errorsTable()->setFocus();
        view->errorsTable()->setCurrentIndex(errors->index(0, 0));
        QTest::keyClick(view->errorsTable(), Qt::Key_Return);
        QCOMPARE(view->tabs()->currentIndex(), int(JobView::PagesTab));
        QCOMPARE(inspector->pageIndex(), errors->pageIndexAt(0));
    }

    // In a window 1280 pixels wide (the screenshots' size) every column of the pages and errors
    // tables and every tab of the inspector is shown whole, without scrolling sideways.
    void everythingFitsInTheWidthOfAWindow()
    {
        Crawled c = crawled();
        JobView *view = c.view;
        view->resize(1276, 540);
        QTRY_COMPARE(view->pagesModel()->rowCount(), sitePages);
        for (QTableView *table : {view->pagesTable(), view->errorsTable()}) {
            view->tabs()->setCurrentWidget(table->parentWidget());
            QTRY_VERIFY(table->isVisible());
            QVERIFY2(table->horizontalHeader()->length() <= table->viewport()->width(),
                     qPrintable(u"%1: %2 > %3"_s.arg(table->objectName())
                                    .arg(table->horizontalHeader()->length())
                                    .arg(table->viewport()->width())));
        }
        view->tabs()->setCurrentIndex(JobView::PagesTab);
        QVERIFY(view->openPage(0));
        QTabBar *tabs = view->inspector()->tabs()->tabBar();
        QTRY_VERIFY(tabs->isVisible());
        for (int tab = 0; tab < tabs->count(); ++tab)
            QVERIFY2(tabs->tabRect(tab).right() < tabs->width(), qPrintable(tabs->tabText(tab)));
    }

    void chartsCountThePages()
    {
        Crawled c = crawled();
        c.view->tabs()->setCurrentIndex(JobView::ChartsTab);
        ChartsPanel *charts = c.view->charts();
        QTRY_VERIFY(charts->jobId() == c.jobId);

        const auto bars = [&](const QString &name) {
            auto *view = charts->findChild<QChartView *>(name);
            QList<qreal> values;
            if (!view || view->chart()->series().isEmpty())
                return values;
            auto *series = qobject_cast<QBarSeries *>(view->chart()->series().constFirst());
            for (int i = 0; series && i < series->barSets().constFirst()->count(); ++i)
                values << series->barSets().constFirst()->at(i);
            return values;
        };
        // Depths: the site's levels, plus /broken and /notes.txt at depth 1.
        const auto &within = SmallSite::pagesWithinDepth;
        QCOMPARE(bars(u"chartDepths"_s),
                 (QList<qreal>{1, within[1] - within[0] + 2.0, within[2] - within[1] + 0.0,
                               within[3] - within[2] + 0.0, within[4] - within[3] + 0.0}));
        // Statuses 200, 404 (/missing), 500 (/broken).
        QCOMPARE(bars(u"chartStatusCodes"_s), (QList<qreal>{sitePages - 2.0, 1, 1}));
        qreal timed = 0;
        for (qreal count : bars(u"chartDurations"_s))
            timed += count;
        // Response-time labels short enough to stay whole under their bars.
        auto *durationAxis =
            qobject_cast<QBarCategoryAxis *>(charts->findChild<QChartView *>(u"chartDurations"_s)
                                                 ->chart()
                                                 ->axes(Qt::Horizontal)
                                                 .constFirst());
        QVERIFY(durationAxis);
        QCOMPARE(durationAxis->categories().constFirst(), u"&lt;50"_s);
        QCOMPARE(durationAxis->categories().constLast(), u"≥10k"_s);
        QCOMPARE(timed, qreal(sitePages)); // every page got a response
        auto *overTime = charts->findChild<QChartView *>(u"chartPagesOverTime"_s);
        auto *line = qobject_cast<QLineSeries *>(overTime->chart()->series().constFirst());
        QVERIFY(line && line->count() >= 2);
        QCOMPARE(line->at(line->count() - 1).y(), qreal(sitePages));

        // A refresh gives the same series and axes new values; it does not rebuild them (Qt
        // Charts leaves removed axes' labels on screen for a while: ghost labels).
        auto *depths = charts->findChild<QChartView *>(u"chartDepths"_s)->chart();
        QAbstractSeries *depthSeries = depths->series().constFirst();
        const QList<QAbstractAxis *> depthAxes = depths->axes();
        charts->refresh();
        charts->refresh();
        QCOMPARE(overTime->chart()->series().constFirst(), line);
        QCOMPARE(depths->series().constFirst(), depthSeries);
        QCOMPARE(depths->axes(), depthAxes);
        QCOMPARE(depthAxes.size(), 2);
        QCOMPARE(line->at(line->count() - 1).y(), qreal(sitePages));
    }

    void chartsFollowACrawlAtMostEveryTwoSeconds()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        serveSite(server, 200);
        Setup setup(freshPath());
        const QString jobId = setup.createJob(server.url(u"/"_s));
        JobView *view = setup.makeView();
        view->setJob(jobId);
        view->tabs()->setCurrentIndex(JobView::ChartsTab);
        const int before = view->charts()->refreshCount();
        QElapsedTimer clock;
        clock.start();
        QVERIFY(setup.run(jobId));
        // The last pages are drawn, within the interval.
        QTRY_VERIFY_WITH_TIMEOUT(view->charts()->refreshCount() > before, 10000);
        auto *depths = view->charts()->findChild<QChartView *>(u"chartDepths"_s);
        QTRY_COMPARE_WITH_TIMEOUT(qobject_cast<QBarSeries *>(depths->chart()->series().constFirst())
                                      ->barSets()
                                      .constFirst()
                                      ->sum(),
                                  qreal(sitePages), 10000);
        const qint64 elapsed = clock.elapsed();
        const int refreshes = view->charts()->refreshCount() - before;
        QVERIFY2(refreshes <= elapsed / JobView::chartsIntervalMs + 2,
                 qPrintable(u"%1 refreshes in %2 ms"_s.arg(refreshes).arg(elapsed)));
    }

    void logTabShowsTheJobsLog()
    {
        Crawled c = crawled();
        QPlainTextEdit *log = c.view->logView();
        QTRY_VERIFY(log->toPlainText().contains(u"Started crawling"_s));
        QTRY_VERIFY(log->toPlainText().contains(u"The job is completed"_s));
        const int lines = log->blockCount();
        c.view->jobChanged(c.jobId); // nothing new: nothing appended twice
        QTest::qWait(JobView::refreshDelayMs * 2);
        QCOMPARE(log->blockCount(), lines);
    }

    void layoutIsRemembered()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://site.test/"_s));
        int urlWidth = 0;
        QByteArray splitter;
        {
            JobView view(setup.store.get(), setup.settings.get());
            view.setJob(jobId);
            view.resize(1000, 600);
            view.show();
            QHeaderView *header = view.pagesTable()->horizontalHeader();
            const int url = view.pagesModel()->sectionOf(PagesModel::UrlColumn);
            header->resizeSection(url, 417);
            header->moveSection(header->visualIndex(url), 0);
            auto *split = view.findChild<QSplitter *>(u"pagesSplitter"_s);
            split->setSizes({700, 300});
            splitter = split->saveState();
            urlWidth = header->sectionSize(url);
            view.tabs()->setCurrentIndex(JobView::LogTab);
        }
        JobView again(setup.store.get(), setup.settings.get());
        QHeaderView *header = again.pagesTable()->horizontalHeader();
        const int url = again.pagesModel()->sectionOf(PagesModel::UrlColumn);
        QCOMPARE(header->sectionSize(url), urlWidth);
        QCOMPARE(header->visualIndex(url), 0);
        QCOMPARE(again.findChild<QSplitter *>(u"pagesSplitter"_s)->saveState(), splitter);
        QCOMPARE(again.tabs()->currentIndex(), int(JobView::LogTab));
        // In the settings file the view was given, and nowhere else (cleanupTestCase).
        setup.settings->sync();
        QCOMPARE(setup.settings->jobViewTab(), int(JobView::LogTab));
        QFile file(setup.settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pagesColumns"));
        // Another settings file: another layout (a view of the tour starts on its first tab).
        AppSettings fresh(freshPath() + u".ini"_s);
        JobView other(setup.store.get(), &fresh);
        QCOMPARE(other.tabs()->currentIndex(), int(JobView::PagesTab));
    }
};

QTEST_MAIN(TestJobView)
#include "tst_jobview.moc"
