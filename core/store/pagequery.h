// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"
#include "model/pagerecord.h"

#include <QList>
#include <QString>

// A page of a job's pages: readers never load a whole job.
struct PageQuery
{
    enum class SortKey
    {
        Index,
        Url,
        State,
        HttpStatus,
        ContentType,
        Depth,
        Duration,
        FetchedAt
    };

    QString jobId;
    QList<PageState> states; // empty: every state
    qint64 fromIndex = 0;    // completion index range, inclusive
    qint64 toIndex = -1;     // -1: no upper bound
    SortKey sortBy = SortKey::Index;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 offset = 0;
    int limit = 100;
    PageFields fields = PageField::Summary;
};
