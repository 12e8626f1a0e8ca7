// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

#include <functional>
#include <memory>

class QWebEnginePage;

// Something that shows a page so its pixels can be taken. QWebEnginePage alone paints nothing
// (Qt 6.4 has no QWebEnginePage::grab); a QWebEngineView does, also on the offscreen platform,
// but it is a widget. So the pool asks for surfaces through this interface and app/render
// (ViewSurface, linking WebEngineWidgets) provides them: core/render never links Widgets.
class PageSurface
{
public:
    virtual ~PageSurface() = default;
    // Shows `page` (replacing the one shown) at the viewport size.
    virtual void setPage(QWebEnginePage *page) = 0;
    virtual void resize(const QSize &size) = 0;
    virtual QImage grab() = 0;
};

using PageSurfaceFactory = std::function<std::unique_ptr<PageSurface>()>;
