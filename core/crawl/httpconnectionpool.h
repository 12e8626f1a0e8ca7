// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/httpclientconnection.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>

// The connections of one Fetcher, by origin (scheme, host, port): idle keep-alive connections are
// handed out again, most recently used first, and a new one is opened whenever none is idle, so
// that the callers' own limits (concurrency, per host) are the only ones. Host names are resolved
// through QHostInfo and remembered for a minute. Lives on one thread, like its owner.
class HttpConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnectionPool)

public:
    // Connections idle for longer are closed rather than used again.
    static constexpr qint64 maxIdleMs = 30000;
    static constexpr qsizetype readChunkBytes = 64 * 1024;

    using Resolved = std::function<void(const QList<QHostAddress> &addresses, PageError error,
                                        const QString &message)>;

    explicit HttpConnectionPool(QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    // An idle connection to `origin`, now no longer in the pool, or nullptr.
    HttpClientConnection *takeIdle(const HttpOrigin &origin);
    // A new connection to `origin`, connecting to `addresses`.
    HttpClientConnection *open(const HttpOrigin &origin, const QList<QHostAddress> &addresses);

    // The addresses of `host`: true with *addresses set when known at once (an IP address, or
    // cached), else false, and `done` runs later on this thread (never if the pool is gone).
    bool resolve(const QString &host, QList<QHostAddress> *addresses, Resolved done);

    // Milliseconds on a monotonic clock: the time base of the connections and their fetches.
    static qint64 nowMs();

    int openConnections() const { return int(m_open.size()); }
    int idleConnections() const;
    // A buffer for socket reads, shared by the connections (one thread, one read at a time).
    char *readBuffer() { return m_readBuffer.data(); }

private:
    friend class HttpClientConnection;

    struct HostEntry
    {
        QList<QHostAddress> addresses;
        qint64 resolvedAtMs = -1; // -1: a lookup is running
        QList<Resolved> waiting;
    };

    void release(HttpClientConnection *connection); // idle, ready for another request
    void closed(HttpClientConnection *connection);  // gone: forget it
    void lookedUp(const QString &host, const QList<QHostAddress> &addresses, PageError error,
                  const QString &message);

    QHash<QString, QList<HttpClientConnection *>> m_idle; // by HttpOrigin::key(), oldest first
    QList<HttpClientConnection *> m_open;
    QHash<QString, HostEntry> m_hosts;
    QList<int> m_lookups; // QHostInfo lookup ids still running
    QByteArray m_readBuffer;
};
