// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/frontier.h"

#include "store/jobstore.h"

#include <QUrl>

using namespace Qt::StringLiterals;

QString Frontier::hostOf(const QString &url)
{
    const QUrl parsed(url);
    const int port = parsed.port();
    return port > 0 ? parsed.host() + u':' + QString::number(port) : parsed.host();
}

void Frontier::load(const JobStore &store, const QString &jobId)
{
    m_queues.clear();
    m_hosts.clear();
    m_seen.clear();
    m_pendingCount = 0;
    const QStringList keys = store.frontierKeys(jobId);
    m_seen.reserve(keys.size());
    for (const QString &key : keys)
        m_seen.insert(key);
    constexpr int pageSize = 5000;
    qint64 afterSeq = 0;
    for (;;) {
        const QList<FrontierEntry> entries = store.pendingFrontier(jobId, afterSeq, pageSize);
        for (const FrontierEntry &entry : entries)
            enqueue(entry, false);
        if (entries.size() < pageSize)
            break;
        afterSeq = entries.constLast().seq;
    }
}

bool Frontier::admit(const FrontierEntry &entry)
{
    if (m_seen.contains(entry.key))
        return false;
    m_seen.insert(entry.key);
    enqueue(entry, false);
    return true;
}

void Frontier::requeue(const FrontierEntry &entry)
{
    enqueue(entry, true);
}

void Frontier::enqueue(const FrontierEntry &entry, bool atFront)
{
    const QString host = hostOf(entry.url);
    auto &queue = m_queues[host];
    if (queue.empty())
        m_hosts << host;
    if (atFront)
        queue.push_front(entry);
    else
        queue.push_back(entry);
    ++m_pendingCount;
}

QStringList Frontier::hostsWithWork() const
{
    const qsizetype last = m_hosts.indexOf(m_lastServed);
    if (last < 0)
        return m_hosts;
    return m_hosts.mid(last + 1) + m_hosts.mid(0, last + 1);
}

std::optional<FrontierEntry> Frontier::takeFrom(const QString &host)
{
    const auto it = m_queues.find(host);
    if (it == m_queues.end() || it->empty())
        return std::nullopt;
    FrontierEntry entry = std::move(it->front());
    it->pop_front();
    --m_pendingCount;
    m_lastServed = host;
    if (it->empty()) {
        m_queues.erase(it);
        m_hosts.removeOne(host);
    }
    return entry;
}

const FrontierEntry *Frontier::peek(const QString &host) const
{
    const auto it = m_queues.constFind(host);
    return it == m_queues.cend() || it->empty() ? nullptr : &it->front();
}
