// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class CrawlRunner;
class JobStore;
class MainWindow;
class SampleCrawl;
class StoreWriter;

// What the window's requests reach beyond the window itself: the built-in sample site's crawl
// (and, as they join, remote monitoring and the local API server). Built by app/main.cpp beside
// the window and by the UI tests the same way; lives as long as the window.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    AppServices(MainWindow *window, JobStore *store, StoreWriter *writer, CrawlRunner *runner,
                QObject *parent = nullptr);
    ~AppServices() override;

    SampleCrawl *sampleCrawl() const { return m_sampleCrawl; }

    // The first-run crawl: serves the bundled sample site and crawls it; selects the job.
    // Returns its id (empty, after telling the user why, when it cannot start).
    QString startSampleCrawl();

private:
    MainWindow *m_window;
    JobStore *m_store;
    StoreWriter *m_writer;
    CrawlRunner *m_runner;
    SampleCrawl *m_sampleCrawl;
};
