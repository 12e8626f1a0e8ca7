// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rendererpool.h"

#include "render/renderpage.h"
#include "render/requestinterceptor.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int viewportSettleMs = 150; // a frame of the loaded page reaches the surface
constexpr int resizeSettleMs = 400;   // the page is laid out and painted at its new size
constexpr int downloadGraceMs = 250;  // a failed load may turn out to be a refused download

// The selector as a JavaScript string literal (JSON's string syntax is a subset).
QString scriptString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

RendererPool::RendererPool(int size, PageSurfaceFactory surfaces, QObject *parent)
    : RenderService(parent)
    , m_surfaces(std::move(surfaces))
{
    setSize(size);
}

RendererPool::~RendererPool()
{
    // Pending DOM and script callbacks run (empty) as their page goes: none may find a request.
    for (const auto &slot : m_slots) {
        ++slot->generation;
        slot->phase = Phase::Idle;
        slot->deadline->stop();
        slot->step->stop();
        slot->surface.reset();
        slot->page = nullptr;
    }
    // Every page, dropped ones waiting for their deletion too, before the profiles (children of
    // the pool, deleted after this): QtWebEngine wants every page of a profile deleted first.
    const QList<RenderPage *> pages = std::exchange(m_pages, {});
    for (RenderPage *page : pages) {
        page->disconnect(this);
        delete page;
    }
}

void RendererPool::setSize(int size)
{
    m_size = std::clamp(size, 1, maxSize);
    while (int(m_slots.size()) < m_size)
        addSlot();
    dispatch();
}

void RendererPool::addSlot()
{
    auto slot = std::make_unique<Slot>();
    Slot *s = slot.get();
    slot->interceptor = new RequestInterceptor(this);
    slot->deadline = new QTimer(this);
    slot->deadline->setSingleShot(true);
    connect(slot->deadline, &QTimer::timeout, this, [this, s] { onTimeout(*s); });
    slot->step = new QTimer(this);
    slot->step->setSingleShot(true);
    m_slots.push_back(std::move(slot));
}

QList<qint64> RendererPool::renderProcessPids() const
{
    QList<qint64> pids;
    for (int i = 0; i < m_size; ++i)
        pids << (m_slots[i]->page ? m_slots[i]->page->renderProcessPid() : 0);
    return pids;
}

QWebEngineProfile *RendererPool::profileFor(const QString &session)
{
    if (QWebEngineProfile *profile = m_profiles.value(session))
        return profile;
    auto *profile = new QWebEngineProfile(this); // no storage name: off the record
    QWebEngineSettings *settings = profile->settings();
    // Allowed so that window.open reaches RenderPage::createWindow, which refuses and notes it.
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, true);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    settings->setAttribute(QWebEngineSettings::ShowScrollBars, false);
    profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    connect(profile, &QWebEngineProfile::downloadRequested, this, &RendererPool::onDownload);
    m_profiles.insert(session, profile);
    return profile;
}

void RendererPool::pageGone(QWebEngineProfile *profile)
{
    if (--m_profilePages[profile] > 0)
        return;
    // Its cookies and storage go with it: a later crawl of the same session starts afresh.
    m_profilePages.remove(profile);
    for (auto it = m_profiles.begin(); it != m_profiles.end();) {
        it = it.value() == profile ? m_profiles.erase(it) : std::next(it);
    }
    profile->deleteLater();
}

void RendererPool::createPage(Slot &slot)
{
    QWebEngineProfile *profile = profileFor(slot.session);
    auto *page = new RenderPage(profile);
    ++m_profilePages[profile];
    m_pages << page;
    connect(page, &QObject::destroyed, this, [this, page, profile] {
        m_pages.removeOne(page);
        pageGone(profile);
    });
    page->setUrlRequestInterceptor(slot.interceptor);
    slot.page = page;
    Slot *s = &slot;
    connect(page, &QWebEnginePage::loadFinished, this, [this, s, page](bool ok) {
        if (s->page == page && s->phase == Phase::Loading)
            onLoadFinished(*s, ok);
    });
    connect(page, &QWebEnginePage::renderProcessTerminated, this,
            [this, s, page](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                if (s->page != page)
                    return;
                if (s->phase == Phase::Idle) {
                    replacePage(*s, false);
                    return;
                }
                fail(*s, PageError::RenderCrashed,
                     tr("The render process ended while rendering the page (status %1, "
                        "exit code %2).")
                         .arg(int(status))
                         .arg(code),
                     true);
            });
    if (m_surfaces && !slot.surface)
        slot.surface = m_surfaces();
    if (slot.surface) {
        slot.surface->setPage(page);
        slot.surface->resize(viewportSize);
    } else {
        page->setVisible(true);
    }
}

