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
        FetchedAt,
        Title,
        BodyBytes,
        WordCount,
        ErrorCode,
        RetryCount
    };

    QString jobId;
    QList<PageState> states; // empty: every state
    qint64 fromIndex = 0;    // completion index range, inclusive
    qint64 toIndex = -1;     // -1: no upper bound
    // With `states`: also the pages of other states that carry an error code (a completed page
    // keeps its content with RENDER_REFUSED, or auto mode's RENDER_* when it kept the static page).
    bool orWithError = false;
    // More filters (the job view's), each off by default.
    int minStatus = -1; // HTTP status range, inclusive (-1: open)
    int maxStatus = -1;
    QString contentType; // exactly this content type
    int minDepth = -1;   // depth range, inclusive (-1: open)
    int maxDepth = -1;
    QString search; // a substring of the URL or the title, case-insensitive
    SortKey sortBy = SortKey::Index;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 offset = 0;
    int limit = 100;
    PageFields fields = PageField::Summary;
};
