// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

#include <vector>

// Strings as UTF-8 bytes in one buffer: a page's links without an allocation for each link.
class Utf8List final
{
public:
    qsizetype size() const { return qsizetype(m_ends.size()); }
    // Valid while the list lives and is not appended to.
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[std::size_t(i - 1)];
        return QByteArrayView(m_bytes.constData() + begin, m_ends[std::size_t(i)] - begin);
    }
    void reserve(qsizetype count, qsizetype bytes)
    {
        m_ends.reserve(std::size_t(count));
        m_bytes.reserve(bytes);
    }
    void append(QByteArrayView text)
    {
        m_bytes.append(text);
        m_ends.push_back(m_bytes.size());
    }
    QByteArrayList toList() const
    {
        QByteArrayList list;
        list.reserve(size());
        for (qsizetype i = 0; i < size(); ++i)
            list << at(i).toByteArray();
        return list;
    }

private:
    QByteArray m_bytes;
    std::vector<qsizetype> m_ends; // where each string ends in m_bytes
};
