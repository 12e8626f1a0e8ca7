// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/hostscheduler.h"

#include <algorithm>

HostScheduler::HostScheduler(int perHostLimit, qint64 delayMs)
    : m_perHostLimit(std::max(1, perHostLimit))
    , m_delayMs(delayMs)
{}

bool HostScheduler::isReady(const QString &host, qint64 nowMs) const
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.cend())
        return true;
    // With a delay, requests to a host go one at a time, each `delay` after the previous ended.
    const int limit = it->delayMs > 0 || m_delayMs > 0 ? 1 : m_perHostLimit;
    return it->active < limit && nowMs >= it->notBefore;
}

void HostScheduler::acquire(const QString &host, qint64 nowMs)
{
    Host &state = m_hosts[host];
    ++state.active;
    state.notBefore = std::max(state.notBefore, nowMs);
}

void HostScheduler::release(const QString &host, qint64 nowMs)
{
    Host &state = m_hosts[host];
    state.active = std::max(0, state.active - 1);
    const qint64 delay = std::max(state.delayMs, m_delayMs);
    if (delay > 0)
        state.notBefore = std::max(state.notBefore, nowMs + delay);
}

qint64 HostScheduler::setCrawlDelay(const QString &host, qint64 delayMs)
{
    const qint64 used = std::clamp<qint64>(delayMs, 0, maxCrawlDelayMs);
    m_hosts[host].delayMs = used;
    return used;
}

qint64 HostScheduler::backOff(const QString &host, qint64 nowMs, qint64 waitMs)
{
    const qint64 used = std::clamp<qint64>(waitMs, 0, maxRetryAfterMs);
    Host &state = m_hosts[host];
    state.notBefore = std::max(state.notBefore, nowMs + used);
    return used;
}

qint64 HostScheduler::nextReadyAt(qint64 nowMs) const
{
    qint64 earliest = -1;
    for (const Host &state : m_hosts) {
        if (state.notBefore > nowMs && (earliest < 0 || state.notBefore < earliest))
            earliest = state.notBefore;
    }
    return earliest;
}
