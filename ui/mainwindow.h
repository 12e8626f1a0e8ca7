// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class JobListModel;
class JobStore;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;

// The main window: the jobs of the store (local and remote together) and, when there are none,
// what to do first.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `store` is read on the GUI thread; it must outlive the window.
    explicit MainWindow(JobStore *store, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobListModel *jobListModel() const { return m_model; }
    // Re-reads the jobs (also done every few seconds, for jobs run by `trawl crawl` elsewhere).
    void refresh();

private:
    void createMenus();
    void updateEmptyState();
    void showAbout();

    JobStore *m_store;
    JobListModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QTableView *m_table;
    QLabel *m_summary;
    QTimer *m_refreshTimer;
};
