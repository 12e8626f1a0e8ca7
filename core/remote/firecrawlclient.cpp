// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/firecrawlclient.h"

#include "export/firecrawlexport.h"
#include "export/firecrawlimport.h"
#include "remote/remoteparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// Keys the importer requires that self-hosted servers have been seen to leave out.
QJsonObject withV1Defaults(QJsonObject envelope)
{
    if (!envelope.value(u"total"_s).isDouble())
        envelope.insert(u"total"_s, 0);
    if (!envelope.value(u"completed"_s).isDouble())
        envelope.insert(u"completed"_s, 0);
    if (!envelope.value(u"creditsUsed"_s).isDouble())
        envelope.insert(u"creditsUsed"_s, 0);
    if (!envelope.value(u"expiresAt"_s).isString())
        envelope.insert(u"expiresAt"_s, QString());
    return envelope;
}

// A Firecrawl error code ("SCRAPE_TIMEOUT", ...) as a page error.
PageError errorFromCode(const QString &code, const QString &message)
{
    const QString both = (code + u' ' + message).toUpper();
    if (both.contains(u"TIMEOUT"_s) || both.contains(u"TIMED OUT"_s))
        return PageError::Timeout;
    if (both.contains(u"ROBOTS"_s))
        return PageError::RobotsBlocked;
    if (both.contains(u"DNS"_s) || both.contains(u"ENOTFOUND"_s))
        return PageError::Dns;
    if (both.contains(u"SSL"_s) || both.contains(u"TLS"_s) || both.contains(u"CERTIFICATE"_s))
        return PageError::Tls;
    return PageError::Network;
}

} // namespace

// Firecrawl v0.

QString FirecrawlV0Client::provider() const
{
    return u"firecrawl-v0"_s;
}

RemoteRequest FirecrawlV0Client::beginCycle()
{
    return {QByteArrayLiteral("GET"), endpoint(u"/v0/crawl/status/"_s + remoteId()), {}};
}

std::optional<RemoteRequest> FirecrawlV0Client::read(const QJsonObject &answer,
                                                     RemoteUpdate *update)
{
    QJsonObject envelope = answer;
    envelope.insert(u"data"_s, QJsonValue::Null);
    envelope.insert(u"partial_data"_s, QJsonArray());
    QString error;
    if (!RemoteParse::readEnvelope(envelope, FirecrawlImport::readV0, update, &error)) {
        update->problems.append({{}, error});
        return std::nullopt;
    }
    const QJsonValue data = answer.value(u"data"_s);
    const bool whole = data.isArray();
    const QJsonArray items = whole ? data.toArray() : answer.value(u"partial_data"_s).toArray();
    if (!whole) {
        // The window holds the newest pages only: a gap between the highest index seen before
        // and its oldest entry means pages left it unseen (`data` has them once it completed).
        qint64 oldest = -1;
        qint64 highest = m_highestIndex;
        for (const QJsonValue &item : items) {
            const qint64 index = RemoteParse::integer(item.toObject().value(u"index"_s), -1);
            if (index >= 0 && (oldest < 0 || index < oldest))
                oldest = index;
            highest = std::max(highest, index);
        }
        if (items.size() >= FirecrawlFormat::v0PartialMax && oldest > m_highestIndex + 1) {
            update->notes.append(
                QCoreApplication::translate(
                    "FirecrawlClient",
                    "Pages %1 to %2 left partial_data before they were read; they are taken from "
                    "data when the job completes.")
                    .arg(m_highestIndex + 1)
                    .arg(oldest - 1));
        }
        m_highestIndex = highest;
    }
    RemoteParse::readItems(envelope, u"partial_data"_s, items,
                           whole ? u"data"_s : u"partial_data"_s, FirecrawlImport::readV0, update);
    // A failed or completed job has nothing more to give; `data` is absent on a failed one.
    m_complete = whole || (update->state && JobStates::isTerminal(*update->state));
    return std::nullopt;
}

std::optional<RemoteRequest> FirecrawlV0Client::cancelRequest() const
{
    return RemoteRequest{
        QByteArrayLiteral("DELETE"), endpoint(u"/v0/crawl/cancel/"_s + remoteId()), {}};
}

// Firecrawl v1, crawl and batch scrape.

FirecrawlV1Client::FirecrawlV1Client(QUrl baseUrl, QString remoteId, bool batch)
    : RemoteClient(std::move(baseUrl), std::move(remoteId))
    , m_batch(batch)
{}

QString FirecrawlV1Client::provider() const
{
    return m_batch ? u"firecrawl-v1-batch"_s : u"firecrawl-v1"_s;
}

QString FirecrawlV1Client::jobPath() const
{
    return (m_batch ? u"/v1/batch/scrape/"_s : u"/v1/crawl/"_s) + remoteId();
}

RemoteRequest FirecrawlV1Client::statusRequest(qint64 skip) const
{
    QUrl url = endpoint(jobPath());
    if (skip > 0)
        url.setQuery(u"skip=%1"_s.arg(skip));
    return {QByteArrayLiteral("GET"), url, {}};
}

RemoteRequest FirecrawlV1Client::beginCycle()
{
    m_readingErrors = false;
    ++m_cycles;
    // Every cycle starts where the documents received so far end: they come in completion order.
    RemoteRequest request = statusRequest(m_received);
    m_requestSkip = m_received;
    m_requestUrl = request.url;
    return request;
}

bool FirecrawlV1Client::collectedEverything() const
{
    return m_terminal && m_drained && m_errorsRead;
}

