// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class TestHttpConnection;

// One request as the server parsed it.
struct TestRequest
{
    QByteArray method;
    QByteArray target; // path + query as sent
    QByteArray path;   // target without the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; // which connection carried it: 1, 2, ... in accept order

    // The first header of that name (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const;
};

// What the server sends back, including the ways it can misbehave.
struct TestResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "text/html; charset=utf-8"; // empty: no Content-Type header
    // Extra headers (Location, Retry-After, Content-Encoding, ...). One named Content-Type,
    // Content-Length, Transfer-Encoding or Connection replaces the server's own.
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;         // wait before sending anything (slow first byte)
    bool chunked = false;    // Transfer-Encoding: chunked instead of Content-Length
    bool closeAfter = false; // Connection: close after this response
    // >= 0: send this Content-Length whatever the body's size (truncated bodies), then close.
    qint64 declaredLength = -1;
    // >= 0: send the headers and this many body bytes, then nothing more; the connection stays
    // open (and its later requests unanswered) until the client closes it or the server dies.
    int stallAfterBytes = -1;
    // No Content-Length (nor chunks): the body ends when the server closes the connection.
    bool untilClose = false;
    // Close the connection after this response without saying so (no Connection: close), as a
    // server does with a kept-alive connection it considers idle.
    bool closeSilently = false;
    // Close the connection on receipt of the request, answering nothing (unless an earlier
    // request on it is still being answered: then it is answered like any other).
    bool dropConnection = false;
    // > 0: hand the response to the socket this many bytes at a time, sliceIntervalMs apart (a
    // slowloris server, or a response split at every byte boundary).
    int sliceBytes = 0;
    int sliceIntervalMs = 0;

    static TestResponse html(const QByteArray &body);
    static TestResponse redirect(const QByteArray &location, int code = 302);
    // A small HTML page naming the status ("404 Not Found").
    static TestResponse withStatus(int code);
};

// A real HTTP/1.1 server on 127.0.0.1 for tests, plain or TLS: keep-alive, pipelining, request
// bodies, and responses that are slow, chunked, truncated, stalled, sliced or dropped. It lives on
// the thread that creates it and answers while that thread runs its event loop (QSignalSpy::wait,
// QTRY_*); it never blocks. Destroying it closes every connection and drops every pending response.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    using Handler = std::function<TestResponse(const TestRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen(); // 127.0.0.1, any free port
    // The same over TLS with this configuration (certificate and private key).
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    // http://127.0.0.1:PORT/pathAndQuery (https:// with TLS; a missing leading slash is added).
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;

    // Called, on receipt, for every request no route serves. Without a handler: 404.
    void setHandler(Handler handler);
    // Exact path (the query is ignored) -> fixed response. Routes win over the handler.
    void addRoute(const QByteArray &path, TestResponse response);
    void addPage(const QByteArray &path, const QByteArray &html); // 200 text/html

    QList<TestRequest> requests() const;            // every request received, in order
    int requestCount(const QByteArray &path) const; // by path without the query
    int connectionCount() const;                    // connections accepted
    int openConnections() const;                    // connections open now
    int maxConcurrentConnections() const;           // most connections open at once
    // Most requests received but not yet fully answered (last byte handed to the socket) at once.
    int maxConcurrentRequests() const;
    // Forgets the requests and the counts above (the maxima restart from what is open now).
    void clearRequests();

Q_SIGNALS:
    // On receipt, before the response is chosen.
    void requestReceived(const TestRequest &request);

private:
    friend class TestHttpConnection;

    void acceptConnections();
    TestResponse receive(const TestRequest &request); // records it and picks the response
    void requestAnswered();
    void connectionClosed(int unansweredRequests);

    std::unique_ptr<QTcpServer> m_tcpServer; // a QSslServer with TLS
    bool m_tls = false;
    Handler m_handler;
    QHash<QByteArray, TestResponse> m_routes;
    QList<TestRequest> m_requests;
    int m_nextConnectionId = 0;
    int m_connectionCount = 0;
    int m_openConnections = 0;
    int m_maxOpenConnections = 0;
    int m_openRequests = 0;
    int m_maxOpenRequests = 0;
};
