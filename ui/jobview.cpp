// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview.h"

#include "store/jobstore.h"
#include "ui/appsettings.h"
#include "ui/jobview/chartspanel.h"
#include "ui/jobview/pagefilterbar.h"
#include "ui/jobview/pageinspector.h"
#include "ui/jobview/pagesdelegate.h"
#include "ui/jobview/pagesmodel.h"
#include "ui/jobview/pagetext.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

// A running crawl's log keeps its newest lines; earlier ones are kept once asked for.
constexpr int liveLogLines = 20000;

// Widths that show each column's header and usual values whole; the pages table's eleven
// columns fit in a window 1280 pixels wide. Long URLs, titles and messages are elided (their
// tooltip has them whole).
void sizeColumns(QTableView *table, const PagesModel *model)
{
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics headerMetrics = table->horizontalHeader()->fontMetrics();
    const int digit = metrics.horizontalAdvance(u'0');
    const QLocale locale;
    QString longestState;
    for (const PageState state : {PageState::Queued, PageState::Fetching, PageState::Completed,
                                  PageState::Failed, PageState::Skipped, PageState::Cancelled}) {
        const QString name = PageText::stateName(state);
        if (metrics.horizontalAdvance(name) > metrics.horizontalAdvance(longestState))
            longestState = name;
    }
    for (int section = 0; section < model->columnCount(); ++section) {
        const auto column = model->columnKind(section);
        int width = 0;
        switch (column) {
        case PagesModel::UrlColumn:
            width = digit * 40;
            break;
        case PagesModel::TitleColumn:
            width = digit * 24;
            break;
        case PagesModel::ErrorMessageColumn:
            width = digit * 44;
            break;
        default: {
            QString sample;
            if (column == PagesModel::IndexColumn)
                sample = locale.toString(999999);
            else if (column == PagesModel::StateColumn)
                sample = longestState;
            else if (column == PagesModel::DurationColumn)
                sample = PagesModel::tr("%1 ms").arg(locale.toString(12345));
            else if (column == PagesModel::SizeColumn)
                sample = locale.formattedDataSize(1000 * 1024);
            else if (column == PagesModel::ErrorCodeColumn)
                sample = table->objectName() == u"errorsTable"_s ? u"TOO_MANY_REDIRECTS"_s
                                                                 : u"ROBOTS_BLOCKED"_s;
            else if (column == PagesModel::ContentTypeColumn)
                sample = u"text/html"_s;
            else
                sample = locale.toString(99999);
            const QString header = model->headerData(section, Qt::Horizontal).toString();
            width = std::max(headerMetrics.horizontalAdvance(header) + 20,
                             metrics.horizontalAdvance(sample) + 16);
        }
        }
        table->setColumnWidth(section, width);
    }
}

QTableView *makeTable(QWidget *parent, const QString &name, PagesModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setItemDelegate(new PagesDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    // Rows all have the same height: the view never asks the model for every row to size them.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    table->horizontalHeader()->setStretchLastSection(true); // no empty strip on the right
    table->setSortingEnabled(true);
    return table;
}

} // namespace

JobView::JobView(JobStore *store, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_settings(settings)
    , m_tabs(new QTabWidget(this))
    , m_refreshTimer(new QTimer(this))
    , m_chartsTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(u"jobView"_s);
    m_tabs->setObjectName(u"jobViewTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->insertTab(PagesTab, createPagesTab(), tr("Pages"));
    m_tabs->insertTab(ErrorsTab, createErrorsTab(), tr("Errors"));
    m_charts = new ChartsPanel(m_store, this);
    m_tabs->insertTab(ChartsTab, m_charts, tr("Charts"));
    m_tabs->insertTab(LogTab, createLogTab(), tr("Log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_refreshTimer->setObjectName(u"jobViewRefresh"_s);
    m_chartsTimer->setObjectName(u"jobViewCharts"_s);
    m_pollTimer->setObjectName(u"jobViewPoll"_s);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobView::refreshNow);
    m_chartsTimer->setSingleShot(true);
    connect(m_chartsTimer, &QTimer::timeout, this, &JobView::refreshCharts);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobView::poll);
    connect(m_tabs, &QTabWidget::currentChanged, this, &JobView::tabChanged);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(u"actionFind"_s);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(PagesTab);
        m_filterBar->focusSearch();
    });
    m_retryAction = new QAction(this);
    m_retryAction->setObjectName(u"actionRetryFailed"_s);
    m_retryAction->setShortcut(QKeySequence(tr("Ctrl+Shift+T")));
    m_retryAction->setEnabled(false);
    connect(m_retryAction, &QAction::triggered, this, [this] { retryFailedPages(); });
    addActions({m_findAction, m_retryAction});
    retranslateUi();
    restoreLayout();
    setJob({});
}

