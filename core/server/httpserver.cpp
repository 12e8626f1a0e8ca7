// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/httpserver.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

// Bytes of a refused body read and dropped before the connection closes, so that the client
// sees the refusal instead of a reset; past this the connection is closed at once.
constexpr qint64 maxDiscardBytes = 16 * 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

// One client connection: parses requests as bytes arrive and writes the answers in order.
class HttpConnection final : public QObject
{
public:
    HttpConnection(HttpServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_idle(this)
    {
        socket->setParent(this);
        m_idle.setSingleShot(true);
        m_idle.setInterval(HttpServer::idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, [this] {
            if (m_slots.empty())
                m_socket->abort();
            else
                m_idle.start();
        });
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_server->m_connections.removeOne(this);
            deleteLater();
        });
        m_idle.start();
    }

    ~HttpConnection() override { m_socket->disconnect(this); }

    void complete(quint64 sequence, const HttpResponse &response)
    {
        for (Slot &slot : m_slots) {
            if (slot.sequence != sequence)
                continue;
            if (slot.ready)
                return;
            slot.ready = true;
            slot.bytes = serialize(response, slot.close);
            break;
        }
        flush();
    }

private:
    struct Slot
    {
        quint64 sequence = 0;
        bool ready = false;
        bool close = false; // the connection closes after this answer
        QByteArray bytes;
    };

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        m_idle.start();
        process();
    }

    void process()
    {
        while (true) {
            if (m_discardLeft > 0) {
                const qint64 n = std::min<qint64>(m_discardLeft, m_buffer.size());
                m_buffer.remove(0, n);
                m_discardLeft -= n;
                if (m_discardLeft > 0)
                    return;
                closeIfDone();
            }
            if (m_closing) {
                m_buffer.clear();
                return;
            }
            if (!m_haveHead && !readHead())
                return;
            if (m_closing || m_buffer.size() < m_bodyLength)
                return;
            m_request.body = m_buffer.left(m_bodyLength);
            m_buffer.remove(0, m_bodyLength);
            m_haveHead = false;
            dispatch();
        }
    }

    // Parses the request line and headers when they are all here; false when more must come.
    bool readHead()
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > HttpServer::maxHeaderBytes) {
                // The path, when the request line arrived whole: the answer's shape depends on it.
                const qsizetype lineEnd = m_buffer.indexOf("\r\n");
                m_request = HttpRequest();
                if (lineEnd > 0)
                    m_request.target = m_buffer.left(lineEnd).split(' ').value(1);
                refuse(431, QCoreApplication::translate("HttpServer",
                                                        "The request headers are too large."));
            }
            return false;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        m_request = HttpRequest();
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3 || !first.at(2).startsWith("HTTP/1.")) {
            m_request.target = first.value(1);
            refuse(400, QCoreApplication::translate("HttpServer", "Malformed request line."));
            return false;
        }
        m_request.method = first.at(0);
        m_request.target = first.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                refuse(400, QCoreApplication::translate("HttpServer", "Malformed header line."));
                return false;
            }
            m_request.headers.append(
                {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        const qsizetype question = m_request.target.indexOf('?');
        m_request.path = QUrl::fromPercentEncoding(
            m_request.target.left(question < 0 ? m_request.target.size() : question));
        if (question >= 0) {
            QByteArray query = m_request.target.mid(question + 1);
            query.replace('+', ' ');
            m_request.query.setQuery(QString::fromUtf8(query));
        }
        const QByteArray connection = m_request.header("connection").toLower();
        m_closeAfter =
            connection == "close" || (first.at(2) == "HTTP/1.0" && connection != "keep-alive");
        m_haveHead = true;
        m_bodyLength = 0;

        if (!m_request.header("transfer-encoding").isEmpty()) {
            refuse(411, QCoreApplication::translate("HttpServer",
                                                    "Send the body with a Content-Length."));
            return false;
        }
        const QByteArray length = m_request.header("content-length");
        if (!length.isEmpty()) {
            bool ok = false;
            m_bodyLength = length.toLongLong(&ok);
            if (!ok || m_bodyLength < 0) {
                refuse(400, QCoreApplication::translate("HttpServer", "Invalid Content-Length."));
                return false;
            }
        }
        const bool expectsContinue = m_request.header("expect").toLower() == "100-continue";
        if (m_bodyLength > m_server->maxBodyBytes()) {
            // Refused before a byte of the body is read; a body already on its way is dropped.
            m_discardLeft = expectsContinue || m_bodyLength > maxDiscardBytes ? 0 : m_bodyLength;
            refuse(413, QCoreApplication::translate("HttpServer",
                                                    "The request body is larger than %1 bytes.")
                            .arg(m_server->maxBodyBytes()));
            return false;
        }
        if (expectsContinue && m_bodyLength > 0 && m_slots.empty())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return true;
    }

    // Answers with the server's own error and closes the connection after it.
    void refuse(int status, const QString &reason)
    {
        m_closing = true;
        m_slots.push_back(
            {m_nextSequence++, true, true,
             serialize(m_server->errorResponse(status, reason, m_request.target), true)});
        flush();
    }

    void dispatch()
    {
        const quint64 sequence = m_nextSequence++;
        m_slots.push_back({sequence, false, m_closeAfter, {}});
        if (m_closeAfter)
            m_closing = true;
        if (m_server->m_handler)
            m_server->m_handler(m_request, HttpResponder(this, sequence));
        else
            complete(sequence, m_server->errorResponse(404, {}, m_request.target));
    }

    void flush()
    {
        while (!m_slots.empty() && m_slots.front().ready) {
            const Slot slot = std::move(m_slots.front());
            m_slots.pop_front();
            m_socket->write(slot.bytes);
            if (slot.close) {
                m_slots.clear();
                m_closeWhenWritten = true;
            }
        }
        closeIfDone();
    }

    void closeIfDone()
    {
        if (m_closeWhenWritten && m_discardLeft == 0)
            m_socket->disconnectFromHost();
    }

    static QByteArray serialize(const HttpResponse &response, bool close)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                         + reasonPhrase(response.status) + "\r\n";
        if (!response.contentType.isEmpty())
            out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        out += response.body;
        return out;
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_idle;
    QByteArray m_buffer;
    HttpRequest m_request;
    bool m_haveHead = false;
    qint64 m_bodyLength = 0;
    qint64 m_discardLeft = 0;
    bool m_closeAfter = false;       // the request being read asked for Connection: close
    bool m_closing = false;          // no further request is read
    bool m_closeWhenWritten = false; // the last answer is written: close
    quint64 m_nextSequence = 1;
    std::deque<Slot> m_slots;
};

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence)
    : m_connection(connection)
    , m_sequence(sequence)
{}

void HttpResponder::send(const HttpResponse &response) const
{
    if (m_connection)
        m_connection->complete(m_sequence, response);
}

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_tcpServer, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_tcpServer.listen(address, port))
        return true;
    if (!error)
        return false;
    if (m_tcpServer.serverError() == QAbstractSocket::AddressInUseError)
        *error = QCoreApplication::translate("HttpServer",
                                             "Port %1 on %2 is already in use by another program "
                                             "(another trawl serve, or Trawl's window with its "
                                             "local API server on?).")
                     .arg(port)
                     .arg(address.toString());
    else
        *error = QCoreApplication::translate("HttpServer", "Cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_tcpServer.errorString());
    return false;
}

void HttpServer::close()
{
    m_tcpServer.close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections)
        delete connection;
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer.nextPendingConnection())
        m_connections.append(new HttpConnection(this, socket));
}

HttpResponse HttpServer::errorResponse(int status, const QString &reason,
                                       const QByteArray &target) const
{
    if (m_errorBody)
        return m_errorBody(status, reason, target);
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = reason.toUtf8();
    return response;
}
