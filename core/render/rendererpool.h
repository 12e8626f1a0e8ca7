// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/renderservice.h"
#include "render/pagesurface.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <vector>

class QWebEngineDownloadRequest;
class QWebEngineProfile;
class RenderPage;
class RequestInterceptor;

// Renders pages with QtWebEngine for the crawlers: a fixed number of off-the-record pages (one
// profile, nothing written to disk) on the thread the pool lives on, which must be the GUI
// thread of a QGuiApplication (QApplication when screenshots are taken; see PageSurface).
// Requests wait in a queue for a free page. Each render: the URL loaded with the crawl's user
// agent, headers and cookies, then the DOM left to settle (settleQuietMs without a change, at
// most maxSettleMs: pages that fill themselves after a timer or a request), then `waitForMs`, then
// the selector polled every 100 ms, then the DOM read (outerHTML) and the screenshot taken; all of
// it within the request's timeout, else RENDER_TIMEOUT. Containment: see RenderPage (dialogs,
// popups, other hosts); downloads are cancelled and noted; a DOM larger than the size cap is
// TOO_LARGE; a page that timed out is replaced by a fresh one, and its render process killed when
// it is hung and no other page uses it (an endless script loop); a render process that dies fails
// its page with RENDER_CRASHED and the page is replaced. The pool carries on in every case.
class RendererPool final : public RenderService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RendererPool)

public:
    static constexpr int defaultSize = 2;
    static constexpr int maxSize = 32;
    static constexpr QSize viewportSize{1280, 800};
    static constexpr int maxScreenshotHeight = 16384;
    static constexpr int selectorPollMs = 100;
    // After the load, the DOM must stay unchanged this long (scripts that fill the page after
    // a timer or a fetch), but the pool waits at most maxSettleMs for that.
    static constexpr int settleQuietMs = 400;
    static constexpr int maxSettleMs = 3000;

    // `surfaces` (may be empty) shows each page in a surface so screenshots can be taken.
    explicit RendererPool(int size = defaultSize, PageSurfaceFactory surfaces = {},
                          QObject *parent = nullptr);
    ~RendererPool() override;

    int size() const { return int(m_slots.size()); }
    bool canTakeScreenshots() const { return bool(m_surfaces); }
    qint64 pagesReplaced() const { return m_pagesReplaced; }
    // The render process of each page (0 while it has none).
    QList<qint64> renderProcessPids() const;

protected:
    void startRender(quint64 id, const RenderRequest &request) override;
    void cancelRender(quint64 id) override;

private:
    enum class Phase
    {
        Idle,
        Loading,
        Settling,  // until the DOM is quiet
        Waiting,   // waitForMs
        Selector,  // polling for waitForSelector
        Reading,   // outerHTML
        Capturing, // screenshot
    };
    struct Slot
    {
        RenderPage *page = nullptr;
        RequestInterceptor *interceptor = nullptr;
        std::unique_ptr<PageSurface> surface;
        QTimer *deadline = nullptr;
        QTimer *step = nullptr; // waits and polls
        quint64 id = 0;
        quint64 generation = 0; // bumps on every start and reset: late callbacks are ignored
        RenderRequest request;
        RenderResult result;
        QElapsedTimer clock;
        Phase phase = Phase::Idle;
    };
    struct Queued
    {
        quint64 id;
        RenderRequest request;
    };

    void createPage(Slot &slot);
    void replacePage(Slot &slot, bool killRenderer);
    void dispatch();
    void begin(Slot &slot, quint64 id, const RenderRequest &request);
    void onLoadFinished(Slot &slot, bool ok);
    void settle(Slot &slot);
    void pollSettled(Slot &slot, qint64 settleStart);
    void afterSettled(Slot &slot);
    void afterWait(Slot &slot);
    void pollSelector(Slot &slot);
    void read(Slot &slot);
    void capture(Slot &slot);
    void grabAt(Slot &slot, QSize size);
    void finish(Slot &slot);
    void fail(Slot &slot, PageError error, const QString &message, bool replace);
    void onTimeout(Slot &slot);
    void onDownload(QWebEngineDownloadRequest *download);
    void applyCookies(const RenderRequest &request);

    QWebEngineProfile *m_profile;
    PageSurfaceFactory m_surfaces;
    std::vector<std::unique_ptr<Slot>> m_slots;
    QList<Queued> m_queue;
    qint64 m_pagesReplaced = 0;
};
