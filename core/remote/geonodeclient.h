// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remoteclient.h"

// Geonode: GET /v1/crawl/{job_id}?page=&page_size=50 with X-Api-Key; every result page is
// walked. A cycle starts at the first result page that still had unfinished or missing entries.
class GeonodeClient final : public RemoteClient
{
public:
    static constexpr int pageSize = 50; // the most the API gives per page

    using RemoteClient::RemoteClient;

    QString provider() const override;
    std::pair<QByteArray, QByteArray> authHeader(const QString &key) const override;
    RemoteRequest beginCycle() override;
    std::optional<RemoteRequest> read(const QJsonObject &answer, RemoteUpdate *update) override;
    bool collectedEverything() const override { return m_complete; }
    std::optional<RemoteRequest> cancelRequest() const override;

private:
    RemoteRequest pageRequest(int page) const;

    int m_firstOpenPage = 1; // result pages before it were full and finished
    int m_page = 1;          // the page being answered
    bool m_complete = false;
};
