// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/frontier.h"

#include "store/jobstore.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// hostOf() without parsing a QUrl, for the URLs the crawler makes (normalized: lower-case
// scheme and host, no default port): "http://host:port/..." gives "host:port". Anything less
// plain (user info, IPv6, percent-encoding, upper case, a port with a leading zero) gives a null
// string, and the caller parses.
QString plainHostOf(QStringView url)
{
    qsizetype start = 0;
    if (url.startsWith(u"http://"))
        start = 7;
    else if (url.startsWith(u"https://"))
        start = 8;
    else
        return {};
    qsizetype end = start;
    qsizetype colon = -1;
    for (; end < url.size(); ++end) {
        const char16_t c = url[end].unicode();
        if (c == u'/' || c == u'?' || c == u'#')
            break;
        if (c == u':') {
            if (colon >= 0)
                return {};
            colon = end;
            continue;
        }
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
                           || c == u'.' || c == u'_';
        if (!plain)
            return {};
    }
    const qsizetype hostEnd = colon >= 0 ? colon : end;
    if (hostEnd == start)
        return {};
    if (colon >= 0) {
        const QStringView port = url.sliced(colon + 1, end - colon - 1);
        if (port.isEmpty() || port.startsWith(u'0') || port.size() > 5)
            return {};
        for (const QChar c : port) {
            if (!c.isDigit())
                return {};
        }
        if (port.toInt() > 65535)
            return {};
    }
    return url.sliced(start, end - start).toString();
}

} // namespace

QString Frontier::hostOf(const QString &url)
{
    if (QString plain = plainHostOf(url); !plain.isNull())
        return plain;
    const QUrl parsed(url);
    const int port = parsed.port();
    return port > 0 ? parsed.host() + u':' + QString::number(port) : parsed.host();
}

void Frontier::load(const JobStore &store, const QString &jobId)
{
    m_queues.clear();
    m_hosts.clear();
    m_seen.clear();
    m_unfinished.clear();
    m_pendingCount = 0;
    const QStringList keys = store.frontierKeys(jobId);
    m_seen.reserve(keys.size());
    for (const QString &key : keys)
        m_seen.insert(key, 0); // done: never lowered (pending ones get their depth below)
    constexpr int pageSize = 5000;
    qint64 afterSeq = 0;
    for (;;) {
        const QList<FrontierEntry> entries = store.pendingFrontier(jobId, afterSeq, pageSize);
        for (const FrontierEntry &entry : entries) {
            m_seen.insert(entry.key, entry.depth);
            enqueue(entry, false);
            countUnfinished(entry.depth, 1);
        }
        if (entries.size() < pageSize)
            break;
        afterSeq = entries.constLast().seq;
    }
}

Frontier::Admission Frontier::admit(const FrontierEntry &entry)
{
    const qsizetype before = m_seen.size();
    int &depth = m_seen[entry.key];
    if (m_seen.size() != before) {
        depth = entry.depth;
        enqueue(entry, false);
        countUnfinished(entry.depth, 1);
        return Admission::New;
    }
    if (entry.depth >= depth)
        return Admission::Known;
    // Found by a shorter path: lowered if still queued (a page taken keeps the depth it was
    // taken at). The queued URL is looked for under this entry's host: a page deduplicated with
    // one on another host (www, https) keeps its depth.
    const int was = depth;
    depth = entry.depth;
    const auto queue = m_queues.find(hostOf(entry.url));
    if (queue == m_queues.end())
        return Admission::Known;
    const auto level = queue->find(was);
    if (level == queue->end())
        return Admission::Known;
    auto &entries = level->second;
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const FrontierEntry &e) { return e.key == entry.key; });
    if (it == entries.end())
        return Admission::Known;
    FrontierEntry lowered = std::move(*it);
    entries.erase(it);
    if (entries.empty())
        queue->erase(level);
    lowered.depth = entry.depth;
    lowered.parentUrl = entry.parentUrl;
    (*queue)[entry.depth].push_back(std::move(lowered));
    countUnfinished(was, -1);
    countUnfinished(entry.depth, 1);
    return Admission::Shallower;
}

void Frontier::finished(int depth)
{
    countUnfinished(depth, -1);
}

void Frontier::countUnfinished(int depth, qsizetype delta)
{
    if (delta > 0) {
        m_unfinished[depth] += delta;
        return;
    }
    const auto it = m_unfinished.find(depth);
    if (it == m_unfinished.end())
        return;
    it->second += delta;
    if (it->second <= 0)
        m_unfinished.erase(it);
}

void Frontier::requeue(const FrontierEntry &entry)
{
    enqueue(entry, true);
}

void Frontier::enqueue(const FrontierEntry &entry, bool atFront)
{
    const QString host = hostOf(entry.url);
    HostQueue &queue = m_queues[host];
    if (queue.empty())
        m_hosts << host;
    auto &level = queue[entry.depth];
    if (atFront)
        level.push_front(entry);
    else
        level.push_back(entry);
    ++m_pendingCount;
}

QHash<QString, int> Frontier::take(const QSet<QString> &keys)
{
    QHash<QString, int> taken;
    if (keys.isEmpty())
        return taken;
    for (auto it = m_queues.begin(); it != m_queues.end();) {
        HostQueue &queue = it.value();
        for (auto level = queue.begin(); level != queue.end();) {
            auto &entries = level->second;
            const auto kept =
                std::remove_if(entries.begin(), entries.end(), [&](const FrontierEntry &e) {
                    if (!keys.contains(e.key))
                        return false;
                    taken.insert(e.key, e.depth);
                    return true;
                });
            m_pendingCount -= qsizetype(std::distance(kept, entries.end()));
            entries.erase(kept, entries.end());
            level = entries.empty() ? queue.erase(level) : std::next(level);
        }
        if (queue.empty()) {
            m_hosts.removeOne(it.key());
            it = m_queues.erase(it);
        } else {
            ++it;
        }
    }
    return taken;
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
    const auto level = it->begin();
    FrontierEntry entry = std::move(level->second.front());
    level->second.pop_front();
    if (level->second.empty())
        it->erase(level);
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
    return it == m_queues.cend() || it->empty() ? nullptr : &it->begin()->second.front();
}
