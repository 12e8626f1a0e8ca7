// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One job as the store knows it: a local crawl or a job on a remote crawl API.
struct JobInfo
{
    QString id;                         // a UUID without braces; what the CLI prints
    QString provider = localProvider(); // "local", "firecrawl-v1", "spidra", ...
    QString remoteId;                   // the provider's own job id (empty for local jobs)
    QString startUrl;
    CrawlOptions options;
    JobState state = JobState::Queued;
    QString error; // why the job failed, for people
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime updatedAt;
    qint64 pagesCompleted = 0; // pages stored with state completed
    qint64 pagesFailed = 0;    // pages stored with state failed or skipped
    qint64 urlsDiscovered = 0; // URLs that entered the frontier
    qint64 runnerPid = 0;      // the process crawling it now (0: none)
    QDateTime heartbeatAt;     // when that process last said it was alive
    // What a provider (or an imported file) says about the job beyond the fields above, by the
    // provider's own key names (expiresAt, creditsUsed, token_summary, ...).
    QJsonObject extra;

    qint64 pagesDone() const { return pagesCompleted + pagesFailed; }
    bool isLocal() const { return provider == localProvider(); }
    static QString localProvider() { return QStringLiteral("local"); }
};
