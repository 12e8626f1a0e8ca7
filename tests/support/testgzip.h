// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// Test data compressed the way servers send it.
namespace TestGzip {

// `data` as one gzip member (RFC 1952), zlib's default level.
QByteArray compress(const QByteArray &data);

} // namespace TestGzip
