// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appservices.h"

#include "samplesite/samplecrawl.h"
#include "ui/mainwindow.h"

#include <QMessageBox>

AppServices::AppServices(MainWindow *window, JobStore *store, StoreWriter *writer,
                         CrawlRunner *runner, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_writer(writer)
    , m_runner(runner)
    , m_sampleCrawl(new SampleCrawl(this))
{
    connect(window, &MainWindow::sampleCrawlRequested, this, &AppServices::startSampleCrawl);
}

AppServices::~AppServices() = default;

QString AppServices::startSampleCrawl()
{
    QString error;
    const QString jobId = m_sampleCrawl->start(*m_store, *m_runner, &error);
    if (jobId.isEmpty()) {
        QMessageBox::warning(m_window, tr("Sample crawl"),
                             tr("The sample crawl cannot start: %1").arg(error));
        return {};
    }
    m_window->refresh();
    m_window->selectJob(jobId);
    return jobId;
}
