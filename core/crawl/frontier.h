// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/frontierentry.h"

#include <QSet>
#include <QString>

#include <deque>
#include <optional>

class JobStore;

// The URLs of one crawl waiting to be fetched, in discovery order, and every key the crawl has
// ever admitted (so a page is admitted once). It mirrors the `frontier` table: the crawler
// admits here and writes through StoreWriter in the same step; `load` rebuilds it after a restart.
class Frontier final
{
public:
    // Rebuilds from the store: pending entries in discovery order and every admitted key.
    void load(const JobStore &store, const QString &jobId);

    // True when the key was new; the entry is then queued.
    bool admit(const FrontierEntry &entry);
    bool contains(const QString &key) const { return m_seen.contains(key); }
    std::optional<FrontierEntry> takeNext();

    bool isEmpty() const { return m_pending.empty(); }
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    qsizetype admittedCount() const { return m_seen.size(); }

private:
    std::deque<FrontierEntry> m_pending;
    QSet<QString> m_seen;
};
