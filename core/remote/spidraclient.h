// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remoteclient.h"

// Spidra: GET /crawl/{jobId} with x-api-key; `result` arrives when the job completed.
class SpidraClient final : public RemoteClient
{
public:
    using RemoteClient::RemoteClient;

    QString provider() const override;
    std::pair<QByteArray, QByteArray> authHeader(const QString &key) const override;
    RemoteRequest beginCycle() override;
    std::optional<RemoteRequest> read(const QJsonObject &answer, RemoteUpdate *update) override;
    bool collectedEverything() const override { return m_complete; }
    std::optional<RemoteRequest> cancelRequest() const override;

private:
    bool m_complete = false;
};
