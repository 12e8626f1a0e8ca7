// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// What one sitemap file lists.
struct SitemapContent
{
    // <urlset><url><loc>, or plain-text sitemaps: one URL per line.
    QList<QUrl> pages;
    // <sitemapindex><sitemap><loc>: child sitemaps to fetch next.
    QList<QUrl> sitemaps;
    // Empty when it parsed; otherwise why not (the parts read before an error are kept).
    QString error;
};

// Sitemaps (sitemaps.org protocol) that seed a crawl's frontier. Pure functions, safe from any
// thread.
namespace Sitemap {

// The protocol's limits per file.
constexpr qint64 maxDecodedBytes = 50 * 1024 * 1024;
constexpr int maxUrls = 50000;

// Parses one fetched sitemap body: gzip-compressed or not (told by the magic bytes, not by the
// name), XML or plain text (told by a first non-blank character "<"; blanks and a byte-order mark
// before an XML declaration are tolerated).
// XML: <urlset> or <sitemapindex>, namespaces and prefixes ignored (also undeclared ones), element
// names matched case-insensitively, the first <loc> directly inside each <url> or <sitemap> taken
// with its entities decoded, CDATA and surrounding whitespace allowed; nested <loc> of extensions
// (<image:image><image:loc>) are not pages. Malformed XML keeps what was read before the error.
// Plain text: one absolute URL per line (UTF-8), blank lines and junk ignored.
// Only absolute http/https URLs are kept; relative ones and other schemes are dropped. `base` is
// the sitemap's own URL, used in error messages only (no host filtering here).
// Caps: at most maxUrls entries from one file (the rest ignored, error says so); a compressed body
// decoding to more than maxDecodedBytes is rejected whole; an uncompressed body larger than that is
// read up to the cap.
SitemapContent parse(const QByteArray &body, const QUrl &base);

} // namespace Sitemap
