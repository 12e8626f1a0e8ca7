// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/frontier.h"

#include "store/jobstore.h"

void Frontier::load(const JobStore &store, const QString &jobId)
{
    m_pending.clear();
    m_seen.clear();
    const QStringList keys = store.frontierKeys(jobId);
    m_seen.reserve(keys.size());
    for (const QString &key : keys)
        m_seen.insert(key);
    constexpr int pageSize = 5000;
    qint64 afterSeq = 0;
    for (;;) {
        const QList<FrontierEntry> entries = store.pendingFrontier(jobId, afterSeq, pageSize);
        for (const FrontierEntry &entry : entries)
            m_pending.push_back(entry);
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
    m_pending.push_back(entry);
    return true;
}

std::optional<FrontierEntry> Frontier::takeNext()
{
    if (m_pending.empty())
        return std::nullopt;
    FrontierEntry entry = std::move(m_pending.front());
    m_pending.pop_front();
    return entry;
}
