// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QWidget>

class AppSettings;
class ChartsPanel;
class JobStore;
class PageFilterBar;
class PageInspector;
class PagesModel;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

// The detail of one job below the jobs list: its pages (live, paged from the store), errors,
// page inspector, charts and log. The main window owns one and points it at the selected job.
class JobView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobView)

public:
    enum Tab
    {
        PagesTab,
        ErrorsTab,
        ChartsTab,
        LogTab
    };
    // A running crawl's view is read again at most this often (pages, errors, log): each time
    // new rows come, the table is painted again (5-15 ms of the GUI thread at 20,000 pages)...
    static constexpr int refreshDelayMs = 500;
    // ...its charts at most this often...
    static constexpr int chartsIntervalMs = 2000;
    // ...and the job row is looked at this often for crawls run by another process.
    static constexpr int pollIntervalMs = 1500;
    // A job's log is shown from its end, this many lines at first and per "Load earlier".
    static constexpr int logPageLines = 500;

    // `store` is read on the GUI thread and must outlive the view. The layout (columns,
    // splitter, tab) is remembered in `settings` (which must outlive the view; null: not kept).
    explicit JobView(JobStore *store, AppSettings *settings, QWidget *parent = nullptr);
    ~JobView() override;

    // Writes the layout to the settings (also done when the view is destroyed).
    void saveLayout() const;

    void setJob(const QString &jobId); // empty: nothing shown
    QString jobId() const { return m_jobId; }

    // New pages of `jobId` are readable (StoreWriter::pagesStored, forwarded by the window).
    void pagesStored(const QString &jobId, qint64 first, qint64 last);
    // The job's row changed (state, counters): re-read what depends on it.
    void jobChanged(const QString &jobId);

    // Opens page `index` of the job in the inspector (what double-click and Enter do) and
    // selects its row in the pages table (none when the filters hide it).
    bool openPage(qint64 index);
    // What "Retry failed pages" does: queues the failed pages again and asks for a resume.
    bool retryFailedPages(QString *error = nullptr);

    // The parts, for the window's actions and for tests.
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *pagesTable() const { return m_pagesTable; }
    PagesModel *pagesModel() const { return m_pagesModel; }
    PageFilterBar *filterBar() const { return m_filterBar; }
    QTableView *errorsTable() const { return m_errorsTable; }
    PagesModel *errorsModel() const { return m_errorsModel; }
    QPushButton *retryButton() const { return m_retryButton; }
    // Find (Ctrl+F: the pages' search field) and Retry failed pages, for the window's menus.
    QAction *findAction() const { return m_findAction; }
    QAction *retryAction() const { return m_retryAction; }
    PageInspector *inspector() const { return m_inspector; }
    ChartsPanel *charts() const { return m_charts; }
    QPlainTextEdit *logView() const { return m_log; }
    // Shows the log lines before the first one shown; false when there are none.
    bool loadEarlierLog();

Q_SIGNALS:
    // The failed pages of the job were queued again; the window resumes the crawl.
    void resumeRequested(const QString &jobId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QWidget *createPagesTab();
    QWidget *createErrorsTab();
    QWidget *createLogTab();
    void selectPage(qint64 index);
    void showLogState();
    void scheduleRefresh();
    void refreshNow();
    void refreshCharts();
    void refreshErrorSummary();
    void refreshLog();
    void poll();
    void tabChanged(int index);
    void restoreLayout();

    JobStore *m_store;
    AppSettings *m_settings;
    QString m_jobId;
    QTabWidget *m_tabs = nullptr;
    PageFilterBar *m_filterBar = nullptr;
    PagesModel *m_pagesModel = nullptr;
    QTableView *m_pagesTable = nullptr;
    QSplitter *m_pagesSplitter = nullptr;
    PageInspector *m_inspector = nullptr;
    PagesModel *m_errorsModel = nullptr;
    QTableView *m_errorsTable = nullptr;
    QLabel *m_errorSummary = nullptr;
    QPushButton *m_retryButton = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_retryAction = nullptr;
    ChartsPanel *m_charts = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_logState = nullptr;
    QPushButton *m_earlierLog = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_chartsTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QElapsedTimer m_sinceCharts;
    bool m_chartsStale = true;
    qint64 m_lastLogId = 0;
    qint64 m_firstLogId = 0; // the oldest line shown
    bool m_logHasEarlier = false;
    QDateTime m_seenUpdatedAt; // the job row as last read
    qint64 m_seenPages = -1;
    qint64 m_seenFailed = -1; // the job's failed and skipped pages when the errors were read
};
