// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview.h"

#include "store/jobstore.h"
#include "ui/jobview/chartspanel.h"
#include "ui/jobview/pagefilterbar.h"
#include "ui/jobview/pageinspector.h"
#include "ui/jobview/pagesmodel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString settingsGroup = u"JobView"_s;

QTableView *makeTable(QWidget *parent, const QString &name, PagesModel *model)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
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
    table->setSortingEnabled(true);
    return table;
}

} // namespace

JobView::JobView(JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
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
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"jobLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->insertTab(LogTab, m_log, tr("Log"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(refreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &JobView::refreshNow);
    m_chartsTimer->setSingleShot(true);
    connect(m_chartsTimer, &QTimer::timeout, this, &JobView::refreshCharts);
    m_pollTimer->setInterval(pollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &JobView::poll);
    connect(m_tabs, &QTabWidget::currentChanged, this, &JobView::tabChanged);
    restoreLayout();
    setJob({});
}

JobView::~JobView()
{
    saveLayout();
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
    m_pagesTable->setColumnWidth(m_pagesModel->sectionOf(PagesModel::UrlColumn), 320);
    m_pagesTable->setColumnWidth(m_pagesModel->sectionOf(PagesModel::TitleColumn), 220);
    m_inspector = new PageInspector(m_store, tab);
    m_pagesSplitter = new QSplitter(Qt::Horizontal, tab);
    m_pagesSplitter->setObjectName(u"pagesSplitter"_s);
    m_pagesSplitter->addWidget(m_pagesTable);
    m_pagesSplitter->addWidget(m_inspector);
    m_pagesSplitter->setStretchFactor(0, 3);
    m_pagesSplitter->setStretchFactor(1, 2);
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
    m_errorsModel = new PagesModel(m_store,
                                   {PagesModel::ErrorCodeColumn, PagesModel::StatusColumn,
                                    PagesModel::UrlColumn, PagesModel::ErrorMessageColumn,
                                    PagesModel::RetriesColumn, PagesModel::StateColumn,
                                    PagesModel::IndexColumn},
                                   this);
    PageQuery failures;
    failures.states = {PageState::Failed, PageState::Skipped};
    failures.orWithError = true; // completed pages with an error too (RENDER_REFUSED)
    m_errorsModel->setFilter(failures);
    m_errorsTable = makeTable(tab, u"errorsTable"_s, m_errorsModel);
    m_errorsTable->setColumnWidth(m_errorsModel->sectionOf(PagesModel::UrlColumn), 320);
    m_errorsTable->setColumnWidth(m_errorsModel->sectionOf(PagesModel::ErrorMessageColumn), 320);
    // Error codes are read whole (ROBOTS_BLOCKED, TOO_MANY_REDIRECTS, RENDER_TIMEOUT).
    m_errorsTable->setColumnWidth(
        m_errorsModel->sectionOf(PagesModel::ErrorCodeColumn),
        m_errorsTable->fontMetrics().horizontalAdvance(u"TOO_MANY_REDIRECTS"_s) + 24);
    m_errorSummary = new QLabel(tab);
    m_errorSummary->setObjectName(u"errorSummary"_s);
    m_errorSummary->setWordWrap(true);
    m_retryButton = new QPushButton(tr("&Retry failed pages"), tab);
    m_retryButton->setObjectName(u"retryFailedPages"_s);
    m_retryButton->setToolTip(tr("Queue the failed pages (not the skipped ones) again and resume "
                                 "the crawl to fetch them"));

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

void JobView::setJob(const QString &jobId)
{
    m_jobId = jobId;
    m_lastLogId = 0;
    m_seenPages = -1;
    m_seenUpdatedAt = {};
    m_log->clear();
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
    m_pagesModel->refresh();
    m_errorsModel->refresh();
    refreshErrorSummary();
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
    m_tabs->setTabText(ErrorsTab,
                       listed > 0 ? tr("Errors (%1)").arg(locale.toString(listed)) : tr("Errors"));
}

void JobView::refreshLog()
{
    if (m_jobId.isEmpty())
        return;
    constexpr int batch = 1000;
    for (;;) {
        const QList<LogEntry> entries = m_store->log(m_jobId, m_lastLogId, batch);
        for (const LogEntry &entry : entries) {
            m_log->appendPlainText(
                u"%1  %2  %3"_s.arg(entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                    entry.level.leftJustified(7), entry.message));
            m_lastLogId = entry.id;
        }
        if (entries.size() < batch)
            break;
    }
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
    QList<int> sizes = m_pagesSplitter->sizes();
    if (sizes.value(1) == 0) {
        sizes = {width() * 3 / 5, width() * 2 / 5};
        m_pagesSplitter->setSizes(sizes);
    }
    return true;
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
    QSettings settings;
    settings.beginGroup(settingsGroup);
    m_pagesTable->horizontalHeader()->restoreState(settings.value(u"pagesHeader"_s).toByteArray());
    m_errorsTable->horizontalHeader()->restoreState(
        settings.value(u"errorsHeader"_s).toByteArray());
    m_pagesSplitter->restoreState(settings.value(u"pagesSplitter"_s).toByteArray());
    m_tabs->setCurrentIndex(
        std::clamp(settings.value(u"tab"_s, 0).toInt(), 0, m_tabs->count() - 1));
}

void JobView::saveLayout() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(u"pagesHeader"_s, m_pagesTable->horizontalHeader()->saveState());
    settings.setValue(u"errorsHeader"_s, m_errorsTable->horizontalHeader()->saveState());
    settings.setValue(u"pagesSplitter"_s, m_pagesSplitter->saveState());
    settings.setValue(u"tab"_s, m_tabs->currentIndex());
}