std::optional<RemoteRequest> FirecrawlV1Client::read(const QJsonObject &answer,
                                                     RemoteUpdate *update)
{
    if (m_readingErrors) {
        readErrors(answer, update);
        return std::nullopt;
    }
    return readStatus(answer, update);
}

std::optional<RemoteRequest> FirecrawlV1Client::readStatus(const QJsonObject &answer,
                                                           RemoteUpdate *update)
{
    QJsonObject envelope = withV1Defaults(answer);
    envelope.insert(u"data"_s, QJsonArray());
    envelope.remove(u"next"_s);
    QString error;
    if (!RemoteParse::readEnvelope(envelope, FirecrawlImport::readV1, update, &error)) {
        update->problems.append({{}, error});
        return std::nullopt;
    }
    // Where the next chunk is, and the envelope's defaults, are not the job's own fields.
    for (const QString &key :
         {u"next"_s, u"total"_s, u"completed"_s, u"creditsUsed"_s, u"expiresAt"_s}) {
        if (!answer.contains(key) || key == u"next"_s)
            update->extra.remove(key);
    }
    update->extra.remove(FirecrawlFormat::absentKey());
    const QJsonArray items = answer.value(u"data"_s).toArray();
    RemoteParse::readItems(envelope, u"data"_s, items, u"data"_s, FirecrawlImport::readV1, update);
    m_received = std::max(m_received, m_requestSkip + items.size());
    m_terminal = update->state && JobStates::isTerminal(*update->state);
    m_drained = true;

    const qint64 total = RemoteParse::integer(answer.value(u"total"_s), -1);
    const QJsonValue next = answer.value(u"next"_s);
    if (next.isString() && !next.toString().isEmpty()) {
        const QUrl nextUrl(next.toString());
        bool hasSkip = false;
        qint64 nextSkip = QUrlQuery(nextUrl).queryItemValue(u"skip"_s).toLongLong(&hasSkip);
        if (!hasSkip)
            nextSkip = -1;
        const bool advances =
            nextUrl.isValid() && nextSkip > m_requestSkip && nextUrl != m_requestUrl;
        if (!advances && items.isEmpty() && !m_terminal) {
            // Nothing new yet: the chunk after this one does not exist so far.
        } else if (!advances) {
            update->notes.append(QCoreApplication::translate(
                                     "FirecrawlClient",
                                     "The service's next link does not advance (%1); not followed.")
                                     .arg(nextUrl.toString(QUrl::RemoveUserInfo)));
            // The next cycle asks from what was received (skip), until `total` is reached.
            m_drained = items.isEmpty() || (total >= 0 && m_received >= total);
        } else if (total >= 0 && m_received >= total) {
            // Never past `total`: what a looping server would offer beyond it is not the job's.
        } else {
            m_drained = false;
            // The key goes only to the base URL the user gave: `next` is followed there.
            RemoteRequest request = statusRequest(nextSkip);
            if (nextUrl.scheme() == baseUrl().scheme() && nextUrl.host() == baseUrl().host()
                && nextUrl.port() == baseUrl().port())
                request.url = nextUrl;
            m_requestSkip = nextSkip;
            m_requestUrl = request.url;
            return request;
        }
    }
    // The failed pages: after the end, and every few looks while the job runs.
    const bool running = update->state && !m_terminal && *update->state != JobState::Queued;
    if ((m_terminal && !m_errorsRead)
        || (running
            && (m_lastErrorsCycle == 0 || m_cycles - m_lastErrorsCycle >= errorsEveryCycles))) {
        m_readingErrors = true;
        m_lastErrorsCycle = m_cycles;
        m_errorsFinal = m_terminal;
        return RemoteRequest{QByteArrayLiteral("GET"), endpoint(jobPath() + u"/errors"_s), {}};
    }
    return std::nullopt;
}

void FirecrawlV1Client::readErrors(const QJsonObject &answer, RemoteUpdate *update)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray errors = answer.value(u"errors"_s).toArray();
    for (qsizetype i = 0; i < errors.size(); ++i) {
        const QJsonObject item = errors.at(i).toObject();
        const QString url = item.value(u"url"_s).toString();
        if (url.isEmpty()) {
            update->problems.append(
                {{},
                 QCoreApplication::translate("FirecrawlClient",
                                             "errors[%1].url: missing or not a string")
                     .arg(i)});
            continue;
        }
        PageRecord page;
        page.url = url;
        page.state = PageState::Failed;
        page.errorMessage = item.value(u"error"_s).toString();
        page.error = errorFromCode(item.value(u"code"_s).toString(), page.errorMessage);
        page.fetchedAt = QDateTime::fromString(item.value(u"timestamp"_s).toString(), Qt::ISODate);
        if (!page.fetchedAt.isValid())
            page.fetchedAt = now;
        update->pages.append(page);
    }
    const QJsonArray blocked = answer.value(u"robotsBlocked"_s).toArray();
    for (const QJsonValue &value : blocked) {
        if (!value.isString() || value.toString().isEmpty())
            continue;
        PageRecord page;
        page.url = value.toString();
        page.state = PageState::Failed;
        page.error = PageError::RobotsBlocked;
        page.errorMessage = PageErrors::describe(PageError::RobotsBlocked);
        page.fetchedAt = now;
        update->pages.append(page);
    }
    if (m_errorsFinal)
        m_errorsRead = true;
    m_readingErrors = false;
}

std::optional<RemoteRequest> FirecrawlV1Client::cancelRequest() const
{
    return RemoteRequest{QByteArrayLiteral("DELETE"), endpoint(jobPath()), {}};
}
