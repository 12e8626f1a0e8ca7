// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"
#include "remote/remoteclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

// Reads a status answer with the importers of core/export (one parser per format), item by item,
// so that one bad item is reported and the others are kept.
namespace RemoteParse {

using Reader = std::function<std::optional<ImportedJob>(const QJsonObject &, QString *)>;

// Reads `envelope` (the answer with its items taken out) into update->state, jobError, extra
// and startUrl. False, with the reason naming the key, when it cannot be read.
bool readEnvelope(const QJsonObject &envelope, const Reader &reader, RemoteUpdate *update,
                  QString *error);

// Reads each of `items` alone: `envelope` with `slot` set to a one-item array. Finished pages go
// to update->pages; unreadable items to update->problems ("<name>[i].key: reason"); pages still
// queued or in flight are left for a later answer.
void readItems(const QJsonObject &envelope, const QString &slot, const QJsonArray &items,
               const QString &name, const Reader &reader, RemoteUpdate *update);

// The URL an unreadable item names (url, metadata.sourceURL or metadata.url), if any.
QString itemUrl(const QJsonValue &item);

// A whole number in a JSON value, or `fallback`.
qint64 integer(const QJsonValue &value, qint64 fallback = 0);

} // namespace RemoteParse
