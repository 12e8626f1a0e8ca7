// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QUrl>

// Resolves URLs against a base as QUrl::resolved() then QUrl::toEncoded() do, data: URLs left as
// they are. Plain http(s) URLs of safe ASCII characters (most links of a page) are resolved here
// byte for byte as QUrl would, without its parsing, several times faster; anything else goes
// through QUrl. Immutable once built; safe to use from any thread.
class UrlResolver final
{
public:
    explicit UrlResolver(const QUrl &base);
    // `url` as an attribute holds it, trimmed, without tabs and newlines.
    QByteArray resolve(const QByteArray &url) const;
    // The fast path alone: true, with `resolved` set to what QUrl would give, when `url` is a
    // plain http(s) reference (relative, scheme-relative or absolute with a simple host) of safe
    // ASCII characters; false when only QUrl can tell.
    bool resolveSimply(QByteArrayView url, QByteArray &resolved) const;

private:
    QUrl m_base;
    QByteArray m_origin;          // "scheme://authority" of a simple base; empty: no fast path
    qsizetype m_schemeLength = 0; // "http:" or "https:"
    QByteArray m_authority;       // of a simple base
    QByteArray m_path;
    QByteArray m_directory; // m_path up to its last '/' ("/" when empty)
    QByteArray m_query;     // with its '?'
};
