// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <utility>

class HttpConnection;

// One request as the server parsed it.
struct HttpRequest
{
    QByteArray method;                                // "GET", "POST", ...
    QByteArray target;                                // path and query as sent
    QString path;                                     // percent-decoded, without the query
    QUrlQuery query;                                  // decoded
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case
    QByteArray body;

    // The first header of that name (lower-case), or an empty array.
    QByteArray header(const QByteArray &lowerCaseName) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra ones (Allow, Retry-After, ...)
};

// Answers one request, now or later, from the server's thread. Copyable; the first send() wins
// and a responder whose connection has closed does nothing.
class HttpResponder
{
public:
    HttpResponder() = default;
    void send(const HttpResponse &response) const;

private:
    friend class HttpConnection;
    HttpResponder(HttpConnection *connection, quint64 sequence);

    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

// A small HTTP/1.1 server on QTcpServer: keep-alive, pipelining (answers go out in request
// order even when they are ready out of order), asynchronous answers, Content-Length bodies with
// a cap enforced before the body is read (a body over the cap is refused with 413 as soon as its
// headers say so, never buffered), `Expect: 100-continue`. It lives on the thread that creates
// it. QtHttpServer 6.4 buffers every body whole before a handler sees it and answers a wrong
// method with 404, which is why the local API does not build on it.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<void(const HttpRequest &, const HttpResponder &)>;
    // Builds the server's own refusals (413, 400, 411, 431) in the API's error shape; `target` is
    // the request's path and query as sent (empty when even the request line was unreadable).
    using ErrorBody =
        std::function<HttpResponse(int status, const QString &reason, const QByteArray &target)>;

    static constexpr qint64 maxHeaderBytes = 64 * 1024;
    static constexpr int idleTimeoutMs = 120000;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Why the last listen() failed (QAbstractSocket::AddressInUseError: the port is taken).
    QAbstractSocket::SocketError listenError() const { return m_tcpServer.serverError(); }
    void close();
    bool isListening() const { return m_tcpServer.isListening(); }
    quint16 port() const { return m_tcpServer.serverPort(); }
    QHostAddress address() const { return m_tcpServer.serverAddress(); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setErrorBody(ErrorBody errorBody) { m_errorBody = std::move(errorBody); }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    int openConnections() const { return int(m_connections.size()); }

private:
    friend class HttpConnection;
    void acceptConnections();
    HttpResponse errorResponse(int status, const QString &reason, const QByteArray &target) const;

    QTcpServer m_tcpServer;
    Handler m_handler;
    ErrorBody m_errorBody;
    qint64 m_maxBodyBytes = 1024 * 1024;
    QList<HttpConnection *> m_connections;
};
