// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jobstore.h"

#include "model/crawlrequest.h"
#include "store/database.h"
#include "store/pagerow.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"trawl-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString jobColumns =
    u"id, provider, remote_id, start_url, options_json, state, error, created_at, started_at, "
    "finished_at, updated_at, pages_completed, pages_failed, urls_discovered, runner_pid, "
    "heartbeat_at, extra_json"_s;

JobInfo readJob(const QSqlQuery &query)
{
    JobInfo job;
    job.id = query.value(0).toString();
    job.provider = query.value(1).toString();
    job.remoteId = query.value(2).toString();
    job.startUrl = query.value(3).toString();
    // Written by CrawlRequest::toJson, so it reads back; if a hand-edited row does not, the job
    // keeps its start URL and default options rather than disappearing.
    const QJsonObject options =
        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    if (auto parsed = CrawlRequest::fromJson(options, nullptr))
        job.options = std::move(*parsed);
    else
        job.options.url = QUrl(job.startUrl);
    job.state = JobStates::fromString(query.value(5).toString()).value_or(JobState::Failed);
    job.error = query.value(6).toString();
    job.createdAt = fromMs(query.value(7));
    job.startedAt = fromMs(query.value(8));
    job.finishedAt = fromMs(query.value(9));
    job.updatedAt = fromMs(query.value(10));
    job.pagesCompleted = query.value(11).toLongLong();
    job.pagesFailed = query.value(12).toLongLong();
    job.urlsDiscovered = query.value(13).toLongLong();
    job.runnerPid = query.value(14).toLongLong();
    job.heartbeatAt = fromMs(query.value(15));
    job.extra = QJsonDocument::fromJson(query.value(16).toString().toUtf8()).object();
    return job;
}

QString sortColumn(PageQuery::SortKey key)
{
    switch (key) {
    case PageQuery::SortKey::Index:
        return u"idx"_s;
    case PageQuery::SortKey::Url:
        return u"url"_s;
    case PageQuery::SortKey::State:
        return u"state"_s;
    case PageQuery::SortKey::HttpStatus:
        return u"http_status"_s;
    case PageQuery::SortKey::ContentType:
        return u"content_type"_s;
    case PageQuery::SortKey::Depth:
        return u"depth"_s;
    case PageQuery::SortKey::Duration:
        return u"duration_ms"_s;
    case PageQuery::SortKey::FetchedAt:
        return u"fetched_at"_s;
    case PageQuery::SortKey::Title:
        return u"title"_s;
    case PageQuery::SortKey::BodyBytes:
        return u"body_bytes"_s;
    case PageQuery::SortKey::WordCount:
        return u"word_count"_s;
    case PageQuery::SortKey::ErrorCode:
        return u"error_code"_s;
    case PageQuery::SortKey::RetryCount:
        return u"retry_count"_s;
    }
    return u"idx"_s;
}

// WHERE clause and its bound values for a job's pages filtered by state.
QString stateFilter(const QList<PageState> &states, QVariantList &binds)
{
    if (states.isEmpty())
        return {};
    QStringList marks;
    for (PageState state : states) {
        marks << u"?"_s;
        binds << PageStates::toString(state);
    }
    return u" AND state IN (%1)"_s.arg(marks.join(u", "_s));
}

// The PageQuery filters beyond the job, index range and state.
QString extraFilters(const PageQuery &query, QVariantList &binds)
{
    QString where;
    const auto bound = [&](const QString &condition, const QVariant &value) {
        where += u" AND "_s + condition;
        binds << value;
    };
    if (query.minStatus >= 0)
        bound(u"http_status >= ?"_s, query.minStatus);
    if (query.maxStatus >= 0)
        bound(u"http_status <= ?"_s, query.maxStatus);
    if (!query.contentType.isEmpty())
        bound(u"content_type = ?"_s, query.contentType);
    if (query.minDepth >= 0)
        bound(u"depth >= ?"_s, query.minDepth);
    if (query.maxDepth >= 0)
        bound(u"depth <= ?"_s, query.maxDepth);
    if (!query.search.isEmpty()) {
        // instr() is a plain substring test: no LIKE wildcards to escape.
        where += u" AND (instr(lower(url), ?) > 0 OR instr(lower(coalesce(title, '')), ?) > 0)"_s;
        binds << query.search.toLower() << query.search.toLower();
    }
    return where;
}

// The WHERE clause of a PageQuery. An index range that is not one (from 0, no end) is left out,
// so the planner is free to walk the sort column's index.
QString pageFilter(const PageQuery &query, QVariantList &binds)
{
    QString where = u"job_id = ?"_s;
    binds << query.jobId;
    if (query.fromIndex > 0) {
        where += u" AND idx >= ?"_s;
        binds << query.fromIndex;
    }
    if (query.toIndex >= 0) {
        where += u" AND idx <= ?"_s;
        binds << query.toIndex;
    }
    const QString states = stateFilter(query.states, binds);
    if (query.orWithError && !states.isEmpty())
        where += u" AND (%1 OR error_code IS NOT NULL)"_s.arg(states.mid(5)); // without " AND "
    else
        where += states;
    where += extraFilters(query, binds);
    return where;
}

} // namespace

