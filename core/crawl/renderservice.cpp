// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/renderservice.h"

RenderService::RenderService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RenderRequest>();
    qRegisterMetaType<RenderResult>();
}

RenderService::~RenderService() = default;

quint64 RenderService::submit(const RenderRequest &request)
{
    const quint64 id = m_nextId.fetch_add(1);
    QMetaObject::invokeMethod(
        this, [this, id, request] { startRender(id, request); }, Qt::QueuedConnection);
    return id;
}

void RenderService::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        this, [this, id] { cancelRender(id); }, Qt::QueuedConnection);
}
