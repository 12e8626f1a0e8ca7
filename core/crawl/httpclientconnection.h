// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/httpresponseparser.h"
#include "model/pageerror.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

class HttpConnectionPool;
class QTcpSocket;

// Where a connection goes: the key of the connection pool.
struct HttpOrigin
{
    QString host; // as in the URL: a name (ACE form) or an IP address without brackets
    quint16 port = 80;
    bool tls = false;
    bool skipTlsVerification = false; // only for tls

    QString key() const;
};

// One HTTP/1.1 connection, plain TCP or TLS (QSslSocket), carrying one request at a time
// (no pipelining) and kept open between them when the server allows it. Owned by its pool,
// lives on the pool's thread and is driven by the socket's signals, connected once.
class HttpClientConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClientConnection)

public:
    // Receives what the connection learns about the one request it carries. Each exchange ends
    // with exactly one call of responseComplete() or exchangeFailed(), made after the connection
    // has forgotten the exchange (it may carry the next request then); nothing is called after
    // the exchange calls abandon().
    class Exchange
    {
    public:
        virtual void responseHeaders(const HttpResponseParser &response) = 0;
        virtual void responseBody(QByteArrayView data) = 0;
        // The connection is back in the pool (or closed) already.
        virtual void responseComplete(const HttpResponseParser &response) = 0;
        // `staleReuse`: the connection had served a response and closed before any byte of this
        // one came, as a server does with keep-alive connections it considers idle: the request
        // may be sent again on a new connection.
        virtual void exchangeFailed(PageError error, const QString &message, bool staleReuse) = 0;

    protected:
        ~Exchange() = default;
    };

    HttpClientConnection(const HttpOrigin &origin, HttpConnectionPool *pool);
    ~HttpClientConnection() override;

    // Connects to the first of the addresses that answers.
    void open(const QList<QHostAddress> &addresses);
    // Sends a complete request (written as soon as the connection is up) for `exchange`.
    void send(const QByteArray &request, bool headRequest, Exchange *exchange);
    // The exchange gives up on its request: the connection closes, calling nobody.
    void abandon();

    const HttpOrigin &origin() const { return m_origin; }
    bool isConnected() const { return m_state != State::Connecting; }
    int responsesServed() const { return m_responsesServed; }
    // When a byte last arrived or the connection last made progress (clock of QElapsedTimer).
    qint64 lastActivityMs() const { return m_lastActivityMs; }
    qint64 idleSinceMs() const { return m_idleSinceMs; }

private:
    friend class HttpConnectionPool;

    enum class State
    {
        Connecting,
        Busy,   // carrying a request
        Idle,   // in the pool
        Closed, // deleted soon
    };

    void connectNext();
    void onConnected();
    void onReadyRead();
    void onError(QAbstractSocket::SocketError error);
    void onEndOfStream();
    void writeRequest();
    // Parses what was read; false once the exchange is over (or was abandoned).
    bool feed(const char *data, qsizetype size);
    void completeExchange(bool reusable);
    void failExchange(PageError error, const QString &message, bool staleReuse);
    void close();

    HttpOrigin m_origin;
    HttpConnectionPool *m_pool;
    QTcpSocket *m_socket = nullptr; // a QSslSocket for TLS
    QList<QHostAddress> m_addresses;
    qsizetype m_nextAddress = 0;
    State m_state = State::Connecting;
    HttpResponseParser m_parser;
    Exchange *m_exchange = nullptr;
    QByteArray m_request; // not written yet (waiting for the connection)
    QStringList m_tlsErrors;
    int m_responsesServed = 0;
    qint64 m_lastActivityMs = 0;
    qint64 m_idleSinceMs = 0;
};
