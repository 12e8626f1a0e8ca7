// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jobsnapshot.h"

#include "store/jobstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

JobSnapshot::JobSnapshot(JobStore &store, const JobInfo &job)
    : m_store(store)
    , m_job(job)
    , m_takenAt(QDateTime::currentDateTimeUtc())
{
    // A deferred transaction takes its snapshot at the first read: read the job again inside it,
    // so the job row and the pages agree.
    QSqlQuery begin(m_store.database());
    m_inTransaction = begin.exec(u"BEGIN"_s);
    if (const auto fresh = m_store.job(job.id))
        m_job = *fresh;
}

JobSnapshot::~JobSnapshot()
{
    if (m_inTransaction) {
        QSqlQuery end(m_store.database());
        end.exec(u"COMMIT"_s);
    }
}

qint64 JobSnapshot::pageCount(const QList<PageState> &states) const
{
    return m_store.pageCount(m_job.id, states);
}

void JobSnapshot::setPageObserver(std::function<bool(qint64)> observer)
{
    m_observer = std::move(observer);
}

bool JobSnapshot::forEachPage(PageFields fields,
                              const std::function<bool(const PageRecord &)> &visit,
                              const QList<PageState> &states, qint64 from) const
{
    PageQuery query;
    query.jobId = m_job.id;
    query.states = states;
    query.fields = fields;
    query.limit = batchSize;
    query.fromIndex = from;
    for (;;) {
        const QList<PageRecord> batch = m_store.pages(query);
        for (const PageRecord &page : batch) {
            if (!visit(page))
                return false;
            ++m_visited;
            if (m_observer && !m_observer(m_visited))
                return false;
        }
        if (batch.size() < batchSize)
            return true;
        // Keyset paging: the next batch starts after the last index seen.
        query.fromIndex = batch.constLast().index + 1;
    }
}

QList<PageRecord> JobSnapshot::lastPages(int limit, PageFields fields,
                                         const QList<PageState> &states) const
{
    PageQuery query;
    query.jobId = m_job.id;
    query.states = states;
    query.fields = fields;
    query.limit = limit;
    query.order = Qt::DescendingOrder;
    QList<PageRecord> pages = m_store.pages(query);
    std::reverse(pages.begin(), pages.end());
    return pages;
}

QList<PageRecord> JobSnapshot::pageRange(qint64 offset, int count, PageFields fields,
                                         const QList<PageState> &states) const
{
    PageQuery query;
    query.jobId = m_job.id;
    query.states = states;
    query.fields = fields;
    query.offset = offset;
    query.limit = count;
    return m_store.pages(query);
}
