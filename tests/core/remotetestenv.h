// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remotejobs.h"
#include "remote/secretstore.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/fakeproviders.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What every remote test needs: a real SQLite file, its writer, a session-only secret store,
// the fake providers on 127.0.0.1 and RemoteJobs polling them fast.
struct RemoteTestEnv
{
    static inline const QString key = QStringLiteral("sk-trawl-test-7f3a9c1e5b2d4f60");

    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<JobStore> store;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<FakeProviders> fake;
    std::unique_ptr<RemoteJobs> jobs;

    static MonitorTiming fastTiming()
    {
        MonitorTiming timing;
        timing.minIntervalMs = 5;
        timing.maxIntervalMs = 40;
        timing.requestTimeoutMs = 1500;
        return timing;
    }

    bool setUp(MonitorTiming timing = fastTiming())
    {
        if (!dir.isValid())
            return false;
        dbPath = dir.filePath(QStringLiteral("trawl.sqlite"));
        store = std::make_unique<JobStore>(dbPath);
        QString error;
        if (!store->open(&error))
            return false;
        writer = std::make_unique<StoreWriter>(dbPath);
        if (!writer->start(&error))
            return false;
        secrets = std::make_unique<SecretStore>(QStringLiteral("trawl-test"),
                                                SecretStore::Backend::MemoryOnly);
        secrets->probe();
        fake = std::make_unique<FakeProviders>(key);
        if (!fake->listen())
            return false;
        jobs = std::make_unique<RemoteJobs>(*store, *writer, *secrets, timing);
        return true;
    }

    // Runs the monitor of `remoteId` until its job ends; the local job id (empty on failure).
    // (At `baseUrl`, else the fake's base URL for the provider.)
    QString monitorToEnd(const QString &provider, const QString &remoteId,
                         const QString &apiKey = key, int timeoutMs = 60000,
                         const QUrl &baseUrl = {})
    {
        QSignalSpy finished(jobs.get(), &RemoteJobs::jobFinished);
        QString error;
        const auto jobId =
            jobs->monitor(provider, baseUrl.isEmpty() ? fake->baseUrl(provider) : baseUrl, remoteId,
                          apiKey, &error);
        if (!jobId) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        if (!finished.wait(timeoutMs))
            return {};
        writer->flush();
        return *jobId;
    }

    // Every stored page's URL, with repeats if a page was stored twice.
    QStringList storedUrls(const QString &jobId) const
    {
        PageQuery query;
        query.jobId = jobId;
        query.limit = 1000000;
        QStringList urls;
        for (const PageRecord &page : store->pages(query))
            urls.append(page.url);
        return urls;
    }

    QString logText(const QString &jobId) const
    {
        QStringList lines;
        for (const LogEntry &entry : store->log(jobId))
            lines.append(entry.level + QStringLiteral(": ") + entry.message);
        return lines.join(u'\n');
    }
};
