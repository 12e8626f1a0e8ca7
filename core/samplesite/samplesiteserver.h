// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// Serves the sample site bundled in the resources (resources/samplesite: a small fictional
// fishing-tackle shop) over HTTP/1.1 on 127.0.0.1, so a first crawl works offline. GET and HEAD,
// the content type by file extension, 404 for anything else. Two pages misbehave on purpose so
// a newcomer sees what errors look like: stock.html answers slowly, and the journal links to a
// page that does not exist. sitemap.xml and robots.txt name the server's own origin.
// It answers on the thread that creates it, while that thread runs its event loop.
class SampleSiteServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleSiteServer)

public:
    static constexpr int defaultSlowPageDelayMs = 1500;

    explicit SampleSiteServer(QObject *parent = nullptr);
    ~SampleSiteServer() override;

    // Listens on 127.0.0.1: on `preferredPort` when given and free, otherwise on any free port.
    // On failure `error` says why.
    bool listen(quint16 preferredPort = 0, QString *error = nullptr);
    // Listens on 127.0.0.1:`port` and nowhere else (to serve a sample job again where its URLs
    // point); fails with the reason when the port is taken.
    bool listenOn(quint16 port, QString *error = nullptr);
    bool isListening() const { return m_tcpServer.isListening(); }
    quint16 port() const { return m_tcpServer.serverPort(); }
    // http://127.0.0.1:PORT + path (a missing leading slash is added).
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // How long stock.html keeps the client waiting.
    void setSlowPageDelay(int milliseconds) { m_slowPageDelayMs = milliseconds; }
    int slowPageDelay() const { return m_slowPageDelayMs; }

    // The site's facts, for tests and for whoever explains the sample crawl.
    static QString slowPagePath();   // "/stock.html"
    static QString brokenLinkPath(); // the one link that answers 404
    static QString disallowedPath(); // the folder robots.txt keeps crawlers out of
    // Every HTML page of the site as a URL path ("/", "/catalog/", "/about.html", ...), sorted.
    static QStringList pagePaths();
    // The Content-Type header for a file name, by its extension.
    static QByteArray contentType(const QString &fileName);

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    Response respond(const QByteArray &method, const QByteArray &target) const;
    void send(QTcpSocket *socket, const Response &response, bool headOnly);

    QTcpServer m_tcpServer;
    QHash<QTcpSocket *, QByteArray> m_buffers; // request bytes received so far, per connection
    int m_slowPageDelayMs = defaultSlowPageDelayMs;
};
