// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remotejobrow.h"

#include "model/jobinfo.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = QCoreApplication::translate("RemoteJobRow", "Cannot update the job: %1")
                     .arg(query.lastError().text());
    return false;
}

} // namespace

namespace RemoteJobRow {

bool setBaseUrl(JobStore &store, const QString &jobId, const QUrl &baseUrl, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(u"UPDATE jobs SET remote_base_url = ? WHERE id = ?"_s);
    query.addBindValue(baseUrl.toString());
    query.addBindValue(jobId);
    return exec(query, error);
}

QUrl baseUrl(const JobStore &store, const QString &jobId)
{
    QSqlQuery query(const_cast<JobStore &>(store).database());
    query.prepare(u"SELECT remote_base_url FROM jobs WHERE id = ?"_s);
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return QUrl(query.value(0).toString());
    return {};
}

bool updateExtra(JobStore &store, const QString &jobId, const QJsonObject &extra,
                 const QString &startUrl, QString *error)
{
    QJsonObject merged = extra;
    if (const auto job = store.job(jobId)) {
        for (auto it = job->extra.constBegin(); it != job->extra.constEnd(); ++it) {
            if (it.key().startsWith(u"trawl:"_s))
                merged.insert(it.key(), it.value());
        }
    }
    QSqlQuery query(store.database());
    query.prepare(u"UPDATE jobs SET extra_json = ?, updated_at = ?, start_url = CASE WHEN "
                  "? <> '' AND remote_base_url IS NOT NULL AND substr(start_url, 1, "
                  "length(remote_base_url)) = remote_base_url THEN ? ELSE start_url END WHERE id "
                  "= ?"_s);
    query.addBindValue(merged.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(QString::fromUtf8(
                                            QJsonDocument(merged).toJson(QJsonDocument::Compact))));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(startUrl);
    query.addBindValue(startUrl);
    query.addBindValue(jobId);
    return exec(query, error);
}

QString findJob(const JobStore &store, const QString &provider, const QString &remoteId)
{
    QSqlQuery query(const_cast<JobStore &>(store).database());
    query.prepare(u"SELECT id FROM jobs WHERE provider = ? AND remote_id = ? ORDER BY created_at "
                  "DESC LIMIT 1"_s);
    query.addBindValue(provider);
    query.addBindValue(remoteId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool setTrawlField(JobStore &store, const QString &jobId, const QString &field,
                   const QJsonValue &value, QString *error)
{
    const std::optional<JobInfo> job = store.job(jobId);
    if (!job)
        return false;
    QJsonObject extra = job->extra;
    if (value.isUndefined() || value.isNull()) {
        if (!extra.contains(field))
            return true;
        extra.remove(field);
    } else {
        if (extra.value(field) == value)
            return true;
        extra.insert(field, value);
    }
    QSqlQuery query(store.database());
    query.prepare(u"UPDATE jobs SET extra_json = ?, updated_at = ? WHERE id = ?"_s);
    query.addBindValue(extra.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(QString::fromUtf8(
                                           QJsonDocument(extra).toJson(QJsonDocument::Compact))));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(jobId);
    return exec(query, error);
}

bool claim(JobStore &store, const JobInfo &seen, qint64 pid)
{
    QSqlQuery query(store.database());
    query.prepare(u"UPDATE jobs SET runner_pid = ?, heartbeat_at = ? WHERE id = ? AND "
                  "coalesce(runner_pid, 0) = ? AND coalesce(heartbeat_at, 0) = ?"_s);
    query.addBindValue(pid);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(seen.id);
    query.addBindValue(std::max<qint64>(0, seen.runnerPid));
    query.addBindValue(seen.heartbeatAt.isValid() ? seen.heartbeatAt.toMSecsSinceEpoch() : 0);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace RemoteJobRow
