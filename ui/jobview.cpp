// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview.h"

JobView::JobView(JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
}

JobView::~JobView() = default;

void JobView::setJob(const QString &jobId)
{
    m_jobId = jobId;
}

void JobView::pagesStored(const QString &, qint64, qint64) {}

void JobView::jobChanged(const QString &) {}
