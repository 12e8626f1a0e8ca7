// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The inside of a JSON string, escaped as QJsonDocument escapes it: what the store's JSON text
// (JsonText) and a page's metadata text (MetadataText) write.
namespace JsonString {

// Appends `utf8` (valid UTF-8) without quotes: '"', '\\' and control characters escaped (\b, \f,
// \n, \r, \t, else \u00XX), every other byte as it is.
void appendEscaped(QByteArray &out, QByteArrayView utf8);

} // namespace JsonString
