// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JsonOut {

QByteArray encode(const QJsonValue &value)
{
    // Encode the value inside an array and drop the brackets.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool write(QIODevice &out, const QByteArray &bytes, QString *error)
{
    if (out.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = QCoreApplication::translate("JsonOut", "Cannot write the export: %1")
                     .arg(out.errorString());
    return false;
}

bool isPrivateKey(const QString &key)
{
    return key.startsWith(u"trawl:"_s);
}

} // namespace JsonOut
