// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

class CrawlRunner;
class JobStore;
class SampleSiteServer;

// The first-run crawl: "try a crawl on the built-in sample site". Owns the sample site's server,
// which keeps answering as long as this object lives (give it the application's lifetime, so a
// paused sample crawl can be resumed), and creates crawl jobs of it.
class SampleCrawl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleCrawl)

public:
    explicit SampleCrawl(QObject *parent = nullptr);
    ~SampleCrawl() override;

    // Starts the server on first use. Creates a queued job crawling the sample site with
    // options() and returns its id; an empty string (and `error` says why) when it cannot.
    QString createJob(JobStore &store, QString *error);
    // createJob, then starts the job's crawl in `runner`.
    QString start(JobStore &store, CrawlRunner &runner, QString *error);

    // The server; listening once createJob or start succeeded.
    SampleSiteServer *server() const { return m_server; }
    // What a sample crawl keeps of each page: markdown, cleaned HTML and links, so every view
    // of a job has something to show. Everything else as a default crawl.
    static CrawlOptions options(const QUrl &startUrl);

private:
    bool ensureListening(QString *error);

    SampleSiteServer *m_server;
};
