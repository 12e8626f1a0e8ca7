// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

class JobStore;

// The columns of a remote job that JobStore does not know: its base URL (006_remote.sql), and
// the provider's own job fields (extra_json) as the latest answer gave them.
namespace RemoteJobRow {

bool setBaseUrl(JobStore &store, const QString &jobId, const QUrl &baseUrl, QString *error);
QUrl baseUrl(const JobStore &store, const QString &jobId);
// Replaces the job's extra fields (keys starting with "trawl:" are kept) and sets its start URL
// while it is still the stand-in (the job's status URL under the base URL).
bool updateExtra(JobStore &store, const QString &jobId, const QJsonObject &extra,
                 const QString &startUrl, QString *error);
// The local job that monitors `remoteId` on `provider` (the newest), if any.
QString findJob(const JobStore &store, const QString &provider, const QString &remoteId);

} // namespace RemoteJobRow