JobStore::JobStore(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{}

JobStore::~JobStore()
{
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
}

bool JobStore::open(QString *error)
{
    m_db = Database::open(m_path, m_connectionName, error);
    if (!m_db.isOpen())
        return false;
    if (!Database::migrate(m_db, error)) {
        m_db.close();
        return false;
    }
    return true;
}

bool JobStore::isOpen() const
{
    return m_db.isOpen();
}

bool JobStore::createJob(JobInfo &job, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.createdAt = now;
    job.updatedAt = now;
    if (job.startUrl.isEmpty())
        job.startUrl = job.options.url.toString();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO jobs (id, provider, remote_id, start_url, options_json, state, "
                  "error, created_at, updated_at, extra_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?)"_s);
    query.addBindValue(job.id);
    query.addBindValue(job.provider);
    query.addBindValue(job.remoteId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(job.remoteId));
    query.addBindValue(job.startUrl);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(CrawlRequest::toJson(job.options)).toJson(QJsonDocument::Compact)));
    query.addBindValue(JobStates::toString(job.state));
    query.addBindValue(job.error);
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(now.toMSecsSinceEpoch());
    query.addBindValue(
        job.extra.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : QVariant(QString::fromUtf8(QJsonDocument(job.extra).toJson(QJsonDocument::Compact))));
    if (!query.exec()) {
        if (error)
            *error = QCoreApplication::translate("JobStore", "Cannot create the job: %1")
                         .arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<JobInfo> JobStore::job(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 FROM jobs WHERE id = ?"_s.arg(jobColumns));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return readJob(query);
    return std::nullopt;
}

QList<JobInfo> JobStore::jobs() const
{
    QList<JobInfo> result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT %1 FROM jobs ORDER BY created_at DESC, id"_s.arg(jobColumns)))
        return result;
    while (query.next())
        result << readJob(query);
    return result;
}

QStringList JobStore::jobIdsStartingWith(const QString &prefix) const
{
    QStringList ids;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM jobs WHERE substr(id, 1, ?) = ? ORDER BY id"_s);
    query.addBindValue(prefix.size());
    query.addBindValue(prefix.toLower());
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

bool JobStore::setJobState(const QString &id, JobState state, const QString &error, QString *why)
{
    const auto current = job(id);
    if (!current) {
        if (why)
            *why = QCoreApplication::translate("JobStore", "There is no job %1.").arg(id);
        return false;
    }
    if (current->state != state && !JobStates::canTransition(current->state, state)) {
        if (why) {
            *why = QCoreApplication::translate("JobStore", "Job %1 is %2 and cannot become %3.")
                       .arg(id, JobStates::toString(current->state), JobStates::toString(state));
        }
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE jobs SET state = ?, error = ?, updated_at = ?, "
                  "started_at = CASE WHEN ? = 'running' THEN coalesce(started_at, ?) ELSE "
                  "started_at END, "
                  "finished_at = CASE WHEN ? IN ('completed', 'failed', 'cancelled') THEN ? "
                  "ELSE finished_at END WHERE id = ?"_s);
    const QString word = JobStates::toString(state);
    query.addBindValue(word);
    query.addBindValue(error);
    query.addBindValue(now);
    query.addBindValue(word);
    query.addBindValue(now);
    query.addBindValue(word);
    query.addBindValue(now);
    query.addBindValue(id);
    if (!query.exec()) {
        if (why)
            *why = query.lastError().text();
        return false;
    }
    return true;
}

bool JobStore::deleteJob(const QString &id, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM jobs WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    Database::removeFetchedFolder(m_path, id);
    return query.numRowsAffected() > 0;
}

QList<PageRecord> JobStore::pages(const PageQuery &pageQuery) const
{
    QVariantList binds;
    const QString where = pageFilter(pageQuery, binds);
    const QString direction = pageQuery.order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QString order = sortColumn(pageQuery.sortBy) + u' ' + direction;
    // Equal keys in storing order. rowid follows the index and is in every index on
    // (job_id, column), so such an index gives the order without sorting (or reading) the rows.
    if (pageQuery.sortBy == PageQuery::SortKey::State)
        order += u", idx "_s + direction; // pages_by_state holds idx
    else if (pageQuery.sortBy != PageQuery::SortKey::Index)
        order += u", rowid "_s + direction;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM pages WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(
        PageRow::selectColumns(pageQuery.fields), where, order));
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    query.addBindValue(pageQuery.limit);
    query.addBindValue(pageQuery.offset);
    QList<PageRecord> result;
    if (!query.exec())
        return result;
    while (query.next())
        result << PageRow::read(query, pageQuery.fields);
    return result;
}

qint64 JobStore::pageCount(const QString &jobId, const QList<PageState> &states) const
{
    QVariantList binds{jobId};
    const QString filter = stateFilter(states, binds);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM pages WHERE job_id = ?"_s + filter);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 JobStore::pageCount(const PageQuery &pageQuery) const
{
    QVariantList binds;
    const QString where = pageFilter(pageQuery, binds);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM pages WHERE "_s + where);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

std::optional<qint64> JobStore::pageIndexOfUrl(const QString &jobId, const QString &url) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT idx FROM pages WHERE job_id = ? AND url = ? ORDER BY idx LIMIT 1"_s);
    query.addBindValue(jobId);
    query.addBindValue(url);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QStringList JobStore::contentTypes(const QString &jobId) const
{
    QStringList types;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT content_type FROM pages WHERE job_id = ? AND content_type "
                  "IS NOT NULL AND content_type != '' ORDER BY content_type"_s);
    query.addBindValue(jobId);
    if (query.exec()) {
        while (query.next())
            types << query.value(0).toString();
    }
    return types;
}

std::optional<PageRecord> JobStore::page(const QString &jobId, qint64 index,
                                         PageFields fields) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT %1 FROM pages WHERE job_id = ? AND idx = ?"_s.arg(PageRow::selectColumns(fields)));
    query.addBindValue(jobId);
    query.addBindValue(index);
    if (query.exec() && query.next())
        return PageRow::read(query, fields);
    return std::nullopt;
}

qint64 JobStore::nextPageIndex(const QString &jobId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT coalesce(max(idx) + 1, 0) FROM pages WHERE job_id = ?"_s);
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<FrontierEntry> JobStore::pendingFrontier(const QString &jobId, qint64 afterSeq,
                                               int limit) const
{
    QList<FrontierEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT url, url_key, parent_url, depth, seq FROM frontier WHERE job_id = ? "
                  "AND done = 0 AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(jobId);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries << FrontierEntry{query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString(), query.value(3).toInt(),
                                 query.value(4).toLongLong()};
    }
    return entries;
}

