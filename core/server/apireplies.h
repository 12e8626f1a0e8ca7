// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpserver.h"

#include <QJsonArray>
#include <QJsonObject>

class JobStore;

// The answers of the local API in Firecrawl's shapes. The status answers read the store and run
// on the status reader's threads (each with its own connection); the rest are plain builders.
namespace ApiReplies {

HttpResponse json(int status, const QJsonObject &body);
// v1: {"success": false, "error": message}; with `details` for a 400 ("Bad Request").
HttpResponse v1Error(int status, const QString &message, const QJsonArray &details = {});
// Firecrawl's answer to a request its schema (zod) refuses: "Bad Request" with one issue in
// zod's shape, {code, message, path}; `path` is the keys down to the value refused (empty: the
// body as a whole).
HttpResponse v1BadRequest(const QString &reason, const QJsonArray &path = {});
// The zod path of the key a reason names (reasons name keys as "a.b" or "urls[2]"): the longest
// key path of `body` (or a required top-level key) that the reason mentions; empty when none.
QJsonArray issuePath(const QString &reason, const QJsonObject &body);
// A refusal of the HTTP layer (413, 411, 431, 400) in the shape of the API version `target`
// (the request's path as sent) belongs to: v0's {error} or v1's {success, error}.
HttpResponse httpRefusal(int status, const QString &reason, const QByteArray &target);
// v0: {"error": message}.
HttpResponse v0Error(int status, const QString &message);
HttpResponse jobNotFound(bool v0);

struct StatusQuery
{
    QString jobId;
    qint64 skip = 0;
    qint64 limit = 0; // documents at most (0: no limit beyond the 10 MB chunk)
    QString selfUrl;  // http://host:port/v1/crawl/ID: where `next` points
};
// GET /v1/crawl/{id} and GET /v1/batch/scrape/{id}.
HttpResponse v1Status(JobStore &store, const StatusQuery &query);
// GET /v0/crawl/status/{id}.
HttpResponse v0Status(JobStore &store, const QString &jobId);
// GET /v1/crawl/{id}/errors: {errors: [{id, timestamp, url, code, error}], robotsBlocked: [url]}.
HttpResponse v1Errors(JobStore &store, const QString &jobId);
// GET /v1/crawl/ongoing: {success, crawls: [{id, teamId, url, options, created_at}]}, the jobs
// in `running`.
HttpResponse v1Ongoing(JobStore &store, const QStringList &running);

} // namespace ApiReplies
