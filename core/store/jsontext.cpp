// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

void appendValue(QByteArray &out, const QJsonValue &value);

void appendArray(QByteArray &out, const QJsonArray &array)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, item);
    }
    out += ']';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        JsonText::appendString(out, value.toString());
        return;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
    case QJsonValue::Object: {
        // One-element array through QJsonDocument: its number format and nested objects.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
        return;
    }
    }
}

} // namespace

namespace JsonText {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // Most values (URLs, header names) are printable ASCII: copied character by character.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *to = out.data() + start;
    *to++ = '"';
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        *to++ = char(c);
    }
    if (i == text.size()) {
        *to = '"';
        return;
    }
    out.truncate(to - out.constData());

    // The rest as UTF-8, escaped.
    const QByteArray utf8 = text.sliced(i).toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    qsizetype clean = 0; // start of the run of bytes that need no escape
    for (qsizetype j = 0; j < utf8.size(); ++j) {
        const auto c = static_cast<unsigned char>(utf8.at(j));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + clean, j - clean);
        clean = j + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            break;
        }
    }
    out.append(utf8.constData() + clean, utf8.size() - clean);
    out += '"';
}

QByteArray stringArray(const QStringList &strings)
{
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < strings.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, strings.at(i));
    }
    out += ']';
    return out;
}

QByteArray pairs(const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray out;
    out += '[';
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        out += i > 0 ? ",[" : "[";
        appendString(out, pairs.at(i).first);
        out += ',';
        appendString(out, pairs.at(i).second);
        out += ']';
    }
    out += ']';
    return out;
}

QByteArray object(const QJsonObject &object)
{
    QByteArray out;
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
    return out;
}

} // namespace JsonText
