// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/httpconnectionpool.h"

#include <QHostInfo>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hostCacheMs = 60000; // how long a resolved host name is used without asking

} // namespace

qint64 HttpConnectionPool::nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

HttpConnectionPool::HttpConnectionPool(QObject *parent)
    : QObject(parent)
    , m_readBuffer(readChunkBytes, Qt::Uninitialized)
{}

HttpConnectionPool::~HttpConnectionPool()
{
    for (const int id : std::as_const(m_lookups))
        QHostInfo::abortHostLookup(id);
    // The connections are children: deleted after this, they must not call back.
    const QList<HttpClientConnection *> open = std::exchange(m_open, {});
    m_idle.clear();
    for (HttpClientConnection *connection : open)
        connection->m_pool = nullptr;
}

int HttpConnectionPool::idleConnections() const
{
    qsizetype count = 0;
    for (const QList<HttpClientConnection *> &idle : m_idle)
        count += idle.size();
    return int(count);
}

HttpClientConnection *HttpConnectionPool::takeIdle(const HttpOrigin &origin)
{
    const auto it = m_idle.find(origin.key());
    if (it == m_idle.end())
        return nullptr;
    const qint64 now = HttpConnectionPool::nowMs();
    QList<HttpClientConnection *> &idle = *it;
    HttpClientConnection *found = nullptr;
    QList<HttpClientConnection *> expired;
    while (!idle.isEmpty() && !found) {
        HttpClientConnection *connection = idle.takeLast(); // the most recently used
        if (now - connection->idleSinceMs() <= maxIdleMs)
            found = connection;
        else
            expired << connection;
    }
    if (idle.isEmpty())
        m_idle.erase(it);
    for (HttpClientConnection *connection : std::as_const(expired))
        connection->close();
    return found;
}

HttpClientConnection *HttpConnectionPool::open(const HttpOrigin &origin,
                                               const QList<QHostAddress> &addresses)
{
    auto *connection = new HttpClientConnection(origin, this);
    m_open.append(connection);
    connection->open(addresses);
    return connection;
}

void HttpConnectionPool::release(HttpClientConnection *connection)
{
    m_idle[connection->origin().key()].append(connection);
}

void HttpConnectionPool::closed(HttpClientConnection *connection)
{
    m_open.removeOne(connection);
    const auto it = m_idle.find(connection->origin().key());
    if (it != m_idle.end()) {
        it->removeOne(connection);
        if (it->isEmpty())
            m_idle.erase(it);
    }
}

bool HttpConnectionPool::resolve(const QString &host, QList<QHostAddress> *addresses, Resolved done)
{
    if (QHostAddress literal; literal.setAddress(host)) {
        *addresses = {literal};
        return true;
    }
    const qint64 now = HttpConnectionPool::nowMs();
    HostEntry &entry = m_hosts[host];
    if (entry.resolvedAtMs >= 0 && now - entry.resolvedAtMs <= hostCacheMs
        && !entry.addresses.isEmpty()) {
        *addresses = entry.addresses;
        return true;
    }
    entry.waiting.append(std::move(done));
    if (entry.waiting.size() == 1) {
        entry.resolvedAtMs = -1;
        const int id = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
            m_lookups.removeOne(info.lookupId());
            QList<QHostAddress> found = info.addresses();
            if (info.error() == QHostInfo::NoError && !found.isEmpty())
                return lookedUp(host, found, PageError::None, QString());
            const QString message =
                info.error() == QHostInfo::HostNotFound || info.error() == QHostInfo::NoError
                    ? tr("Host %1 not found.").arg(host)
                    : tr("The address of %1 could not be looked up: %2")
                          .arg(host, info.errorString());
            lookedUp(host, {}, PageError::Dns, message);
        });
        m_lookups.append(id);
    }
    return false;
}

void HttpConnectionPool::lookedUp(const QString &host, const QList<QHostAddress> &addresses,
                                  PageError error, const QString &message)
{
    HostEntry &entry = m_hosts[host];
    const QList<Resolved> waiting = std::exchange(entry.waiting, {});
    if (error == PageError::None) {
        entry.addresses = addresses;
        entry.resolvedAtMs = HttpConnectionPool::nowMs();
    } else {
        m_hosts.remove(host); // asked again next time: the failure may pass
    }
    for (const Resolved &done : waiting)
        done(addresses, error, message);
}
