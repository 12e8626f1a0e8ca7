// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// Why a page failed or was skipped. The machine word (`TIMEOUT`, `HTTP_5XX`, ...) is stable: it is
// stored, exported (errorCode / error_code) and matched by scripts, so never rename one.
enum class PageError
{
    None,
    Timeout,          // no answer, or a stalled body, within the timeout
    Connect,          // connection refused or reset
    Dns,              // host name not found
    Tls,              // TLS handshake or certificate failure
    Http4xx,          // the server answered 4xx
    Http5xx,          // the server answered 5xx
    TooLarge,         // the body (decoded) passed the size cap
    RedirectLoop,     // a redirect led back to a URL already visited in the chain
    TooManyRedirects, // more redirects than allowed
    RobotsBlocked,    // robots.txt disallows the URL
    NotHtml,          // fetched, but not an HTML document
    NoIndex,          // the page asks not to be indexed (meta robots, X-Robots-Tag)
    OutOfScope,       // a redirect left the crawl's scope
    Network,          // any other transport failure
    Cancelled,        // the job was cancelled while the page was in flight
    RenderTimeout,    // JavaScript rendering did not finish within the render timeout
    RenderCrashed,    // the render process died (or was killed) while rendering the page
    RenderFailed,     // the rendered page could not be loaded or read (download, huge DOM)
    // The rendered page tried something Trawl refuses (a dialog, window.open, navigation to another
    // host, a download). The page keeps its content and stays completed: an error on a success.
    RenderRefused,
};

namespace PageErrors {

QString code(PageError error);
std::optional<PageError> fromCode(QStringView code);
// A short translated explanation of the code, for people.
QString describe(PageError error);
// The error for an HTTP status that is not a success (0 when it is one).
PageError fromHttpStatus(int status);
// Whether a later attempt may succeed (timeouts, connection failures, 5xx, 429).
bool isRetryable(PageError error, int httpStatus);

} // namespace PageErrors