void RendererPool::dropPage(Slot &slot)
{
    RenderPage *old = std::exchange(slot.page, nullptr);
    if (!old)
        return;
    ++slot.generation;
    // The signals that reach the pool go now; `destroyed` stays, to release the profile.
    disconnect(old, &QWebEnginePage::loadFinished, this, nullptr);
    disconnect(old, &QWebEnginePage::renderProcessTerminated, this, nullptr);
    old->deleteLater();
}

void RendererPool::replacePage(Slot &slot, bool killRenderer)
{
    if (killRenderer && slot.page) {
        // A hung renderer (an endless script) would keep its CPU: end it, unless another page
        // shares the process.
        const qint64 pid = slot.page->renderProcessPid();
        const bool shared = std::any_of(m_pages.cbegin(), m_pages.cend(), [&](RenderPage *other) {
            return other != slot.page && other->renderProcessPid() == pid;
        });
        if (pid > 0 && !shared)
            ::kill(pid_t(pid), SIGKILL);
    }
    dropPage(slot);
    ++m_pagesReplaced;
    createPage(slot);
}

void RendererPool::startRender(quint64 id, const RenderRequest &request)
{
    m_queue.append({id, request});
    dispatch();
}

void RendererPool::cancelRender(quint64 id)
{
    m_queue.removeIf([id](const Queued &queued) { return queued.id == id; });
    for (const auto &slot : m_slots) {
        if (slot->phase != Phase::Idle && slot->id == id) {
            slot->deadline->stop();
            slot->step->stop();
            slot->phase = Phase::Idle;
            slot->page->end();
            // A fresh page: the old one may be stuck in a script of the cancelled page.
            replacePage(*slot, true);
        }
    }
    dispatch();
}

void RendererPool::dispatch()
{
    // Slots over the size rest once idle: their page (and surface) go.
    for (std::size_t i = m_size; i < m_slots.size(); ++i) {
        Slot &slot = *m_slots[i];
        if (slot.phase == Phase::Idle && slot.page) {
            dropPage(slot);
            slot.surface.reset();
        }
    }
    while (!m_queue.isEmpty()) {
        // First come, first served; a free page of the request's session if there is one.
        const QString &session = m_queue.constFirst().request.session;
        Slot *chosen = nullptr;
        for (int i = 0; i < m_size; ++i) {
            Slot *slot = m_slots[i].get();
            if (slot->phase != Phase::Idle)
                continue;
            if (slot->page && slot->session == session) {
                chosen = slot;
                break;
            }
            if (!chosen)
                chosen = slot;
        }
        if (!chosen)
            return;
        const Queued next = m_queue.takeFirst();
        begin(*chosen, next.id, next.request);
    }
}

void RendererPool::applyCookies(QWebEngineProfile *profile, const RenderRequest &request)
{
    QUrl origin;
    origin.setScheme(request.url.scheme());
    origin.setHost(request.url.host());
    origin.setPort(request.url.port());
    for (const auto &[name, value] : request.headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals <= 0)
                continue;
            QNetworkCookie cookie(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
            cookie.setDomain(request.url.host());
            cookie.setPath(u"/"_s);
            profile->cookieStore()->setCookie(cookie, origin);
        }
    }
}

void RendererPool::begin(Slot &slot, quint64 id, const RenderRequest &request)
{
    if (!slot.page || slot.session != request.session) {
        // A page of the request's own profile (the crawl's cookies and user agent only).
        dropPage(slot);
        slot.session = request.session;
        createPage(slot);
    }
    ++slot.generation;
    slot.id = id;
    slot.request = request;
    slot.result = RenderResult{};
    slot.clock.start();
    slot.phase = Phase::Loading;
    slot.interceptor->configure(request.url.host(), request.userAgent.toUtf8(), request.headers,
                                request.blockResources);
    QWebEngineProfile *profile = slot.page->profile();
    if (!request.userAgent.isEmpty() && profile->httpUserAgent() != request.userAgent)
        profile->setHttpUserAgent(request.userAgent); // navigator.userAgent too
    applyCookies(profile, request);
    slot.deadline->start(std::max(1, request.timeoutMs));
    slot.page->begin(request.url);
    slot.page->load(request.url);
}

