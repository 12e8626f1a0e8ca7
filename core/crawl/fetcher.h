// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pageerror.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <utility>

class FetchJob;
class QNetworkAccessManager;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct FetchRequest
{
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int maxIdleMs = 15000;

    QUrl url;
    int timeoutMs = 30000; // the whole request: every redirect, headers and body
    QString userAgent;
    HeaderList headers;                // extra request headers
    qint64 maxBytes = defaultMaxBytes; // decoded body size cap
    bool truncateAtLimit = false;      // keep the first maxBytes instead of failing (robots.txt)
    bool htmlOnly = false;             // stop after the headers when the body is not HTML
    bool skipTlsVerification = false;
    // Keep a gzip or deflate body as it came (FetchResult::contentEncoding says which) for
    // FetchResult::decodeBody() on another thread; maxBytes then caps the download, and
    // decodeBody() the decoded size. Otherwise the body arrives decoded.
    bool deferDecoding = false;
    int maxRedirects = 10;
    // Asked before following each redirect: PageError::None to follow, else the reason not to.
    std::function<PageError(const QUrl &target)> checkRedirect;

    // No byte for this long (connecting, waiting for headers or mid-body) fails the request.
    int idleTimeoutMs() const { return std::min(timeoutMs, maxIdleMs); }
};

struct FetchResult
{
    QUrl url;
    QUrl finalUrl;
    QList<QUrl> redirects; // every URL redirected to, in order
    int httpStatus = 0;
    QString contentType; // without parameters, lower-case ("text/html")
    QString charset;     // from the Content-Type header, lower-case, may be empty
    HeaderList responseHeaders;
    QByteArray body;
    QByteArray contentEncoding; // "gzip" or "deflate" while a deferred body is still encoded
    PageError error = PageError::None;
    QString errorMessage;
    qint64 durationMs = 0;
    qint64 retryAfterMs = -1; // from a Retry-After header, when there was one

    bool isHtml() const;
    // Decodes a body kept encoded by FetchRequest::deferDecoding, at most maxBytes of it. On
    // failure (past the cap, corrupt or truncated data) the body is dropped and error and
    // errorMessage say why. Safe on any thread.
    bool decodeBody(qint64 maxBytes);
    QByteArray header(const QByteArray &name) const;
};

// Fetches URLs with one QNetworkAccessManager, owned by the thread the Fetcher lives on. Follows
// redirects itself (loops detected, each target checked), enforces the size cap on the decoded
// body as it arrives (a gzip bomb stops at the cap) and the idle and total timeouts. Each fetch
// ends in exactly one call of its callback, on that thread.
class Fetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    void fetch(const FetchRequest &request, Callback done);
    // Aborts every fetch in flight; their callbacks run with PageError::Cancelled.
    void abortAll();
    int inFlight() const;

    // Parses a Retry-After value (seconds or an HTTP date) into milliseconds from `now`.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

private:
    friend class FetchJob;

    QNetworkAccessManager *m_network;
    QSet<FetchJob *> m_jobs; // fetches not finished yet
};
