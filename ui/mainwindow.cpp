// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "store/jobstore.h"
#include "ui/joblistmodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr int refreshIntervalMs = 2000;
}

MainWindow::MainWindow(JobStore *store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_model(new JobListModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
{
    setWindowTitle(tr("Trawl"));
    setObjectName(u"mainWindow"_s);

    m_emptyState->setObjectName(u"emptyState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setText(
        tr("<h2>No crawls yet</h2>"
           "<p>Start one from a terminal:</p>"
           "<p><code>trawl crawl https://example.com --limit 100</code></p>"
           "<p>It appears here while it runs, and every page it finds is kept in<br>"
           "<code>%1</code></p>")
            .arg(m_store->path().toHtmlEscaped()));
    m_emptyState->setContentsMargins(24, 24, 24, 24);

    m_table->setObjectName(u"jobTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(JobListModel::UrlColumn,
                                                      QHeaderView::Stretch);
    for (int column = JobListModel::ProviderColumn; column < JobListModel::ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnHidden(JobListModel::IdColumn, true);

    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_table);
    setCentralWidget(m_stack);
    m_summary->setObjectName(u"summary"_s);
    statusBar()->addWidget(m_summary);

    createMenus();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateEmptyState);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start(refreshIntervalMs);
    updateEmptyState();
    resize(1000, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::refresh()
{
    m_model->refresh();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Trawl"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateEmptyState()
{
    const int jobs = m_model->rowCount();
    m_stack->setCurrentWidget(jobs == 0 ? static_cast<QWidget *>(m_emptyState) : m_table);
    qint64 pages = 0;
    int running = 0;
    for (int row = 0; row < jobs; ++row) {
        const JobInfo job = m_model->job(row);
        pages += job.pagesDone();
        running += job.state == JobState::Running ? 1 : 0;
    }
    const QLocale locale;
    m_summary->setText(tr("Jobs: %1 · Running: %2 · Pages stored: %3")
                           .arg(locale.toString(jobs), locale.toString(running),
                                locale.toString(pages)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Trawl"),
                       tr("<h3>Trawl %1</h3><p>A desktop crawl manager: local crawls and hosted "
                          "crawl APIs in one window, every job kept in SQLite.</p>")
                           .arg(QApplication::applicationVersion()));
}
