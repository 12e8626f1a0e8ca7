// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/renderservice.h"

#include <QHash>

#include <functional>
#include <memory>

class RendererPool;

// The window's renderer: QtWebEngine (its profile and render processes) starts only when the
// first crawl that renders asks for a page, so a window that never renders pays nothing for it.
// Requests are forwarded to a RendererPool with screenshots (a QWebEngineView surface per page),
// of `poolSize()` pages: asked again with every request, so a changed setting applies from the
// next page rendered.
class LazyRenderer final : public RenderService
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LazyRenderer)

public:
    explicit LazyRenderer(std::function<int()> poolSize, QObject *parent = nullptr);
    ~LazyRenderer() override;

    bool isStarted() const { return m_pool != nullptr; }
    int poolSize() const; // of the started pool (0 before it starts)

protected:
    void startRender(quint64 id, const RenderRequest &request) override;
    void cancelRender(quint64 id) override;

private:
    std::function<int()> m_poolSize;
    std::unique_ptr<RendererPool> m_pool;
    QHash<quint64, quint64> m_poolIds; // our id -> the pool's
    QHash<quint64, quint64> m_ourIds;  // the pool's id -> ours
};
