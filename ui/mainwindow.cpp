// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "crawl/crawlrunner.h"
#include "model/crawlrequest.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/exportdialog.h"
#include "ui/jobcontroller.h"
#include "ui/joblistmodel.h"
#include "ui/jobview.h"
#include "ui/newcrawldialog.h"
#include "ui/progressdelegate.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int refreshIntervalMs = 2000; // jobs run by other processes
constexpr int soonMs = 250;             // after the writer committed: at most 4 times a second
constexpr qint64 maxDroppedFileBytes = 4 * 1024 * 1024;

// Holds a label that changes often, without a layout: a label's new text makes its parent's
// layout, and every layout up to the window, lay out again; here it stops at this holder, which
// only gives the label its own size. (The status bar's counts change several times a second while
// a crawl runs; each change cost 10-20 ms of the GUI thread at 20,000 pages.)
class LabelHolder final : public QWidget
{
public:
    LabelHolder(QLabel *label, QWidget *parent)
        : QWidget(parent)
        , m_label(label)
    {
        label->setParent(this);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    QSize sizeHint() const override { return {0, m_label->sizeHint().height()}; }

protected:
    void resizeEvent(QResizeEvent *) override { m_label->setGeometry(rect()); }

private:
    QLabel *m_label;
};

} // namespace

