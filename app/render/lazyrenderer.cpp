// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/lazyrenderer.h"

#include "render/rendererpool.h"
#include "render/viewsurface.h"

LazyRenderer::LazyRenderer(std::function<int()> poolSize, QObject *parent)
    : RenderService(parent)
    , m_poolSize(std::move(poolSize))
{}

LazyRenderer::~LazyRenderer() = default;

int LazyRenderer::poolSize() const
{
    return m_pool ? m_pool->size() : 0;
}

void LazyRenderer::startRender(quint64 id, const RenderRequest &request)
{
    if (!m_pool) {
        m_pool = std::make_unique<RendererPool>(m_poolSize(), ViewSurface::factory());
        connect(m_pool.get(), &RenderService::rendered, this,
                [this](quint64 poolId, const RenderResult &result) {
                    const quint64 ours = m_ourIds.take(poolId);
                    if (ours == 0)
                        return;
                    m_poolIds.remove(ours);
                    Q_EMIT rendered(ours, result);
                });
    }
    m_pool->setSize(m_poolSize());
    const quint64 poolId = m_pool->submit(request);
    m_poolIds.insert(id, poolId);
    m_ourIds.insert(poolId, id);
}

void LazyRenderer::cancelRender(quint64 id)
{
    const quint64 poolId = m_poolIds.take(id);
    if (poolId == 0 || !m_pool)
        return;
    m_ourIds.remove(poolId);
    m_pool->cancel(poolId);
}
