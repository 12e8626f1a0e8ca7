// SPDX-License-Identifier: GPL-3.0-or-later
// The job view keeps its place: the selected page (through link jumps, a table a crawl sorts new
// pages into, a new order), the end of a long log; and the inspector's screenshot.
#include "jobviewtesting.h"
#include "ui/jobview/pagefilterbar.h"
#include "ui/jobview/pageinspector.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace JobViewTesting;

class TestJobViewSelection final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(u"selection-%1.sqlite"_s.arg(++m_counter)); }
    Crawled crawled() { return JobViewTesting::crawled(freshPath()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A page opened from a link is selected in the table, wherever the sort put it; one the
    // filters hide leaves no other row selected.
    void aLinkJumpSelectsItsRow()
    {
        Crawled c = crawled();
        JobView *view = c.view;
        JobStore &store = *c.setup->store;
        PagesModel *model = view->pagesModel();
        QAbstractItemModelTester tester(model);
        QTRY_COMPARE(model->rowCount(), sitePages);
        QTableView *table = view->pagesTable();
        table->sortByColumn(model->sectionOf(PagesModel::UrlColumn), Qt::DescendingOrder);
        const auto selectedPages = [&] {
            QList<qint64> pages;
            for (const QModelIndex &row : table->selectionModel()->selectedRows())
                pages << model->pageIndexAt(row.row());
            return pages;
        };
        const qint64 home = *store.pageIndexOfUrl(c.jobId, c.server->url(u"/"_s).toString());
        QVERIFY(view->openPage(home));
        QCOMPARE(selectedPages(), QList<qint64>{home});

        auto *links = view->inspector()->findChild<QTreeWidget *>(u"inspectorLinks"_s);
        const auto linkRow = [&](const QString &path) {
            for (int row = 0; row < links->topLevelItemCount(); ++row) {
                if (pathOf(links->topLevelItem(row)->text(0)) == path)
                    return row;
            }
            return -1;
        };
        const qint64 section = *store.pageIndexOfUrl(c.jobId, c.server->url(u"/b/"_s).toString());
        QVERIFY(view->inspector()->openLink(linkRow(u"/b/"_s)));
        QCOMPARE(selectedPages(), QList<qint64>{section});
        QCOMPARE(model->pageIndexAt(table->currentIndex().row()), section);

        // Filtered to the deep pages: the section's page is not a row; nothing stays selected.
        view->filterBar()->findChild<QLineEdit *>(u"searchFilter"_s)->setText(u"deep"_s);
        QTRY_VERIFY(model->rowCount() < sitePages);
        QVERIFY(view->openPage(home));
        QVERIFY(view->inspector()->openLink(linkRow(u"/a/"_s)));
        QVERIFY(selectedPages().isEmpty());
    }

    // While a crawl adds pages to a table sorted by URL, new rows land above the selected one:
    // the selection (and the current row) stays on the same page.
    void selectionStaysOnItsPageWhileASortedTableGrows()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        serveSite(server, 200); // a crawl of a few seconds: several refreshes of the view
        Setup setup(freshPath());
        const QString jobId = setup.createJob(server.url(u"/"_s));
        JobView *view = setup.makeView();
        view->setJob(jobId);
        PagesModel *model = view->pagesModel();
        QAbstractItemModelTester tester(model);
        QTableView *table = view->pagesTable();
        table->sortByColumn(model->sectionOf(PagesModel::UrlColumn), Qt::AscendingOrder);
        QSignalSpy finished(setup.runner.get(), &CrawlRunner::finished);
        setup.runner->start(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 5, 20000);
        // The last row: most pages still to come sort before it.
        const int selectedRow = model->rowCount() - 1;
        const QString selectedUrl =
            model->index(selectedRow, 0).data(PagesModel::UrlRole).toString();
        table->selectRow(selectedRow);
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(model->rowCount(), sitePages);
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().data(PagesModel::UrlRole).toString(), selectedUrl);
        QCOMPARE(table->currentIndex().data(PagesModel::UrlRole).toString(), selectedUrl);
        QVERIFY2(rows.constFirst().row() > selectedRow, "no page came before the selected one");
        // And a new sort order takes it along too.
        table->sortByColumn(model->sectionOf(PagesModel::UrlColumn), Qt::DescendingOrder);
        QCOMPARE(table->selectionModel()
                     ->selectedRows()
                     .constFirst()
                     .data(PagesModel::UrlRole)
                     .toString(),
                 selectedUrl);
    }

    // A stored screenshot (PNG, as the renderer stores it) is shown in its tab, and the page
    // says it was rendered.
    void inspectorShowsTheStoredScreenshot()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://shots.test/"_s));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(0x20, 0x60, 0xc0));
        for (int x = 0; x < 16; ++x)
            image.setPixelColor(x, 0, QColor(0xff, 0x00, 0x00));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(image.save(&buffer, "PNG"));
        PageRecord page;
        page.jobId = jobId;
        page.index = 0;
        page.url = u"http://shots.test/"_s;
        page.state = PageState::Completed;
        page.httpStatus = 200;
        page.renderMode = u"js"_s;
        page.screenshot = png;
        setup.writer->storePage(page, page.url);
        PageRecord plain = page;
        plain.index = 1;
        plain.url = u"http://shots.test/plain"_s;
        plain.renderMode = u"static"_s;
        plain.screenshot.clear();
        setup.writer->storePage(plain, plain.url);
        setup.writer->flush();

        JobView *view = setup.makeView();
        view->setJob(jobId);
        PageInspector *inspector = view->inspector();
        QVERIFY(view->openPage(0));
        QVERIFY(inspector->tabs()->isTabEnabled(PageInspector::ScreenshotTab));
        inspector->tabs()->setCurrentIndex(PageInspector::ScreenshotTab);
        auto *label = inspector->findChild<QLabel *>(u"inspectorScreenshot"_s);
        QVERIFY(label->isVisible());
        const QImage shown = label->pixmap().toImage();
        QCOMPARE(shown.size(), QSize(64, 48));
        QCOMPARE(shown.pixelColor(0, 0), QColor(0xff, 0x00, 0x00));
        QCOMPARE(shown.pixelColor(40, 30), QColor(0x20, 0x60, 0xc0));
        auto *metadata = inspector->findChild<QTableWidget *>(u"inspectorMetadata"_s);
        QHash<QString, QString> fields;
        for (int row = 0; row < metadata->rowCount(); ++row)
            fields.insert(metadata->item(row, 0)->text(), metadata->item(row, 1)->text());
        QCOMPARE(fields.value(u"Read as"_s), u"Rendered (JavaScript)"_s);

        // A page without one: the tab is off and shows nothing.
        QVERIFY(view->openPage(1));
        QVERIFY(!inspector->tabs()->isTabEnabled(PageInspector::ScreenshotTab));
        QVERIFY(label->pixmap().isNull());
    }

    // A long log opens at its end; earlier lines come when asked for.
    void aLongLogIsShownFromItsEnd()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://log.test/"_s));
        constexpr int lines = 1200;
        for (int i = 1; i <= lines; ++i)
            setup.writer->appendLog(jobId, u"info"_s, u"line %1"_s.arg(i));
        setup.writer->flush();
        JobView *view = setup.makeView();
        view->setJob(jobId);
        QPlainTextEdit *log = view->logView();
        const auto firstLine = [log] { return log->document()->firstBlock().text(); };
        const auto lastLine = [log] { return log->document()->lastBlock().text(); };
        auto *earlier = view->findChild<QPushButton *>(u"loadEarlierLog"_s);
        QCOMPARE(log->blockCount(), JobView::logPageLines);
        QVERIFY2(firstLine().endsWith(u"line 701"_s), qPrintable(firstLine()));
        QVERIFY(lastLine().endsWith(u"line 1200"_s));
        QVERIFY(earlier->isEnabled());

        earlier->click();
        QCOMPARE(log->blockCount(), 2 * JobView::logPageLines);
        QVERIFY2(firstLine().endsWith(u"line 201"_s), qPrintable(firstLine()));
        earlier->click();
        QCOMPARE(log->blockCount(), lines);
        QVERIFY(firstLine().endsWith(u"  line 1"_s));
        QVERIFY(!earlier->isEnabled());
        QVERIFY(!view->loadEarlierLog());

        // New lines still arrive at the end.
        for (int i = lines + 1; i <= lines + 3; ++i)
            setup.writer->appendLog(jobId, u"info"_s, u"line %1"_s.arg(i));
        setup.writer->flush();
        view->jobChanged(jobId);
        QTRY_COMPARE(log->blockCount(), lines + 3);
        QVERIFY(lastLine().endsWith(u"line 1203"_s));
        QVERIFY(firstLine().endsWith(u"  line 1"_s));
    }

    // A refresh while a crawl adds pages repaints only rows on screen that changed: with the
    // table in index order, new pages come below the rows shown, which stay as they are.
    void aRefreshLeavesUnchangedRowsAlone()
    {
        Setup setup(freshPath());
        const QString jobId = setup.createJob(QUrl(u"http://rows.test/"_s));
        const auto store = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                PageRecord page;
                page.jobId = jobId;
                page.index = i;
                page.url = u"http://rows.test/%1"_s.arg(i);
                page.state = PageState::Completed;
                page.httpStatus = 200;
                setup.writer->storePage(page, page.url);
            }
            setup.writer->flush();
        };
        store(0, 50);
        PagesModel model(setup.store.get(), {PagesModel::IndexColumn, PagesModel::UrlColumn});
        QAbstractItemModelTester tester(&model);
        model.setJob(jobId);
        QCOMPARE(model.rowCount(), 50);
        for (int row = 0; row < 20; ++row) // what a view showed
            QVERIFY(model.index(row, 1).data().isValid());
        store(50, 80);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refreshRows(0, 19);
        QCOMPARE(model.rowCount(), 80);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);
        // Sorted the other way, the new pages are the rows on screen: they are said to change.
        model.sort(0, Qt::DescendingOrder);
        for (int row = 0; row < 20; ++row)
            QVERIFY(model.index(row, 1).data().isValid());
        store(80, 85);
        model.refreshRows(0, 19);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.constFirst().at(1).value<QModelIndex>().row(), 19);
        QCOMPARE(model.index(0, 0).data().toLongLong(), 84);
    }
};

QTEST_MAIN(TestJobViewSelection)
#include "tst_jobviewselection.moc"
