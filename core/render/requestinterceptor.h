// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QWebEngineUrlRequestInterceptor>

#include <utility>

// Applied to every request one render page makes: the crawl's user agent and headers (to the
// page's own host only, as the fetcher sends them), and, when asked, images, media and fonts
// blocked.
class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestInterceptor)

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void configure(const QString &host, const QByteArray &userAgent,
                   const QList<std::pair<QByteArray, QByteArray>> &headers, bool blockResources);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked; }

private:
    QString m_host;
    QByteArray m_userAgent;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    bool m_blockResources = false;
    int m_blocked = 0;
};