MainWindow::MainWindow(JobStore *store, StoreWriter *writer, CrawlRunner *runner,
                       AppSettings *settings, Languages *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_writer(writer)
    , m_runner(runner)
    , m_settings(settings)
    , m_languages(languages)
    , m_controller(new JobController(store, writer, runner, this))
    , m_model(new JobListModel(store, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(nullptr)
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(this))
    , m_jobView(new JobView(store, settings, this))
    , m_summary(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_soonTimer(new QTimer(this))
{
    setWindowIcon(QIcon(u":/icons/io.github.trawl_app.Trawl.svg"_s));
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    m_emptyState = createEmptyState();
    setupTable();
    m_jobView->setObjectName(u"jobView"_s);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_jobView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);
    m_summary->setObjectName(u"summary"_s);
    statusBar()->addWidget(new LabelHolder(m_summary, this), 1);

    createActions();
    createMenusAndToolBar();

    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateSummary();
                updateActions();
                const QString selected = selectedJobId();
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                    if (!selected.isEmpty() && m_model->job(row).id == selected)
                        m_jobView->jobChanged(selected);
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_controller, &JobController::jobsChanged, this, &MainWindow::refresh);
    connect(m_controller, &JobController::deleteFailed, this,
            [this](const QString &, const QString &error) {
                showError(tr("Delete Job"), tr("The job could not be deleted: %1").arg(error));
            });
    connect(m_jobView, &JobView::resumeRequested, this, [this](const QString &jobId) {
        QString error;
        if (!m_controller->resume(jobId, &error))
            showError(tr("Resume"), error);
    });
    connect(m_writer, &StoreWriter::jobsChanged, this, &MainWindow::storeChanged);
    connect(m_writer, &StoreWriter::pagesStored, m_jobView, &JobView::pagesStored);
    connect(m_runner, &CrawlRunner::finished, this, [this] { refresh(); });

    m_refreshTimer->setObjectName(u"windowRefresh"_s);
    m_soonTimer->setObjectName(u"windowRefreshSoon"_s);
    m_soonTimer->setSingleShot(true);
    m_soonTimer->setInterval(soonMs);
    connect(m_soonTimer, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);
    m_refreshTimer->start(refreshIntervalMs);

    retranslateUi();
    resize(1100, 720);
    restoreLayout();
    updateEmptyState();
    updateActions();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"emptyState"_s);
    m_emptyText = new QLabel(page);
    m_emptyText->setObjectName(u"emptyStateText"_s);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::RichText);
    m_emptyNewCrawl = new QPushButton(page);
    m_emptyNewCrawl->setObjectName(u"emptyNewCrawl"_s);
    m_emptyNewCrawl->setDefault(true);
    connect(m_emptyNewCrawl, &QPushButton::clicked, this, [this] { this->newCrawl(); });
    m_emptySample = new QPushButton(page);
    m_emptySample->setObjectName(u"emptySampleCrawl"_s);
    connect(m_emptySample, &QPushButton::clicked, this, &MainWindow::sampleCrawlRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyNewCrawl);
    buttons->addWidget(m_emptySample);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch();
    layout->addWidget(m_emptyText);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::setupTable()
{
    m_table->setObjectName(u"jobTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressDelegate(m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(u"jobColumns"_s);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JobListModel::UrlColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(u'0');
    const QList<std::pair<int, int>> widths{
        {JobListModel::ProviderColumn, 16}, {JobListModel::StateColumn, 14},
        {JobListModel::ProgressColumn, 14}, {JobListModel::PagesColumn, 15},
        {JobListModel::FailedColumn, 8},    {JobListModel::RateColumn, 10},
        {JobListModel::StartedColumn, 21},  {JobListModel::ElapsedColumn, 9},
        {JobListModel::IdColumn, 36}};
    for (const auto &[column, chars] : widths)
        header->resizeSection(column, digit * chars);
    m_table->setColumnHidden(JobListModel::IdColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void MainWindow::createActions()
{
    // Texts and tips are set by retranslateUi().
    auto make = [this](const QString &name, const QKeySequence &shortcut,
                       QStyle::StandardPixmap icon) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    m_newCrawl = make(u"actionNewCrawl"_s, QKeySequence::New, QStyle::SP_FileIcon);
    connect(m_newCrawl, &QAction::triggered, this, [this] { newCrawl(); });
    m_sampleCrawl =
        make(u"actionSampleCrawl"_s, QKeySequence(tr("Ctrl+Shift+N")), QStyle::SP_DirHomeIcon);
    connect(m_sampleCrawl, &QAction::triggered, this, &MainWindow::sampleCrawlRequested);
    m_monitorRemote =
        make(u"actionMonitorRemote"_s, QKeySequence(tr("Ctrl+M")), QStyle::SP_DriveNetIcon);
    connect(m_monitorRemote, &QAction::triggered, this, &MainWindow::monitorRemoteJobRequested);
    m_localApi =
        make(u"actionLocalApi"_s, QKeySequence(tr("Ctrl+Shift+A")), QStyle::SP_ComputerIcon);
    connect(m_localApi, &QAction::triggered, this, &MainWindow::localApiRequested);
    m_pause = make(u"actionPause"_s, QKeySequence(tr("Ctrl+P")), QStyle::SP_MediaPause);
    connect(m_pause, &QAction::triggered, this, &MainWindow::pauseSelected);
    m_resume = make(u"actionResume"_s, QKeySequence(tr("Ctrl+R")), QStyle::SP_MediaPlay);
    connect(m_resume, &QAction::triggered, this, &MainWindow::resumeSelected);
    m_cancel = make(u"actionCancel"_s, QKeySequence(tr("Ctrl+K")), QStyle::SP_MediaStop);
    connect(m_cancel, &QAction::triggered, this, &MainWindow::cancelSelected);
    m_rerun = make(u"actionRerun"_s, QKeySequence(tr("Ctrl+Shift+R")), QStyle::SP_BrowserReload);
    connect(m_rerun, &QAction::triggered, this, &MainWindow::rerunSelected);
    m_export = make(u"actionExport"_s, QKeySequence(tr("Ctrl+E")), QStyle::SP_DialogSaveButton);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportSelected);
    m_delete = make(u"actionDelete"_s, QKeySequence::Delete, QStyle::SP_TrashIcon);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelected);
    m_refresh = make(u"actionRefresh"_s, QKeySequence::Refresh, QStyle::SP_BrowserReload);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    m_showApiScrapes = make(u"actionShowApiScrapes"_s, QKeySequence(tr("Ctrl+Shift+H")),
                            QStyle::SP_FileDialogListView);
    m_showApiScrapes->setCheckable(true);
    m_showApiScrapes->setChecked(m_settings->showApiScrapes());
    m_model->setShowApiScrapes(m_showApiScrapes->isChecked());
    connect(m_showApiScrapes, &QAction::toggled, this, [this](bool show) {
        m_settings->setShowApiScrapes(show);
        m_model->setShowApiScrapes(show);
    });
    m_settingsAction =
        make(u"actionSettings"_s, QKeySequence(tr("Ctrl+,")), QStyle::SP_FileDialogDetailedView);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_quit = make(u"actionQuit"_s, QKeySequence(tr("Ctrl+Q")), QStyle::SP_DialogCloseButton);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = make(u"actionAbout"_s, QKeySequence::HelpContents, QStyle::SP_MessageBoxInformation);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    for (QAction *action : {m_pause, m_resume, m_cancel, m_rerun, m_export, m_delete})
        m_table->addAction(action);
}

void MainWindow::createMenusAndToolBar()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newCrawl);
    m_fileMenu->addAction(m_sampleCrawl);
    m_fileMenu->addAction(m_monitorRemote);
    m_fileMenu->addAction(m_localApi);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_export);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_jobMenu = menuBar()->addMenu(QString());
    m_jobMenu->addActions({m_pause, m_resume, m_cancel, m_rerun});
    m_jobMenu->addAction(m_jobView->retryAction());
    m_jobMenu->addSeparator();
    m_jobMenu->addAction(m_delete);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_jobView->findAction());
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_showApiScrapes);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(u"jobsToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newCrawl);
    m_toolBar->addAction(m_monitorRemote);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_pause, m_resume, m_cancel, m_rerun});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_export, m_delete});
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Trawl"));
    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setStatusTip(tip);
        action->setToolTip(
            tr("%1 (%2)").arg(tip, action->shortcut().toString(QKeySequence::NativeText)));
    };
    set(m_newCrawl, tr("&New Crawl…"), tr("Configure and start a crawl"));
    set(m_sampleCrawl, tr("New &Sample Crawl"),
        tr("Crawl the small sample site that comes with Trawl (nothing leaves this computer)"));
    set(m_monitorRemote, tr("&Monitor Remote Job…"),
        tr("Follow a job running on Firecrawl, Spidra or Geonode"));
    set(m_localApi, tr("Local &API Server…"),
        tr("Answer Firecrawl's API on this computer, for scripts and SDKs"));
    set(m_pause, tr("&Pause"), tr("Pause the crawl; resume it later where it stopped"));
    set(m_resume, tr("&Resume"), tr("Continue the crawl where it stopped"));
    set(m_cancel, tr("&Cancel"), tr("Stop the crawl for good; its pages are kept"));
    set(m_rerun, tr("Re-r&un"), tr("Start a new crawl with the same options"));
    set(m_export, tr("&Export…"),
        tr("Write the job to a file in a status format, JSON Lines, CSV or Markdown"));
    set(m_delete, tr("&Delete…"), tr("Delete the job and its pages from the database"));
    set(m_refresh, tr("Re&fresh"), tr("Read the jobs again"));
    set(m_showApiScrapes, tr("Show &API Scrapes"),
        tr("List the one-page jobs of the local API's /v1/scrape among the jobs"));
    set(m_settingsAction, tr("&Settings…"),
        tr("Defaults for new crawls, data folder, retention, language"));
    set(m_quit, tr("&Quit"), tr("Close Trawl; running crawls pause and resume later"));
    set(m_about, tr("&About Trawl"), tr("Version and licence"));
    m_fileMenu->setTitle(tr("&File"));
    m_jobMenu->setTitle(tr("&Job"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Jobs"));

    m_emptyText->setText(
        tr("<h2>No crawls yet</h2>"
           "<p>Start a crawl with <b>New crawl…</b>: type the address of a site, choose how far "
           "to go, and watch its pages arrive here.<br>You can also drop a link, or a text file "
           "with one address per line, on this window.</p>"
           "<p>Not sure yet? Try a crawl of the small sample site that comes with Trawl: nothing "
           "leaves your computer.</p>"
           "<p>Crawls started from a terminal (<code>trawl crawl URL</code>) show up here too. "
           "Every page is kept in<br><code>%1</code></p>")
            .arg(m_store->path().toHtmlEscaped()));
    m_emptyNewCrawl->setText(tr("&New crawl…"));
    m_emptySample->setText(tr("&Try a crawl on the built-in sample site"));
    m_model->retranslate();
    updateSummary();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    if (!m_splitter->restoreState(m_settings->splitterState()))
        m_splitter->setSizes({180, 540}); // a few jobs above, the selected one below
    const QByteArray columns = m_settings->jobColumns();
    if (!columns.isEmpty())
        m_table->horizontalHeader()->restoreState(columns);
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setJobColumns(m_table->horizontalHeader()->saveState());
    m_jobView->saveLayout();
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < JobListModel::ColumnCount; ++column) {
        if (column == JobListModel::UrlColumn)
            continue;
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(header->viewport()->mapToGlobal(position));
}

void MainWindow::refresh()
{
    m_model->setHiddenJobs(m_controller->deletingJobs());
    m_model->refresh();
    updateActions();
}

void MainWindow::scheduleRefresh()
{
    if (!m_soonTimer->isActive())
        m_soonTimer->start();
}

void MainWindow::storeChanged(const QStringList &jobIds)
{
    Q_UNUSED(jobIds)
    scheduleRefresh();
}

QString MainWindow::selectedJobId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(JobListModel::JobIdRole).toString();
}

