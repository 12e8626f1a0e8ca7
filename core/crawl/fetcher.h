// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pageerror.h"

#include <QBasicTimer>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class FetchJob;
class HttpConnectionPool;

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct FetchRequest
{
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;
    static constexpr int maxIdleMs = 15000; // the default idleLimitMs

    QUrl url;
    int timeoutMs = 30000; // the whole request: every redirect, headers and body
    QString userAgent;
    HeaderList headers;                // extra request headers
    qint64 maxBytes = defaultMaxBytes; // cap on the body, as downloaded and decoded
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
    int idleLimitMs = maxIdleMs;
    int idleTimeoutMs() const { return std::min(timeoutMs, idleLimitMs); }
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
    QByteArray gzipBody;        // after decodeBody(): the body as it came, when it was gzip
    PageError error = PageError::None;
    QString errorMessage;
    qint64 durationMs = 0;
    qint64 retryAfterMs = -1; // from a Retry-After header, when there was one

    bool isHtml() const;
    // Decodes a body kept encoded by FetchRequest::deferDecoding, at most maxBytes of it. On
    // failure (past the cap, corrupt or truncated data) the body is dropped and error and
    // errorMessage say why. Safe on any thread.
    bool decodeBody(qint64 maxBytes);
    // Every value of that response header (case-insensitive), one line each, in order.
    QByteArray header(const QByteArray &name) const;
};

// Fetches URLs over HTTP/1.1 on the thread the Fetcher lives on, with a pool of keep-alive
// connections of its own (HttpConnectionPool): as many connections to a host as fetches in flight
// for it. Follows redirects itself (loops detected, each target checked), enforces the size cap
// as the body arrives (and on the decoded size: a gzip bomb stops at the cap) and the connect,
// idle and total timeouts. Each fetch ends in exactly one call of its callback, on that thread,
// never from within fetch() (abortAll() calls them before it returns).
class Fetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    void fetch(const FetchRequest &request, Callback done);
    // Aborts every fetch in flight; their callbacks run with PageError::Cancelled before this
    // returns (as do those of fetches that had ended but not called back yet).
    void abortAll();
    int inFlight() const;

    // Parses a Retry-After value (seconds or an HTTP date) into milliseconds from `now`.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class FetchJob;

    FetchJob *job(quint64 id) const; // a running fetch, or nullptr
    void finished(FetchJob *job);    // its callback runs soon
    void deliver();                  // runs the callbacks of the finished fetches
    void watchDeadline(qint64 dueMs);
    void checkDeadlines();

    HttpConnectionPool *m_pool;
    std::vector<std::unique_ptr<FetchJob>> m_jobs;     // running
    std::vector<std::unique_ptr<FetchJob>> m_finished; // callbacks not called yet
    quint64 m_nextId = 1;
    QBasicTimer m_deliveryTimer;
    QBasicTimer m_deadlineTimer;
    qint64 m_deadlineDueMs = 0;
};
