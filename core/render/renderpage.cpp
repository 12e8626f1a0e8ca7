// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/renderpage.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int maxRefusalsNoted = 20;

QString shortened(const QString &text)
{
    return text.size() > 200 ? text.left(200) + u"…"_s : text;
}

} // namespace

RenderPage::RenderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{}

void RenderPage::begin(const QUrl &url)
{
    m_host = url.host();
    m_active = true;
    m_refused.clear();
}

void RenderPage::end()
{
    m_active = false;
}

void RenderPage::noteRefused(const QString &what)
{
    if (m_refused.size() < maxRefusalsNoted)
        m_refused << shortened(what);
}

void RenderPage::javaScriptAlert(const QUrl &, const QString &msg)
{
    noteRefused(u"alert: "_s + msg);
}

bool RenderPage::javaScriptConfirm(const QUrl &, const QString &msg)
{
    noteRefused(u"confirm: "_s + msg);
    return false;
}

bool RenderPage::javaScriptPrompt(const QUrl &, const QString &msg, const QString &, QString *)
{
    noteRefused(u"prompt: "_s + msg);
    return false;
}

QWebEnginePage *RenderPage::createWindow(WebWindowType)
{
    noteRefused(u"window.open"_s);
    return nullptr;
}

bool RenderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return true; // frames show inside the page; the crawl reads the main document only
    if (!m_active)
        return false;
    if (url.scheme() == u"about"_s || url.scheme() == u"data"_s)
        return true;
    if ((url.scheme() == u"http"_s || url.scheme() == u"https"_s)
        && url.host().compare(m_host, Qt::CaseInsensitive) == 0)
        return true;
    Q_UNUSED(type)
    noteRefused(u"navigation: "_s + url.toString());
    return false;
}

void RenderPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                          const QString &)
{
    // The page's console is not ours to print (QWebEnginePage logs it by default).
}
