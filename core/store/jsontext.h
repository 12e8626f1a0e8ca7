// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Compact JSON text of the values the store keeps as JSON (a page's links, its response headers
// and its metadata object), written straight into UTF-8 without building a QJsonDocument: the
// same JSON that QJsonDocument::toJson(Compact) gives, read back by QJsonDocument::fromJson.
namespace JsonText {

// ["a","b"]
QByteArray stringArray(const QStringList &strings);
// [["name","value"],...]
QByteArray pairs(const QList<std::pair<QString, QString>> &pairs);
// {"key":value,...} in the object's (sorted) key order; strings, numbers, booleans, null and
// arrays of them are written directly, anything else through QJsonDocument.
QByteArray object(const QJsonObject &object);
// Appends `text` as a JSON string (quoted and escaped) to `out`.
void appendString(QByteArray &out, QStringView text);

} // namespace JsonText
