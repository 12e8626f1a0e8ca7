// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/pageerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <utility>

// One page to render with JavaScript: what the crawl asks of it.
struct RenderRequest
{
    QUrl url;
    // Requests of one session (a crawl: its job id) share cookies and the user agent; requests of
    // different sessions never see each other's (a browser profile per session).
    QString session;
    QString userAgent;
    QList<std::pair<QByteArray, QByteArray>> headers; // the crawl's extra headers (Cookie too)
    int waitForMs = 0;                                // after the load, before reading the DOM
    QString waitForSelector; // a CSS selector the DOM must match before it is read
    int timeoutMs = CrawlOptions::defaultRenderTimeoutMs; // the whole render: load, waits, reading
    bool blockResources = false;                          // no images, media or fonts
    CrawlOptions::Screenshot screenshot = CrawlOptions::Screenshot::None;
    qint64 maxHtmlBytes = CrawlOptions::defaultMaxBodyBytes; // a larger DOM fails the page
};

// What became of it.
struct RenderResult
{
    PageError error = PageError::None;
    QString errorMessage;
    QString html;          // the DOM after scripts ran (document.documentElement.outerHTML)
    QUrl finalUrl;         // where the page ended (same-host navigations are followed)
    QByteArray screenshot; // PNG, when asked for
    QStringList refused;   // what the page tried and was refused (dialogs, popups, ...)
    qint64 durationMs = 0;
};
Q_DECLARE_METATYPE(RenderRequest)
Q_DECLARE_METATYPE(RenderResult)

// Renders pages with JavaScript for crawlers running on other threads. The crawler submits a
// request from its own thread (a queued call into the service's thread) and gets the answer as
// the queued signal rendered() carrying the id submit() returned; requests of a stopped crawl
// are cancelled. core/render's RendererPool is the implementation (QtWebEngine); core/crawl
// knows only this interface, so it does not link WebEngine.
class RenderService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderService)

public:
    // Pages rendered at once by a renderer (RendererPool's size; the window's setting).
    static constexpr int defaultPagesAtOnce = 2;
    static constexpr int maxPagesAtOnce = 32;

    explicit RenderService(QObject *parent = nullptr);
    ~RenderService() override;

    // Thread-safe. Queues `request`; rendered(id, ...) follows exactly once unless cancelled.
    quint64 submit(const RenderRequest &request);
    // Thread-safe. Drops the request (or stops its rendering); no rendered() follows for it.
    void cancel(quint64 id);

Q_SIGNALS:
    void rendered(quint64 id, const RenderResult &result);

protected:
    // On the service's thread.
    virtual void startRender(quint64 id, const RenderRequest &request) = 0;
    virtual void cancelRender(quint64 id) = 0;

private:
    std::atomic<quint64> m_nextId{1};
};
