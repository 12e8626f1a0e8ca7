// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWebEnginePage>

// A QWebEnginePage that keeps a crawled page in its box: JavaScript dialogs (alert, confirm,
// prompt) answer at once (confirm and prompt as "cancel"), window.open and target=_blank open
// nothing, and the main frame may only navigate within the host it was sent to. Each refusal is
// noted (refused()) for the page record.
class RenderPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenderPage)

public:
    explicit RenderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Starts a render of `url`: navigations elsewhere are refused from now on.
    void begin(const QUrl &url);
    // Idle: the page may not navigate at all.
    void end();
    QStringList refused() const { return m_refused; }
    void noteRefused(const QString &what);

protected:
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    QString m_host;
    bool m_active = false;
    QStringList m_refused;
};
