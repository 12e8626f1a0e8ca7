// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jobstats.h"

#include "store/jobstore.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QList<JobStats::Bucket> grouped(JobStore &store, const QString &sql, const QVariantList &binds)
{
    QList<JobStats::Bucket> buckets;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return buckets;
    while (query.next())
        buckets << JobStats::Bucket{query.value(0).toLongLong(), query.value(1).toLongLong()};
    return buckets;
}

} // namespace

namespace JobStats {

QList<Bucket> pagesOverTime(JobStore &store, const QString &jobId, int maxBuckets)
{
    QSqlQuery range(store.database());
    range.prepare(u"SELECT min(fetched_at), max(fetched_at) FROM pages WHERE job_id = ?"_s);
    range.addBindValue(jobId);
    if (!range.exec() || !range.next() || range.value(0).isNull())
        return {};
    const qint64 first = range.value(0).toLongLong();
    const qint64 span = range.value(1).toLongLong() - first;
    const qint64 step = std::max<qint64>(1000, (span + maxBuckets - 1) / std::max(1, maxBuckets));
    const QList<Bucket> perStep =
        grouped(store,
                u"SELECT (fetched_at - ?) / ? AS step, count(*) FROM pages WHERE job_id = ? "
                "GROUP BY step ORDER BY step"_s,
                {first, step, jobId});
    QList<Bucket> cumulative;
    qint64 total = 0;
    qint64 next = 0;
    for (const Bucket &bucket : perStep) {
        for (; next < bucket.key; ++next) // steps without pages keep the total
            cumulative << Bucket{(next + 1) * step, total};
        total += bucket.count;
        cumulative << Bucket{(bucket.key + 1) * step, total};
        next = bucket.key + 1;
    }
    return cumulative;
}

QList<Bucket> statusCodes(JobStore &store, const QString &jobId)
{
    return grouped(store,
                   u"SELECT http_status, count(*) FROM pages WHERE job_id = ? GROUP BY "
                   "http_status ORDER BY http_status"_s,
                   {jobId});
}

QList<qint64> durationBounds()
{
    return {50, 100, 200, 500, 1000, 2000, 5000, 10000};
}

QList<Bucket> durations(JobStore &store, const QString &jobId)
{
    const QList<qint64> bounds = durationBounds();
    QString cases = u"CASE"_s;
    for (qint64 bound : bounds)
        cases += u" WHEN duration_ms < %1 THEN %1"_s.arg(bound);
    cases += u" ELSE -1 END"_s;
    const QList<Bucket> found =
        grouped(store,
                u"SELECT %1 AS bucket, count(*) FROM pages WHERE job_id = ? AND http_status > 0 "
                "GROUP BY bucket"_s.arg(cases),
                {jobId});
    // Every bucket, empty ones too, in order.
    QList<Bucket> all;
    QList<qint64> keys = bounds;
    keys << -1;
    for (qint64 key : std::as_const(keys)) {
        qint64 count = 0;
        for (const Bucket &bucket : found) {
            if (bucket.key == key)
                count = bucket.count;
        }
        all << Bucket{key, count};
    }
    return all;
}

QList<Bucket> depths(JobStore &store, const QString &jobId)
{
    return grouped(store,
                   u"SELECT depth, count(*) FROM pages WHERE job_id = ? GROUP BY depth ORDER BY "
                   "depth"_s,
                   {jobId});
}

} // namespace JobStats
