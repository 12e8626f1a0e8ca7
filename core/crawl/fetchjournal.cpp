// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/fetchjournal.h"

#include "codec/gzip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 magic = 0x54524a31; // "TRJ1"
constexpr int headerBytes = 12;       // magic, payload length, checksum (big-endian)
constexpr quint32 maxPayload = 512u * 1024 * 1024;
constexpr QDataStream::Version streamVersion = QDataStream::Qt_6_4;

} // namespace

FetchJournal::FetchJournal(const QString &folder, qint64 segmentBytes)
    : m_folder(folder)
    , m_segmentBytes(segmentBytes)
{}

FetchJournal::~FetchJournal() = default;

QString FetchJournal::segmentPath(int segment) const
{
    return m_folder + u'/' + QString::number(segment) + u".journal"_s;
}

QList<int> FetchJournal::segmentsOnDisk() const
{
    QList<int> segments;
    const QStringList names = QDir(m_folder).entryList({u"*.journal"_s}, QDir::Files, QDir::NoSort);
    for (const QString &name : names) {
        bool ok = false;
        const int segment = QFileInfo(name).completeBaseName().toInt(&ok);
        if (ok && segment >= 0)
            segments << segment;
    }
    std::sort(segments.begin(), segments.end());
    return segments;
}

QByteArray FetchJournal::encode(const Record &record)
{
    // Built in one buffer, reserved up front (bodies, headers, and room for the short fields):
    // the header first, then the payload it describes.
    const FetchResult &r = record.result;
    qsizetype estimate = headerBytes + 4096 + r.body.size() + r.gzipBody.size();
    for (const auto &[name, value] : r.responseHeaders)
        estimate += name.size() + value.size() + 8;
    QByteArray block;
    block.reserve(estimate);
    block.resize(headerBytes, '\0');
    QBuffer buffer(&block);
    buffer.open(QIODevice::WriteOnly);
    buffer.seek(headerBytes);
    QDataStream out(&buffer);
    out.setVersion(streamVersion);
    out << record.entry.url << record.entry.key << record.entry.parentUrl
        << qint32(record.entry.depth) << record.entry.seq << record.fetchedAt
        << qint32(record.attempts);
    out << r.url << r.finalUrl << r.redirects << qint32(r.httpStatus) << r.contentType << r.charset
        << qint32(r.responseHeaders.size());
    for (const auto &[name, value] : r.responseHeaders)
        out << name << value;
    out << r.body << r.contentEncoding << r.gzipBody << qint32(r.error) << r.errorMessage
        << r.durationMs << r.retryAfterMs;

    buffer.close();
    char *header = block.data();
    const QByteArrayView payload(header + headerBytes, block.size() - headerBytes);
    qToBigEndian(magic, header);
    qToBigEndian(quint32(payload.size()), header + 4);
    qToBigEndian(Gzip::crc32(payload), header + 8);
    return block;
}

bool FetchJournal::decode(const QByteArray &payload, Record *record)
{
    QDataStream in(payload);
    in.setVersion(streamVersion);
    FetchResult &r = record->result;
    qint32 depth = 0;
    qint32 attempts = 0;
    qint32 status = 0;
    qint32 headers = 0;
    qint32 error = 0;
    in >> record->entry.url >> record->entry.key >> record->entry.parentUrl >> depth
        >> record->entry.seq >> record->fetchedAt >> attempts;
    in >> r.url >> r.finalUrl >> r.redirects >> status >> r.contentType >> r.charset >> headers;
    if (in.status() != QDataStream::Ok || headers < 0 || headers > 100000)
        return false;
    r.responseHeaders.reserve(headers);
    for (qint32 i = 0; i < headers; ++i) {
        QByteArray name;
        QByteArray value;
        in >> name >> value;
        r.responseHeaders.append({name, value});
    }
    in >> r.body >> r.contentEncoding >> r.gzipBody >> error >> r.errorMessage >> r.durationMs
        >> r.retryAfterMs;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    record->entry.depth = depth;
    record->attempts = attempts;
    r.httpStatus = status;
    r.error = PageError(error);
    return true;
}

std::vector<FetchJournal::Record> FetchJournal::recover() const
{
    std::vector<Record> records;
    for (const int segment : segmentsOnDisk()) {
        QFile file(segmentPath(segment));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        qsizetype at = 0;
        while (data.size() - at >= headerBytes) {
            const char *header = data.constData() + at;
            const quint32 length = qFromBigEndian<quint32>(header + 4);
            if (qFromBigEndian<quint32>(header) != magic || length > maxPayload
                || data.size() - at - headerBytes < qsizetype(length))
                break; // cut short by the crash
            const QByteArray payload = data.mid(at + headerBytes, length);
            if (Gzip::crc32(payload) != qFromBigEndian<quint32>(header + 8))
                break;
            Record record;
            if (!decode(payload, &record))
                break;
            records.push_back(std::move(record));
            at += headerBytes + length;
        }
    }
    return records;
}

bool FetchJournal::open(QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QCoreApplication::translate("FetchJournal", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    m_recovered = segmentsOnDisk();
    m_current = m_recovered.isEmpty() ? 0 : m_recovered.constLast() + 1;
    m_file = std::make_unique<QFile>(segmentPath(m_current));
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        if (error)
            *error = QCoreApplication::translate("FetchJournal", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

void FetchJournal::dropRecovered()
{
    for (const int segment : std::as_const(m_recovered))
        QFile::remove(segmentPath(segment));
    m_recovered.clear();
}

int FetchJournal::append(const Record &record, QString *error)
{
    if (!m_file) {
        if (error)
            *error = QCoreApplication::translate("FetchJournal", "The journal is not open.");
        return -1;
    }
    if (m_file->pos() >= m_segmentBytes) { // pos(): no fstat() per page
        const int previous = m_current;
        auto next = std::make_unique<QFile>(segmentPath(m_current + 1));
        if (next->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            m_file = std::move(next);
            ++m_current;
            deleteIfDone(previous);
        }
    }
    const QByteArray block = encode(record);
    if (m_file->write(block) != block.size()) {
        if (error)
            *error = QCoreApplication::translate("FetchJournal", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file->fileName()), m_file->errorString());
        return -1;
    }
    ++m_outstanding[m_current];
    return m_current;
}

void FetchJournal::committed(int segment)
{
    const auto it = m_outstanding.find(segment);
    if (it == m_outstanding.end())
        return;
    if (--it.value() <= 0)
        m_outstanding.erase(it);
    deleteIfDone(segment);
}

void FetchJournal::deleteIfDone(int segment)
{
    if (segment != m_current && !m_outstanding.contains(segment))
        QFile::remove(segmentPath(segment));
}

void FetchJournal::clear()
{
    m_file.reset();
    m_outstanding.clear();
    m_recovered.clear();
    QDir(m_folder).removeRecursively();
    QDir().rmdir(QFileInfo(m_folder).path()); // DATABASE.fetched, when no other job has one
}