QStringList JobStore::frontierKeys(const QString &jobId) const
{
    QStringList keys;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT url_key FROM frontier WHERE job_id = ?"_s);
    query.addBindValue(jobId);
    if (query.exec()) {
        while (query.next())
            keys << query.value(0).toString();
    }
    return keys;
}

qint64 JobStore::frontierSize(const QString &jobId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM frontier WHERE job_id = ?"_s);
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<LogEntry> JobStore::log(const QString &jobId, qint64 afterId, int limit) const
{
    QList<LogEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at, level, message FROM job_log WHERE job_id = ? AND id > ? "
                  "ORDER BY id LIMIT ?"_s);
    query.addBindValue(jobId);
    query.addBindValue(afterId);
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries << LogEntry{query.value(0).toLongLong(), fromMs(query.value(1)),
                            query.value(2).toString(), query.value(3).toString()};
    }
    return entries;
}

std::optional<qint64> JobStore::rowOfPage(const PageQuery &pageQuery, qint64 pageIndex) const
{
    // The rows before the page in pages()'s order: (key, tie-breaker) smaller when ascending,
    // larger when descending, NULL keys first when ascending and last when descending.
    QVariantList binds;
    const QString where = pageFilter(pageQuery, binds);
    const QString column = sortColumn(pageQuery.sortBy);
    const QString tie = pageQuery.sortBy == PageQuery::SortKey::Index
                                || pageQuery.sortBy == PageQuery::SortKey::State
                            ? u"idx"_s
                            : u"rowid"_s;
    QSqlQuery target(m_db);
    target.setForwardOnly(true);
    target.prepare(u"SELECT %1, %2 FROM pages WHERE %3 AND idx = ?"_s.arg(column, tie, where));
    for (const QVariant &value : std::as_const(binds))
        target.addBindValue(value);
    target.addBindValue(pageIndex);
    if (!target.exec() || !target.next())
        return std::nullopt;
    const QVariant key = target.value(0);
    const QVariant tieValue = target.value(1);
    const bool ascending = pageQuery.order == Qt::AscendingOrder;
    const QString after = ascending ? u"<"_s : u">"_s;
    QString before;
    if (column == tie) {
        before = u"%1 %2 ?"_s.arg(tie, after);
        binds << tieValue;
    } else if (key.isNull()) {
        before = ascending ? u"(%1 IS NULL AND %2 < ?)"_s.arg(column, tie)
                           : u"(%1 IS NOT NULL OR %2 > ?)"_s.arg(column, tie);
        binds << tieValue;
    } else {
        before = ascending ? u"(%1 IS NULL OR %1 < ? OR (%1 = ? AND %2 < ?))"_s.arg(column, tie)
                           : u"(%1 > ? OR (%1 = ? AND %2 > ?))"_s.arg(column, tie);
        binds << key << key << tieValue;
    }
    QSqlQuery count(m_db);
    count.setForwardOnly(true);
    count.prepare(u"SELECT count(*) FROM pages WHERE %1 AND %2"_s.arg(where, before));
    for (const QVariant &value : std::as_const(binds))
        count.addBindValue(value);
    if (!count.exec() || !count.next())
        return std::nullopt;
    return count.value(0).toLongLong();
}

