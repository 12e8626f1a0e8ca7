// SPDX-License-Identifier: GPL-3.0-or-later
// The Fetcher's HTTP/1.1 client against real servers on 127.0.0.1 (TestHttpServer, plain and
// TLS): keep-alive connections reused and counted on the server's side, as many connections as
// fetches in flight, servers that close kept-alive connections (the stale one retried once, on a
// new connection), bodies framed every way and split at every byte, slow servers and the idle
// and total timeouts, the request it sends, decoding, name resolution and refusals.
#include "crawl/fetcher.h"
#include "support/testgzip.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int waitMs = 15000; // a fetch not done by then has hung

// Runs the event loop until every fetch given has called back; false when one did not.
bool waitFor(const QList<std::optional<FetchResult>> &results)
{
    QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired()) {
        if (std::all_of(results.cbegin(), results.cend(),
                        [](const auto &r) { return r.has_value(); }))
            return true;
        QTest::qWait(5);
    }
    return false;
}

FetchRequest requestFor(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.timeoutMs = 10000;
    request.userAgent = u"TrawlTest/1.0"_s;
    return request;
}

// One fetch, to its end.
FetchResult fetchOne(Fetcher &fetcher, const FetchRequest &request)
{
    QList<std::optional<FetchResult>> results(1);
    fetcher.fetch(request, [&results](const FetchResult &result) { results[0] = result; });
    if (!waitFor(results))
        qFatal("the fetch of %s did not end", qPrintable(request.url.toString()));
    return *results[0];
}

QSslConfiguration serverTls()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QFile certificate(QStringLiteral(TLS_FIXTURES "/test-only-localhost.crt"));
    QFile key(QStringLiteral(TLS_FIXTURES "/test-only-localhost.key"));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        qFatal("the TLS fixtures are missing");
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll()));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    return configuration;
}

QList<int> connectionsOf(const TestHttpServer &server)
{
    QList<int> connections;
    for (const TestRequest &request : server.requests())
        connections << request.connection;
    return connections;
}

} // namespace

class TestFetcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepAliveConnectionIsReused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &request) {
            return TestResponse::html("<title>"_ba + request.path + "</title>");
        });
        Fetcher fetcher;
        for (int i = 0; i < 5; ++i) {
            const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/p%1"_s.arg(i))));
            QCOMPARE(result.error, PageError::None);
            QCOMPARE(result.body, "<title>/p"_ba + QByteArray::number(i) + "</title>");
        }
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(connectionsOf(server), (QList<int>{1, 1, 1, 1, 1}));
        const TestRequest &request = server.requests().constLast();
        QCOMPARE(request.header("Connection"), "keep-alive"_ba);
        QCOMPARE(request.header("Host"), "127.0.0.1:"_ba + QByteArray::number(server.port()));
    }

    void asManyConnectionsAsFetchesInFlight()
    {
        // Ten at once (QNetworkAccessManager would open six), then ten more on the same ten.
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse slow = TestResponse::html("<p>slow</p>");
        slow.delayMs = 300;
        server.addRoute("/slow", slow);
        Fetcher fetcher;
        for (int round = 0; round < 2; ++round) {
            QList<std::optional<FetchResult>> results(10);
            for (qsizetype i = 0; i < results.size(); ++i) {
                fetcher.fetch(requestFor(server.url(u"/slow?%1"_s.arg(i))),
                              [&results, i](const FetchResult &result) { results[i] = result; });
            }
            QCOMPARE(fetcher.inFlight(), 10);
            QVERIFY(waitFor(results));
            for (const auto &result : std::as_const(results))
                QCOMPARE(result->body, "<p>slow</p>"_ba);
            QCOMPARE(fetcher.inFlight(), 0);
        }
        QCOMPARE(server.maxConcurrentConnections(), 10);
        QCOMPARE(server.connectionCount(), 10);
    }

    void idleConnectionClosedByTheServer()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse closing = TestResponse::html("<p>a</p>");
        closing.closeSilently = true; // no Connection: close
        server.addRoute("/a", closing);
        server.addPage("/b", "<p>b</p>");
        Fetcher fetcher;
        QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/a"_s))).body, "<p>a</p>"_ba);
        QTRY_COMPARE(server.openConnections(), 0);
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/b"_s)));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.body, "<p>b</p>"_ba);
        QCOMPARE(server.requestCount("/b"), 1);
        QCOMPARE(server.connectionCount(), 2);
    }

    void staleConnectionRetriedOnceOnANewOne()
    {
        // The server closes the kept-alive connection when the next request comes, unanswered.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/a", "<p>a</p>");
        int asked = 0;
        server.setHandler([&asked](const TestRequest &request) {
            TestResponse response = TestResponse::html("<p>" + request.path + "</p>");
            response.dropConnection = request.path == "/always-dropped" || asked++ == 0;
            return response;
        });
        Fetcher fetcher;
        QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/a"_s))).error, PageError::None);
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/b"_s)));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.body, "<p>/b</p>"_ba);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(server.requestCount("/b"), 2);
        QCOMPARE(connectionsOf(server), (QList<int>{1, 1, 2}));

        // Once only: dropped again on the new connection, the fetch fails.
        const FetchResult dropped = fetchOne(fetcher, requestFor(server.url(u"/always-dropped"_s)));
        QCOMPARE(dropped.error, PageError::Connect);
        QCOMPARE(dropped.errorMessage, u"The server closed the connection without answering."_s);
        QCOMPARE(server.requestCount("/always-dropped"), 2);
        QCOMPARE(connectionsOf(server).mid(3), (QList<int>{2, 3}));
    }

    void closeOnAFreshConnectionIsNotRetried()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse drop;
        drop.dropConnection = true;
        server.addRoute("/drop", drop);
        Fetcher fetcher;
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/drop"_s)));
        QCOMPARE(result.error, PageError::Connect);
        QCOMPARE(result.errorMessage, u"The server closed the connection without answering."_s);
        QCOMPARE(server.requestCount("/drop"), 1);
    }

    void answerCutShortIsNotRetried()
    {
        // Part of the answer came: sending the request again could do what it did twice.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/a", "<p>a</p>");
        TestResponse cut = TestResponse::html(QByteArray(100, 'x'));
        cut.declaredLength = 5000;
        server.addRoute("/cut", cut);
        Fetcher fetcher;
        QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/a"_s))).error, PageError::None);
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/cut"_s)));
        QCOMPARE(result.error, PageError::Network);
        QCOMPARE(result.errorMessage, u"The connection closed after 100 of 5000 bytes."_s);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(server.requestCount("/cut"), 1);
    }

    void bodiesSplitAtEveryByte_data()
    {
        // The client tends to read the bytes of two passes of the event loop at once: a header
        // one byte longer moves every split by one.
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<QByteArray>("pad");
        QTest::newRow("chunked") << true << "x"_ba;
        QTest::newRow("chunked, shifted by a byte") << true << "xx"_ba;
        QTest::newRow("Content-Length") << false << "x"_ba;
        QTest::newRow("Content-Length, shifted by a byte") << false << "xx"_ba;
    }

    void bodiesSplitAtEveryByte()
    {
        // One byte per write, each in a later pass of the event loop: the client reads the
        // response in pieces that end anywhere (in the status line, a header, a chunk size, a
        // chunk's CR LF). tst_httpresponseparser splits at every boundary for certain.
        QFETCH(bool, chunked);
        QFETCH(QByteArray, pad);
        QByteArray body;
        for (int i = 0; body.size() < 1500; ++i)
            body += "line " + QByteArray::number(i) + '\n';
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse sliced = TestResponse::html(body);
        sliced.chunked = chunked; // in chunks of 1024 bytes
        sliced.headers = {{"X-Pad"_ba, pad}};
        sliced.sliceBytes = 1;
        sliced.sliceIntervalMs = 0;
        server.addRoute("/sliced", sliced);
        server.addPage("/after", "<p>after</p>");
        Fetcher fetcher;
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/sliced"_s)));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.body, body);
        QCOMPARE(result.header(chunked ? "Transfer-Encoding" : "Content-Length"),
                 chunked ? "chunked"_ba : QByteArray::number(body.size()));
        // The response ended where its framing said: the connection carries the next one.
        QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/after"_s))).body, "<p>after</p>"_ba);
        QCOMPARE(server.connectionCount(), 1);
    }

    void slowlorisBodyHitsTheIdleTimeout()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse slowloris = TestResponse::html(QByteArray(10000, 'x'));
        slowloris.sliceBytes = 300; // the headers and the start of the body, then a long wait
        slowloris.sliceIntervalMs = 60000;
        server.addRoute("/slowloris", slowloris);
        Fetcher fetcher;
        FetchRequest request = requestFor(server.url(u"/slowloris"_s));
        request.idleLimitMs = 400;
        const FetchResult result = fetchOne(fetcher, request);
        QCOMPARE(result.error, PageError::Timeout);
        QCOMPARE(result.errorMessage, u"Nothing arrived for 400 ms."_s);
        QCOMPARE(result.httpStatus, 200);
    }

    void tricklingBodyHitsTheTotalTimeout()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse trickle = TestResponse::html(QByteArray(10000, 'x'));
        trickle.sliceBytes = 10; // never quiet for as long as the idle limit
        trickle.sliceIntervalMs = 50;
        server.addRoute("/trickle", trickle);
        Fetcher fetcher;
        FetchRequest request = requestFor(server.url(u"/trickle"_s));
        request.timeoutMs = 800;
        request.idleLimitMs = 500;
        const FetchResult result = fetchOne(fetcher, request);
        QCOMPARE(result.error, PageError::Timeout);
        QCOMPARE(result.errorMessage, u"No complete answer within 800 ms."_s);
    }

    void lengthAndChunkedTogether()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse both = TestResponse::html("<p>the whole chunked body</p>");
        both.chunked = true;
        both.headers = {{"Transfer-Encoding"_ba, "chunked"_ba}, {"Content-Length"_ba, "5"_ba}};
        server.addRoute("/both", both);
        server.addPage("/next", "<p>next</p>");
        Fetcher fetcher;
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/both"_s)));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.body, "<p>the whole chunked body</p>"_ba);
        // Such a connection is not used again.
        QCOMPARE(fetchOne(fetcher, requestFor(server.url(u"/next"_s))).body, "<p>next</p>"_ba);
        QCOMPARE(server.connectionCount(), 2);
    }

    void connectionCloseBodies_data()
    {
        QTest::addColumn<bool>("untilClose");
        QTest::newRow("Content-Length and Connection: close") << false;
        QTest::newRow("no length: the body ends with the connection") << true;
    }

    void connectionCloseBodies()
    {
        QFETCH(bool, untilClose);
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body = "<p>" + QByteArray(200000, 'c') + "</p>";
        TestResponse closing = TestResponse::html(body);
        closing.closeAfter = true;
        closing.untilClose = untilClose;
        server.addRoute("/close", closing);
        Fetcher fetcher;
        for (int i = 0; i < 2; ++i) {
            const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/close"_s)));
            QCOMPARE(result.error, PageError::None);
            QCOMPARE(result.body, body);
            QCOMPARE(result.header("Connection"), "close"_ba);
            QCOMPARE(result.header("Content-Length").isEmpty(), untilClose);
        }
        QCOMPARE(server.connectionCount(), 2);
    }

    void hugeHeadersRefused()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse huge = TestResponse::html("<p>x</p>");
        huge.headers = {{"X-Huge"_ba, QByteArray(100000, 'h')}};
        server.addRoute("/huge-headers", huge);
        Fetcher fetcher;
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/huge-headers"_s)));
        QCOMPARE(result.error, PageError::Network);
        QCOMPARE(result.errorMessage, u"The response headers are larger than 65536 bytes."_s);
    }

    void requestHeaders()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/page", "<p>x</p>");
        Fetcher fetcher;
        FetchRequest request = requestFor(server.url(u"/a/../page?q=1%202#fragment"_s));
        request.headers = {{"User-Agent"_ba, "Replaced/2.0"_ba}, {"X-Extra"_ba, "one\r\ntwo"_ba}};
        QCOMPARE(fetchOne(fetcher, request).error, PageError::None);
        request.headers.clear();
        request.truncateAtLimit = true;
        QCOMPARE(fetchOne(fetcher, request).error, PageError::None);
        const QList<TestRequest> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].method, "GET"_ba);
        QCOMPARE(requests[0].target, "/page?q=1%202"_ba);
        QCOMPARE(requests[0].header("User-Agent"), "Replaced/2.0"_ba);
        QCOMPARE(requests[0].header("X-Extra"), "one  two"_ba); // no header smuggled in
        QCOMPARE(requests[0].header("Accept-Encoding"), "gzip, deflate"_ba);
        QVERIFY(requests[0].header("Accept").startsWith("text/html"));
        QCOMPARE(requests[1].header("User-Agent"), "TrawlTest/1.0"_ba);
        // A body kept truncated must be readable as it is.
        QCOMPARE(requests[1].header("Accept-Encoding"), "identity"_ba);
    }

    void gzipBodies()
    {
        const QByteArray page = "<!doctype html><title>Zipped</title>" + QByteArray(5000, 'z');
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse zipped = TestResponse::html(TestGzip::compress(page));
        zipped.headers = {{"Content-Encoding"_ba, "gzip"_ba}};
        server.addRoute("/zipped", zipped);
        Fetcher fetcher;
        FetchRequest request = requestFor(server.url(u"/zipped"_s));
        const FetchResult decoded = fetchOne(fetcher, request);
        QCOMPARE(decoded.error, PageError::None);
        QCOMPARE(decoded.body, page);
        QVERIFY(decoded.contentEncoding.isEmpty());

        request.deferDecoding = true;
        FetchResult deferred = fetchOne(fetcher, request);
        QCOMPARE(deferred.contentEncoding, "gzip"_ba);
        QCOMPARE(deferred.body, TestGzip::compress(page));
        QVERIFY(deferred.decodeBody(1 << 20));
        QCOMPARE(deferred.body, page);

        // Decoded in the Fetcher, the cap applies to the decoded size.
        request.deferDecoding = false;
        request.maxBytes = 1000;
        const FetchResult capped = fetchOne(fetcher, request);
        QCOMPARE(capped.error, PageError::TooLarge);
        QCOMPARE(capped.errorMessage,
                 u"The compressed body inflates past the limit of 1000 bytes."_s);
    }

    void repeatedHeadersKept()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse tagged = TestResponse::html("<p>x</p>");
        tagged.headers = {{"X-Robots-Tag"_ba, "otherbot: noindex"_ba},
                          {"x-robots-tag"_ba, "nofollow"_ba}};
        server.addRoute("/tagged", tagged);
        Fetcher fetcher;
        const FetchResult result = fetchOne(fetcher, requestFor(server.url(u"/tagged"_s)));
        QCOMPARE(result.header("X-Robots-Tag"), "otherbot: noindex\nnofollow"_ba);
        QCOMPARE(std::count_if(result.responseHeaders.cbegin(), result.responseHeaders.cend(),
                               [](const auto &h) {
                                   return h.first.compare("X-Robots-Tag", Qt::CaseInsensitive) == 0;
                               }),
                 2);
    }

    void tls()
    {
        TestHttpServer server;
        QVERIFY(server.listenTls(serverTls()));
        server.addPage("/secure", "<p>secure</p>");
        Fetcher fetcher;
        FetchRequest request = requestFor(server.url(u"/secure"_s));
        QCOMPARE(request.url.scheme(), u"https"_s);
        // Self-signed: refused unless verification is skipped.
        const FetchResult refused = fetchOne(fetcher, request);
        QCOMPARE(refused.error, PageError::Tls);
        QVERIFY2(refused.errorMessage.startsWith(
                     u"The TLS handshake with 127.0.0.1:%1 failed: "_s.arg(server.port())),
                 qPrintable(refused.errorMessage));
        QCOMPARE(server.requestCount("/secure"), 0);

        request.skipTlsVerification = true;
        for (int i = 0; i < 3; ++i) {
            const FetchResult result = fetchOne(fetcher, request);
            QCOMPARE(result.error, PageError::None);
            QCOMPARE(result.body, "<p>secure</p>"_ba);
        }
        QCOMPARE(server.requestCount("/secure"), 3);
        QCOMPARE(server.connectionCount(), 1); // kept alive over TLS too
    }

    void hostNames()
    {
        // localhost may resolve to ::1 first, where nothing listens: the next address answers.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/named", "<p>named</p>");
        Fetcher fetcher;
        QUrl url = server.url(u"/named"_s);
        url.setHost(u"localhost"_s);
        const FetchResult result = fetchOne(fetcher, requestFor(url));
        QCOMPARE(result.error, PageError::None);
        QCOMPARE(result.body, "<p>named</p>"_ba);
        QCOMPARE(server.requests().constFirst().header("Host"),
                 "localhost:"_ba + QByteArray::number(server.port()));

        const FetchResult unknown =
            fetchOne(fetcher, requestFor(QUrl(u"http://no-such-host.invalid/"_s)));
        QCOMPARE(unknown.error, PageError::Dns);
        QVERIFY2(unknown.errorMessage.contains(u"no-such-host.invalid"_s),
                 qPrintable(unknown.errorMessage));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        Fetcher fetcher;
        const FetchResult result =
            fetchOne(fetcher, requestFor(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
        QCOMPARE(result.error, PageError::Connect);
        QCOMPARE(result.errorMessage, u"The connection to 127.0.0.1:%1 was refused."_s.arg(port));
    }

    void abortAllCallsBackBeforeReturning()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse slow = TestResponse::html("<p>slow</p>");
        slow.delayMs = 5000;
        server.addRoute("/slow", slow);
        Fetcher fetcher;
        QList<PageError> errors;
        for (int i = 0; i < 3; ++i)
            fetcher.fetch(requestFor(server.url(u"/slow"_s)),
                          [&errors](const FetchResult &result) { errors << result.error; });
        QTRY_COMPARE(server.requests().size(), 3);
        fetcher.abortAll();
        QCOMPARE(errors, QList<PageError>(3, PageError::Cancelled));
        QCOMPARE(fetcher.inFlight(), 0);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void callbackMayDestroyTheFetcher()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/a", "<p>a</p>");
        TestResponse slow = TestResponse::html("<p>slow</p>");
        slow.delayMs = 5000;
        server.addRoute("/slow", slow);
        auto fetcher = std::make_unique<Fetcher>();
        int calls = 0;
        fetcher->fetch(requestFor(server.url(u"/slow"_s)), [&calls](const FetchResult &) {
            ++calls; // never: the Fetcher is gone first
        });
        bool done = false;
        fetcher->fetch(requestFor(server.url(u"/a"_s)), [&](const FetchResult &result) {
            done = result.error == PageError::None;
            fetcher.reset();
        });
        QTRY_VERIFY(done);
        QVERIFY(!fetcher);
        QTRY_COMPARE(server.openConnections(), 0);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
