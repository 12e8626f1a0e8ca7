// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testhttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype chunkBytes = 1024;           // body piece per chunk of a chunked response
constexpr qint64 writeWindowBytes = 256 * 1024;  // most bytes left in the socket's buffer
constexpr qsizetype writeSliceBytes = 64 * 1024; // bytes handed to the socket at a time

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 206:
        return "Partial Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 304:
        return "Not Modified"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 410:
        return "Gone"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

std::optional<QByteArray> findHeader(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// Whether a comma-separated header value (like Connection) holds `token`.
bool hasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    return std::any_of(parts.cbegin(), parts.cend(), [token](const QByteArray &part) {
        return part.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

QByteArray chunkedEncoding(const QByteArray &body, bool terminate)
{
    QByteArray out;
    for (qsizetype pos = 0; pos < body.size(); pos += chunkBytes) {
        const QByteArray piece = body.mid(pos, chunkBytes);
        out += QByteArray::number(piece.size(), 16) + "\r\n"_ba + piece + "\r\n"_ba;
    }
    if (terminate)
        out += "0\r\n\r\n"_ba;
    return out;
}

} // namespace

QByteArray TestRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name).value_or(QByteArray());
}

TestResponse TestResponse::html(const QByteArray &body)
{
    TestResponse response;
    response.body = body;
    return response;
}

TestResponse TestResponse::redirect(const QByteArray &location, int code)
{
    TestResponse response = withStatus(code);
    response.headers.append({"Location"_ba, location});
    return response;
}

TestResponse TestResponse::withStatus(int code)
{
    const QByteArray title = QByteArray::number(code) + ' ' + reasonPhrase(code);
    TestResponse response;
    response.status = code;
    response.body = "<!DOCTYPE html><title>"_ba + title + "</title><h1>"_ba + title + "</h1>\n"_ba;
    return response;
}

// One accepted connection: parses requests as their bytes arrive, answers them in order and
// owns its socket and its timers, so that nothing of it outlives it. It calls back into the
// server while it runs, never from its destructor (which may run inside the server's).
class TestHttpConnection final : public QObject
{
public:
    TestHttpConnection(TestHttpServer *server, QTcpSocket *socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_id(id)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QTcpSocket::readyRead, this, &TestHttpConnection::readInput);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &TestHttpConnection::pump);
        connect(m_socket, &QTcpSocket::disconnected, this, &TestHttpConnection::closed);
        // Bytes (or a close) that came before the connections above.
        QTimer::singleShot(0, this, [this] {
            if (m_socket->bytesAvailable() > 0)
                readInput();
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                closed();
        });
    }

    ~TestHttpConnection() override
    {
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }

private:
    struct Exchange
    {
        TestResponse response;
        bool head = false;
        bool close = false;
        bool counted = true; // answers a recorded request (not a protocol error)
    };

    enum class Parse
    {
        Incomplete,
        Request,
        Error
    };

    void readInput()
    {
        const QByteArray data = m_socket->readAll();
        if (m_readClosed)
            return;
        m_input += data;
        for (;;) {
            TestRequest request;
            bool close = false;
            int errorStatus = 0;
            const Parse result = parseOne(request, close, errorStatus);
            if (result == Parse::Incomplete)
                break;
            if (result == Parse::Error) {
                m_queue.append({TestResponse::withStatus(errorStatus), false, true, false});
                m_readClosed = true;
                m_input.clear();
                break;
            }
            const bool head = request.method == "HEAD"_ba;
            ++m_unanswered;
            const QPointer<TestHttpConnection> self(this);
            TestResponse response = m_server->receive(request);
            if (!self)
                return; // a receiver of requestReceived (or the handler) destroyed the server
            if (response.dropConnection && m_queue.isEmpty() && !m_busy) {
                m_readClosed = true;
                m_input.clear();
                m_socket->disconnectFromHost(); // unanswered: counted when it closes
                return;
            }
            close = close || response.closeAfter || response.declaredLength >= 0
                    || response.untilClose || response.closeSilently
                    || hasToken(findHeader(response.headers, "Connection").value_or(QByteArray()),
                                "close");
            m_queue.append({std::move(response), head, close, true});
            if (close) {
                m_readClosed = true;
                m_input.clear();
                break;
            }
        }
        startNext();
    }

    Parse parseOne(TestRequest &request, bool &close, int &errorStatus)
    {
        // Empty lines before a request line are to be ignored (RFC 9112, 2.2).
        while (m_input.startsWith("\r\n"_ba))
            m_input.remove(0, 2);
        const qsizetype headerEnd = m_input.indexOf("\r\n\r\n"_ba);
        if (headerEnd < 0) {
            if (m_input.size() > maxHeaderBytes) {
                errorStatus = 431;
                return Parse::Error;
            }
            return Parse::Incomplete;
        }
        errorStatus = 400;
        const QList<QByteArray> lines = m_input.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || requestLine.at(1).isEmpty()
            || !requestLine.at(2).startsWith("HTTP/1."_ba))
            return Parse::Error;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        const qsizetype query = request.target.indexOf('?');
        request.path = query < 0 ? request.target : request.target.left(query);
        request.connection = m_id;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return Parse::Error;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (findHeader(request.headers, "Transfer-Encoding")) {
            errorStatus = 501; // chunked request bodies: not needed so far
            return Parse::Error;
        }
        qint64 length = 0;
        if (const auto value = findHeader(request.headers, "Content-Length")) {
            bool ok = false;
            length = value->toLongLong(&ok);
            if (!ok || length < 0)
                return Parse::Error;
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (m_input.size() - bodyStart < length)
            return Parse::Incomplete;
        request.body = m_input.mid(bodyStart, length);
        m_input.remove(0, bodyStart + length);
        // HTTP/1.0 closes unless asked not to; HTTP/1.1 keeps alive unless asked to close.
        const QByteArray connection = request.header("Connection"_ba);
        close = requestLine.at(2) == "HTTP/1.0"_ba ? !hasToken(connection, "keep-alive")
                                                   : hasToken(connection, "close");
        return Parse::Request;
    }

    void startNext()
    {
        if (m_busy || m_stalled || m_queue.isEmpty())
            return;
        m_busy = true;
        const int delayMs = m_queue.first().response.delayMs;
        if (delayMs > 0)
            QTimer::singleShot(delayMs, this, &TestHttpConnection::sendCurrent);
        else
            sendCurrent();
    }

    void sendCurrent()
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const Exchange &exchange = m_queue.first();
        m_output = encode(exchange);
        m_outputPos = 0;
        m_sending = true;
        pump();
    }

    static QByteArray encode(const Exchange &exchange)
    {
        const TestResponse &response = exchange.response;
        const HeaderList &extra = response.headers;
        const bool stall = response.stallAfterBytes >= 0;
        const int status = response.status;
        const bool noBodyStatus = status / 100 == 1 || status == 204 || status == 304;

        QByteArray out =
            "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n"_ba;
        auto addHeader = [&out](QByteArrayView name, QByteArrayView value) {
            out += name.toByteArray() + ": "_ba + value.toByteArray() + "\r\n"_ba;
        };
        if (!response.contentType.isEmpty() && !findHeader(extra, "Content-Type"))
            addHeader("Content-Type", response.contentType);
        for (const auto &[name, value] : extra)
            addHeader(name, value);
        const bool framed = findHeader(extra, "Content-Length").has_value()
                            || findHeader(extra, "Transfer-Encoding").has_value();
        if (!noBodyStatus && !framed && !response.untilClose) {
            if (response.chunked)
                addHeader("Transfer-Encoding", "chunked");
            else if (response.declaredLength >= 0)
                addHeader("Content-Length", QByteArray::number(response.declaredLength));
            else
                addHeader("Content-Length", QByteArray::number(response.body.size()));
        }
        if (exchange.close && !response.closeSilently && !findHeader(extra, "Connection"))
            addHeader("Connection", "close");
        out += "\r\n"_ba;

        if (exchange.head || noBodyStatus)
            return out;
        const QByteArray body =
            stall ? response.body.left(response.stallAfterBytes) : response.body;
        out += response.chunked ? chunkedEncoding(body, !stall) : body;
        return out;
    }

    // Hands the response to the socket a slice at a time, as its buffer drains (or as the
    // response's own slices are due).
    void pump()
    {
        if (!m_sending || m_sliceDue)
            return;
        const TestResponse &response = m_queue.first().response;
        if (response.sliceBytes > 0 && m_outputPos < m_output.size()) {
            m_sliceDue = true; // flush() may emit bytesWritten, which calls this again
            const qsizetype size =
                std::min<qsizetype>(response.sliceBytes, m_output.size() - m_outputPos);
            const qint64 written = m_socket->write(m_output.constData() + m_outputPos, size);
            if (written > 0)
                m_outputPos += written;
            m_socket->flush();
            if (m_outputPos < m_output.size()) {
                QTimer::singleShot(response.sliceIntervalMs, this, [this] {
                    m_sliceDue = false;
                    pump();
                });
                return;
            }
            m_sliceDue = false;
        }
        while (m_outputPos < m_output.size() && m_socket->bytesToWrite() < writeWindowBytes) {
            const qsizetype size = std::min(writeSliceBytes, m_output.size() - m_outputPos);
            const qint64 written = m_socket->write(m_output.constData() + m_outputPos, size);
            if (written <= 0)
                return;
            m_outputPos += written;
        }
        if (m_outputPos == m_output.size())
            finishCurrent();
    }

    void finishCurrent()
    {
        m_sending = false;
        m_output.clear();
        const Exchange exchange = m_queue.takeFirst();
        if (exchange.response.stallAfterBytes >= 0) {
            m_stalled = true; // stays unanswered; so do the requests behind it
            return;
        }
        if (exchange.counted) {
            --m_unanswered;
            m_server->requestAnswered();
        }
        if (exchange.close) {
            m_readClosed = true;
            m_socket->disconnectFromHost(); // after the buffered bytes are written
            return;
        }
        m_busy = false;
        startNext();
    }

    void closed()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_server->connectionClosed(m_unanswered);
        m_unanswered = 0;
        deleteLater();
    }

    TestHttpServer *m_server;
    QTcpSocket *m_socket;
    const int m_id;
    QByteArray m_input;
    QList<Exchange> m_queue; // the first is the one being answered
    QByteArray m_output;
    qsizetype m_outputPos = 0;
    int m_unanswered = 0;
    bool m_busy = false;       // answering m_queue.first() (maybe waiting for its delay)
    bool m_sending = false;    // its bytes are being handed to the socket
    bool m_sliceDue = false;   // waiting between two slices of a sliced response
    bool m_stalled = false;    // a stalled response: nothing more will be sent
    bool m_readClosed = false; // closing after the queued responses: ignore further input
    bool m_closed = false;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_tcpServer(std::make_unique<QTcpServer>())
{
    connect(m_tcpServer.get(), &QTcpServer::newConnection, this,
            &TestHttpServer::acceptConnections);
}