QList<LogEntry> JobStore::logBefore(const QString &jobId, qint64 beforeId, int limit) const
{
    QList<LogEntry> entries;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, at, level, message FROM job_log WHERE job_id = ? AND id < ? "
                  "ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(jobId);
    query.addBindValue(beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
    query.addBindValue(limit);
    if (!query.exec())
        return entries;
    while (query.next()) {
        entries << LogEntry{query.value(0).toLongLong(), fromMs(query.value(1)),
                            query.value(2).toString(), query.value(3).toString()};
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}

bool JobStore::requeueFailedPages(const QString &jobId, qint64 *requeued, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (requeued)
        *requeued = 0;
    const auto current = job(jobId);
    if (!current)
        return fail(QCoreApplication::translate("JobStore", "There is no job %1.").arg(jobId));
    if (!current->isLocal())
        return fail(QCoreApplication::translate("JobStore",
                                                "Job %1 runs on %2: only a local crawl can fetch "
                                                "its failed pages again.")
                        .arg(jobId, current->provider));
    // The runner writes a heartbeat every second; CrawlRunner::heartbeatTimeoutMs is its limit.
    constexpr qint64 heartbeatTimeoutMs = 10000;
    const bool liveRunner =
        current->runnerPid > 0 && current->heartbeatAt.isValid()
        && current->heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) <= heartbeatTimeoutMs;
    if ((current->state == JobState::Running && liveRunner) || current->state == JobState::Queued
        || current->state == JobState::Cancelled || current->state == JobState::Expired)
        return fail(QCoreApplication::translate("JobStore",
                                                "Job %1 is %2: pause it or let it end before "
                                                "fetching its failed pages again.")
                        .arg(jobId, JobStates::toString(current->state)));

    QSqlQuery query(m_db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(query.lastError().text());
    const auto step = [&](const QString &sql, const QVariantList &binds) {
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        return query.exec();
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Only pages whose URL is in the frontier can be fetched again (every crawled page is).
    const QString failedInFrontier =
        u"job_id = ? AND state = 'failed' AND url IN (SELECT url FROM frontier WHERE job_id = ?)"_s;
    bool ok = step(u"UPDATE frontier SET done = 0 WHERE job_id = ? AND done = 1 AND url IN "
                   "(SELECT url FROM pages WHERE "_s
                       + failedInFrontier + u")"_s,
                   {jobId, jobId, jobId})
              && step(u"DELETE FROM pages WHERE "_s + failedInFrontier, {jobId, jobId});
    const qint64 removed = ok ? query.numRowsAffected() : 0;
    if (ok && removed > 0) {
        // Dense indexes again, in two steps so that no two rows ever share one.
        ok = step(u"UPDATE pages SET idx = -1 - ranked.position FROM (SELECT rowid AS id, "
                  "row_number() OVER (ORDER BY idx) - 1 AS position FROM pages WHERE job_id = ?) "
                  "AS ranked WHERE pages.rowid = ranked.id"_s,
                  {jobId})
             && step(u"UPDATE pages SET idx = -1 - idx WHERE job_id = ? AND idx < 0"_s, {jobId})
             && step(u"UPDATE jobs SET pages_failed = max(0, pages_failed - ?), state = 'paused', "
                     "finished_at = NULL, error = '', updated_at = ? WHERE id = ?"_s,
                     {removed, now, jobId})
             && step(u"INSERT INTO job_log (job_id, at, level, message) VALUES (?, ?, 'info', ?)"_s,
                     {jobId, now,
                      QCoreApplication::translate("JobStore",
                                                  "%n failed page(s) queued to be fetched again.",
                                                  nullptr, int(removed))});
    }
    if (!ok) {
        const QString why = query.lastError().text();
        query.exec(u"ROLLBACK"_s);
        return fail(why);
    }
    if (!query.exec(u"COMMIT"_s)) {
        const QString why = query.lastError().text();
        query.exec(u"ROLLBACK"_s);
        return fail(why);
    }
    if (requeued)
        *requeued = removed;
    return true;
}
