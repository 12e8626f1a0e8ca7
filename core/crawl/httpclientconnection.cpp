// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/httpclientconnection.h"

#include "crawl/httpconnectionpool.h"

#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

QString hostForMessages(const HttpOrigin &origin)
{
    const QString host =
        origin.host.contains(u':') ? u'[' + origin.host + u']' : origin.host; // IPv6
    return host + u':' + QString::number(origin.port);
}

bool isTlsError(QAbstractSocket::SocketError error)
{
    return error == QAbstractSocket::SslHandshakeFailedError
           || error == QAbstractSocket::SslInternalError
           || error == QAbstractSocket::SslInvalidUserDataError;
}

} // namespace

QString HttpOrigin::key() const
{
    return (tls ? (skipTlsVerification ? u"https+insecure://"_s : u"https://"_s) : u"http://"_s)
           + host + u':' + QString::number(port);
}

HttpClientConnection::HttpClientConnection(const HttpOrigin &origin, HttpConnectionPool *pool)
    : QObject(pool)
    , m_origin(origin)
    , m_pool(pool)
{
    if (origin.tls) {
        auto *tls = new QSslSocket(this);
        if (origin.skipTlsVerification)
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(tls, &QSslSocket::encrypted, this, &HttpClientConnection::onConnected);
        connect(tls, &QSslSocket::sslErrors, this, [this, tls](const QList<QSslError> &errors) {
            if (m_origin.skipTlsVerification) {
                tls->ignoreSslErrors();
                return;
            }
            for (const QSslError &error : errors)
                m_tlsErrors << error.errorString();
        });
        m_socket = tls;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpClientConnection::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpClientConnection::onError);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpClientConnection::onEndOfStream);
}

HttpClientConnection::~HttpClientConnection()
{
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
}

void HttpClientConnection::open(const QList<QHostAddress> &addresses)
{
    m_addresses = addresses;
    m_nextAddress = 0;
    connectNext();
}

void HttpClientConnection::connectNext()
{
    m_state = State::Connecting;
    m_lastActivityMs = HttpConnectionPool::nowMs();
    const QHostAddress &address = m_addresses.at(m_nextAddress++);
    m_socket->abort();
    if (m_origin.tls) {
        // The certificate is checked against the host name, which is also sent (SNI).
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(address.toString(),
                                                                    m_origin.port, m_origin.host);
    } else {
        m_socket->connectToHost(address, m_origin.port);
    }
}

