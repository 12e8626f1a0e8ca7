// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/viewsurface.h"

#include <QWebEngineView>

ViewSurface::ViewSurface()
    : m_view(std::make_unique<QWebEngineView>())
{
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
}

ViewSurface::~ViewSurface()
{
    // The page belongs to the pool: the view lets go of it first.
    m_view->setPage(nullptr);
}

void ViewSurface::setPage(QWebEnginePage *page)
{
    m_view->setPage(page);
    m_view->show();
}

void ViewSurface::resize(const QSize &size)
{
    m_view->resize(size);
}

QImage ViewSurface::grab()
{
    return m_view->grab().toImage();
}

PageSurfaceFactory ViewSurface::factory()
{
    return [] { return std::make_unique<ViewSurface>(); };
}
