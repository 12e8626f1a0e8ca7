// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/spidraclient.h"

#include "export/spidraimport.h"
#include "remote/remoteparse.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString SpidraClient::provider() const
{
    return u"spidra"_s;
}

std::pair<QByteArray, QByteArray> SpidraClient::authHeader(const QString &key) const
{
    return {QByteArrayLiteral("x-api-key"), key.toUtf8()};
}

RemoteRequest SpidraClient::beginCycle()
{
    return {QByteArrayLiteral("GET"), endpoint(u"/crawl/"_s + remoteId()), {}};
}

std::optional<RemoteRequest> SpidraClient::read(const QJsonObject &answer, RemoteUpdate *update)
{
    QJsonObject envelope = answer;
    envelope.insert(u"result"_s, QJsonValue::Null);
    QString error;
    if (!RemoteParse::readEnvelope(envelope, SpidraImport::read, update, &error)) {
        update->problems.append({{}, error});
        return std::nullopt;
    }
    const QJsonValue result = answer.value(u"result"_s);
    const QJsonArray items = result.toArray();
    RemoteParse::readItems(envelope, u"result"_s, items, u"result"_s, SpidraImport::read, update);
    const bool terminal = update->state && JobStates::isTerminal(*update->state);
    // A completed job's results come with the answer that says so; a failed one may have none.
    m_complete = terminal && (result.isArray() || *update->state != JobState::Completed);
    return std::nullopt;
}

std::optional<RemoteRequest> SpidraClient::cancelRequest() const
{
    return RemoteRequest{QByteArrayLiteral("DELETE"), endpoint(u"/crawl/"_s + remoteId()), {}};
}