// The connections are children: ~QObject deletes them after this, and they do not call back.
TestHttpServer::~TestHttpServer()
{
    m_tcpServer->close();
}

bool TestHttpServer::listen()
{
    return m_tcpServer->listen(QHostAddress::LocalHost, 0);
}

bool TestHttpServer::listenTls(const QSslConfiguration &configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    // A connection is pending once its handshake is done.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::acceptConnections);
    m_tcpServer = std::move(server);
    m_tls = true;
    return m_tcpServer->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_tcpServer->serverPort();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    const QString path = pathAndQuery.startsWith(u'/') ? pathAndQuery : u'/' + pathAndQuery;
    return QUrl((m_tls ? u"https://127.0.0.1:"_s : u"http://127.0.0.1:"_s) + QString::number(port())
                + path);
}

void TestHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestHttpServer::addRoute(const QByteArray &path, TestResponse response)
{
    m_routes.insert(path, std::move(response));
}

void TestHttpServer::addPage(const QByteArray &path, const QByteArray &html)
{
    addRoute(path, TestResponse::html(html));
}

QList<TestRequest> TestHttpServer::requests() const
{
    return m_requests;
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&path](const TestRequest &request) { return request.path == path; }));
}

int TestHttpServer::connectionCount() const
{
    return m_connectionCount;
}

int TestHttpServer::openConnections() const
{
    return m_openConnections;
}

int TestHttpServer::maxConcurrentConnections() const
{
    return m_maxOpenConnections;
}

int TestHttpServer::maxConcurrentRequests() const
{
    return m_maxOpenRequests;
}

void TestHttpServer::clearRequests()
{
    m_requests.clear();
    m_connectionCount = 0;
    m_maxOpenConnections = m_openConnections;
    m_maxOpenRequests = m_openRequests;
}

void TestHttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer->nextPendingConnection()) {
        ++m_connectionCount;
        ++m_nextConnectionId;
        m_maxOpenConnections = std::max(m_maxOpenConnections, ++m_openConnections);
        new TestHttpConnection(this, socket, m_nextConnectionId); // a child of this server
    }
}

TestResponse TestHttpServer::receive(const TestRequest &request)
{
    m_requests.append(request);
    m_maxOpenRequests = std::max(m_maxOpenRequests, ++m_openRequests);
    Q_EMIT requestReceived(request);
    if (const auto route = m_routes.constFind(request.path); route != m_routes.cend())
        return *route;
    if (m_handler)
        return m_handler(request);
    return TestResponse::withStatus(404);
}

void TestHttpServer::requestAnswered()
{
    --m_openRequests;
}

void TestHttpServer::connectionClosed(int unansweredRequests)
{
    --m_openConnections;
    m_openRequests -= unansweredRequests;
}