void MainWindow::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void MainWindow::selectionChanged()
{
    const QString id = selectedJobId();
    if (id != m_jobView->jobId())
        m_jobView->setJob(id);
    updateActions();
}

void MainWindow::updateActions()
{
    const int row = m_model->rowOf(selectedJobId());
    const bool selected = row >= 0;
    const JobInfo job = selected ? m_model->job(row) : JobInfo{};
    m_pause->setEnabled(selected && m_controller->canPause(job));
    m_resume->setEnabled(selected && m_controller->canResume(job));
    m_cancel->setEnabled(selected && m_controller->canCancel(job));
    m_rerun->setEnabled(selected && m_controller->canRerun(job));
    m_export->setEnabled(selected);
    m_delete->setEnabled(selected && m_controller->canDelete(job));
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? m_emptyState : static_cast<QWidget *>(m_splitter));
    if (!empty && selectedJobId().isEmpty())
        selectJob(m_model->job(0).id);
    updateSummary();
    updateActions();
}

void MainWindow::updateSummary()
{
    const int jobs = m_model->rowCount();
    qint64 pages = 0;
    qint64 failed = 0;
    int running = 0;
    for (int row = 0; row < jobs; ++row) {
        const JobInfo job = m_model->job(row);
        pages += job.pagesDone();
        failed += job.pagesFailed;
        running += job.state == JobState::Running ? 1 : 0;
    }
    const QLocale locale;
    m_summary->setText(tr("Jobs: %1 · Running: %2 · Pages stored: %3 · Failed: %4")
                           .arg(locale.toString(jobs), locale.toString(running),
                                locale.toString(pages), locale.toString(failed)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

NewCrawlDialog *MainWindow::newCrawl(const QStringList &urls)
{
    auto *dialog = new NewCrawlDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secrets)
        dialog->setSecretStore(m_secrets);
    if (!urls.isEmpty())
        dialog->setStartUrls(urls);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startFromDialog(*dialog); });
    dialog->open();
    return dialog;
}

