// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// How links are turned into the URLs a crawl fetches and the keys it deduplicates on.
struct UrlNormalizerOptions
{
    bool stripTrackingParameters =
        true; // utm_*, gclid, fbclid, ... and session ids (sid, jsessionid)
    bool ignoreQueryParameters = false;
    bool deduplicateSimilarUrls = true;
};

// Link resolution, normalization and page identity. Pure functions, safe from any thread; they run
// for every link of every page, so they avoid regular expressions and needless parsing.
namespace UrlNormalizer {

// Resolves an href found on a page (relative, root-relative, protocol-relative, absolute) against
// the page's base URL (its final URL or <base href>). Trims whitespace (HTML attribute values may
// contain leading/trailing spaces and embedded tabs/newlines, which browsers strip). Returns an
// invalid QUrl for anything that is not http/https after resolution (mailto:, tel:, javascript:,
// data:, empty, unparsable).
QUrl resolve(const QUrl &base, const QString &href);

// The form that is fetched: scheme and host lower-case, default port (80/443) removed, fragment
// dropped, dot segments removed, empty path -> "/", percent-encoding normalized (unreserved
// characters decoded, hex upper-case), tracking parameters utm_*, gclid, fbclid, msclkid, mc_eid,
// _ga dropped when stripTrackingParameters (keeping the other parameters in their order), the
// whole query dropped when ignoreQueryParameters; a "?" with nothing after removed.
// Returns an invalid QUrl when `url` is not an http(s) URL with a host.
QUrl normalize(const QUrl &url, const UrlNormalizerOptions &options = {});

// The dedupe key: normalize(), then when deduplicateSimilarUrls: scheme ignored (http and https
// are the same page), a leading "www." of the host ignored, a trailing "index.html"/"index.htm"/
// "index.php" path segment removed, and a trailing slash ignored ("/a/" and "/a" same; "/" stays).
// Returned as a string (e.g. "example.com/docs/a?x=1"). Two URLs are the same page iff their keys
// are equal. Empty when `url` is not an http(s) URL with a host.
QString key(const QUrl &url, const UrlNormalizerOptions &options = {});

} // namespace UrlNormalizer
