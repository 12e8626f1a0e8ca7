// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/fetchjournal.h"

#include "codec/gzip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// "TRJ2": records written as below. (TRJ1's QDataStream records, left by a crash of an older
// Trawl, are not read: those pages are fetched again.)
constexpr quint32 magic = 0x54524a32;
constexpr int headerBytes = 12; // magic, payload length, checksum (big-endian)
constexpr quint32 maxPayload = 512u * 1024 * 1024;

// A record's payload: fixed-size little-endian integers, and bytes (or UTF-16 text, or an
// encoded URL) after their length. Written straight into the block, without a QDataStream.
class Writer
{
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {}
    template<typename T>
    void integer(T value)
    {
        const qsizetype at = m_out.size();
        m_out.resize(at + qsizetype(sizeof(T)));
        qToLittleEndian(value, m_out.data() + at);
    }
    void bytes(QByteArrayView bytes)
    {
        integer(quint32(bytes.size()));
        m_out.append(bytes.data(), bytes.size());
    }
    void text(const QString &text)
    {
        integer(quint32(text.size()));
        m_out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    }
    void url(const QUrl &url) { bytes(url.toEncoded()); }

private:
    QByteArray &m_out;
};

// Reads what Writer wrote; any read past the end makes ok() false (and returns empty values).
class Reader
{
public:
    explicit Reader(QByteArrayView in)
        : m_in(in)
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_in.size(); }
    template<typename T>
    T integer()
    {
        if (!take(qsizetype(sizeof(T))))
            return T();
        return qFromLittleEndian<T>(m_in.data() + m_at - qsizetype(sizeof(T)));
    }
    QByteArray bytes()
    {
        const auto size = qsizetype(integer<quint32>());
        return take(size) ? m_in.sliced(m_at - size, size).toByteArray() : QByteArray();
    }
    QString text()
    {
        const auto size = qsizetype(integer<quint32>());
        if (!take(size * 2))
            return {};
        QString text(size, Qt::Uninitialized);
        std::memcpy(text.data(), m_in.data() + m_at - size * 2, std::size_t(size) * 2);
        return text;
    }
    QUrl url() { return QUrl::fromEncoded(bytes()); }

private:
    bool take(qsizetype size)
    {
        if (!m_ok || size < 0 || m_in.size() - m_at < size) {
            m_ok = false;
            return false;
        }
        m_at += size;
        return true;
    }

    QByteArrayView m_in;
    qsizetype m_at = 0;
    bool m_ok = true;
};

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
    Writer out(block);
    out.text(record.entry.url);
    out.text(record.entry.key);
    out.text(record.entry.parentUrl);
    out.integer(qint32(record.entry.depth));
    out.integer(qint64(record.entry.seq));
    out.integer(record.fetchedAt.isValid() ? record.fetchedAt.toMSecsSinceEpoch()
                                           : std::numeric_limits<qint64>::min());
    out.integer(qint32(record.attempts));
    out.url(r.url);
    out.url(r.finalUrl);
    out.integer(quint32(r.redirects.size()));
    for (const QUrl &redirect : r.redirects)
        out.url(redirect);
    out.integer(qint32(r.httpStatus));
    out.text(r.contentType);
    out.text(r.charset);
    out.integer(quint32(r.responseHeaders.size()));
    for (const auto &[name, value] : r.responseHeaders) {
        out.bytes(name);
        out.bytes(value);
    }
    out.bytes(r.body);
    out.bytes(r.contentEncoding);
    out.bytes(r.gzipBody);
    out.integer(qint32(r.error));
    out.text(r.errorMessage);
    out.integer(qint64(r.durationMs));
    out.integer(qint64(r.retryAfterMs));

    char *header = block.data();
    const QByteArrayView payload(header + headerBytes, block.size() - headerBytes);
    qToBigEndian(magic, header);
    qToBigEndian(quint32(payload.size()), header + 4);
    qToBigEndian(Gzip::crc32(payload), header + 8);
    return block;
}

bool FetchJournal::decode(const QByteArray &payload, Record *record)
{
    Reader in(payload);
    FetchResult &r = record->result;
    record->entry.url = in.text();
    record->entry.key = in.text();
    record->entry.parentUrl = in.text();
    record->entry.depth = in.integer<qint32>();
    record->entry.seq = in.integer<qint64>();
    const auto fetchedAt = in.integer<qint64>();
    record->fetchedAt = fetchedAt == std::numeric_limits<qint64>::min()
                            ? QDateTime()
                            : QDateTime::fromMSecsSinceEpoch(fetchedAt, Qt::UTC);
    record->attempts = in.integer<qint32>();
    r.url = in.url();
    r.finalUrl = in.url();
    const auto redirects = in.integer<quint32>();
    for (quint32 i = 0; in.ok() && i < redirects; ++i)
        r.redirects << in.url();
    r.httpStatus = in.integer<qint32>();
    r.contentType = in.text();
    r.charset = in.text();
    const auto headers = in.integer<quint32>();
    for (quint32 i = 0; in.ok() && i < headers; ++i) {
        QByteArray name = in.bytes();
        QByteArray value = in.bytes();
        r.responseHeaders.append({std::move(name), std::move(value)});
    }
    r.body = in.bytes();
    r.contentEncoding = in.bytes();
    r.gzipBody = in.bytes();
    r.error = PageError(in.integer<qint32>());
    r.errorMessage = in.text();
    r.durationMs = in.integer<qint64>();
    r.retryAfterMs = in.integer<qint64>();
    return in.ok() && in.atEnd();
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
