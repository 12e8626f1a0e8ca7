// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/requestinterceptor.h"

void RequestInterceptor::configure(const QString &host, const QByteArray &userAgent,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers,
                                   bool blockResources)
{
    m_host = host;
    m_userAgent = userAgent;
    m_headers = headers;
    m_blockResources = blockResources;
    m_blocked = 0;
}

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (m_blockResources) {
        switch (info.resourceType()) {
        case QWebEngineUrlRequestInfo::ResourceTypeImage:
        case QWebEngineUrlRequestInfo::ResourceTypeMedia:
        case QWebEngineUrlRequestInfo::ResourceTypeFontResource:
        case QWebEngineUrlRequestInfo::ResourceTypeFavicon:
            ++m_blocked;
            info.block(true);
            return;
        default:
            break;
        }
    }
    if (!m_userAgent.isEmpty())
        info.setHttpHeader("User-Agent", m_userAgent);
    if (info.requestUrl().host().compare(m_host, Qt::CaseInsensitive) != 0)
        return;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        // Cookies go through the profile's cookie store (RendererPool), not as a header.
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            info.setHttpHeader(name, value);
    }
}