void RendererPool::onLoadFinished(Slot &slot, bool ok)
{
    if (!ok) {
        // A load replaced by a same-host navigation ends "not ok" while the next one runs.
        if (slot.page->isLoading())
            return;
        // A navigation that became a download ends "not ok" before downloadRequested arrives:
        // give it a moment. Stopped by a refused navigation or download, what the page has is
        // read; otherwise the load failed.
        const quint64 generation = slot.generation;
        Slot *s = &slot;
        QTimer::singleShot(downloadGraceMs, this, [this, s, generation] {
            if (s->generation != generation || s->phase != Phase::Loading || s->page->isLoading())
                return;
            if (s->page->refused().isEmpty())
                return fail(*s, PageError::RenderFailed, tr("The browser could not load the page."),
                            false);
            settle(*s);
        });
        return;
    }
    settle(slot);
}

void RendererPool::settle(Slot &slot)
{
    slot.phase = Phase::Settling;
    // In Trawl's own script world: the page's scripts cannot see or disturb the observer.
    slot.page->runJavaScript(
        u"(function(){if(window.trawlObserver)return;window.trawlLast=performance.now();"
        "window.trawlObserver=new MutationObserver(function(){window.trawlLast=performance.now();"
        "});window.trawlObserver.observe(document,{subtree:true,childList:true,"
        "characterData:true,attributes:true});})()"_s,
        QWebEngineScript::ApplicationWorld);
    pollSettled(slot, slot.clock.elapsed());
}

void RendererPool::pollSettled(Slot &slot, qint64 settleStart)
{
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    slot.page->runJavaScript(
        u"window.trawlLast===undefined?0:performance.now()-window.trawlLast"_s,
        QWebEngineScript::ApplicationWorld,
        [this, s, generation, settleStart](const QVariant &quietFor) {
            if (s->generation != generation || s->phase != Phase::Settling)
                return;
            if (quietFor.toDouble() >= settleQuietMs
                || s->clock.elapsed() - settleStart >= maxSettleMs)
                return afterSettled(*s);
            QTimer::singleShot(selectorPollMs, this, [this, s, generation, settleStart] {
                if (s->generation == generation && s->phase == Phase::Settling)
                    pollSettled(*s, settleStart);
            });
        });
}

void RendererPool::afterSettled(Slot &slot)
{
    slot.phase = Phase::Waiting;
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    QTimer::singleShot(std::max(0, slot.request.waitForMs), this, [this, s, generation] {
        if (s->generation == generation && s->phase == Phase::Waiting)
            afterWait(*s);
    });
}

void RendererPool::afterWait(Slot &slot)
{
    if (slot.request.waitForSelector.isEmpty())
        return read(slot);
    slot.phase = Phase::Selector;
    pollSelector(slot);
}

void RendererPool::pollSelector(Slot &slot)
{
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    const QString script =
        u"(function(){try{return document.querySelector(%1)?1:0;}"
        "catch(e){return -1;}})()"_s.arg(scriptString(slot.request.waitForSelector));
    slot.page->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [this, s, generation](const QVariant &value) {
            if (s->generation != generation || s->phase != Phase::Selector)
                return;
            const int found = value.isValid() ? value.toInt() : 0;
            if (found < 0)
                return fail(
                    *s, PageError::RenderFailed,
                    tr("\"%1\" is not a valid CSS selector.").arg(s->request.waitForSelector),
                    false);
            if (found > 0)
                return read(*s);
            QTimer::singleShot(selectorPollMs, this, [this, s, generation] {
                if (s->generation == generation && s->phase == Phase::Selector)
                    pollSelector(*s);
            });
        });
}

void RendererPool::read(Slot &slot)
{
    slot.phase = Phase::Reading;
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    // The live DOM, serialized in Trawl's script world. (QWebEnginePage::toHtml() of a page
    // without a view returns the DOM as it was at load in Qt 6.4, without what scripts wrote.)
    // A DOM longer than the cap is not even copied out of the renderer.
    const QString script =
        u"(function(){var d=document.doctype?'<!DOCTYPE '+document.doctype.name+'>':'';"
        "var h=document.documentElement?document.documentElement.outerHTML:'';"
        "return d.length+h.length>%1?-1:d+h;})()"_s.arg(slot.request.maxHtmlBytes);
    slot.page->runJavaScript(
        script, QWebEngineScript::ApplicationWorld, [this, s, generation](const QVariant &value) {
            if (s->generation != generation || s->phase != Phase::Reading)
                return;
            const QString html =
                value.typeId() == QMetaType::QString ? value.toString() : QString();
            if (value.typeId() != QMetaType::QString
                || html.toUtf8().size() > s->request.maxHtmlBytes)
                return fail(*s, PageError::TooLarge,
                            tr("The rendered page is larger than the size limit (%1 MB).")
                                .arg(double(s->request.maxHtmlBytes) / (1024 * 1024), 0, 'f', 1),
                            true);
            s->result.html = html;
            s->result.finalUrl = s->page->url();
            if (s->request.screenshot != CrawlOptions::Screenshot::None && s->surface)
                return capture(*s);
            finish(*s);
        });
}

