// SPDX-License-Identifier: GPL-3.0-or-later
// Real crawls against a server that misbehaves: timeouts, error statuses, redirects, oversized
// and odd bodies, charsets and crawler traps (the routes of the test site's fault server). What
// is asserted is what the store holds afterwards and what the server was asked.
#include "crawl/scope.h"
#include "support/crawlharness.h"
#include "support/testhttpserver.h"

#include <QDateTime>
#include <QLocale>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <sys/resource.h>
#include <zlib.h>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr int crawlWaitMs = 30000; // a crawl still running after this has hung

CrawlOptions optionsFor(const QUrl &url)
{
    CrawlOptions options;
    options.url = url;
    options.ignoreSitemap = true;
    options.timeoutMs = 5000;
    options.retries = 0;
    return options;
}

// `decodedBytes` of spaces after a small HTML head, gzip-compressed as a stream (the decoded
// document never exists in memory): about a thousand times smaller than what it inflates to.
QByteArray gzipBomb(qint64 decodedBytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, MAX_WBITS + 16, 9, Z_RLE) != Z_OK)
        return {};
    QByteArray out;
    std::array<char, 64 * 1024> buffer{};
    const auto feed = [&](const QByteArray &input, qint64 size, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(size);
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.data(), qsizetype(buffer.size() - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    const QByteArray head = "<!doctype html><html><head><title>Bomb</title></head><body>"_ba;
    const QByteArray spaces(64 * 1024, ' ');
    feed(head, head.size(), Z_NO_FLUSH);
    for (qint64 left = decodedBytes - head.size(); left > 0; left -= spaces.size()) {
        const bool last = left <= spaces.size();
        feed(spaces, last ? left : spaces.size(), last ? Z_FINISH : Z_NO_FLUSH);
    }
    deflateEnd(&stream);
    return out;
}

// A Retry-After value as an HTTP date, `seconds` from now.
QByteArray httpDateIn(int seconds)
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc().addSecs(seconds),
                  u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
        .toLatin1();
}

qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
}

// A bare HTTP server on 127.0.0.1 whose /trickle answers 200 with a Content-Length of 600 and
// then one byte every 100 ms: never quiet long enough for an idle timeout, so only a limit on the
// whole request ends it. /robots.txt is 404, / a page linking to /trickle and /ok, any other
// path a page titled "OK". One request per connection.
class TrickleServer final
{
public:
    TrickleServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { answer(socket); });
        }
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n"))
            return;
        socket->readAll();
        QObject::disconnect(socket, &QTcpSocket::readyRead, socket, nullptr);
        const QByteArray path = request.split(' ').value(1);
        if (path == "/trickle") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 600\r\n"
                          "Connection: close\r\n\r\n<title>Trickle</title>");
            auto *timer = new QTimer(socket);
            timer->callOnTimeout(socket, [socket, timer, sent = 22]() mutable {
                socket->write(" ");
                if (++sent == 600)
                    timer->stop();
            });
            timer->start(100);
            return;
        }
        const bool robots = path == "/robots.txt";
        const QByteArray body = robots ? QByteArray()
                                : path == "/"
                                    ? CrawlHarness::page(u"Home"_s, {u"/trickle"_s, u"/ok"_s})
                                    : CrawlHarness::page(u"OK"_s, {});
        socket->write((robots ? "HTTP/1.1 404 Not Found\r\n"_ba : "HTTP/1.1 200 OK\r\n"_ba)
                      + "Content-Type: text/html\r\nConnection: close\r\nContent-Length: "_ba
                      + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

} // namespace

class TestCrawlerFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CrawlHarness m_harness{m_dir.path()};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void timeoutFailsOnlyThatPage_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<int>("httpStatus"); // -1: not checked
        QTest::newRow("slow first byte") << "/slow"_ba << 0;
        QTest::newRow("body stalls mid-way") << "/stall"_ba << 200;
        QTest::newRow("slow redirect hops, each within the idle timeout") << "/hop/4"_ba << -1;
        QTest::newRow("body trickles, only the total timeout ends it") << "/trickle"_ba << 200;
    }

    void timeoutFailsOnlyThatPage()
    {
        QFETCH(QByteArray, route);
        QFETCH(int, httpStatus);
        constexpr int timeoutMs = 1000;
        TestHttpServer server;
        QVERIFY(server.listen());
        TrickleServer trickle;
        QVERIFY(trickle.listen());
        server.addPage("/", CrawlHarness::page(u"Home"_s, {QString::fromLatin1(route), u"/ok"_s}));
        server.addPage("/ok", CrawlHarness::page(u"OK"_s, {}));
        TestResponse slow = TestResponse::html(CrawlHarness::page(u"Slow"_s, {}));
        slow.delayMs = 20 * timeoutMs;
        server.addRoute("/slow", slow);
        TestResponse stall = TestResponse::html(QByteArray(100000, ' '));
        stall.stallAfterBytes = 2048;
        server.addRoute("/stall", stall);
        for (int hop = 4; hop > 0; --hop) {
            TestResponse response =
                TestResponse::redirect("/hop/"_ba + QByteArray::number(hop - 1));
            response.delayMs = timeoutMs * 2 / 5;
            server.addRoute("/hop/"_ba + QByteArray::number(hop), response);
        }
        server.addPage("/hop/0", CrawlHarness::page(u"Hop 0"_s, {}));

        CrawlOptions options =
            optionsFor(route == "/trickle" ? trickle.url(u"/"_s) : server.url(u"/"_s));
        options.timeoutMs = timeoutMs;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 3);
        const PageRecord failed = CrawlHarness::pageAt(pages, QString::fromLatin1(route));
        QVERIFY2(failed.index >= 0, "not stored");
        QCOMPARE(failed.state, PageState::Failed);
        QCOMPARE(failed.errorCode(), u"TIMEOUT"_s);
        QCOMPARE(failed.retryCount, 0);
        if (httpStatus >= 0)
            QCOMPARE(failed.httpStatus, httpStatus);
        QVERIFY2(failed.durationMs >= timeoutMs * 9 / 10 && failed.durationMs < timeoutMs + 1500,
                 qPrintable(QString::number(failed.durationMs)));
        const PageRecord ok = CrawlHarness::pageAt(pages, u"/ok"_s);
        QVERIFY2(ok.index >= 0, "not stored");
        QCOMPARE(ok.state, PageState::Completed);
        QCOMPARE(ok.title, u"OK"_s);
    }

    void httpErrorStatuses_data()
    {
        // /target answers these statuses, one per request, the last one repeating.
        QTest::addColumn<QList<int>>("statuses");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("retries");
        QTest::addColumn<PageState>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("requests");
        // Between two requests for /target; with Retry-After, before the host is asked anything.
        QTest::addColumn<int>("minGapMs");
        QTest::newRow("404 is not retried")
            << QList<int>{404} << QByteArray() << 2 << PageState::Failed << u"HTTP_4XX"_s << 1 << 0;
        QTest::newRow("410 is not retried")
            << QList<int>{410} << QByteArray() << 2 << PageState::Failed << u"HTTP_4XX"_s << 1 << 0;
        QTest::newRow("500 retried with backoff, then given up")
            << QList<int>{500} << QByteArray() << 2 << PageState::Failed << u"HTTP_5XX"_s << 3
            << 700;
        QTest::newRow("500 once, then a success") << QList<int>{500, 200} << QByteArray() << 2
                                                  << PageState::Completed << QString() << 2 << 700;
        QTest::newRow("503 with Retry-After 1, then a success")
            << QList<int>{503, 200} << "1"_ba << 2 << PageState::Completed << QString() << 2 << 950;
        QTest::newRow("429 with Retry-After 1, then a success")
            << QList<int>{429, 200} << "1"_ba << 2 << PageState::Completed << QString() << 2 << 950;
        // "date": an HTTP date 2 s after the answer, so a wait of 1 to 2 s.
        QTest::newRow("503 with Retry-After as an HTTP date, then a success")
            << QList<int>{503, 200} << "date"_ba << 2 << PageState::Completed << QString() << 2
            << 950;
        QTest::newRow("503 with Retry-After 1 for good")
            << QList<int>{503} << "1"_ba << 1 << PageState::Failed << u"HTTP_5XX"_s << 2 << 950;
    }

    void httpErrorStatuses()
    {
        QFETCH(QList<int>, statuses);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, retries);
        QFETCH(PageState, state);
        QFETCH(QString, code);
        QFETCH(int, requests);
        QFETCH(int, minGapMs);
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        server.addPage("/", CrawlHarness::page(u"Home"_s, {u"/target"_s, u"/a"_s, u"/b"_s}));
        server.addPage("/a", CrawlHarness::page(u"A"_s, {}));
        server.addPage("/b", CrawlHarness::page(u"B"_s, {}));
        int served = 0;
        server.setHandler([&](const TestRequest &request) {
            if (request.path != "/target")
                return TestResponse::withStatus(404);
            const int status = statuses.at(std::min<qsizetype>(served++, statuses.size() - 1));
            if (status == 200)
                return TestResponse::html(CrawlHarness::page(u"Target"_s, {}));
            TestResponse response = TestResponse::withStatus(status);
            if (!retryAfter.isEmpty())
                response.headers.append(
                    {"Retry-After"_ba, retryAfter == "date" ? httpDateIn(2) : retryAfter});
            return response;
        });
        CrawlOptions options = optionsFor(server.url(u"/"_s));
        options.retries = retries;
        options.concurrency = 1; // nothing else in flight when /target answers
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);

        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 4);
        const PageRecord target = CrawlHarness::pageAt(pages, u"/target"_s);
        QVERIFY2(target.index >= 0, "not stored");
        QCOMPARE(target.state, state);
        QCOMPARE(target.errorCode(), code);
        QCOMPARE(target.httpStatus,
                 statuses.at(std::min<qsizetype>(requests, statuses.size()) - 1));
        QCOMPARE(target.retryCount, requests - 1);
        for (const QString &other : {u"/"_s, u"/a"_s, u"/b"_s})
            QCOMPARE(CrawlHarness::pageAt(pages, other).state, PageState::Completed);

        const QList<RequestLog::Entry> asked = log.requestsFor("/target");
        QCOMPARE(asked.size(), requests);
        for (qsizetype i = 1; i < asked.size(); ++i) {
            const qint64 gap = asked.at(i).atMs - asked.at(i - 1).atMs;
            QVERIFY2(gap >= minGapMs, qPrintable(u"attempt %1 came %2 ms later"_s.arg(i).arg(gap)));
        }
        if (!retryAfter.isEmpty()) {
            // The whole host waits, not only the URL that was answered so.
            for (const RequestLog::Entry &entry : log.entries()) {
                const qint64 after = entry.atMs - asked.constFirst().atMs;
                QVERIFY2(after <= 0 || after >= minGapMs,
                         qPrintable(u"%1 asked %2 ms after the Retry-After"_s
                                        .arg(QString::fromLatin1(entry.target))
                                        .arg(after)));
            }
            const QStringList messages = CrawlHarness::log(run);
            QVERIFY2(messages.filter(u"Retry-After"_s).size() >= 1,
                     qPrintable(messages.join(u'\n')));
        }
    }

    void redirects_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<PageState>("state");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("finalUrl"); // %1: the server's port; empty: not checked
        QTest::addColumn<int>("maxRequests");  // for pages, robots.txt aside
        QTest::addColumn<QByteArrayList>("neverRequested");
        const QString end = u"http://127.0.0.1:%1/redirect/chain/0"_s;
        QTest::newRow("chain of 5, followed to its end")
            << "/redirect/chain/5"_ba << PageState::Completed << QString() << end << 6
            << QByteArrayList();
        QTest::newRow("chain of 25 stops at the redirect limit")
            << "/redirect/chain/25"_ba << PageState::Failed << u"TOO_MANY_REDIRECTS"_s << QString()
            << 21 << QByteArrayList{"/redirect/chain/0"};
        QTest::newRow("loop a to b to a")
            << "/redirect/loop"_ba << PageState::Failed << u"REDIRECT_LOOP"_s << QString() << 2
            << QByteArrayList();
        QTest::newRow("redirect to itself")
            << "/redirect/self"_ba << PageState::Failed << u"REDIRECT_LOOP"_s << QString() << 1
            << QByteArrayList();
        QTest::newRow("another host name for the same server")
            << "/redirect/localhost"_ba << PageState::Skipped << u"OUT_OF_SCOPE"_s
            << u"http://localhost:%1/landing"_s << 1 << QByteArrayList{"/landing"};
        QTest::newRow("external host")
            << "/redirect/external"_ba << PageState::Skipped << u"OUT_OF_SCOPE"_s
            << u"http://external.invalid/landing"_s << 1 << QByteArrayList{"/landing"};
        QTest::newRow("to a non-http scheme")
            << "/redirect/ftp"_ba << PageState::Skipped << u"OUT_OF_SCOPE"_s << QString() << 1
            << QByteArrayList();
        QTest::newRow("relative Location") << "/redirect/relative"_ba << PageState::Completed
                                           << QString() << end << 2 << QByteArrayList();
        QTest::newRow("into a path robots.txt disallows")
            << "/redirect/private"_ba << PageState::Skipped << u"ROBOTS_BLOCKED"_s << QString() << 1
            << QByteArrayList{"/private/secret"};
    }

    void redirects()
    {
        QFETCH(QByteArray, start);
        QFETCH(PageState, state);
        QFETCH(QString, code);
        QFETCH(QString, finalUrl);
        QFETCH(int, maxRequests);
        QFETCH(QByteArrayList, neverRequested);
        TestHttpServer server;
        QVERIFY(server.listen());
        RequestLog log(&server);
        const QByteArray port = QByteArray::number(server.port());
        server.addRoute("/robots.txt", TestResponse::html("User-agent: *\nDisallow: /private/\n"));
        server.addRoute("/redirect/loop", TestResponse::redirect("/redirect/loop2"));
        server.addRoute("/redirect/loop2", TestResponse::redirect("/redirect/loop"));
        server.addRoute("/redirect/self", TestResponse::redirect("/redirect/self", 301));
        server.addRoute("/redirect/localhost",
                        TestResponse::redirect("http://localhost:"_ba + port + "/landing"_ba));
        server.addRoute("/redirect/external",
                        TestResponse::redirect("http://external.invalid/landing"));
        server.addRoute("/redirect/ftp", TestResponse::redirect("ftp://127.0.0.1/file"));
        server.addRoute("/redirect/relative", TestResponse::redirect("../redirect/chain/0"));
        server.addRoute("/redirect/private", TestResponse::redirect("/private/secret", 307));
        server.addPage("/landing", CrawlHarness::page(u"Landing"_s, {}));
        server.addPage("/private/secret", CrawlHarness::page(u"Secret"_s, {}));
        server.setHandler([](const TestRequest &request) {
            if (!request.path.startsWith("/redirect/chain/"))
                return TestResponse::withStatus(404);
            const int n = request.path.mid(16).toInt();
            if (n == 0)
                return TestResponse::html(CrawlHarness::page(u"End of the chain"_s, {}));
            return TestResponse::redirect("/redirect/chain/"_ba + QByteArray::number(n - 1));
        });
        const CrawlHarness::Run run =
            m_harness.crawl(optionsFor(server.url(QString::fromLatin1(start))), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);

        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 1);
        const PageRecord &page = pages.constFirst();
        QCOMPARE(page.url, server.url(QString::fromLatin1(start)).toString()); // as requested
        QCOMPARE(page.state, state);
        QCOMPARE(page.errorCode(), code);
        if (!finalUrl.isEmpty())
            QCOMPARE(page.finalUrl,
                     finalUrl.contains(u"%1"_s) ? finalUrl.arg(server.port()) : finalUrl);
        if (state == PageState::Completed) {
            QCOMPARE(page.httpStatus, 200);
            QCOMPARE(page.title, u"End of the chain"_s);
        }
        const QList<RequestLog::Entry> asked = log.pageRequests();
        QVERIFY2(asked.size() <= maxRequests, qPrintable(QString::number(asked.size())));
        for (const RequestLog::Entry &entry : log.entries()) {
            QCOMPARE(entry.host, "127.0.0.1"_ba);
            QVERIFY2(!neverRequested.contains(entry.path), entry.path.constData());
        }
    }

    void oversizedBodies_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<PageState>("state");
        QTest::addColumn<QString>("code");
        // The bomb first: the process's peak memory is still low, so what it adds shows.
        QTest::newRow("gzip bomb, 100 MB decoded")
            << "/gzip-bomb"_ba << PageState::Failed << u"TOO_LARGE"_s;
        QTest::newRow("just under the cap") << "/fits"_ba << PageState::Completed << QString();
        QTest::newRow("Content-Length over the cap")
            << "/huge"_ba << PageState::Failed << u"TOO_LARGE"_s;
        QTest::newRow("chunked body over the cap")
            << "/huge-chunked"_ba << PageState::Failed << u"TOO_LARGE"_s;
    }

    void oversizedBodies()
    {
        QFETCH(QByteArray, route);
        QFETCH(PageState, state);
        QFETCH(QString, code);
        constexpr qint64 cap = 1024 * 1024;
        TestHttpServer server;
        QVERIFY(server.listen());
        const QByteArray head = "<!doctype html><title>Big</title><p>"_ba;
        server.addPage("/fits", head + QByteArray(cap - 64 * 1024, 'x'));
        server.addPage("/huge", head + QByteArray(8 * cap, 'x'));
        TestResponse chunked = TestResponse::html(head + QByteArray(8 * cap, 'x'));
        chunked.chunked = true;
        server.addRoute("/huge-chunked", chunked);
        if (route == "/gzip-bomb") {
            TestResponse bomb = TestResponse::html(gzipBomb(100 * cap));
            QVERIFY(bomb.body.size() < 200 * 1024);
            bomb.headers.append({"Content-Encoding"_ba, "gzip"_ba});
            server.addRoute("/gzip-bomb", bomb);
        }
        CrawlOptions options = optionsFor(server.url(QString::fromLatin1(route)));
        options.maxBodyBytes = cap;
        options.retries = 2; // a page over the cap is not fetched again
        const qint64 peakBefore = peakResidentBytes();
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        const qint64 peakAfter = peakResidentBytes();
        if (route == "/gzip-bomb") {
            QVERIFY2(peakAfter - peakBefore < 50 * cap && peakAfter < 300 * cap,
                     qPrintable(u"peak RSS %1 MB, %2 MB before the crawl"_s.arg(peakAfter / cap)
                                    .arg(peakBefore / cap)));
        }
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.constFirst().state, state);
        QCOMPARE(pages.constFirst().errorCode(), code);
        if (state == PageState::Completed)
            QCOMPARE(pages.constFirst().title, u"Big"_s);
        QCOMPARE(server.requestCount(route), 1);
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("title");
        QTest::newRow("Latin-1 declared in the header")
            << "text/html; charset=iso-8859-1"_ba
            << "<!doctype html><html><head><title>Caf\xe9</title></head></html>"_ba
            << u"Caf\u00e9"_s;
        QTest::newRow("Latin-1 declared only in a meta tag")
            << "text/html"_ba
            << "<!doctype html><html><head><meta charset=iso-8859-1><title>Caf\xe9</title>"_ba
            << u"Caf\u00e9"_s;
        QTest::newRow("invalid UTF-8")
            << "text/html; charset=utf-8"_ba
            << "<!doctype html><title>Caf\xe9 ok</title>"_ba << u"Caf\ufffd ok"_s;
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        const QByteArray utf16Body =
            "\xff\xfe"_ba
            + QByteArray(utf16(u"<!doctype html><html><head><title>Caf\u00e9 \u65e5\u672c</title>"
                               u"</head><body>x</body></html>"_s));
        QTest::newRow("UTF-16LE with a BOM")
            << "text/html; charset=utf-16le"_ba << utf16Body << u"Caf\u00e9 \u65e5\u672c"_s;
    }

    void charsets()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, title);
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse response = TestResponse::html(body);
        response.contentType = contentType;
        server.addRoute("/page", response);
        const CrawlHarness::Run run = m_harness.crawl(optionsFor(server.url(u"/page"_s)));
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.constFirst().state, PageState::Completed);
        QCOMPARE(pages.constFirst().title, title);
    }

    void oddBodies_data()
    {
        QTest::addColumn<QByteArray>("contentType"); // empty: no Content-Type header
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("declaredLength");  // -1: the body's size
        QTest::addColumn<int>("stallAfterBytes"); // -1: the whole body
        QTest::addColumn<PageState>("state");
        QTest::addColumn<QStringList>("codes"); // any of these
        QTest::addColumn<QString>("title");
        // A stalled body: a crawler that waited for it would time out instead.
        QTest::newRow("PDF, its body not downloaded")
            << "application/pdf"_ba
            << "%PDF-1.4\n"_ba + QByteArray(5 << 20, '0') << -1 << 1024 << PageState::Skipped
            << QStringList{u"NOT_HTML"_s} << QString();
        QTest::newRow("plain text") << "text/plain"_ba
                                    << "just text"_ba << -1 << -1 << PageState::Skipped
                                    << QStringList{u"NOT_HTML"_s} << QString();
        QTest::newRow("empty 200 body")
            << "text/html; charset=utf-8"_ba << QByteArray() << -1 << -1 << PageState::Completed
            << QStringList{QString()} << QString();
        QByteArray random(200 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        QTest::newRow("random bytes served as text/html")
            << "text/html"_ba << random << -1 << -1 << PageState::Completed
            << QStringList{QString()} << QString();
        QTest::newRow("body shorter than its Content-Length")
            << "text/html"_ba
            << "<!doctype html><title>Cut</title><p>"_ba + QByteArray(64, 'x') << 5000 << -1
            << PageState::Failed << QStringList{u"NETWORK"_s, u"CONNECT"_s} << QString();
        // Parsed on a parse pool thread, whose stack may be smaller than the main thread's. (Not
        // 100,000 divs: gumbo is quadratic in the depth, tst_htmldocument covers that one.)
        QTest::newRow("20,000 nested divs")
            << "text/html"_ba
            << "<!doctype html><title>Deep</title>"_ba + QByteArray("<div>").repeated(20000) << -1
            << -1 << PageState::Completed << QStringList{QString()} << u"Deep"_s;
        QTest::newRow("10,000 nested tables")
            << "text/html"_ba
            << "<!doctype html><title>Tables</title>"_ba
                   + QByteArray("<table><tr><td>").repeated(10000)
            << -1 << -1 << PageState::Completed << QStringList{QString()} << u"Tables"_s;
        QTest::newRow("no Content-Type, parsed as HTML")
            << QByteArray() << "<!doctype html><title>Untyped</title><p>hello"_ba << -1 << -1
            << PageState::Completed << QStringList{QString()} << u"Untyped"_s;
    }

    void oddBodies()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, declaredLength);
        QFETCH(int, stallAfterBytes);
        QFETCH(PageState, state);
        QFETCH(QStringList, codes);
        QFETCH(QString, title);
        TestHttpServer server;
        QVERIFY(server.listen());
        TestResponse response = TestResponse::html(body);
        response.contentType = contentType;
        response.declaredLength = declaredLength;
        response.stallAfterBytes = stallAfterBytes;
        server.addRoute("/odd", response);
        CrawlOptions options = optionsFor(server.url(u"/odd"_s));
        options.timeoutMs = 3000;
        options.formats = {u"markdown"_s, u"links"_s};
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 1);
        const PageRecord &page = pages.constFirst();
        QCOMPARE(page.state, state);
        QVERIFY2(codes.contains(page.errorCode()), qPrintable(page.errorCode()));
        QCOMPARE(page.title, title);
        QCOMPARE(page.retryCount, 0);
        QCOMPARE(server.requestCount("/odd"), 1);
        QCOMPARE(server.requests().size(), 2); // and robots.txt: no garbage links followed
    }

    void calendarTrapEndsAtMaxDepth()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &request) {
            if (request.path != "/calendar")
                return TestResponse::withStatus(404);
            const int month = request.target.mid(request.target.indexOf("month=") + 6).toInt();
            return TestResponse::html(CrawlHarness::page(
                u"Month %1"_s.arg(month),
                {u"/calendar?month=%1"_s.arg(month + 1), u"/calendar?month=%1"_s.arg(month - 1)}));
        });
        CrawlOptions options = optionsFor(server.url(u"/calendar?month=0"_s));
        options.maxDepth = 3;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 7); // months -3..3
        for (int month = -3; month <= 3; ++month) {
            const PageRecord page = CrawlHarness::pageAt(pages, u"/calendar?month=%1"_s.arg(month));
            QVERIFY2(page.index >= 0, qPrintable(QString::number(month)));
            QCOMPARE(page.depth, std::abs(month));
            QCOMPARE(page.state, PageState::Completed);
        }
        QCOMPARE(server.requestCount("/calendar"), 7);
    }

    void sessionIdsCollapse_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("link"); // %1: the page number, %2: a fresh session id
        QTest::newRow("sid query parameter")
            << u"/session?page=1"_s << u"/session?page=%1&sid=%2"_s;
        QTest::newRow("jsessionid path parameter")
            << u"/session;jsessionid=ABC123?page=1"_s << u"/session;jsessionid=%2?page=%1"_s;
    }

    void sessionIdsCollapse()
    {
        QFETCH(QString, start);
        QFETCH(QString, link);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([&link](const TestRequest &request) {
            if (!request.path.startsWith("/session"))
                return TestResponse::withStatus(404);
            QStringList links;
            for (int page = 1; page <= 5; ++page) {
                links << link.arg(page).arg(QUuid::createUuid().toString(QUuid::Id128));
            }
            return TestResponse::html(CrawlHarness::page(u"Session"_s, links));
        });
        const CrawlHarness::Run run = m_harness.crawl(optionsFor(server.url(start)), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 5);
        int sessionRequests = 0;
        for (const TestRequest &request : server.requests())
            sessionRequests += request.path.startsWith("/session") ? 1 : 0;
        QCOMPARE(sessionRequests, 5);
        for (int page = 1; page <= 5; ++page)
            QVERIFY(CrawlHarness::pageAt(pages, u"/session?page=%1"_s.arg(page)).index >= 0);
    }

    void repeatingPathIsNotFollowed()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const TestRequest &request) {
            if (!request.path.startsWith("/a/"))
                return TestResponse::withStatus(404);
            return TestResponse::html(CrawlHarness::page(u"A"_s, {u"a/"_s, u"./"_s}));
        });
        const CrawlHarness::Run run =
            m_harness.crawl(optionsFor(server.url(u"/a/"_s)), crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        int pageRequests = 0;
        for (const TestRequest &request : server.requests()) {
            if (request.path == "/robots.txt")
                continue;
            ++pageRequests;
            QVERIFY2(request.path.count("a/") <= Scope::maxSegmentRepeats,
                     request.path.constData());
        }
        QCOMPARE(pageRequests, Scope::maxSegmentRepeats);
        QCOMPARE(CrawlHarness::pages(run).size(), Scope::maxSegmentRepeats);
    }

    void manyLinksStopAtTheLimit()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QStringList links;
        for (int i = 0; i < 2000; ++i)
            links << u"/many-links/t/%1"_s.arg(i);
        server.addPage("/many-links", CrawlHarness::page(u"Many"_s, links));
        server.setHandler([](const TestRequest &request) {
            if (!request.path.startsWith("/many-links/t/"))
                return TestResponse::withStatus(404);
            return TestResponse::html("<!doctype html><title>Tiny</title>");
        });
        CrawlOptions options = optionsFor(server.url(u"/many-links"_s));
        options.limit = 50;
        const CrawlHarness::Run run = m_harness.crawl(options, crawlWaitMs);
        QVERIFY2(run.finished, "the crawl did not end by itself");
        QCOMPARE(run.state, JobState::Completed);
        const QList<PageRecord> pages = CrawlHarness::pages(run);
        QCOMPARE(pages.size(), 50);
        for (const PageRecord &page : pages)
            QCOMPARE(page.state, PageState::Completed);
        QCOMPARE(server.requests().size() - server.requestCount("/robots.txt"), 50);
    }
};

QTEST_GUILESS_MAIN(TestCrawlerFaults)
#include "tst_crawlerfaults.moc"
