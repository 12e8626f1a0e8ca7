// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/metadatatext.h"

#include "model/jsonstring.h"

#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace {

// `text` (valid UTF-8) as a JSON string.
void appendJsonString(QByteArray &json, QByteArrayView text)
{
    json += '"';
    JsonString::appendEscaped(json, text);
    json += '"';
}

std::vector<QByteArray> copies(const std::vector<QByteArrayView> &values)
{
    std::vector<QByteArray> result;
    result.reserve(values.size());
    for (const QByteArrayView value : values)
        result.push_back(value.toByteArray());
    return result;
}

} // namespace

void MetadataText::addNamed(QByteArrayView key, QByteArrayView value)
{
    if (!value.isEmpty())
        add(key, value);
}

void MetadataText::addNamedArray(QByteArrayView key, const std::vector<QByteArrayView> &values)
{
    if (!values.empty() && !has(key))
        m_members.push_back({key.toByteArray(), copies(values), true});
}

void MetadataText::add(QByteArrayView key, QByteArrayView value)
{
    if (!has(key))
        m_members.push_back({key.toByteArray(), {value.toByteArray()}, false});
}

void MetadataText::set(QByteArrayView key, QByteArrayView value)
{
    for (Member &member : m_members) {
        if (member.key == key) {
            member = {key.toByteArray(), {value.toByteArray()}, false};
            return;
        }
    }
    m_members.push_back({key.toByteArray(), {value.toByteArray()}, false});
}

void MetadataText::addRaw(QByteArrayView key, const std::vector<QByteArrayView> &values)
{
    m_members.push_back({key.toByteArray(), copies(values), values.size() != 1});
}

const MetadataText::Member *MetadataText::find(QByteArrayView key) const
{
    for (const Member &member : m_members) {
        if (member.key == key)
            return &member;
    }
    return nullptr;
}

bool MetadataText::has(QByteArrayView key) const
{
    return find(key) != nullptr;
}

QString MetadataText::value(QByteArrayView key) const
{
    const Member *member = find(key);
    return member && !member->array ? QString::fromUtf8(member->values.front()) : QString();
}

QStringList MetadataText::values(QByteArrayView key) const
{
    QStringList result;
    if (const Member *member = find(key)) {
        for (const QByteArray &value : member->values)
            result << QString::fromUtf8(value);
    }
    return result;
}

QByteArray MetadataText::json() const
{
    std::vector<std::size_t> order(m_members.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(),
              [this](std::size_t a, std::size_t b) { return m_members[a].key < m_members[b].key; });
    QByteArray json;
    json.reserve(1024);
    json += '{';
    for (const std::size_t i : order) {
        const Member &member = m_members[i];
        if (json.size() > 1)
            json += ',';
        appendJsonString(json, member.key);
        json += ':';
        if (!member.array) {
            appendJsonString(json, member.values.front());
            continue;
        }
        json += '[';
        for (std::size_t v = 0; v < member.values.size(); ++v) {
            if (v > 0)
                json += ',';
            appendJsonString(json, member.values[v]);
        }
        json += ']';
    }
    json += '}';
    return json;
}

QJsonObject MetadataText::object() const
{
    return m_members.empty() ? QJsonObject() : QJsonDocument::fromJson(json()).object();
}