void RendererPool::capture(Slot &slot)
{
    slot.phase = Phase::Capturing;
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    if (slot.request.screenshot != CrawlOptions::Screenshot::FullPage)
        return grabAt(slot, viewportSize);
    // The page's own height (contentsSize() lags behind in 6.4).
    slot.page->runJavaScript(
        u"Math.max(document.documentElement.scrollHeight,"
        "document.body?document.body.scrollHeight:0)"_s,
        QWebEngineScript::ApplicationWorld, [this, s, generation](const QVariant &height) {
            if (s->generation != generation || s->phase != Phase::Capturing)
                return;
            grabAt(*s, QSize(viewportSize.width(), std::clamp(height.toInt(), viewportSize.height(),
                                                              maxScreenshotHeight)));
        });
}

void RendererPool::grabAt(Slot &slot, QSize size)
{
    if (size != viewportSize)
        slot.surface->resize(size);
    const quint64 generation = slot.generation;
    Slot *s = &slot;
    QTimer::singleShot(size != viewportSize ? resizeSettleMs : viewportSettleMs, this,
                       [this, s, generation, size] {
                           if (s->generation != generation || s->phase != Phase::Capturing)
                               return;
                           QImage image = s->surface->grab();
                           if (image.size() != size)
                               image = image.copy(QRect(QPoint(0, 0), size));
                           QBuffer buffer(&s->result.screenshot);
                           buffer.open(QIODevice::WriteOnly);
                           image.save(&buffer, "PNG");
                           if (size != viewportSize)
                               s->surface->resize(viewportSize);
                           finish(*s);
                       });
}

void RendererPool::finish(Slot &slot)
{
    slot.deadline->stop();
    slot.page->end();
    slot.result.refused = slot.page->refused();
    slot.result.durationMs = slot.clock.elapsed();
    slot.phase = Phase::Idle;
    ++slot.generation;
    const quint64 id = slot.id;
    const RenderResult result = std::move(slot.result);
    slot.result = RenderResult{};
    Q_EMIT rendered(id, result);
    dispatch();
}

void RendererPool::fail(Slot &slot, PageError error, const QString &message, bool replace)
{
    slot.result.error = error;
    slot.result.errorMessage = message;
    slot.result.html.clear();
    slot.result.screenshot.clear();
    slot.page->triggerAction(QWebEnginePage::Stop);
    const quint64 id = slot.id;
    slot.deadline->stop();
    slot.page->end();
    slot.result.refused = slot.page->refused();
    slot.result.durationMs = slot.clock.elapsed();
    slot.phase = Phase::Idle;
    ++slot.generation;
    RenderResult result = std::move(slot.result);
    slot.result = RenderResult{};
    if (replace)
        replacePage(slot, error != PageError::RenderCrashed);
    Q_EMIT rendered(id, result);
    dispatch();
}

void RendererPool::onTimeout(Slot &slot)
{
    if (slot.phase == Phase::Idle)
        return;
    QString message;
    const int ms = slot.request.timeoutMs;
    switch (slot.phase) {
    case Phase::Loading:
        message = tr("The page did not finish loading within %1 ms.").arg(ms);
        break;
    case Phase::Selector:
        message =
            tr("\"%1\" did not appear within %2 ms.").arg(slot.request.waitForSelector).arg(ms);
        break;
    case Phase::Settling:
        message = tr("The page loaded, but its scripts kept changing it or kept running "
                     "until the render timeout of %1 ms ran out.")
                      .arg(ms);
        break;
    case Phase::Waiting:
        message = tr("The render timeout of %1 ms ran out while waiting %2 ms (waitFor) "
                     "after the load: make the render timeout longer than waitFor.")
                      .arg(ms)
                      .arg(slot.request.waitForMs);
        break;
    default:
        message = tr("The page's scripts did not let it be read within %1 ms (an endless "
                     "script, or a very large page).")
                      .arg(ms);
        break;
    }
    fail(slot, PageError::RenderTimeout, message, true);
}

void RendererPool::onDownload(QWebEngineDownloadRequest *download)
{
    // Not accepted: QtWebEngine cancels it.
    for (const auto &slot : m_slots) {
        if (slot->page == download->page() && slot->phase != Phase::Idle)
            slot->page->noteRefused(u"download: "_s + download->url().toString());
    }
    download->cancel();
}
