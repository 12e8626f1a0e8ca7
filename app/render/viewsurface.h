// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/pagesurface.h"

#include <memory>

class QWebEngineView;

// A PageSurface on a QWebEngineView that is never shown on a screen (Qt::WA_DontShowOnScreen;
// on the offscreen platform there is no screen anyway). QWidget::grab() of the view returns what
// Chromium composited (software compositing, --disable-gpu), which is how Qt 6.4 can take a
// picture of a page at all. Needs a QApplication.
class ViewSurface final : public PageSurface
{
public:
    ViewSurface();
    ~ViewSurface() override;

    void setPage(QWebEnginePage *page) override;
    void resize(const QSize &size) override;
    QImage grab() override;

    static PageSurfaceFactory factory();

private:
    std::unique_ptr<QWebEngineView> m_view;
};
