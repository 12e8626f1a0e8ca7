// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesite/samplesiteserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

const QString resourceRoot = u":/samplesite"_s;
constexpr qsizetype maxHeaderBytes = 16 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

// The request target without its query.
QByteArray pathOf(const QByteArray &target)
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SampleSiteServer::SampleSiteServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_tcpServer, &QTcpServer::newConnection, this, &SampleSiteServer::acceptConnections);
}

SampleSiteServer::~SampleSiteServer()
{
    // Connections closed from here must not reach the handlers of a half-destroyed server.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

bool SampleSiteServer::listen(quint16 preferredPort, QString *error)
{
    if (m_tcpServer.isListening())
        return true;
    if (preferredPort != 0 && m_tcpServer.listen(QHostAddress::LocalHost, preferredPort))
        return true;
    if (m_tcpServer.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = QCoreApplication::translate("SampleSiteServer",
                                             "The sample site cannot listen on 127.0.0.1: %1")
                     .arg(m_tcpServer.errorString());
    return false;
}

bool SampleSiteServer::listenOn(quint16 port, QString *error)
{
    if (m_tcpServer.isListening() && m_tcpServer.serverPort() == port)
        return true;
    if (!m_tcpServer.isListening() && port != 0
        && m_tcpServer.listen(QHostAddress::LocalHost, port))
        return true;
    if (error)
        *error = QCoreApplication::translate("SampleSiteServer",
                                             "The sample site cannot listen on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_tcpServer.isListening()
                              ? QCoreApplication::translate("SampleSiteServer",
                                                            "it already listens on port %1")
                                    .arg(m_tcpServer.serverPort())
                              : m_tcpServer.errorString());
    return false;
}

QUrl SampleSiteServer::url(const QString &path) const
{
    QUrl result;
    result.setScheme(u"http"_s);
    result.setHost(u"127.0.0.1"_s);
    result.setPort(port());
    const QString withSlash = path.startsWith(u'/') ? path : u'/' + path;
    const qsizetype query = withSlash.indexOf(u'?');
    result.setPath(query < 0 ? withSlash : withSlash.left(query));
    if (query >= 0)
        result.setQuery(withSlash.mid(query + 1));
    return result;
}

QString SampleSiteServer::slowPagePath()
{
    return u"/stock.html"_s;
}

QString SampleSiteServer::brokenLinkPath()
{
    return u"/guides/mackerel-feathers.html"_s;
}

QString SampleSiteServer::disallowedPath()
{
    return u"/staff/"_s;
}

QStringList SampleSiteServer::pagePaths()
{
    QStringList paths;
    QDirIterator it(resourceRoot, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QString path = it.next().mid(resourceRoot.size());
        if (path == u"/404.html"_s)
            continue;
        if (path.endsWith(u"/index.html"_s))
            path.chop(QStringView(u"index.html").size());
        paths << path;
    }
    paths.sort();
    return paths;
}

QByteArray SampleSiteServer::contentType(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s)
        return "text/html; charset=utf-8";
    if (suffix == u"css"_s)
        return "text/css; charset=utf-8";
    if (suffix == u"js"_s)
        return "text/javascript; charset=utf-8";
    if (suffix == u"xml"_s)
        return "application/xml; charset=utf-8";
    if (suffix == u"txt"_s)
        return "text/plain; charset=utf-8";
    if (suffix == u"json"_s)
        return "application/json";
    if (suffix == u"svg"_s)
        return "image/svg+xml";
    if (suffix == u"png"_s)
        return "image/png";
    if (suffix == u"jpg"_s || suffix == u"jpeg"_s)
        return "image/jpeg";
    if (suffix == u"ico"_s)
        return "image/x-icon";
    return "application/octet-stream";
}

void SampleSiteServer::acceptConnections()
{
    while (QTcpSocket *socket = m_tcpServer.nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void SampleSiteServer::readRequest(QTcpSocket *socket)
{
    const auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return; // already answered: one request per connection
    buffer->append(socket->readAll());
    const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer->size() > maxHeaderBytes) {
            m_buffers.erase(buffer);
            send(socket, {431, "text/plain; charset=utf-8", "Request header too large\n", {}},
                 false);
        }
        return;
    }
    const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
    m_buffers.erase(buffer);
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        send(socket, {400, "text/plain; charset=utf-8", "Bad request\n", {}}, false);
        return;
    }
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const Response response = respond(method, target);
    const bool headOnly = method == "HEAD";
    const QByteArray path = pathOf(target);
    if (response.status == 200 && path == slowPagePath().toUtf8() && m_slowPageDelayMs > 0) {
        // The socket is the timer's context: a client that gives up cancels the answer.
        QTimer::singleShot(m_slowPageDelayMs, socket, [this, socket, response, headOnly] {
            send(socket, response, headOnly);
        });
        return;
    }
    send(socket, response, headOnly);
}

SampleSiteServer::Response SampleSiteServer::respond(const QByteArray &method,
                                                     const QByteArray &target) const
{
    if (method != "GET" && method != "HEAD")
        return {405, "text/plain; charset=utf-8", "Only GET and HEAD\n", {{"Allow", "GET, HEAD"}}};
    if (!target.startsWith('/'))
        return {400, "text/plain; charset=utf-8", "Bad request target\n", {}};
    const QString path = QUrl::fromPercentEncoding(pathOf(target));
    const Response notFound{
        404, contentType(u"404.html"_s), readResource(resourceRoot + u"/404.html"_s), {}};
    // Dot segments never leave the site (other resources live beside it): none is served.
    const QStringList segments = path.split(u'/');
    if (segments.contains(u".."_s) || segments.contains(u"."_s))
        return notFound;
    QString file = resourceRoot + path;
    if (file.endsWith(u'/'))
        file += u"index.html"_s;
    const QFileInfo info(file);
    if (info.isDir())
        return {301, "text/plain; charset=utf-8", "Moved\n", {{"Location", target + '/'}}};
    if (!info.isFile() || path == u"/404.html"_s)
        return notFound;
    QByteArray body = readResource(file);
    // The sitemap and robots.txt name absolute URLs, which depend on the port.
    if (info.suffix() == u"xml"_s || info.suffix() == u"txt"_s)
        body.replace("{{origin}}", "http://127.0.0.1:" + QByteArray::number(port()));
    return {200, contentType(file), body, {}};
}

void SampleSiteServer::send(QTcpSocket *socket, const Response &response, bool headOnly)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + reasonPhrase(response.status) + "\r\n";
    head += "Server: Trawl sample site\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (!headOnly)
        socket->write(response.body);
    socket->disconnectFromHost();
}
