// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

// Politeness per host: at most N requests at once, a delay between requests (the crawl's delay or
// robots.txt's Crawl-delay, whichever is longer) and pauses asked for by Retry-After. Times are
// milliseconds on a monotonic clock, passed in so the rules are testable without waiting.
class HostScheduler final
{
public:
    static constexpr qint64 maxCrawlDelayMs = 30 * 1000;
    static constexpr qint64 maxRetryAfterMs = 30 * 1000;

    HostScheduler(int perHostLimit, qint64 delayMs);

    bool isReady(const QString &host, qint64 nowMs) const;
    void acquire(const QString &host, qint64 nowMs);
    void release(const QString &host, qint64 nowMs);
    int active(const QString &host) const { return m_hosts.value(host).active; }

    // robots.txt's Crawl-delay for the host; returns the delay used (capped).
    qint64 setCrawlDelay(const QString &host, qint64 delayMs);
    // The host asked to wait (429/503 Retry-After): nothing is sent to it before nowMs + waitMs.
    // Returns the wait used (capped).
    qint64 backOff(const QString &host, qint64 nowMs, qint64 waitMs);
    // When the earliest host that is waiting for time becomes ready; -1 when none is.
    qint64 nextReadyAt(qint64 nowMs) const;

private:
    struct Host
    {
        int active = 0;
        qint64 delayMs = 0;
        qint64 notBefore = 0;
    };

    int m_perHostLimit;
    qint64 m_delayMs;
    QHash<QString, Host> m_hosts;
};
