// SPDX-License-Identifier: GPL-3.0-or-later
// The local API's refusals, one rule per test, each in Firecrawl's error shape.
#include "crawl/crawlrunner.h"
#include "localapiharness.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestLocalApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalApiHarness> m_api;
    TestHttpServer m_site;

    // What a raw connection receives for `bytes` (the whole answer, until the server closes or
    // the answer is complete).
    QByteArray rawExchange(const QByteArray &bytes)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_api->server().baseUrl().port());
        if (!socket.waitForConnected(5000))
            return {};
        QByteArray received;
        qsizetype written = 0;
        // Write in pieces while reading, as a client does.
        while (written < bytes.size() && socket.state() == QAbstractSocket::ConnectedState) {
            written += socket.write(bytes.mid(written, 64 * 1024));
            socket.flush();
            QTest::qWait(1);
            received += socket.readAll();
            if (received.contains("\r\n\r\n"))
                break;
        }
        QDeadlineTimer deadline(10000);
        while (!received.contains("\r\n\r\n") && !deadline.hasExpired()
               && socket.state() == QAbstractSocket::ConnectedState) {
            socket.waitForReadyRead(100);
            received += socket.readAll();
        }
        return received;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_api = std::make_unique<LocalApiHarness>(1);
        QVERIFY(m_api->isReady());
        QVERIFY(m_site.listen());
        m_site.addPage("/", "<html><body><a href=/next>next</a></body></html>");
        // A page that answers only after a minute keeps a crawl running.
        TestResponse slow = TestResponse::html("<html><body>slow</body></html>");
        slow.delayMs = 60000;
        m_site.addRoute("/slow", slow);
    }

    void cleanupTestCase() { m_api.reset(); }

    void missingOrWrongToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("no token, POST /v1/crawl")
            << QByteArray("POST") << u"/v1/crawl"_s << QByteArray();
        QTest::newRow("wrong token, GET /v1/crawl/ID")
            << QByteArray("GET") << u"/v1/crawl/0"_s << QByteArray("Bearer nope");
        QTest::newRow("token not as Bearer")
            << QByteArray("GET") << u"/v1/crawl/ongoing"_s << QByteArray(LocalApiHarness::token);
        QTest::newRow("token with a wrong last character")
            << QByteArray("POST") << u"/v1/scrape"_s << QByteArray("Bearer test-token-0123456788");
        QTest::newRow("no token, v0")
            << QByteArray("GET") << u"/v0/crawl/status/0"_s << QByteArray();
    }

    void missingOrWrongToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QByteArray request = method + ' ' + path.toLatin1() + " HTTP/1.1\r\nHost: x\r\n";
        if (!authorization.isEmpty())
            request += "Authorization: " + authorization + "\r\n";
        request += "Content-Length: 2\r\n\r\n{}";
        const QByteArray answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        QVERIFY(answer.contains("WWW-Authenticate: Bearer"));
        if (path.startsWith(u"/v0"_s))
            QVERIFY(answer.endsWith("{\"error\":\"Unauthorized\"}"));
        else
            QVERIFY(answer.endsWith("{\"error\":\"Unauthorized\",\"success\":false}"));
    }

    void invalidBody_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");   // what the reason must name
        QTest::addColumn<QByteArray>("path"); // zod's path to the value refused, as JSON
        QTest::newRow("crawl: unknown key")
            << u"/v1/crawl"_s << QByteArray("{\"url\":\"http://a.test\",\"bogus\":1}")
            << u"\"bogus\""_s << QByteArray(R"(["bogus"])");
        QTest::newRow("crawl: wrong type")
            << u"/v1/crawl"_s << QByteArray("{\"url\":\"http://a.test\",\"limit\":\"ten\"}")
            << u"limit must be a whole number"_s << QByteArray(R"(["limit"])");
        QTest::newRow("crawl: nested wrong type")
            << u"/v1/crawl"_s
            << QByteArray(
                   "{\"url\":\"http://a.test\",\"scrapeOptions\":{\"formats\":\"markdown\"}}")
            << u"scrapeOptions.formats must be an array of strings"_s
            << QByteArray(R"(["scrapeOptions","formats"])");
        QTest::newRow("crawl: no url") << u"/v1/crawl"_s << QByteArray("{}") << u"url is required"_s
                                       << QByteArray(R"(["url"])");
        QTest::newRow("crawl: not JSON")
            << u"/v1/crawl"_s << QByteArray("{\"url\":") << u"not JSON"_s << QByteArray(R"([])");
        QTest::newRow("crawl: not an object")
            << u"/v1/crawl"_s << QByteArray("[1]") << u"JSON object"_s << QByteArray(R"([])");
        QTest::newRow("batch: urls wrong type")
            << u"/v1/batch/scrape"_s << QByteArray("{\"urls\":\"http://a.test\"}") << u"urls"_s
            << QByteArray(R"(["urls"])");
        QTest::newRow("batch: one URL invalid")
            << u"/v1/batch/scrape"_s << QByteArray("{\"urls\":[\"http://a.test\",\"ftp://b\"]}")
            << u"urls[1]"_s << QByteArray(R"(["urls",1])");
        QTest::newRow("batch: scrape option wrong type")
            << u"/v1/batch/scrape"_s
            << QByteArray("{\"urls\":[\"http://a.test\"],\"timeout\":\"1\"}")
            << u"timeout must be a whole number"_s << QByteArray(R"(["timeout"])");
        QTest::newRow("scrape: unknown key")
            << u"/v1/scrape"_s << QByteArray("{\"url\":\"http://a.test\",\"limit\":3}")
            << u"\"limit\""_s << QByteArray(R"(["limit"])");
        QTest::newRow("scrape: wrong type")
            << u"/v1/scrape"_s << QByteArray("{\"url\":\"http://a.test\",\"onlyMainContent\":1}")
            << u"onlyMainContent must be true or false"_s << QByteArray(R"(["onlyMainContent"])");
        QTest::newRow("map: wrong type")
            << u"/v1/map"_s << QByteArray("{\"url\":\"http://a.test\",\"limit\":\"all\"}")
            << u"limit must be a whole number"_s << QByteArray(R"(["limit"])");
        QTest::newRow("map: unknown key")
            << u"/v1/map"_s << QByteArray("{\"url\":\"http://a.test\",\"depth\":2}")
            << u"\"depth\""_s << QByteArray(R"(["depth"])");
    }

    void invalidBody()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        QFETCH(QByteArray, path);
        const auto reply = m_api->call("POST", endpoint, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(false));
        // Firecrawl's words: zod's refusal, or its JSON parser's.
        const bool malformed = QByteArray(QTest::currentDataTag()) == "crawl: not JSON";
        QCOMPARE(reply.json.value(u"error"_s).toString(),
                 malformed ? u"Bad request, malformed JSON"_s : u"Bad Request"_s);
        const QJsonObject issue = reply.json.value(u"details"_s).toArray().at(0).toObject();
        const QString reason = issue.value(u"message"_s).toString();
        QVERIFY2(reason.contains(named), qPrintable(reason));
        // Each issue in zod's shape: a code, the message and the path to the value.
        QVERIFY(!issue.value(u"code"_s).toString().isEmpty());
        QVERIFY(issue.value(u"path"_s).isArray());
        QCOMPARE(QJsonDocument(issue.value(u"path"_s).toArray()).toJson(QJsonDocument::Compact),
                 path);
        QVERIFY(m_api->store().jobs().isEmpty()); // nothing was started
    }

    void invalidV0Body_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown key")
            << QByteArray("{\"url\":\"http://a.test\",\"scrapeOptions\":{}}")
            << u"\"scrapeOptions\""_s;
        QTest::newRow("unknown crawlerOptions key")
            << QByteArray("{\"url\":\"http://a.test\",\"crawlerOptions\":{\"maxPages\":3}}")
            << u"crawlerOptions.maxPages"_s;
        QTest::newRow("wrong type, named the v0 way")
            << QByteArray("{\"url\":\"http://a.test\",\"crawlerOptions\":{\"includes\":\"/a\"}}")
            << u"crawlerOptions.includes must be an array of strings"_s;
        QTest::newRow("pageOptions wrong type")
            << QByteArray("{\"url\":\"http://a.test\",\"pageOptions\":{\"includeHtml\":\"yes\"}}")
            << u"pageOptions.includeHtml must be true or false"_s;
    }

    void invalidV0Body()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        const auto reply = m_api->call("POST", u"/v0/crawl"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json.contains(u"success"_s)); // v0's errors are {error} alone
        const QString reason = reply.json.value(u"error"_s).toString();
        QVERIFY2(reason.contains(named), qPrintable(reason));
    }

    void oversizedBody()
    {
        // 2 MB declared and sent: refused once the headers say so.
        QByteArray body(2 * 1024 * 1024, 'x');
        QByteArray request = "POST /v1/crawl HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                             + QByteArray(LocalApiHarness::token)
                             + "\r\nContent-Type: application/json\r\nContent-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QByteArray answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        QVERIFY(answer.contains("\"success\":false"));
        QVERIFY(answer.contains("larger than 1048576 bytes"));
        // With Expect: 100-continue the body is never asked for.
        request = "POST /v1/batch/scrape HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                  "Content-Length: 5000000\r\n\r\n";
        answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
        // Through a real client too; a body just under the cap is read (and judged as JSON).
        const auto reply = m_api->call("POST", u"/v1/crawl"_s, QByteArray(1024 * 1024 + 1, ' '));
        QCOMPARE(reply.status, 413);
        const auto under = m_api->call("POST", u"/v1/crawl"_s, QByteArray(1024 * 1024, ' '));
        QCOMPARE(under.status, 400);
        QVERIFY(m_api->store().jobs().isEmpty());
    }

    void badStatusQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::newRow("limit=0") << u"limit=0"_s << u"limit"_s;
        QTest::newRow("limit not a number") << u"limit=ten"_s << u"limit"_s;
        QTest::newRow("limit empty") << u"limit="_s << u"limit"_s;
        QTest::newRow("limit negative") << u"limit=-5"_s << u"limit"_s;
        QTest::newRow("skip not a number") << u"skip=1.5"_s << u"skip"_s;
    }

    void badStatusQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        // Checked before the job is looked up: the same for any id.
        const auto reply = m_api->get(
            u"/v1/crawl/%1?%2"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), query));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(false));
        const QJsonObject issue = reply.json.value(u"details"_s).toArray().at(0).toObject();
        QVERIFY2(issue.value(u"message"_s).toString().startsWith(key + u" must be"_s),
                 qPrintable(issue.value(u"message"_s).toString()));
        QCOMPARE(issue.value(u"path"_s).toArray(), QJsonArray{key});
    }

    void httpRefusalsInTheShapeOfTheirVersion_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        const QByteArray auth = "Authorization: Bearer " + QByteArray(LocalApiHarness::token);
        for (const QByteArray &path : {QByteArray("/v0/crawl"), QByteArray("/v1/crawl")}) {
            QTest::addRow("413 %s", path.constData())
                << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                              + "\r\nExpect: 100-continue\r\nContent-Length: 5000000\r\n\r\n")
                << QByteArray("413");
            QTest::addRow("411 %s", path.constData())
                << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                              + "\r\nTransfer-Encoding: chunked\r\n\r\n")
                << QByteArray("411");
            QTest::addRow("400 %s", path.constData())
                << QByteArray("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + auth
                              + "\r\nContent-Length: many\r\n\r\n")
                << QByteArray("400");
            QTest::addRow("431 %s", path.constData()) << QByteArray(
                "GET " + path + " HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(80 * 1024, 'a'))
                                                      << QByteArray("431");
        }
    }

    void httpRefusalsInTheShapeOfTheirVersion()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        const QByteArray answer = rawExchange(request);
        QVERIFY2(answer.startsWith("HTTP/1.1 " + status + ' '), answer.left(200).constData());
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QVERIFY2(!json.value(u"error"_s).toString().isEmpty(), body.constData());
        // v0's errors are {error} alone; v1's say success: false.
        const bool v0 = request.contains(" /v0/");
        QCOMPARE(json.contains(u"success"_s), !v0);
        QCOMPARE(json.size(), v0 ? 1 : 2);
    }

    void takenPort()
    {
        // A second server on the port of the first: refused, saying the port is taken.
        const quint16 port = m_api->server().baseUrl().port();
        StoreWriter writer(m_api->store().path());
        QVERIFY(writer.start(nullptr));
        CrawlRunner runner(m_api->store().path(), &writer);
        LocalApiServer second(m_api->store().path(), &writer, &runner);
        LocalApiOptions options;
        options.port = port;
        options.token = u"other"_s;
        QString error;
        QVERIFY(!second.start(options, &error));
        QVERIFY(second.portInUse());
        QVERIFY2(error.contains(u"already in use"_s) && error.contains(QString::number(port)),
                 qPrintable(error));
        const quint16 free = LocalApiServer::freePortAfter(QHostAddress::LocalHost, port);
        QVERIFY(free > port);
        options.port = free;
        QVERIFY2(second.start(options, &error), qPrintable(error));
        QVERIFY(!second.portInUse());
    }

    void allInterfacesBaseUrl()
    {
        StoreWriter writer(m_api->store().path());
        QVERIFY(writer.start(nullptr));
        CrawlRunner runner(m_api->store().path(), &writer);
        LocalApiServer server(m_api->store().path(), &writer, &runner);
        LocalApiOptions options;
        options.address = QHostAddress::AnyIPv4;
        options.port = 0;
        options.token = u"other"_s;
        QString error;
        QVERIFY2(server.start(options, &error), qPrintable(error));
        QVERIFY(server.listensOnAllInterfaces());
        // What to give an SDK on this machine: not http://0.0.0.0:PORT.
        QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(server.baseUrl().port() > 0);
        QCOMPARE(
            m_api->call("GET", server.baseUrl().toString() + u"/v1/crawl/ongoing"_s, {}, "other")
                .status,
            200);
        QVERIFY(!m_api->server().listensOnAllInterfaces());
    }

    void unknownJob_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::newRow("v1 status") << QByteArray("GET") << u"/v1/crawl/"_s + id;
        QTest::newRow("v1 cancel") << QByteArray("DELETE") << u"/v1/crawl/"_s + id;
        QTest::newRow("v1 errors") << QByteArray("GET") << u"/v1/crawl/%1/errors"_s.arg(id);
        QTest::newRow("batch status") << QByteArray("GET") << u"/v1/batch/scrape/"_s + id;
        QTest::newRow("v0 status") << QByteArray("GET") << u"/v0/crawl/status/"_s + id;
        QTest::newRow("v0 cancel") << QByteArray("DELETE") << u"/v0/crawl/cancel/"_s + id;
        QTest::newRow("not an id") << QByteArray("GET") << u"/v1/crawl/x%2Fy"_s;
    }

    void unknownJob()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        const auto reply = m_api->call(method, path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"error"_s).toString(), u"Job not found"_s);
        QCOMPARE(reply.json.contains(u"success"_s), !path.startsWith(u"/v0"_s));
    }

    void unknownPath()
    {
        const auto reply = m_api->call("GET", u"/v1/extract/123"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(false));
    }

    void wrongMethod_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allowed");
        QTest::newRow("GET /v1/crawl") << QByteArray("GET") << u"/v1/crawl"_s << QByteArray("POST");
        QTest::newRow("PUT /v1/crawl/ID")
            << QByteArray("PUT") << u"/v1/crawl/abc"_s << QByteArray("GET, DELETE");
        QTest::newRow("DELETE /v1/crawl/ID/errors (what the SDK sends)")
            << QByteArray("DELETE") << u"/v1/crawl/abc/errors"_s << QByteArray("GET");
        QTest::newRow("GET /v1/scrape")
            << QByteArray("GET") << u"/v1/scrape"_s << QByteArray("POST");
        QTest::newRow("GET /v1/map") << QByteArray("GET") << u"/v1/map"_s << QByteArray("POST");
        QTest::newRow("POST /v0/crawl/status/ID")
            << QByteArray("POST") << u"/v0/crawl/status/abc"_s << QByteArray("GET");
    }

    void wrongMethod()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allowed);
        const auto reply = m_api->call(method, path);
        QCOMPARE(reply.status, 405);
        QCOMPARE(reply.header("Allow"), allowed);
        QVERIFY(reply.json.contains(u"error"_s));
    }

    void tooManyCrawls()
    {
        // This server runs one crawl at once; the first stays on the slow page.
        const auto first =
            m_api->post(u"/v1/crawl"_s, {{u"url"_s, m_site.url(u"/slow"_s).toString()},
                                         {u"ignoreSitemap"_s, true}});
        QCOMPARE(first.status, 200);
        const QString id = first.json.value(u"id"_s).toString();
        const auto ongoing = m_api->get(u"/v1/crawl/ongoing"_s);
        QCOMPARE(ongoing.status, 200);
        QCOMPARE(
            ongoing.json.value(u"crawls"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
            id);

        const QList<std::pair<QString, QJsonObject>> starts{
            {u"/v1/crawl"_s, {{u"url"_s, m_site.url().toString()}}},
            {u"/v1/batch/scrape"_s, {{u"urls"_s, QJsonArray{m_site.url().toString()}}}},
            {u"/v1/scrape"_s, {{u"url"_s, m_site.url().toString()}}},
            {u"/v0/crawl"_s, {{u"url"_s, m_site.url().toString()}}},
        };
        for (const auto &[path, body] : starts) {
            const auto refused = m_api->post(path, body);
            QCOMPARE(refused.status, 429);
            QVERIFY(refused.json.value(u"error"_s).toString().contains(u"Rate limit exceeded"_s));
            QCOMPARE(refused.header("Retry-After"), QByteArray("5"));
        }
        QCOMPARE(m_api->store().jobs().size(), 1);

        // Cancelled, it makes room again.
        const auto cancel = m_api->call("DELETE", u"/v1/crawl/"_s + id);
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(m_api->waitForStatus(u"/v1/crawl/"_s + id, u"cancelled"_s)
                     .json.value(u"status"_s)
                     .toString(),
                 u"cancelled"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_api->post(u"/v1/scrape"_s, {{u"url"_s, m_site.url().toString()}}).status, 200, 30000);
        // Cancelling it again is answered the same way.
        const auto again = m_api->call("DELETE", u"/v0/crawl/cancel/"_s + id);
        QCOMPARE(again.status, 200); // already cancelled: the same answer
    }
};

QTEST_GUILESS_MAIN(TestLocalApi)
#include "tst_localapi.moc"
