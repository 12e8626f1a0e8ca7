// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class JobStore;

// Small aggregates of a job's pages for its charts, computed by SQL (a job's pages are never
// loaded for them).
namespace JobStats {

struct Bucket
{
    qint64 key = 0; // what the bucket stands for (see each function)
    qint64 count = 0;
};

// Pages stored over time: key = milliseconds since the first page, count = pages stored by then
// (cumulative), in at most `maxBuckets` equal steps.
QList<Bucket> pagesOverTime(JobStore &store, const QString &jobId, int maxBuckets = 60);
// Pages by HTTP status (key; 0: no response), ascending.
QList<Bucket> statusCodes(JobStore &store, const QString &jobId);
// Pages that got a response, by duration: key = the bucket's upper bound in milliseconds
// (durationBounds), the last bucket (key -1) everything slower.
QList<Bucket> durations(JobStore &store, const QString &jobId);
QList<qint64> durationBounds();
// Pages by depth (key), ascending.
QList<Bucket> depths(JobStore &store, const QString &jobId);

} // namespace JobStats
