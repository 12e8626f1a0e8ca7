// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"
#include "model/jobstate.h"
#include "server/httpserver.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class CrawlRunner;
class JobStore;
class SiteMapper;
class StatusReader;
class StoreWriter;
struct CrawlOptions;

struct LocalApiOptions
{
    static constexpr quint16 defaultPort = 3002; // a self-hosted Firecrawl's port
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = defaultPort; // 0: any free port
    QString token;              // the bearer token every request must carry
    int maxRunningCrawls = 4;   // more at once are refused with 429
    qint64 maxBodyBytes = 1024 * 1024;
    int statusThreads = 4;
};

// Trawl as a Firecrawl-compatible REST API (v1 and v0): scripts and SDKs written for Firecrawl
// start crawls, batch scrapes, scrapes and maps here. Every job it starts is an ordinary local
// job in the store, run by the CrawlRunner it is given, so the window shows it like any other.
// Answers use Firecrawl's shapes and error bodies; status answers are the firecrawl-v0/v1
// exporters' output. Requests need `Authorization: Bearer TOKEN`.
class LocalApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalApiServer)

public:
    // `writer` and `runner` belong to the caller and must outlive this server.
    LocalApiServer(const QString &databasePath, StoreWriter *writer, CrawlRunner *runner,
                   QObject *parent = nullptr);
    ~LocalApiServer() override;

    bool start(const LocalApiOptions &options, QString *error);
    void stop();
    bool isListening() const;
    // http://ADDRESS:PORT, what SDKs on this machine take as their API URL (127.0.0.1 when it
    // listens on every interface).
    QUrl baseUrl() const;
    // Listening on 0.0.0.0 or :: (other machines may connect).
    bool listensOnAllInterfaces() const;
    // After a failed start(): the port was taken by another program.
    bool portInUse() const;
    // The first port after `port` (up to 100 further) free on `address`; 0 when none is.
    static quint16 freePortAfter(const QHostAddress &address, quint16 port);
    const LocalApiOptions &options() const { return m_options; }
    void setToken(const QString &token) { m_options.token = token; }

    // Reads of the store for GET /v1/crawl/{id} (and batch) so far: identical polls arriving while
    // one is under way share it.
    qint64 statusReadCount() const { return m_statusReadCount; }

    // A new random token ("fc-" and 32 hex digits, the shape of a Firecrawl key).
    static QString generateToken();
    // The name the token is kept under in the SecretStore (service "trawl"), by the window and
    // by `trawl serve` alike.
    static QString tokenSecretName() { return QStringLiteral("local-api-token"); }
    // Jobs of POST /v1/scrape carry this key (true) in their extra: one-page jobs the window
    // may hide. They stay in the store: the API answers from it.
    static QString apiScrapeKey() { return QStringLiteral("trawl:apiScrape"); }
    static bool isApiScrape(const JobInfo &job);

Q_SIGNALS:
    // A request started a local job (crawl, batch scrape or scrape).
    void jobStarted(const QString &jobId);

private:
    struct Route;
    void handle(const HttpRequest &request, const HttpResponder &responder);
    bool authorized(const HttpRequest &request) const;
    QString selfBase(const HttpRequest &request) const;
    std::optional<QJsonObject> jsonBody(const HttpRequest &request, const HttpResponder &responder,
                                        bool v0) const;
    bool tooManyCrawls(const HttpResponder &responder, bool v0) const;
    // Creates the job, admits `seeds` (batch scrapes) and starts it; empty id on failure.
    QString startJob(const CrawlOptions &options, const QList<QUrl> &seeds, QString *error,
                     const QJsonObject &extra = {});
    bool knownLocalJob(const QString &jobId) const;

    void crawlV1(const HttpRequest &request, const HttpResponder &responder, const QStringList &);
    void statusV1(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    void cancelV1(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    void errorsV1(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    void ongoingV1(const HttpRequest &request, const HttpResponder &responder,
                   const QStringList &captured);
    void batchScrapeV1(const HttpRequest &request, const HttpResponder &responder,
                       const QStringList &captured);
    void scrapeV1(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    void mapV1(const HttpRequest &request, const HttpResponder &responder,
               const QStringList &captured);
    void crawlV0(const HttpRequest &request, const HttpResponder &responder,
                 const QStringList &captured);
    void statusV0(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    void cancelV0(const HttpRequest &request, const HttpResponder &responder,
                  const QStringList &captured);
    // Cancels a job; the answer's status code and reason when it cannot.
    std::optional<std::pair<int, QString>> cancelJob(const QString &jobId);
    void onCrawlFinished(const QString &jobId, JobState state);

    QString m_databasePath;
    StoreWriter *m_writer;
    CrawlRunner *m_runner;
    std::unique_ptr<JobStore> m_store; // this thread's connection: job rows, not pages
    std::unique_ptr<StatusReader> m_reader;
    HttpServer *m_http;
    SiteMapper *m_mapper;
    LocalApiOptions m_options;
    QHash<QString, QList<HttpResponder>> m_scrapes; // POST /v1/scrape waiting for its job
    // Status polls waiting for a read of the same answer (job, skip, limit, next base) already
    // under way: pollers of one crawl share one read of the store.
    QHash<QString, QList<HttpResponder>> m_statusReads;
    qint64 m_statusReadCount = 0;
    quint64 m_generation = 0; // counts stop()s: reads of an earlier run answer no one
};