void HttpClientConnection::onConnected()
{
    if (m_state != State::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_lastActivityMs = HttpConnectionPool::nowMs();
    m_state = m_exchange ? State::Busy : State::Idle;
    if (m_exchange)
        writeRequest();
}

void HttpClientConnection::send(const QByteArray &request, bool headRequest, Exchange *exchange)
{
    m_exchange = exchange;
    m_request = request;
    m_parser.reset(headRequest);
    m_lastActivityMs = HttpConnectionPool::nowMs();
    if (m_state == State::Connecting)
        return; // written by onConnected()
    m_state = State::Busy;
    writeRequest();
}

void HttpClientConnection::writeRequest()
{
    m_socket->write(std::exchange(m_request, QByteArray()));
    m_socket->flush(); // now, rather than when the event loop next looks at the socket
}

void HttpClientConnection::abandon()
{
    m_exchange = nullptr;
    close();
}

void HttpClientConnection::onReadyRead()
{
    if (m_state == State::Closed)
        return;
    if (!m_exchange) {
        // Bytes nobody asked for (on an idle connection): it cannot be trusted with a request.
        if (m_state == State::Idle)
            close();
        return;
    }
    m_lastActivityMs = HttpConnectionPool::nowMs();
    char *buffer = m_pool->readBuffer();
    while (m_exchange) {
        const qint64 size = m_socket->read(buffer, HttpConnectionPool::readChunkBytes);
        if (size <= 0 || !feed(buffer, size))
            return;
    }
}

bool HttpClientConnection::feed(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    while (true) {
        qsizetype used = 0;
        QByteArrayView body;
        const HttpResponseParser::Event event =
            m_parser.parse(data + pos, size - pos, &used, &body);
        pos += used;
        switch (event) {
        case HttpResponseParser::Event::NeedMore:
            return true;
        case HttpResponseParser::Event::Headers:
            m_exchange->responseHeaders(m_parser);
            if (!m_exchange)
                return false; // abandoned
            break;
        case HttpResponseParser::Event::Body:
            m_exchange->responseBody(body);
            if (!m_exchange)
                return false;
            break;
        case HttpResponseParser::Event::Complete:
            // Bytes after the response (none were asked for) make the connection unusable.
            completeExchange(m_parser.keepAlive() && pos == size
                             && m_socket->bytesAvailable() == 0);
            return false;
        case HttpResponseParser::Event::Error:
            failExchange(PageError::Network, m_parser.errorString(), false);
            return false;
        }
    }
}

void HttpClientConnection::completeExchange(bool reusable)
{
    Exchange *exchange = std::exchange(m_exchange, nullptr);
    ++m_responsesServed;
    if (reusable && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_state = State::Idle;
        m_idleSinceMs = HttpConnectionPool::nowMs();
        m_pool->release(this);
    } else {
        close();
    }
    // Last: the exchange may send its next request on this very connection.
    exchange->responseComplete(m_parser);
}

void HttpClientConnection::failExchange(PageError error, const QString &message, bool staleReuse)
{
    Exchange *exchange = std::exchange(m_exchange, nullptr);
    close();
    if (exchange)
        exchange->exchangeFailed(error, message, staleReuse);
}

void HttpClientConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError)
        return onEndOfStream();
    if (m_state == State::Connecting && !isTlsError(error) && m_nextAddress < m_addresses.size()) {
        return connectNext(); // the next address of the host
    }
    if (!m_exchange) {
        close();
        return;
    }
    const QString where = hostForMessages(m_origin);
    if (isTlsError(error)) {
        const QString reason =
            m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors.join(u"; "_s);
        return failExchange(PageError::Tls,
                            tr("The TLS handshake with %1 failed: %2").arg(where, reason), false);
    }
    if (m_state == State::Connecting) {
        if (error == QAbstractSocket::ConnectionRefusedError)
            return failExchange(PageError::Connect,
                                tr("The connection to %1 was refused.").arg(where), false);
        return failExchange(PageError::Connect,
                            tr("Could not connect to %1: %2").arg(where, m_socket->errorString()),
                            false);
    }
    const bool stale = m_responsesServed > 0 && !m_parser.hasStarted();
    if (!m_parser.hasStarted())
        return failExchange(PageError::Connect,
                            tr("The connection to %1 failed before the answer: %2")
                                .arg(where, m_socket->errorString()),
                            stale);
    failExchange(
        PageError::Network,
        tr("The connection to %1 failed during the answer: %2").arg(where, m_socket->errorString()),
        false);
}

void HttpClientConnection::onEndOfStream()
{
    if (m_state == State::Closed)
        return;
    if (!m_exchange) {
        close(); // an idle connection the server closed, or one that never carried a request
        return;
    }
    if (m_state == State::Connecting) {
        if (m_nextAddress < m_addresses.size())
            return connectNext();
        return failExchange(
            PageError::Connect,
            tr("The connection to %1 closed while connecting.").arg(hostForMessages(m_origin)),
            false);
    }
    // What the socket still holds came before the end.
    char *buffer = m_pool->readBuffer();
    while (m_exchange && m_socket->bytesAvailable() > 0) {
        const qint64 size = m_socket->read(buffer, HttpConnectionPool::readChunkBytes);
        if (size <= 0 || !feed(buffer, size))
            break;
    }
    if (!m_exchange)
        return;
    const bool stale = m_responsesServed > 0 && !m_parser.hasStarted();
    const bool nothing = !m_parser.hasStarted();
    if (m_parser.finish() == HttpResponseParser::Event::Complete)
        return completeExchange(false);
    failExchange(nothing ? PageError::Connect : PageError::Network, m_parser.errorString(), stale);
}

void HttpClientConnection::close()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_exchange = nullptr;
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    if (m_pool)
        m_pool->closed(this);
    deleteLater(); // maybe inside one of the socket's signals
}
