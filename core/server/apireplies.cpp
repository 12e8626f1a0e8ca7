// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/apireplies.h"

#include "export/firecrawlexport.h"
#include "export/jobsnapshot.h"
#include "model/crawlrequest.h"
#include "model/jobstate.h"
#include "store/jobstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// A job the API may show: a local job (jobs of hosted services are not this server's).
std::optional<JobInfo> localJob(JobStore &store, const QString &jobId)
{
    auto job = store.job(jobId);
    if (!job || !job->isLocal())
        return std::nullopt;
    return job;
}

HttpResponse exported(JobStore &store, const JobInfo &job, const Exporter &exporter,
                      const ExportRequest &request)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QString error;
    bool ok = false;
    {
        JobSnapshot snapshot(store, job);
        ok = exporter.write(snapshot, request, buffer, &error);
    }
    if (!ok)
        return ApiReplies::v1Error(500, error);
    HttpResponse response;
    response.body = bytes;
    return response;
}

} // namespace

namespace ApiReplies {

HttpResponse json(int status, const QJsonObject &body)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse v1Error(int status, const QString &message, const QJsonArray &details)
{
    QJsonObject body{{u"success"_s, false}, {u"error"_s, message}};
    if (!details.isEmpty())
        body.insert(u"details"_s, details);
    return json(status, body);
}

HttpResponse v1BadRequest(const QString &reason, const QJsonArray &path)
{
    // zod's issue for a refinement that failed: "custom", with the path to the value.
    return v1Error(400, u"Bad Request"_s,
                   QJsonArray{QJsonObject{
                       {u"code"_s, u"custom"_s}, {u"message"_s, reason}, {u"path"_s, path}}});
}

QJsonArray issuePath(const QString &reason, const QJsonObject &body)
{
    // Every key path of the body, as the reasons write them: a.b, urls[2].
    QStringList paths{u"url"_s, u"urls"_s};
    std::function<void(const QJsonValue &, const QString &)> collect = [&](const QJsonValue &value,
                                                                           const QString &prefix) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
                paths << path;
                collect(it.value(), path);
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString path = u"%1[%2]"_s.arg(prefix).arg(i);
                paths << path;
                collect(array.at(i), path);
            }
        }
    };
    collect(body, {});
    QString best;
    for (const QString &path : std::as_const(paths)) {
        if (path.size() <= best.size())
            continue;
        // The whole key path, not a part of a longer name or path.
        const QRegularExpression word(u"(?<![\\w.\\[])"_s + QRegularExpression::escape(path)
                                      + u"(?![\\w\\[]|\\.\\w)"_s);
        if (word.match(reason).hasMatch())
            best = path;
    }
    QJsonArray path;
    static const QRegularExpression part(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    for (auto it = part.globalMatch(best); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.hasCaptured(2))
            path.append(match.captured(2).toInt());
        else
            path.append(match.captured(1));
    }
    return path;
}

HttpResponse httpRefusal(int status, const QString &reason, const QByteArray &target)
{
    if (target.startsWith("/v0/") || target == "/v0")
        return v0Error(status, reason);
    return v1Error(status, reason);
}

HttpResponse v0Error(int status, const QString &message)
{
    return json(status, {{u"error"_s, message}});
}

HttpResponse jobNotFound(bool v0)
{
    return v0 ? v0Error(404, u"Job not found"_s) : v1Error(404, u"Job not found"_s);
}

HttpResponse v1Status(JobStore &store, const StatusQuery &query)
{
    const auto job = localJob(store, query.jobId);
    if (!job)
        return jobNotFound(false);
    ExportRequest request;
    request.isFile = false;
    request.skip = query.skip;
    request.maxDocuments = query.limit;
    request.nextBaseUrl = query.selfUrl;
    return exported(store, *job, FirecrawlV1Export(), request);
}

HttpResponse v0Status(JobStore &store, const QString &jobId)
{
    const auto job = localJob(store, jobId);
    if (!job)
        return jobNotFound(true);
    ExportRequest request;
    request.isFile = false;
    return exported(store, *job, FirecrawlV0Export(), request);
}

HttpResponse v1Errors(JobStore &store, const QString &jobId)
{
    const auto job = localJob(store, jobId);
    if (!job)
        return jobNotFound(false);
    QJsonArray errors;
    QJsonArray robotsBlocked;
    {
        JobSnapshot snapshot(store, *job);
        snapshot.forEachPage(
            PageField::Summary,
            [&](const PageRecord &page) {
                if (page.error == PageError::RobotsBlocked) {
                    robotsBlocked.append(page.url);
                    return true;
                }
                errors.append(QJsonObject{
                    {u"id"_s, u"%1-%2"_s.arg(job->id).arg(page.index)},
                    {u"timestamp"_s, page.fetchedAt.toUTC().toString(Qt::ISODateWithMs)},
                    {u"url"_s, page.url},
                    {u"code"_s, page.errorCode()},
                    {u"error"_s,
                     page.errorMessage.isEmpty() ? page.errorCode() : page.errorMessage},
                });
                return true;
            },
            {PageState::Failed, PageState::Skipped});
    }
    return json(200, {{u"errors"_s, errors}, {u"robotsBlocked"_s, robotsBlocked}});
}

HttpResponse v1Ongoing(JobStore &store, const QStringList &running)
{
    QJsonArray crawls;
    for (const QString &jobId : running) {
        const auto job = localJob(store, jobId);
        // A crawl that has just ended is still the runner's until its thread is done: what the
        // store says wins, as in its status answer.
        if (!job || JobStates::isTerminal(job->state))
            continue;
        crawls.append(QJsonObject{
            {u"id"_s, job->id},
            {u"teamId"_s, u"local"_s},
            {u"url"_s, job->startUrl.isEmpty() ? job->options.url.toString() : job->startUrl},
            {u"options"_s, CrawlRequest::toJson(job->options)},
            {u"created_at"_s, job->createdAt.toUTC().toString(Qt::ISODateWithMs)},
        });
    }
    return json(200, {{u"success"_s, true}, {u"crawls"_s, crawls}});
}

} // namespace ApiReplies
