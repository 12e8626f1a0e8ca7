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

// Renders pages with QtWebEngine for the crawlers: a number of off-the-record pages (nothing
// written to disk) on the thread the pool lives on, which must be the GUI thread of a
// QGuiApplication (QApplication when screenshots are taken; see PageSurface). Each session (a
// crawl: RenderRequest::session) gets a profile of its own, so cookies that one crawl set (or sent)
// and its user agent never reach another crawl's pages; a profile goes when no page uses it.
// Requests wait in a queue for a free page, first come first served; a page of the request's
// session is taken when one is free, otherwise a free page is replaced by one of that session.
// Each render: the URL loaded with the crawl's user agent, headers and cookies, then the DOM left
// to settle (settleQuietMs without a change, at most maxSettleMs: pages that fill themselves after
// a timer or a request), then `waitForMs`, then the selector polled every 100 ms, then the DOM
// read (outerHTML) and the screenshot taken; all of it within the request's timeout, else
// RENDER_TIMEOUT. Containment: see RenderPage (dialogs, popups, other hosts); downloads are
// cancelled and noted; a DOM larger than the size cap is TOO_LARGE; a page that timed out is
// replaced by a fresh one, and its render process killed when it is hung and no other page uses
// it (an endless script loop); a render process that dies fails its page with RENDER_CRASHED and
// the page is replaced. The pool carries on in every case.
class RendererPool final : public RenderService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RendererPool)

public:
    static constexpr int defaultSize = defaultPagesAtOnce;
    static constexpr int maxSize = maxPagesAtOnce;
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

    // Pages rendered at once. setSize() takes effect at once: more pages start on the queue, and
    // pages over the new size go when their render ends.
    int size() const { return m_size; }
    void setSize(int size);
    bool canTakeScreenshots() const { return bool(m_surfaces); }
    qint64 pagesReplaced() const { return m_pagesReplaced; }
    // The render process of each page (0 while it has none; pages are made on first use).
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
        QString session; // whose profile `page` belongs to
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

    QWebEngineProfile *profileFor(const QString &session);
    void pageGone(QWebEngineProfile *profile);
    void createPage(Slot &slot);
    // Drops the slot's page (deleted later: this may run inside one of its own signals).
    void dropPage(Slot &slot);
    void replacePage(Slot &slot, bool killRenderer);
    void addSlot();
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
    void applyCookies(QWebEngineProfile *profile, const RenderRequest &request);

    QHash<QString, QWebEngineProfile *> m_profiles; // by session
    QHash<QWebEngineProfile *, int> m_profilePages; // pages alive (dropped ones too) per profile
    QList<RenderPage *> m_pages;                    // every page alive
    PageSurfaceFactory m_surfaces;
    std::vector<std::unique_ptr<Slot>> m_slots; // beyond m_size: slots resting (no page)
    int m_size = 0;
    QList<Queued> m_queue;
    qint64 m_pagesReplaced = 0;
};
