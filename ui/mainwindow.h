// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMainWindow>

class AppSettings;
class CrawlRunner;
class JobController;
class JobListModel;
class JobStore;
class JobView;
class Languages;
class NewCrawlDialog;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QMimeData;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class SecretStore;
class QToolBar;
class StoreWriter;

// The main window: the jobs of the store (local and remote together, also those run by another
// process, followed through the database), the selected job below them (JobView), the actions
// on jobs, and, when there are none, what to do first.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Everything must outlive the window. `store` is read on the GUI thread; crawls started
    // here run in `runner` and write through `writer`. `languages` may be null.
    MainWindow(JobStore *store, StoreWriter *writer, CrawlRunner *runner, AppSettings *settings,
               Languages *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobListModel *jobListModel() const { return m_model; }
    JobController *controller() const { return m_controller; }
    JobView *jobView() const { return m_jobView; }
    // Where the New crawl dialog looks for stored API keys and says how keys are kept.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    AppSettings *settings() const { return m_settings; }

    // Re-reads the jobs (also done every few seconds, for jobs run by `trawl crawl` elsewhere).
    void refresh();
    QString selectedJobId() const;
    void selectJob(const QString &jobId);

    // Opens the New crawl dialog (window-modal, not blocking), prefilled with `urls`.
    NewCrawlDialog *newCrawl(const QStringList &urls = {});
    // Starts what an accepted dialog describes: a crawl here per start URL, or (remote) asks
    // for it through remoteCrawlRequested. Returns the ids of the local jobs created.
    QStringList startFromDialog(const NewCrawlDialog &dialog);

    // The start URLs in dropped or pasted data: http(s) URLs, and the lines of text files.
    static QStringList urlsFromMimeData(const QMimeData *data);

Q_SIGNALS:
    void sampleCrawlRequested();
    void monitorRemoteJobRequested();
    void localApiRequested(); // "Local API Server…": the Firecrawl-compatible API of `trawl serve`
    // A crawl to start on a hosted API (provider: firecrawl-v1, spidra or geonode). The API key
    // is only in memory.
    void remoteCrawlRequested(const QString &provider, const QString &baseUrl,
                              const QString &apiKey, const QJsonObject &firecrawlBody);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *createEmptyState();
    void createActions();
    void createMenusAndToolBar();
    // Every text of the window in the language installed now (at start and when it changes).
    void retranslateUi();
    void setupTable();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateEmptyState();
    void updateSummary();
    void selectionChanged();
    void scheduleRefresh();
    void storeChanged(const QStringList &jobIds);
    void showError(const QString &title, const QString &message);

    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void rerunSelected();
    void exportSelected();
    void deleteSelected();
    void showSettings();
    void showAbout();
    void showColumnMenu(const QPoint &position);

    JobStore *m_store;
    StoreWriter *m_writer;
    CrawlRunner *m_runner;
    AppSettings *m_settings;
    Languages *m_languages;
    SecretStore *m_secrets = nullptr;
    JobController *m_controller;
    JobListModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_emptyState;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyNewCrawl = nullptr;
    QPushButton *m_emptySample = nullptr;
    QSplitter *m_splitter;
    QTableView *m_table;
    JobView *m_jobView;
    QLabel *m_summary;
    QTimer *m_refreshTimer;
    QTimer *m_soonTimer;

    QAction *m_newCrawl = nullptr;
    QAction *m_sampleCrawl = nullptr;
    QAction *m_monitorRemote = nullptr;
    QAction *m_localApi = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_rerun = nullptr;
    QAction *m_export = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_showApiScrapes = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_jobMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
