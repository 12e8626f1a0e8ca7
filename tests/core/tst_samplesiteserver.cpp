// SPDX-License-Identifier: GPL-3.0-or-later
// The sample site's server answered by a real client over 127.0.0.1: every page, the content
// types, HEAD, the 404, the slow page, and requests it must refuse.
#include "samplesite/samplesiteserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray contentLength;
    QByteArray body;
};

Fetched fetch(QNetworkAccessManager &network, const QUrl &url, bool head = false)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = head ? network.head(request) : network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    Fetched result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->rawHeader("Content-Type"), reply->rawHeader("Content-Length"),
                   reply->readAll()};
    reply->deleteLater();
    return result;
}

// Sends `request` as typed on a raw connection and returns everything the server answered.
QByteArray rawExchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    disconnected.wait(10000);
    return answer + socket.readAll();
}

QByteArray resource(const QString &path)
{
    QFile file(u":/samplesite"_s + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSampleSiteServer final : public QObject
{
    Q_OBJECT

private:
    SampleSiteServer m_server;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.listen(0, &error), qPrintable(error));
        QVERIFY(m_server.port() != 0);
        QCOMPARE(m_server.url(u"a/b.html"_s).toString(),
                 u"http://127.0.0.1:%1/a/b.html"_s.arg(m_server.port()));
        m_server.setSlowPageDelay(1000);
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("home") << u"/"_s << u"/index.html"_s
                              << QByteArray("text/html; charset=utf-8");
        QTest::newRow("folder index")
            << u"/catalog/"_s << u"/catalog/index.html"_s << QByteArray("text/html; charset=utf-8");
        QTest::newRow("nested page")
            << u"/catalog/rods/coastal-spin-270.html"_s << u"/catalog/rods/coastal-spin-270.html"_s
            << QByteArray("text/html; charset=utf-8");
        QTest::newRow("query ignored") << u"/about.html?utm_source=x"_s << u"/about.html"_s
                                       << QByteArray("text/html; charset=utf-8");
        QTest::newRow("stylesheet")
            << u"/css/site.css"_s << u"/css/site.css"_s << QByteArray("text/css; charset=utf-8");
        QTest::newRow("svg image")
            << u"/images/logo.svg"_s << u"/images/logo.svg"_s << QByteArray("image/svg+xml");
        QTest::newRow("png image")
            << u"/images/harbour.png"_s << u"/images/harbour.png"_s << QByteArray("image/png");
    }

    void files()
    {
        QFETCH(QString, path);
        QFETCH(QString, file);
        QFETCH(QByteArray, contentType);
        const Fetched got = fetch(m_network, m_server.url(path));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.contentType, contentType);
        QVERIFY(!got.body.isEmpty());
        QCOMPARE(got.body, resource(file));
    }

    // Every page the site lists answers as HTML; the list is the site (20 to 40 pages).
    void everyPage()
    {
        const QStringList pages = SampleSiteServer::pagePaths();
        QVERIFY2(pages.size() >= 20 && pages.size() <= 40, qPrintable(pages.join(u' ')));
        QVERIFY(pages.contains(u"/"_s));
        QVERIFY(pages.contains(u"/guides/"_s));
        QVERIFY(pages.contains(SampleSiteServer::slowPagePath()));
        QVERIFY(!pages.contains(u"/404.html"_s));
        QVERIFY(!pages.contains(SampleSiteServer::brokenLinkPath()));
        m_server.setSlowPageDelay(0);
        for (const QString &page : pages) {
            const Fetched got = fetch(m_network, m_server.url(page));
            QVERIFY2(got.status == 200, qPrintable(page));
            QCOMPARE(got.contentType, QByteArray("text/html; charset=utf-8"));
            QVERIFY2(got.body.contains("<title>"), qPrintable(page));
        }
        m_server.setSlowPageDelay(1000);
    }

    // The sitemap and robots.txt name this server's own origin.
    void origin_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("sitemap") << u"/sitemap.xml"_s
                                 << QByteArray("application/xml; charset=utf-8")
                                 << u"<loc>%1</loc>"_s;
        QTest::newRow("robots.txt") << u"/robots.txt"_s << QByteArray("text/plain; charset=utf-8")
                                    << u"Disallow: /staff/\n"_s;
    }

    void origin()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, mustContain);
        const Fetched got = fetch(m_network, m_server.url(path));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.contentType, contentType);
        QVERIFY(!got.body.contains("{{origin}}"));
        QVERIFY(got.body.contains(m_server.url(u"/"_s).toString().toUtf8()));
        const QString expected =
            mustContain.contains(u"%1"_s)
                ? mustContain.arg(m_server.url(u"/guides/glossary.html"_s).toString())
                : mustContain;
        QVERIFY2(got.body.contains(expected.toUtf8()), got.body.constData());
    }

    void head()
    {
        const Fetched get = fetch(m_network, m_server.url(u"/about.html"_s));
        const Fetched head = fetch(m_network, m_server.url(u"/about.html"_s), true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.contentType, QByteArray("text/html; charset=utf-8"));
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.contentLength, QByteArray::number(get.body.size()));
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("the broken link") << SampleSiteServer::brokenLinkPath();
        QTest::newRow("unknown file") << u"/nothing-here.html"_s;
        QTest::newRow("unknown folder") << u"/nothing/"_s;
        QTest::newRow("the 404 page itself") << u"/404.html"_s;
    }

    void notFound()
    {
        QFETCH(QString, path);
        const Fetched got = fetch(m_network, m_server.url(path));
        QCOMPARE(got.status, 404);
        QCOMPARE(got.contentType, QByteArray("text/html; charset=utf-8"));
        QVERIFY(got.body.contains("Page not found"));
    }

    // The site itself holds its deliberate faults: a link to the missing page, and robots.txt.
    void siteHasItsFaults()
    {
        QVERIFY(resource(u"/journal/estuary-report.html"_s)
                    .contains("href=\"" + SampleSiteServer::brokenLinkPath().toUtf8() + '"'));
        QVERIFY(resource(u"/index.html"_s).contains("href=\"/journal/estuary-report.html\""));
        QVERIFY(resource(u"/robots.txt"_s)
                    .contains("Disallow: " + SampleSiteServer::disallowedPath().toUtf8()));
    }

    void rawRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("POST refused") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n")
                                      << QByteArray("HTTP/1.1 405 Method Not Allowed\r\n")
                                      << QByteArray("Allow: GET, HEAD\r\n");
        QTest::newRow("folder without slash")
            << QByteArray("GET /catalog HTTP/1.1\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 301 Moved Permanently\r\n")
            << QByteArray("Location: /catalog/\r\n");
        QTest::newRow("dot segments stay inside")
            << QByteArray("GET /%2e%2e/samplesite/index.html HTTP/1.1\r\nHost: x\r\n\r\n")
            << QByteArray("HTTP/1.1 404 Not Found\r\n") << QByteArray("Connection: close\r\n");
        QTest::newRow("not HTTP") << QByteArray("HELLO\r\n\r\n")
                                  << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                  << QByteArray("Connection: close\r\n");
        QTest::newRow("header too large")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(20000, 'a'))
            << QByteArray("HTTP/1.1 431 Request Header Fields Too Large\r\n")
            << QByteArray("Connection: close\r\n");
    }

    void rawRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, statusLine);
        QFETCH(QByteArray, header);
        const QByteArray answer = rawExchange(m_server.port(), request);
        QVERIFY2(answer.startsWith(statusLine), answer.left(200).constData());
        QVERIFY2(answer.contains(header), answer.left(400).constData());
    }

    // The slow page keeps its client waiting without holding up anyone else.
    void slowPageDoesNotBlock()
    {
        m_server.setSlowPageDelay(3000);
        QNetworkRequest slowRequest(m_server.url(SampleSiteServer::slowPagePath()));
        QNetworkReply *slow = m_network.get(slowRequest);
        QSignalSpy slowFinished(slow, &QNetworkReply::finished);
        const Fetched quick = fetch(m_network, m_server.url(u"/contact.html"_s));
        QCOMPARE(quick.status, 200);
        QCOMPARE(slowFinished.count(), 0);
        QVERIFY(slowFinished.wait(10000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(slow->readAll().contains("Live stock levels"));
        slow->deleteLater();
    }

    // A second server gets a port of its own; asking for a busy port falls back to a free one.
    void busyPreferredPort()
    {
        SampleSiteServer second;
        QVERIFY(second.listen(m_server.port()));
        QVERIFY(second.port() != m_server.port());
        QCOMPARE(fetch(m_network, second.url(u"/"_s)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSampleSiteServer)
#include "tst_samplesiteserver.moc"
