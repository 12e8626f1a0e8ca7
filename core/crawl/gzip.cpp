// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/gzip.h"

#include <QCoreApplication>

#include <algorithm>

#define ZLIB_CONST
#include <zlib.h>

namespace {

// Decoded bytes produced per inflate() call, and compressed bytes handed to zlib at a time (its
// counters are 32-bit).
constexpr qsizetype outputChunk = 64 * 1024;
constexpr qsizetype inputChunk = 1024 * 1024 * 1024;

// windowBits for inflateInit2(): the largest window, and +32 to accept both gzip and zlib headers.
constexpr int autoDetectWindowBits = MAX_WBITS + 32;

// A z_stream that is always released.
class InflateStream
{
public:
    InflateStream() = default;
    ~InflateStream()
    {
        if (m_initialized)
            inflateEnd(&m_stream);
    }
    InflateStream(const InflateStream &) = delete;
    InflateStream &operator=(const InflateStream &) = delete;

    bool initialize()
    {
        m_initialized = inflateInit2(&m_stream, autoDetectWindowBits) == Z_OK;
        return m_initialized;
    }
    z_stream *get() { return &m_stream; }

private:
    z_stream m_stream{};
    bool m_initialized = false;
};

bool startsWithGzipMagic(const Bytef *data, qsizetype size)
{
    return size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
}

// Appends `size` bytes, growing the buffer by doubling but never reserving more than `limit`, so
// that a result close to the cap does not leave a buffer of twice the cap behind.
void appendBounded(QByteArray &decoded, const char *data, qsizetype size, qint64 limit)
{
    const qsizetype needed = decoded.size() + size;
    if (needed > decoded.capacity()) {
        const qint64 doubled = std::max<qint64>(qint64(decoded.capacity()) * 2, needed);
        decoded.reserve(qsizetype(std::min(doubled, limit)));
    }
    decoded.append(data, size);
}

QString corruptReason(const z_stream &stream)
{
    const QString detail = stream.msg ? QString::fromUtf8(stream.msg) : QString();
    if (detail.isEmpty())
        return QCoreApplication::translate("Gzip", "the compressed data is corrupt");
    return QCoreApplication::translate("Gzip", "the compressed data is corrupt (%1)").arg(detail);
}

} // namespace

namespace Gzip {

bool looksCompressed(const QByteArray &data)
{
    return startsWithGzipMagic(reinterpret_cast<const Bytef *>(data.constData()), data.size());
}

std::optional<QByteArray> inflate(const QByteArray &compressed, qint64 maxDecodedBytes,
                                  QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<QByteArray> {
        if (error)
            *error = reason;
        return std::nullopt;
    };

    InflateStream inflater;
    if (!inflater.initialize())
        return fail(QCoreApplication::translate("Gzip", "the decompressor could not start"));
    z_stream &stream = *inflater.get();

    const qint64 limit = std::max<qint64>(maxDecodedBytes, 0);
    // The input not yet handed to zlib; what zlib holds is stream.next_in/avail_in, right before.
    const auto *unread = reinterpret_cast<const Bytef *>(compressed.constData());
    qsizetype unreadSize = compressed.size();
    QByteArray chunk(outputChunk, Qt::Uninitialized);
    QByteArray decoded;

    while (true) {
        if (stream.avail_in == 0 && unreadSize > 0) {
            const qsizetype feed = std::min(unreadSize, inputChunk);
            stream.next_in = unread;
            stream.avail_in = uInt(feed);
            unread += feed;
            unreadSize -= feed;
        }
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(outputChunk);
        const int status = ::inflate(&stream, Z_NO_FLUSH);

        const qsizetype produced = outputChunk - qsizetype(stream.avail_out);
        if (produced > limit - decoded.size()) {
            return fail(
                QCoreApplication::translate("Gzip", "decoded size passed %1 bytes").arg(limit));
        }
        appendBounded(decoded, chunk.constData(), produced, limit);

        switch (status) {
        case Z_STREAM_END: {
            // The rest of the input (zlib's part and the unread part) is contiguous.
            const qsizetype left = qsizetype(stream.avail_in) + unreadSize;
            if (!startsWithGzipMagic(stream.next_in, left))
                return decoded;
            // Another gzip member follows: decode it with the same stream.
            if (inflateReset(&stream) != Z_OK)
                return fail(corruptReason(stream));
            break;
        }
        case Z_OK:
        case Z_BUF_ERROR:
            // zlib wants more input or more room for output; with no input left it is truncated.
            if (stream.avail_in == 0 && unreadSize == 0 && stream.avail_out != 0)
                return fail(
                    QCoreApplication::translate("Gzip", "the compressed data is truncated"));
            break;
        case Z_MEM_ERROR:
            return fail(QCoreApplication::translate("Gzip", "out of memory while decompressing"));
        case Z_NEED_DICT:
        case Z_DATA_ERROR:
        case Z_STREAM_ERROR:
        default:
            return fail(corruptReason(stream));
        }
    }
}

} // namespace Gzip
