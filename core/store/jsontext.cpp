// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jsontext.h"

#include "model/jsonstring.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

// Copies the leading run of `text` that JSON takes as it is (ASCII from space on, except '"' and
// '\\') to `to`, one byte per character; returns its length. Links and header names are such
// runs from end to end: eight characters are checked and narrowed at a time.
qsizetype copyPlainRun(QStringView text, char *to)
{
    const char16_t *from = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Signed 16-bit comparisons: characters from U+8000 on are negative, so "below space" holds
    // them too.
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i del = _mm_set1_epi16(0x7f);
    const __m128i quote = _mm_set1_epi16('"');
    const __m128i backslash = _mm_set1_epi16('\\');
    for (; i + 8 <= size; i += 8) {
        const __m128i chars = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
        const __m128i escaped = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi16(chars, space), _mm_cmpgt_epi16(chars, del)),
            _mm_or_si128(_mm_cmpeq_epi16(chars, quote), _mm_cmpeq_epi16(chars, backslash)));
        if (_mm_movemask_epi8(escaped) != 0)
            break;
        _mm_storel_epi64(reinterpret_cast<__m128i *>(to + i), _mm_packus_epi16(chars, chars));
    }
#endif
    for (; i < size; ++i) {
        const char16_t c = from[i];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        to[i] = char(c);
    }
    return i;
}

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
    // Most values (URLs, header names) are printable ASCII: copied as they are.
    const qsizetype start = out.size();
    out.resize(start + text.size() + 2);
    char *to = out.data() + start;
    *to++ = '"';
    const qsizetype i = copyPlainRun(text, to);
    if (i == text.size()) {
        to[i] = '"';
        return;
    }
    out.truncate(start + 1 + i);

    // The rest as UTF-8, escaped.
    JsonString::appendEscaped(out, text.sliced(i).toUtf8());
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
