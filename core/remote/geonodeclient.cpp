// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/geonodeclient.h"

#include "export/geonodeimport.h"
#include "remote/remoteparse.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QString GeonodeClient::provider() const
{
    return u"geonode"_s;
}

std::pair<QByteArray, QByteArray> GeonodeClient::authHeader(const QString &key) const
{
    return {QByteArrayLiteral("X-Api-Key"), key.toUtf8()};
}

RemoteRequest GeonodeClient::pageRequest(int page) const
{
    QUrl url = endpoint(u"/v1/crawl/"_s + remoteId());
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"page_size"_s, QString::number(pageSize));
    url.setQuery(query);
    return {QByteArrayLiteral("GET"), url, {}};
}

RemoteRequest GeonodeClient::beginCycle()
{
    m_page = m_firstOpenPage;
    return pageRequest(m_page);
}

std::optional<RemoteRequest> GeonodeClient::read(const QJsonObject &answer, RemoteUpdate *update)
{
    QJsonObject envelope = answer;
    envelope.insert(u"results"_s, QJsonArray());
    QString error;
    if (!RemoteParse::readEnvelope(envelope, GeonodeImport::read, update, &error)) {
        update->problems.append({{}, error});
        return std::nullopt;
    }
    // Results still queued or in flight are read again later, once they finished.
    const QJsonArray all = answer.value(u"results"_s).toArray();
    QJsonArray items;
    for (const QJsonValue &item : all) {
        const QString status = item.toObject().value(u"status"_s).toString();
        if (status != u"queued"_s && status != u"processing"_s && status != u"pending"_s)
            items.append(item);
    }
    const qsizetype before = update->pages.size() + update->problems.size();
    RemoteParse::readItems(envelope, u"results"_s, items, u"page %1: results"_s.arg(m_page),
                           GeonodeImport::read, update);
    const qsizetype finished = update->pages.size() + update->problems.size() - before;
    const bool full = all.size() >= pageSize;
    // A full page whose entries all finished never changes again: later cycles start after it.
    if (full && finished == all.size() && m_page == m_firstOpenPage)
        ++m_firstOpenPage;
    // A full page may have a next one; a short (or empty) one is the last.
    if (full) {
        ++m_page;
        return pageRequest(m_page);
    }
    m_complete = update->state && JobStates::isTerminal(*update->state);
    return std::nullopt;
}

std::optional<RemoteRequest> GeonodeClient::cancelRequest() const
{
    return RemoteRequest{QByteArrayLiteral("DELETE"), endpoint(u"/v1/crawl/"_s + remoteId()), {}};
}
