// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Decompression of gzip (RFC 1952) and zlib (RFC 1950) data with a hard cap on the decoded size,
// so that a small hostile download cannot expand into gigabytes. Pure functions, safe from any
// thread.
namespace Gzip {

// True when `data` starts with the gzip magic bytes 1f 8b.
bool looksCompressed(const QByteArray &data);

// Inflates gzip or zlib data (told apart by their headers). Concatenated gzip members are decoded
// one after the other into one result; bytes after the last member that do not start another one
// (zero padding, junk) are ignored, as gzip(1) does. Decoding is streamed in small chunks and stops
// as soon as the decoded size would pass maxDecodedBytes: the result never holds more than that,
// and a gzip bomb is cut off after producing at most about maxDecodedBytes.
// Returns std::nullopt, with *error (when given) set to the reason, when the cap was passed (then
// *tooLarge, when given, is set) or the input is corrupt or truncated.
std::optional<QByteArray> inflate(const QByteArray &compressed, qint64 maxDecodedBytes,
                                  QString *error, bool *tooLarge = nullptr);

// The CRC-32 of `data` (the one gzip uses), at memory speed.
quint32 crc32(QByteArrayView data);

} // namespace Gzip
