// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/frontierentry.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <climits>
#include <deque>
#include <map>
#include <optional>

class JobStore;

// The URLs of one crawl waiting to be fetched, queued per host by depth then discovery order,
// and every key the crawl has ever admitted (so a page is admitted once). It mirrors the
// `frontier` table: the crawler admits here and writes through StoreWriter in the same step;
// `load` rebuilds it after a restart.
//
// A page's depth is its fewest link hops from the start (or from a sitemap). With several pages
// fetched and parsed at once, a page may be found by a longer path first: the crawler then holds
// its entry until every page that could still find it by a shorter one is done (see
// shallowestUnfinished), and admit() lowers its depth when one does.
class Frontier final
{
public:
    enum class Admission
    {
        Known,     // admitted before, at this depth or less (or no longer queued)
        New,       // queued
        Shallower, // still queued, now at the entry's smaller depth and with its parent
    };

    // Rebuilds from the store: pending entries and every admitted key.
    void load(const JobStore &store, const QString &jobId);

    Admission admit(const FrontierEntry &entry);
    // Marks a key as seen without queueing anything (a page known by another name).
    void markSeen(const QString &key) { m_seen.insert(key, 0); }

    // A taken entry is done with (stored, whatever its state): pages of its depth no longer wait
    // for it.
    void finished(int depth);
    // The smallest depth of an entry queued or taken and not finished (INT_MAX when none).
    int shallowestUnfinished() const
    {
        return m_unfinished.empty() ? INT_MAX : m_unfinished.begin()->first;
    }

    // Hosts with queued URLs, in the order they first had work (round-robin starts after the
    // host served last).
    QStringList hostsWithWork() const;
    // The host's shallowest entry (the first found among those).
    std::optional<FrontierEntry> takeFrom(const QString &host);
    // The entry takeFrom() would give, without taking it (nullptr when none).
    const FrontierEntry *peek(const QString &host) const;
    // Puts an entry back at the head of its host's queue (a fetch that must be tried again).
    void requeue(const FrontierEntry &entry);
    // Takes the queued entries with these keys out of the queues, and returns their keys with
    // their depths (a resume found those pages fetched already). They stay unfinished.
    QHash<QString, int> take(const QSet<QString> &keys);

    bool isEmpty() const { return m_pendingCount == 0; }
    qsizetype pendingCount() const { return m_pendingCount; }
    qsizetype admittedCount() const { return m_seen.size(); }

    static QString hostOf(const QString &url);

private:
    using HostQueue = std::map<int, std::deque<FrontierEntry>>; // by depth, discovery order
    void enqueue(const FrontierEntry &entry, bool atFront);
    void countUnfinished(int depth, qsizetype delta);

    QHash<QString, HostQueue> m_queues;
    QStringList m_hosts; // hosts with a non-empty queue, round-robin order
    QString m_lastServed;
    QHash<QString, int> m_seen;            // key -> depth admitted at
    std::map<int, qsizetype> m_unfinished; // depth -> entries queued or taken, not finished
    qsizetype m_pendingCount = 0;
};
