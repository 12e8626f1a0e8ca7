// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/geonodeexport.h"

#include "export/jobsnapshot.h"
#include "export/jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A job-level value the service reported (kept in job.extra by its own name), for jobs that came
// from Geonode: a file imported or a remote job monitored. Undefined otherwise.
QJsonValue reported(const JobInfo &job, const QString &key)
{
    if (job.provider != u"geonode"_s)
        return QJsonValue::Undefined;
    return job.extra.value(key);
}

QByteArray count(const JobInfo &job, const QString &key, qint64 fallback)
{
    const QJsonValue value = reported(job, key);
    return QByteArray::number(value.isDouble() ? qint64(value.toDouble()) : fallback);
}

QJsonValue isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QString resultStatus(PageState state)
{
    switch (state) {
    case PageState::Completed:
        return u"completed"_s;
    case PageState::Queued:
        return u"queued"_s;
    case PageState::Fetching:
        return u"processing"_s;
    case PageState::Cancelled:
        return u"cancelled"_s;
    case PageState::Failed:
    case PageState::Skipped:
        break;
    }
    return u"failed"_s;
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject result(const PageRecord &page)
{
    const bool failed = page.state == PageState::Failed || page.state == PageState::Skipped
                        || page.state == PageState::Cancelled;
    QJsonValue errorCode = QJsonValue::Null;
    if (failed) {
        const QJsonValue code = page.metadata.value(GeonodeExport::errorCodeKey());
        errorCode = code.isString() ? code.toString() : page.errorCode();
    }
    const QJsonValue tokens = page.metadata.value(GeonodeExport::tokensChargedKey());
    QJsonObject out{
        {u"url"_s, page.url},
        {u"parent_url"_s, stringOrNull(page.parentUrl)},
        {u"depth"_s, page.depth + 1},
        {u"status"_s, resultStatus(page.state)},
        {u"error_code"_s, errorCode},
        {u"error_message"_s, failed ? stringOrNull(page.errorMessage) : QJsonValue::Null},
        {u"links"_s, QJsonArray::fromStringList(page.links)},
        {u"data"_s, page.isSuccess()
                        ? QJsonValue(QJsonObject{{u"markdown"_s, stringOrNull(page.markdown)},
                                                 {u"html"_s, stringOrNull(page.html)}})
                        : QJsonValue(QJsonValue::Null)},
        {u"metadata"_s,
         QJsonObject{{u"http_status"_s, page.httpStatus > 0 ? QJsonValue(page.httpStatus)
                                                            : QJsonValue(QJsonValue::Null)},
                     {u"duration_ms"_s, page.durationMs},
                     {u"retry_count"_s, page.retryCount},
                     {u"tokens_charged"_s, tokens.isDouble() ? tokens : QJsonValue(0)}}},
    };
    const QJsonObject extra = page.metadata.value(GeonodeExport::resultExtraKey()).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

QString GeonodeExport::format() const
{
    return u"geonode"_s;
}

QString GeonodeExport::fileExtension() const
{
    return u".json"_s;
}

QString GeonodeExport::statusWord(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return u"queued"_s;
    case JobState::Running:
    case JobState::Paused:
        return u"processing"_s;
    case JobState::Completed:
    case JobState::Expired:
        return u"completed"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

int GeonodeExport::effectivePageSize(int requested)
{
    return requested == 0 ? defaultPageSize : std::clamp(requested, 1, maxPageSize);
}

bool GeonodeExport::write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
                          QString *error) const
{
    const JobInfo &job = snapshot.job();
    const bool terminal = job.state == JobState::Completed || job.state == JobState::Failed
                          || job.state == JobState::Cancelled || job.state == JobState::Expired;
    const QJsonValue createdAt = reported(job, u"created_at"_s);
    const QJsonValue completedAt = reported(job, u"completed_at"_s);
    const QJsonValue tokens = reported(job, u"token_summary"_s);
    const QJsonObject tokenSummary =
        tokens.isObject() ? tokens.toObject()
                          : QJsonObject{{u"tokens_charged_total"_s, 0}, {u"tokens_reserved"_s, 0}};

    QByteArray head =
        "{\"job_id\":" + JsonOut::encode(job.remoteId.isEmpty() ? job.id : job.remoteId);
    head += ",\"url\":" + JsonOut::encode(job.startUrl);
    head += ",\"status\":" + JsonOut::encode(statusWord(job.state));
    // total_pages counts the pages discovered so far (the frontier), never fewer than stored.
    head += ",\"total_pages\":"
            + count(job, u"total_pages"_s, std::max(job.urlsDiscovered, snapshot.pageCount()));
    head += ",\"completed_pages\":"
            + count(job, u"completed_pages"_s, snapshot.pageCount({PageState::Completed}));
    head += ",\"failed_pages\":"
            + count(job, u"failed_pages"_s,
                    snapshot.pageCount({PageState::Failed, PageState::Skipped}));
    head += ",\"cancelled_pages\":"
            + count(job, u"cancelled_pages"_s, snapshot.pageCount({PageState::Cancelled}));
    head += ",\"created_at\":"
            + JsonOut::encode(createdAt.isString() ? createdAt : isoTime(job.createdAt));
    head += ",\"completed_at\":"
            + JsonOut::encode(
                completedAt.isString() || completedAt.isNull()
                    ? completedAt
                    : (terminal ? isoTime(job.finishedAt) : QJsonValue(QJsonValue::Null)));
    head += ",\"token_summary\":" + QJsonDocument(tokenSummary).toJson(QJsonDocument::Compact);

    const PageFields fields =
        PageField::Metadata | PageField::Markdown | PageField::Html | PageField::Links;
    QList<PageRecord> slice;
    if (!request.isFile) {
        // A status answer: one page of results, echoing the page and page size it applied.
        const int pageSize = effectivePageSize(request.pageSize);
        const int page = std::max(request.page, 1);
        head += ",\"page\":" + QByteArray::number(page);
        head += ",\"page_size\":" + QByteArray::number(pageSize);
        slice = snapshot.pageRange(qint64(page - 1) * pageSize, pageSize, fields);
    }
    if (!JsonOut::write(out, head + ",\"results\":[", error))
        return false;

    bool first = true;
    bool ok = true;
    const auto visit = [&](const PageRecord &page) {
        QByteArray bytes = first ? QByteArray() : QByteArray(",");
        first = false;
        bytes += QJsonDocument(result(page)).toJson(QJsonDocument::Compact);
        ok = JsonOut::write(out, bytes, error);
        return ok;
    };
    if (request.isFile) {
        snapshot.forEachPage(fields, visit);
    } else {
        for (const PageRecord &page : std::as_const(slice)) {
            if (!visit(page))
                break;
        }
    }
    return ok && JsonOut::write(out, "]}", error);
}