QStringList MainWindow::startFromDialog(const NewCrawlDialog &dialog)
{
    QStringList started;
    const QList<QUrl> urls = dialog.startUrls();
    for (const QUrl &url : urls) {
        CrawlOptions options = dialog.options();
        options.url = url;
        if (dialog.provider() != JobInfo::localProvider()) {
            Q_EMIT remoteCrawlRequested(dialog.provider(), dialog.baseUrl(), dialog.apiKey(),
                                        CrawlRequest::toJson(options));
            continue;
        }
        QString error;
        const auto id = m_controller->startNew(options, &error);
        if (!id) {
            showError(tr("New Crawl"), error);
            break;
        }
        started << *id;
    }
    if (!started.isEmpty())
        selectJob(started.constFirst());
    return started;
}

void MainWindow::pauseSelected()
{
    QString error;
    if (!m_controller->pause(selectedJobId(), &error))
        showError(tr("Pause"), error);
    updateActions();
}

void MainWindow::resumeSelected()
{
    QString error;
    if (!m_controller->resume(selectedJobId(), &error))
        showError(tr("Resume"), error);
    updateActions();
}

void MainWindow::cancelSelected()
{
    QString error;
    if (!m_controller->cancel(selectedJobId(), &error))
        showError(tr("Cancel"), error);
    updateActions();
}

void MainWindow::rerunSelected()
{
    QString error;
    const auto id = m_controller->rerun(selectedJobId(), &error);
    if (!id)
        showError(tr("Re-run"), error);
    else
        selectJob(*id);
}

void MainWindow::exportSelected()
{
    const auto job = m_store->job(selectedJobId());
    if (!job)
        return;
    auto *dialog = new ExportDialog(m_store->path(), *job, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::deleteSelected()
{
    const QString id = selectedJobId();
    const auto job = m_store->job(id);
    if (!job || !m_controller->canDelete(*job))
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Delete Job"),
                        tr("Delete the job %1 and its %n stored page(s)? This cannot be undone.",
                           nullptr, int(std::min<qint64>(job->pagesDone(), INT_MAX)))
                            .arg(job->startUrl),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmDelete"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        QString error;
        if (!m_controller->remove(id, &error))
            showError(tr("Delete Job"), error);
    });
    box->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Trawl"),
        tr("<h3>Trawl %1</h3><p>A desktop crawl manager: local crawls and hosted "
           "crawl APIs in one window, every job kept in SQLite.</p>"
           "<p>Jobs database: <code>%2</code></p>")
            .arg(QApplication::applicationVersion(), m_store->path().toHtmlEscaped()));
}

QStringList MainWindow::urlsFromMimeData(const QMimeData *data)
{
    QStringList urls;
    auto addLines = [&urls](const QString &text) {
        const QStringList lines = text.split(u'\n');
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(u'#'))
                urls << trimmed;
        }
    };
    if (data->hasUrls()) {
        const QList<QUrl> dropped = data->urls();
        for (const QUrl &url : dropped) {
            if (url.isLocalFile()) {
                QFile file(url.toLocalFile());
                if (QFileInfo(file).size() <= maxDroppedFileBytes
                    && file.open(QIODevice::ReadOnly | QIODevice::Text))
                    addLines(QString::fromUtf8(file.readAll()));
            } else if (url.scheme() == u"http"_s || url.scheme() == u"https"_s) {
                urls << url.toString();
            }
        }
    } else if (data->hasText()) {
        addLines(data->text());
    }
    return urls;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList urls = urlsFromMimeData(event->mimeData());
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    newCrawl(urls);
}
