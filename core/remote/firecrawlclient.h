// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remoteclient.h"

#include <QSet>

// Firecrawl v0: GET /v0/crawl/status/{jobId}. While the job runs, partial_data holds at most
// the 50 most recent pages (the oldest dropped first); `data` holds every page once it completed.
class FirecrawlV0Client final : public RemoteClient
{
public:
    using RemoteClient::RemoteClient;

    QString provider() const override;
    RemoteRequest beginCycle() override;
    std::optional<RemoteRequest> read(const QJsonObject &answer, RemoteUpdate *update) override;
    bool collectedEverything() const override { return m_complete; }
    std::optional<RemoteRequest> cancelRequest() const override;

private:
    qint64 m_highestIndex = -1; // the highest `index` seen in partial_data
    bool m_complete = false;
};

// Firecrawl v1: GET /v1/crawl/{id} (or /v1/batch/scrape/{id}). Documents come in completion
// order from `skip`, in chunks of about 10 MB linked by `next`; failed pages only through
// GET .../errors: read every few looks while the job runs (a job may expire before its failed
// pages were read otherwise) and once more after it ended.
class FirecrawlV1Client final : public RemoteClient
{
public:
    FirecrawlV1Client(QUrl baseUrl, QString remoteId, bool batch);

    QString provider() const override;
    RemoteRequest beginCycle() override;
    std::optional<RemoteRequest> read(const QJsonObject &answer, RemoteUpdate *update) override;
    bool collectedEverything() const override;
    // While the job runs, /errors is read on the first look that sees it running, then every
    // this many looks.
    static constexpr int errorsEveryCycles = 5;
    bool optionalRequest() const override { return m_readingErrors; }
    std::optional<RemoteRequest> cancelRequest() const override;

private:
    QString jobPath() const;
    RemoteRequest statusRequest(qint64 skip) const;
    std::optional<RemoteRequest> readStatus(const QJsonObject &answer, RemoteUpdate *update);
    void readErrors(const QJsonObject &answer, RemoteUpdate *update);

    bool m_batch = false;
    bool m_readingErrors = false;
    qint64 m_received = 0;        // documents received from `data` so far, in completion order
    qint64 m_requestSkip = 0;     // the skip of the request being answered
    QUrl m_requestUrl;            // the URL of the request being answered
    bool m_terminal = false;      // the last status answer had a terminal status
    bool m_drained = false;       // the last status answer had no `next` to follow
    bool m_errorsRead = false;    // GET .../errors answered after the job ended
    bool m_errorsFinal = false;   // the errors request being answered was sent after the end
    qint64 m_cycles = 0;          // looks begun
    qint64 m_lastErrorsCycle = 0; // the look that last read the errors
};
