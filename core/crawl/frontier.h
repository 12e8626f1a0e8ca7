// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/frontierentry.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

class JobStore;

// The URLs of one crawl waiting to be fetched, queued per host in discovery order, and every key
// the crawl has ever admitted (so a page is admitted once). It mirrors the `frontier` table: the
// crawler admits here and writes through StoreWriter in the same step; `load` rebuilds it after a
// restart.
class Frontier final
{
public:
    // Rebuilds from the store: pending entries in discovery order and every admitted key.
    void load(const JobStore &store, const QString &jobId);

    // True when the key was new; the entry is then queued.
    bool admit(const FrontierEntry &entry);
    // Marks a key as seen without queueing anything (a page known by another name).
    void markSeen(const QString &key) { m_seen.insert(key); }
    bool contains(const QString &key) const { return m_seen.contains(key); }

    // Hosts with queued URLs, in the order they first had work (round-robin starts after the
    // host served last).
    QStringList hostsWithWork() const;
    std::optional<FrontierEntry> takeFrom(const QString &host);
    // The next entry of the host's queue without taking it (nullptr when empty).
    const FrontierEntry *peek(const QString &host) const;
    // Puts an entry back at the head of its host's queue (a fetch that must be tried again).
    void requeue(const FrontierEntry &entry);
    // Takes the queued entries with these keys out of the queues, and returns their keys (a
    // resume found those pages fetched already).
    QSet<QString> take(const QSet<QString> &keys);

    bool isEmpty() const { return m_pendingCount == 0; }
    qsizetype pendingCount() const { return m_pendingCount; }
    qsizetype admittedCount() const { return m_seen.size(); }

    static QString hostOf(const QString &url);

private:
    void enqueue(const FrontierEntry &entry, bool atFront);

    QHash<QString, std::deque<FrontierEntry>> m_queues;
    QStringList m_hosts; // hosts with a non-empty queue, round-robin order
    QString m_lastServed;
    QSet<QString> m_seen;
    qsizetype m_pendingCount = 0;
};
