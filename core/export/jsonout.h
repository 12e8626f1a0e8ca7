// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

// What the streaming JSON exporters share: they write the envelope by hand and each page as a
// compact JSON object, so memory does not grow with the job.
namespace JsonOut {

// One JSON value in compact form (QJsonDocument only serializes arrays and objects).
QByteArray encode(const QJsonValue &value);
// Writes all of `bytes`; on failure says why in `error`.
bool write(QIODevice &out, const QByteArray &bytes, QString *error);
// Metadata keys that start with "trawl:" are Trawl's own and never exported as metadata.
bool isPrivateKey(const QString &key);

} // namespace JsonOut