JobView::~JobView()
{
    saveLayout();
}

void JobView::retranslateUi()
{
    m_tabs->setTabText(PagesTab, tr("Pages"));
    m_tabs->setTabText(ErrorsTab, tr("Errors"));
    m_tabs->setTabText(ChartsTab, tr("Charts"));
    m_tabs->setTabText(LogTab, tr("Log"));
    m_retryButton->setText(tr("&Retry failed pages"));
    const QString retryTip = tr("Queue the failed pages (not the skipped ones) again and resume "
                                "the crawl to fetch them");
    m_retryButton->setToolTip(retryTip);
    m_retryAction->setText(tr("Re&try Failed Pages"));
    showLogState();
    m_retryAction->setStatusTip(retryTip);
    m_findAction->setText(tr("&Find Pages…"));
    m_findAction->setStatusTip(tr("Search the pages of the job by URL or title"));
    m_pagesModel->retranslate();
    m_errorsModel->retranslate();
    refreshErrorSummary(); // also the Errors tab's text
}

void JobView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QWidget *JobView::createPagesTab()
{
    auto *tab = new QWidget(this);
    m_filterBar = new PageFilterBar(tab);
    m_pagesModel = new PagesModel(
        m_store,
        {PagesModel::IndexColumn, PagesModel::UrlColumn, PagesModel::StateColumn,
         PagesModel::StatusColumn, PagesModel::ContentTypeColumn, PagesModel::DepthColumn,
         PagesModel::DurationColumn, PagesModel::SizeColumn, PagesModel::WordsColumn,
         PagesModel::TitleColumn, PagesModel::ErrorCodeColumn},
        this);
    m_pagesTable = makeTable(tab, u"pagesTable"_s, m_pagesModel);
    sizeColumns(m_pagesTable, m_pagesModel);
    m_inspector = new PageInspector(m_store, tab);
    connect(m_inspector, &PageInspector::pageOpened, this, &JobView::selectPage);
    // The inspector below the table, as in Screaming Frog: both get the whole width (every
    // column of the table, every tab of the inspector).
    m_pagesSplitter = new QSplitter(Qt::Vertical, tab);
    m_pagesSplitter->setObjectName(u"pagesSplitter"_s);
    m_pagesSplitter->addWidget(m_pagesTable);
    m_pagesSplitter->addWidget(m_inspector);
    m_pagesSplitter->setStretchFactor(0, 3); // the inspector grows when a page is opened
    m_pagesSplitter->setStretchFactor(1, 1);
    m_pagesSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_pagesSplitter, 1);

    connect(m_filterBar, &PageFilterBar::filterChanged, this,
            [this] { m_pagesModel->setFilter(m_filterBar->filter()); });
    connect(m_pagesTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        openPage(index.data(PagesModel::PageIndexRole).toLongLong());
    });
    return tab;
}

