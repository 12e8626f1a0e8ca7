// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/localapiserver.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

class CrawlRunner;
class JobStore;
class StoreWriter;

// A LocalApiServer on 127.0.0.1 over a fresh store in a temporary folder, with its own writer
// and runner, and a real HTTP client to call it.
class LocalApiHarness
{
public:
    static constexpr auto token = "test-token-0123456789";

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const;
    };

    explicit LocalApiHarness(int maxRunningCrawls = 4);
    ~LocalApiHarness();

    bool isReady() const { return m_ready; }
    LocalApiServer &server() { return *m_server; }
    JobStore &store() { return *m_store; }
    QString base() const;

    // One request with `Authorization: Bearer <auth>` (none when auth is null).
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const char *auth = token);
    Reply post(const QString &path, const QJsonObject &body)
    {
        return call("POST", path, json(body));
    }
    Reply get(const QString &path) { return call("GET", path); }
    // GETs `path` until its "status" is `status` (at most `timeoutMs`); the last reply.
    Reply waitForStatus(const QString &path, const QString &status, int timeoutMs = 60000);

    static QByteArray json(const QJsonObject &object);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CrawlRunner> m_runner;
    std::unique_ptr<LocalApiServer> m_server;
    QNetworkAccessManager m_network;
    bool m_ready = false;
};
