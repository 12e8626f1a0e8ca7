// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A fetched HTML document as UTF-8, and how its encoding was decided.
struct DecodedHtml
{
    QByteArray utf8;  // always valid UTF-8 (invalid input sequences replaced with U+FFFD)
    QString encoding; // the encoding used, canonical lower-case name ("utf-8", "windows-1252",
                      // "utf-16le", "shift_jis", ...): the Encoding Standard's names
    QString source;   // how it was decided: "bom", "header", "meta", "default"
};

// Character encoding sniffing and decoding of HTML documents (HtmlScanner reads UTF-8). Pure
// functions, safe from any thread. Every fetched page goes through decode(), so the common case
// (UTF-8 decided, valid UTF-8 bytes) is a single validation pass that copies nothing.
namespace HtmlDecoder {

// Follows the HTML Standard's encoding sniffing in order:
// 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE), which is removed from the output;
// 2. `headerCharset`, the charset parameter of the Content-Type header (may be empty);
// 3. the HTML Standard's "prescan a byte stream" of the first 1024 bytes: <meta charset=...> or
//    <meta http-equiv="content-type" content="...charset=...">, attributes in any order and quoted
//    or not, comments and other tags' attribute values skipped; a meta declaring UTF-16 means
//    UTF-8, x-user-defined means windows-1252. Also part of the prescan: a UTF-16 "<?x" without
//    a BOM, and when no meta is found, an XML declaration's encoding ("<?xml ... encoding=...").
// 4. otherwise UTF-8 ("default").
// Labels are matched as the Encoding Standard says: ASCII whitespace trimmed, case-insensitive,
// aliases mapped ("latin1", "iso-8859-1" and "us-ascii" all mean windows-1252, "utf8" means
// utf-8, "sjis" means shift_jis, ...). A label that is unknown, or names an encoding this Qt
// build cannot decode, falls through to the next step. Legacy encodings are decoded with
// QStringDecoder (ICU), UTF-8, UTF-16 and x-user-defined here. When the body is valid UTF-8
// and UTF-8 is decided without a BOM, or when it is pure ASCII and an ASCII-compatible encoding
// is decided, `utf8` shares the body's data.
DecodedHtml decode(const QByteArray &body, const QString &headerCharset);

} // namespace HtmlDecoder