QWidget *JobView::createErrorsTab()
{
    auto *tab = new QWidget(this);
    m_errorsModel =
        new PagesModel(m_store,
                       {PagesModel::IndexColumn, PagesModel::ErrorCodeColumn,
                        PagesModel::StatusColumn, PagesModel::UrlColumn, PagesModel::StateColumn,
                        PagesModel::RetriesColumn, PagesModel::ErrorMessageColumn},
                       this);
    PageQuery failures;
    failures.states = {PageState::Failed, PageState::Skipped};
    failures.orWithError = true; // completed pages with an error too (RENDER_REFUSED)
    m_errorsModel->setFilter(failures);
    m_errorsTable = makeTable(tab, u"errorsTable"_s, m_errorsModel);
    sizeColumns(m_errorsTable, m_errorsModel); // error codes whole: TOO_MANY_REDIRECTS
    m_errorSummary = new QLabel(tab);
    m_errorSummary->setObjectName(u"errorSummary"_s);
    m_errorSummary->setWordWrap(true);
    m_retryButton = new QPushButton(tab);
    m_retryButton->setObjectName(u"retryFailedPages"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_errorSummary, 1);
    bar->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(bar);
    layout->addWidget(m_errorsTable, 1);

    connect(m_retryButton, &QPushButton::clicked, this, [this] { retryFailedPages(); });
    connect(m_errorsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (openPage(index.data(PagesModel::PageIndexRole).toLongLong()))
            m_tabs->setCurrentIndex(PagesTab);
    });
    return tab;
}

QWidget *JobView::createLogTab()
{
    auto *tab = new QWidget(this);
    m_log = new QPlainTextEdit(tab);
    m_log->setObjectName(u"jobLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(liveLogLines);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logState = new QLabel(tab);
    m_logState->setObjectName(u"logState"_s);
    m_earlierLog = new QPushButton(tab);
    m_earlierLog->setObjectName(u"loadEarlierLog"_s);
    connect(m_earlierLog, &QPushButton::clicked, this, &JobView::loadEarlierLog);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_logState, 1);
    bar->addWidget(m_earlierLog);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(bar);
    layout->addWidget(m_log, 1);
    return tab;
}

void JobView::setJob(const QString &jobId)
{
    m_jobId = jobId;
    m_lastLogId = 0;
    m_firstLogId = 0;
    m_logHasEarlier = false;
    m_seenPages = -1;
    m_seenFailed = -1;
    m_seenUpdatedAt = {};
    m_log->clear();
    m_log->setMaximumBlockCount(liveLogLines);
    m_inspector->clear();
    m_filterBar->setContentTypes(jobId.isEmpty() ? QStringList() : m_store->contentTypes(jobId));
    m_pagesModel->setJob(jobId);
    m_errorsModel->setJob(jobId);
    m_chartsStale = true;
    m_charts->setJob(QString());
    refreshErrorSummary();
    refreshLog();
    if (m_tabs->currentIndex() == ChartsTab)
        refreshCharts();
    setEnabled(!jobId.isEmpty());
    if (jobId.isEmpty())
        m_pollTimer->stop();
    else
        m_pollTimer->start();
}

void JobView::pagesStored(const QString &jobId, qint64, qint64)
{
    if (jobId == m_jobId && !jobId.isEmpty())
        scheduleRefresh();
}

void JobView::jobChanged(const QString &jobId)
{
    if (jobId == m_jobId && !jobId.isEmpty())
        scheduleRefresh();
}

void JobView::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void JobView::refreshNow()
{
    if (m_jobId.isEmpty())
        return;
    // Only the rows on screen are read again, and repainted only where they changed: a table
    // repaint is most of the GUI thread's work while a crawl runs.
    const auto refreshShown = [](PagesModel *model, const QTableView *table) {
        int first = 0;
        int last = -1; // a table not shown: none
        if (table->isVisible() && model->rowCount() > 0) {
            first = std::max(0, table->rowAt(0));
            last = table->rowAt(table->viewport()->height() - 1);
            if (last < 0)
                last = model->rowCount() - 1;
        }
        model->refreshRows(first, last);
    };
    refreshShown(m_pagesModel, m_pagesTable);
    // Failed and skipped pages are counted in the job's row: the errors are read again only
    // when that count moved (most refreshes of a crawl bring only successful pages).
    const auto job = m_store->job(m_jobId);
    const qint64 failed = job ? job->pagesFailed : -1;
    if (failed != m_seenFailed || failed < 0) {
        m_seenFailed = failed;
        refreshShown(m_errorsModel, m_errorsTable);
        refreshErrorSummary();
    }
    refreshLog();
    m_chartsStale = true;
    if (m_tabs->currentIndex() == ChartsTab && !m_chartsTimer->isActive()) {
        const qint64 since = m_sinceCharts.isValid() ? m_sinceCharts.elapsed() : chartsIntervalMs;
        m_chartsTimer->start(int(std::max<qint64>(0, chartsIntervalMs - since)));
    }
}

