// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

// A page's metadata object (Metadata::extract's) built member by member from the page's UTF-8,
// each key once: written as compact JSON with the keys in QJsonObject's order (the crawl stores
// that text as it is, PageRecord::metadataJson), and read by key without parsing it. Values are
// strings or arrays of strings.
class MetadataText final
{
public:
    // A named field: the first non-empty value wins.
    void addNamed(QByteArrayView key, QByteArrayView value);
    void addNamedArray(QByteArrayView key, const std::vector<QByteArrayView> &values);
    // A member that may be empty; ignored when the key is there already.
    void add(QByteArrayView key, QByteArrayView value);
    // `value` under `key`, in place of what was there.
    void set(QByteArrayView key, QByteArrayView value);
    // A key as a meta tag has it, with its values in document order (an array when several).
    // The caller makes sure the key is not there yet.
    void addRaw(QByteArrayView key, const std::vector<QByteArrayView> &values);
    bool has(QByteArrayView key) const;
    qsizetype size() const { return qsizetype(m_members.size()); }

    // The string under `key`; empty when there is none or it is an array.
    QString value(QByteArrayView key) const;
    // The string under `key`, or each string of its array.
    QStringList values(QByteArrayView key) const;

    // {"key":value,...}, keys sorted as QJsonObject sorts them (by code point: UTF-8 bytes).
    QByteArray json() const;
    QJsonObject object() const;

private:
    struct Member
    {
        QByteArray key;
        std::vector<QByteArray> values;
        bool array = false;
    };
    const Member *find(QByteArrayView key) const;

    std::vector<Member> m_members;
};
