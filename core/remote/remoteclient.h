// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "model/pagerecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

// One HTTP request to a provider's API (the key is added by whoever sends it).
struct RemoteRequest
{
    QByteArray verb = QByteArrayLiteral("GET");
    QUrl url;
    QByteArray body; // JSON, for POST
};

// An item of an answer that could not be read: the key that is wrong, and the page's URL when
// the item still names one (it then becomes an error row).
struct RemoteProblem
{
    QString url;
    QString reason;
};

// What one answer of a status endpoint said.
struct RemoteUpdate
{
    std::optional<JobState> state; // the job's state as the provider's status word maps it
    QString jobError;              // why the job failed, in the provider's words
    QJsonObject extra;             // the envelope's fields, by the provider's names
    QString startUrl;
    QList<PageRecord> pages;       // finished pages (completed or failed), before deduplication
    QList<RemoteProblem> problems; // items that could not be read
    QStringList notes;             // things worth a line in the job log (warnings)
};

// A provider's API, as one poll cycle sees it: the cycle starts with beginCycle(), and each
// answer read() is given says whether another request belongs to the same cycle (the next chunk
// of a Firecrawl v1 job, its errors, the next Geonode result page). A failed request ends the
// cycle; the next one starts again with beginCycle(), keeping what the client learned.
class RemoteClient
{
public:
    RemoteClient(QUrl baseUrl, QString remoteId);
    virtual ~RemoteClient();
    Q_DISABLE_COPY_MOVE(RemoteClient)

    virtual QString provider() const = 0;
    // The header that carries the API key.
    virtual std::pair<QByteArray, QByteArray> authHeader(const QString &key) const;

    virtual RemoteRequest beginCycle() = 0;
    virtual std::optional<RemoteRequest> read(const QJsonObject &answer, RemoteUpdate *update) = 0;
    // Whether everything the job has was collected once its state is terminal (all chunks, the
    // errors, every result page); until then a terminal state is not final.
    virtual bool collectedEverything() const = 0;
    // Whether the request being answered may be missing on a server (404: read as empty).
    virtual bool optionalRequest() const { return false; }

    // The DELETE that cancels the job (nothing when the API has none).
    virtual std::optional<RemoteRequest> cancelRequest() const = 0;

    QUrl baseUrl() const { return m_baseUrl; }
    QString remoteId() const { return m_remoteId; }

protected:
    // The base URL with `path` appended to its own path (a self-hosted base may have one).
    QUrl endpoint(const QString &path) const;

private:
    QUrl m_baseUrl;
    QString m_remoteId;
};

// The providers Trawl can monitor, by the ids of the command line and the database.
namespace RemoteProviders {

QStringList ids(); // firecrawl-v0, firecrawl-v1, firecrawl-v1-batch, spidra, geonode
bool isKnown(const QString &provider);
QString displayName(const QString &provider);
QUrl defaultBaseUrl(const QString &provider);
// The name of the header that carries the key, for people ("Authorization: Bearer", ...).
QString authDescription(const QString &provider);

// A client for `provider` (nullptr for an unknown one).
std::unique_ptr<RemoteClient> makeClient(const QString &provider, const QUrl &baseUrl,
                                         const QString &remoteId);

// The request that starts a job on `provider` with `options`, and the remote job id in the
// answer to it (nothing, with a reason naming the key, when the answer has none).
std::optional<RemoteRequest> startRequest(const QString &provider, const QUrl &baseUrl,
                                          const CrawlOptions &options, QString *error);
std::optional<QString> remoteIdFromStart(const QString &provider, const QJsonObject &answer,
                                         QString *error);

// The message of an error body: {error}, {message}, {detail:[{msg}]}, or nothing.
QString errorMessage(const QJsonObject &body);

} // namespace RemoteProviders
