// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class CrawlRunner;
class JobStore;
struct JobInfo;
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

    // Makes sure a sample job's site answers where its URLs point, before the job is resumed or
    // run again (perhaps by a later session, whose first server listens elsewhere): serves the
    // site on the job's port when nothing of ours does yet. True at once for other jobs; false,
    // with the reason, when that port is taken.
    bool serve(const JobInfo &job, QString *error);

    // Sample jobs are marked in their `extra` object, so a later session knows to serve them.
    static void mark(JobInfo &job);
    static bool isSampleJob(const JobInfo &job);

    // The server; listening once createJob or start succeeded.
    SampleSiteServer *server() const { return m_server; }
    // What a sample crawl keeps of each page: markdown, cleaned HTML and links, so every view
    // of a job has something to show. Everything else as a default crawl.
    static CrawlOptions options(const QUrl &startUrl);

private:
    bool ensureListening(QString *error);

    SampleSiteServer *m_server;
    QList<SampleSiteServer *> m_resumed; // serving jobs of earlier sessions on their own ports
};
