// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/scope.h"

using namespace Qt::StringLiterals;

Scope::Scope(const QUrl &start)
    : m_host(bareHost(start))
{}

bool Scope::allows(const QUrl &url) const
{
    const QString scheme = url.scheme();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return false;
    return bareHost(url) == m_host;
}

QString Scope::bareHost(const QUrl &url)
{
    QString host = url.host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}
