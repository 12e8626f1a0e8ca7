// SPDX-License-Identifier: GPL-3.0-or-later
#include "codec/gzip.h"

#include <QCoreApplication>

#include <algorithm>

#include <libdeflate.h>

#define ZLIB_CONST
#include <zlib.h>

#include <memory>

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

// libdeflate decodes a whole buffer at once, two to three times faster than zlib's inflate(); one
// decompressor per thread, kept for the thread's life (it holds no state between calls).
libdeflate_decompressor *threadDecompressor()
{
    struct Free
    {
        void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
    };
    thread_local std::unique_ptr<libdeflate_decompressor, Free> decompressor(
        libdeflate_alloc_decompressor());
    return decompressor.get();
}

// The fast path for the common case, one gzip member whose trailer states its decoded size
// (ISIZE, the size modulo 2^32) within the cap: decoded straight into a buffer of that size.
// Anything else (several members, a trailer that lies, trailing bytes, corrupt data, a zlib
// stream) returns std::nullopt and goes the streaming way, which gives the reason.
std::optional<QByteArray> inflateSingleMember(const QByteArray &compressed, qint64 limit)
{
    constexpr qsizetype minimumGzip = 18; // 10-byte header, empty deflate block, 8-byte trailer
    const auto *data = reinterpret_cast<const unsigned char *>(compressed.constData());
    const qsizetype size = compressed.size();
    if (size < minimumGzip || !startsWithGzipMagic(data, size))
        return std::nullopt;
    const quint32 stated = quint32(data[size - 4]) | quint32(data[size - 3]) << 8
                           | quint32(data[size - 2]) << 16 | quint32(data[size - 1]) << 24;
    libdeflate_decompressor *decompressor = threadDecompressor();
    if (qint64(stated) > limit || !decompressor)
        return std::nullopt;
    QByteArray decoded(qsizetype(stated), Qt::Uninitialized);
    size_t consumed = 0;
    size_t produced = 0;
    const libdeflate_result result =
        libdeflate_gzip_decompress_ex(decompressor, data, size_t(size), decoded.data(),
                                      size_t(decoded.size()), &consumed, &produced);
    if (result != LIBDEFLATE_SUCCESS || consumed != size_t(size) || produced != stated)
        return std::nullopt;
    return decoded;
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
                                  QString *error, bool *tooLarge)
{
    if (tooLarge)
        *tooLarge = false;
    const auto fail = [error](const QString &reason) -> std::optional<QByteArray> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (auto decoded = inflateSingleMember(compressed, std::max<qint64>(maxDecodedBytes, 0)))
        return decoded;

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
            if (tooLarge)
                *tooLarge = true;
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

quint32 crc32(QByteArrayView data)
{
    return quint32(libdeflate_crc32(0, data.data(), std::size_t(data.size())));
}

} // namespace Gzip