void JobView::refreshCharts()
{
    // The content types change at the pace of the charts, and cost a scan as they do.
    m_filterBar->setContentTypes(m_jobId.isEmpty() ? QStringList()
                                                   : m_store->contentTypes(m_jobId));
    if (m_charts->jobId() != m_jobId) {
        m_charts->setJob(m_jobId);
    } else {
        m_charts->refresh();
    }
    m_chartsStale = false;
    m_sinceCharts.start();
}

void JobView::refreshErrorSummary()
{
    const qint64 failed = m_jobId.isEmpty() ? 0 : m_store->pageCount(m_jobId, {PageState::Failed});
    const qint64 skipped =
        m_jobId.isEmpty() ? 0 : m_store->pageCount(m_jobId, {PageState::Skipped});
    PageQuery errors;
    errors.jobId = m_jobId;
    errors.states = {PageState::Failed, PageState::Skipped};
    errors.orWithError = true;
    const qint64 listed = m_jobId.isEmpty() ? 0 : m_store->pageCount(errors);
    const QLocale locale;
    m_errorSummary->setText(
        listed > failed + skipped
            ? tr("%1 failed, %2 skipped, %3 completed with an error.")
                  .arg(locale.toString(failed), locale.toString(skipped),
                       locale.toString(listed - failed - skipped))
            : tr("%1 failed, %2 skipped.").arg(locale.toString(failed), locale.toString(skipped)));
    m_retryButton->setEnabled(failed > 0);
    m_retryAction->setEnabled(failed > 0);
    // The tab says that there are errors (an icon) and how many in its tooltip, not in its text:
    // a tab bar whose text changes lays out the whole window again, several times a second in a
    // crawl with many failures (10-20 ms of the GUI thread each time at 20,000 pages).
    const bool any = listed > 0;
    if (any != !m_tabs->tabIcon(ErrorsTab).isNull())
        m_tabs->setTabIcon(ErrorsTab,
                           any ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(ErrorsTab,
                          tr("%n page(s) failed, skipped or completed with an error", nullptr,
                             int(std::min<qint64>(listed, std::numeric_limits<int>::max()))));
}

void JobView::refreshLog()
{
    if (m_jobId.isEmpty()) {
        showLogState();
        return;
    }
    const auto line = [](const LogEntry &entry) {
        return u"%1  %2  %3"_s.arg(entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                   entry.level.leftJustified(7), entry.message);
    };
    if (m_lastLogId == 0) {
        // A job just opened: its last lines (a crawl of 100,000 pages has a long log).
        const QList<LogEntry> entries = m_store->logBefore(m_jobId, 0, logPageLines);
        QStringList lines;
        lines.reserve(entries.size());
        for (const LogEntry &entry : entries)
            lines << line(entry);
        if (!entries.isEmpty()) {
            m_log->setPlainText(lines.join(u'\n'));
            m_log->moveCursor(QTextCursor::End);
            m_firstLogId = entries.constFirst().id;
            m_lastLogId = entries.constLast().id;
        }
        m_logHasEarlier = entries.size() == logPageLines;
        showLogState();
        return;
    }
    constexpr int batch = 1000;
    for (;;) {
        const QList<LogEntry> entries = m_store->log(m_jobId, m_lastLogId, batch);
        for (const LogEntry &entry : entries) {
            m_log->appendPlainText(line(entry));
            m_lastLogId = entry.id;
        }
        if (entries.size() < batch)
            break;
    }
}

bool JobView::loadEarlierLog()
{
    if (m_jobId.isEmpty() || m_firstLogId <= 0)
        return false;
    const QList<LogEntry> entries = m_store->logBefore(m_jobId, m_firstLogId, logPageLines);
    m_logHasEarlier = entries.size() == logPageLines;
    if (!entries.isEmpty()) {
        QString text;
        for (const LogEntry &entry : entries) {
            text += u"%1  %2  %3\n"_s.arg(entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                          entry.level.leftJustified(7), entry.message);
        }
        // Asked for: kept, however long the log gets.
        m_log->setMaximumBlockCount(
            std::max(m_log->maximumBlockCount(), m_log->blockCount() + int(entries.size()) + 1));
        QTextCursor cursor(m_log->document());
        cursor.movePosition(QTextCursor::Start);
        cursor.insertText(text);
        m_firstLogId = entries.constFirst().id;
    }
    showLogState();
    return !entries.isEmpty();
}

void JobView::showLogState()
{
    m_earlierLog->setText(tr("&Load %n earlier line(s)", nullptr, logPageLines));
    m_earlierLog->setEnabled(m_logHasEarlier);
    m_earlierLog->setVisible(m_logHasEarlier);
    m_logState->setText(m_logHasEarlier ? tr("The log's latest lines; earlier ones are kept.")
                                        : QString());
}

void JobView::poll()
{
    // For crawls that another process runs: its commits send no signal here.
    const auto job = m_store->job(m_jobId);
    if (!job)
        return;
    if (job->updatedAt != m_seenUpdatedAt || job->pagesDone() != m_seenPages) {
        m_seenUpdatedAt = job->updatedAt;
        m_seenPages = job->pagesDone();
        scheduleRefresh();
    } else {
        refreshLog();
    }
}

void JobView::tabChanged(int index)
{
    if (index == ChartsTab && m_chartsStale)
        refreshCharts();
}

bool JobView::openPage(qint64 index)
{
    if (m_jobId.isEmpty() || index < 0 || !m_inspector->showPage(m_jobId, index))
        return false;
    selectPage(index);
    // An opened page gets at least three fifths of the height (the table keeps the rest).
    const QList<int> sizes = m_pagesSplitter->sizes();
    const int height = sizes.value(0) + sizes.value(1);
    if (height > 0 && sizes.value(1) < height * 3 / 5)
        m_pagesSplitter->setSizes({height - height * 3 / 5, height * 3 / 5});
    return true;
}

void JobView::selectPage(qint64 index)
{
    const QModelIndex current = m_pagesTable->currentIndex();
    if (current.isValid() && m_pagesModel->pageIndexAt(current.row()) == index)
        return; // opened from its own row
    const int row = m_pagesModel->rowOfPage(index);
    if (row < 0) {
        m_pagesTable->clearSelection(); // the filters hide it: no other row stays selected
        return;
    }
    const QModelIndex cell =
        m_pagesModel->index(row, m_pagesModel->sectionOf(PagesModel::UrlColumn));
    m_pagesTable->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    m_pagesTable->scrollTo(cell);
}

bool JobView::retryFailedPages(QString *error)
{
    if (m_jobId.isEmpty())
        return false;
    qint64 requeued = 0;
    QString why;
    const QString jobId = m_jobId;
    if (!m_store->requeueFailedPages(jobId, &requeued, &why)) {
        m_errorSummary->setText(tr("Cannot retry: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    m_seenFailed = -1; // the failed pages are queued again: read the errors whatever the count
    refreshNow();
    if (requeued > 0) {
        m_errorSummary->setText(
            tr("%n failed page(s) queued again; the crawl resumes to fetch them.", nullptr,
               int(requeued)));
        Q_EMIT resumeRequested(jobId);
    }
    return true;
}

void JobView::restoreLayout()
{
    if (!m_settings)
        return;
    m_pagesTable->horizontalHeader()->restoreState(m_settings->pagesColumns());
    m_errorsTable->horizontalHeader()->restoreState(m_settings->errorsColumns());
    m_pagesSplitter->restoreState(m_settings->pagesSplitterState());
    m_tabs->setCurrentIndex(std::clamp(m_settings->jobViewTab(), 0, m_tabs->count() - 1));
}

void JobView::saveLayout() const
{
    if (!m_settings)
        return;
    m_settings->setPagesColumns(m_pagesTable->horizontalHeader()->saveState());
    m_settings->setErrorsColumns(m_errorsTable->horizontalHeader()->saveState());
    m_settings->setPagesSplitterState(m_pagesSplitter->saveState());
    m_settings->setJobViewTab(m_tabs->currentIndex());
}
