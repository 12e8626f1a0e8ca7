// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

class JobStore;
struct JobInfo;

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

// What Trawl itself says about a remote job, kept in its extra fields under "trawl:" (never
// exported): why it waits for an API key, why its monitor stopped on its own.
inline const QString keyRefusedField = QStringLiteral("trawl:keyRefused");
inline const QString monitorStoppedField = QStringLiteral("trawl:monitorStopped");
// Sets `field` (a "trawl:" key) in the job's extra fields; an undefined or null value removes it.
bool setTrawlField(JobStore &store, const QString &jobId, const QString &field,
                   const QJsonValue &value, QString *error = nullptr);

// Makes process `pid` the job's monitor, unless its runner changed since `seen` was read (another
// process claimed it in between): compare and swap on runner_pid and heartbeat_at.
bool claim(JobStore &store, const JobInfo &seen, qint64 pid);

} // namespace RemoteJobRow
