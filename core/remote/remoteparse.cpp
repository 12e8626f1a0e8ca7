// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteparse.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace RemoteParse {

bool readEnvelope(const QJsonObject &envelope, const Reader &reader, RemoteUpdate *update,
                  QString *error)
{
    const std::optional<ImportedJob> job = reader(envelope, error);
    if (!job)
        return false;
    update->state = job->job.state;
    update->jobError = job->job.error;
    update->extra = job->job.extra;
    update->startUrl = job->job.startUrl;
    return true;
}

void readItems(const QJsonObject &envelope, const QString &slot, const QJsonArray &items,
               const QString &name, const Reader &reader, RemoteUpdate *update)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject one = envelope;
        one.insert(slot, QJsonArray{items.at(i)});
        QString reason;
        const std::optional<ImportedJob> job = reader(one, &reason);
        if (!job || job->pages.size() != 1) {
            // The importer names the key inside its one-item array: say which item it was.
            reason.replace(slot + u"[0]"_s, u"%1[%2]"_s.arg(name).arg(i));
            if (!reason.contains(u"%1[%2]"_s.arg(name).arg(i)))
                reason = u"%1[%2]: %3"_s.arg(name).arg(i).arg(reason);
            update->problems.append({itemUrl(items.at(i)), reason});
            continue;
        }
        const PageRecord &page = job->pages.constFirst();
        if (page.state == PageState::Queued || page.state == PageState::Fetching)
            continue;
        update->pages.append(page);
    }
}

QString itemUrl(const QJsonValue &item)
{
    const QJsonObject object = item.toObject();
    const QJsonObject meta = object.value(u"metadata"_s).toObject();
    for (const QJsonValue &value :
         {object.value(u"url"_s), meta.value(u"sourceURL"_s), meta.value(u"url"_s)}) {
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return {};
}

qint64 integer(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    const double number = value.toDouble();
    return std::floor(number) == number ? qint64(number) : fallback;
}

} // namespace RemoteParse
