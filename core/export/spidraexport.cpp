// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/spidraexport.h"

#include "export/jobsnapshot.h"
#include "export/jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// A job-level value the service reported (kept in job.extra by its own name), for jobs that came
// from Spidra: a file imported or a remote job monitored.
QJsonValue reported(const JobInfo &job, const QString &key)
{
    if (job.provider != u"spidra"_s)
        return QJsonValue::Undefined;
    return job.extra.value(u"progress"_s).toObject().value(key);
}

qint64 reportedCount(const JobInfo &job, const QString &key, qint64 fallback)
{
    const QJsonValue value = reported(job, key);
    return value.isDouble() ? qint64(value.toDouble()) : fallback;
}

QJsonObject publicMetadata(const QJsonObject &metadata)
{
    QJsonObject out;
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (!it.key().startsWith(u"trawl:"_s))
            out.insert(it.key(), it.value());
    }
    return out;
}

QString itemStatus(PageState state)
{
    switch (state) {
    case PageState::Completed:
        return u"success"_s;
    case PageState::Queued:
    case PageState::Fetching:
        return u"pending"_s;
    case PageState::Failed:
    case PageState::Skipped:
    case PageState::Cancelled:
        break;
    }
    return u"failed"_s;
}

QJsonObject item(const PageRecord &page)
{
    QJsonObject out{
        {u"url"_s, page.url}, {u"title"_s, page.title}, {u"status"_s, itemStatus(page.state)}};
    const QJsonValue kept = page.metadata.value(SpidraExport::dataKey());
    if (kept.isObject())
        out.insert(u"data"_s, kept);
    else if (page.isSuccess())
        out.insert(u"data"_s, QJsonObject{{u"markdown"_s, page.markdown},
                                          {u"metadata"_s, publicMetadata(page.metadata)}});
    else
        out.insert(u"data"_s, QJsonObject{});
    if (!page.isSuccess() && page.state != PageState::Queued && page.state != PageState::Fetching) {
        const QJsonValue code = page.metadata.value(SpidraExport::errorCodeKey());
        out.insert(u"errorCode"_s, code.isString() ? code.toString() : page.errorCode());
        out.insert(u"error"_s, page.errorMessage);
    }
    const QJsonObject extra = page.metadata.value(SpidraExport::itemExtraKey()).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (!out.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace

QString SpidraExport::format() const
{
    return u"spidra"_s;
}

QString SpidraExport::fileExtension() const
{
    return u".json"_s;
}

QString SpidraExport::statusWord(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return u"waiting"_s;
    case JobState::Running:
    case JobState::Paused:
        return u"active"_s;
    case JobState::Completed:
    case JobState::Expired:
        return u"completed"_s;
    case JobState::Failed:
    case JobState::Cancelled:
        break;
    }
    return u"failed"_s;
}

QString SpidraExport::progressMessage(JobState state, qint64 pagesCrawled, qint64 maxPages)
{
    // The service's English, not translated: the output must not depend on the locale.
    switch (state) {
    case JobState::Queued:
        return u"Waiting to start"_s;
    case JobState::Running:
        return u"Crawling: %1 of %2 pages"_s.arg(pagesCrawled).arg(maxPages);
    case JobState::Paused:
        return u"Paused: %1 of %2 pages"_s.arg(pagesCrawled).arg(maxPages);
    case JobState::Completed:
    case JobState::Expired:
        return u"Crawl complete"_s;
    case JobState::Failed:
        return u"Crawl failed"_s;
    case JobState::Cancelled:
        break;
    }
    return u"Crawl cancelled"_s;
}

bool SpidraExport::write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
                         QString *error) const
{
    const JobInfo &job = snapshot.job();
    const qint64 pagesCrawled = reportedCount(job, u"pagesCrawled"_s, job.pagesDone());
    const qint64 maxPages = reportedCount(job, u"maxPages"_s, job.options.limit);
    const QJsonValue message = reported(job, u"message"_s);

    QByteArray head = "{\"status\":" + JsonOut::encode(statusWord(job.state));
    head +=
        ",\"progress\":{\"message\":"
        + JsonOut::encode(message.isString() ? message.toString()
                                             : progressMessage(job.state, pagesCrawled, maxPages));
    head += ",\"pagesCrawled\":" + QByteArray::number(pagesCrawled);
    head += ",\"maxPages\":" + QByteArray::number(maxPages) + "},\"result\":";
    if (!JsonOut::write(out, head, error))
        return false;

    // The service sends `result` once the job is over; a file holds what was crawled so far.
    const bool over = job.state != JobState::Queued && job.state != JobState::Running
                      && job.state != JobState::Paused;
    if (request.isFile || over) {
        if (!JsonOut::write(out, "[", error))
            return false;
        bool first = true;
        bool ok = true;
        snapshot.forEachPage(PageField::Metadata | PageField::Markdown,
                             [&](const PageRecord &page) {
                                 QByteArray bytes = first ? QByteArray() : QByteArray(",");
                                 first = false;
                                 bytes += QJsonDocument(item(page)).toJson(QJsonDocument::Compact);
                                 ok = JsonOut::write(out, bytes, error);
                                 return ok;
                             });
        if (!ok || !JsonOut::write(out, "]", error))
            return false;
    } else if (!JsonOut::write(out, "null", error)) {
        return false;
    }

    QJsonValue jobError = QJsonValue::Null;
    if (job.state == JobState::Failed || job.state == JobState::Cancelled)
        jobError = job.error.isEmpty() ? progressMessage(job.state, 0, 0) : job.error;
    return JsonOut::write(out, ",\"error\":" + JsonOut::encode(jobError) + "}", error);
}
