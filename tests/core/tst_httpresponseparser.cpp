// SPDX-License-Identifier: GPL-3.0-or-later
// HttpResponseParser on its own: responses fed whole, byte by byte and split at every boundary;
// framing by length, chunks and the end of the connection; folded and repeated header fields;
// interim responses; and every way the bytes can be wrong, each with its message.
#include "crawl/httpresponseparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Event = HttpResponseParser::Event;

// What the parser made of a response: everything it reported, in order.
struct Parsed
{
    QList<Event> events; // NeedMore and Body left out
    QByteArray body;
    qsizetype leftover = 0; // bytes after the end of the response, not consumed
    bool complete = false;
    bool error = false;
};

// Feeds the pieces in order, then ends the stream when `eof`.
Parsed feed(HttpResponseParser &parser, const QList<QByteArray> &pieces, bool eof = false)
{
    Parsed parsed;
    for (const QByteArray &piece : pieces) {
        qsizetype pos = 0;
        while (true) {
            qsizetype used = 0;
            QByteArrayView body;
            const Event event =
                parser.parse(piece.constData() + pos, piece.size() - pos, &used, &body);
            if (used < 0 || used > piece.size() - pos)
                qFatal("consumed %lld of %lld bytes", qlonglong(used), qlonglong(piece.size()));
            pos += used;
            if (event == Event::NeedMore) {
                if (pos != piece.size())
                    qFatal("NeedMore with %lld bytes left", qlonglong(piece.size() - pos));
                break;
            }
            if (event == Event::Body) {
                parsed.body += body.toByteArray();
                continue;
            }
            parsed.events << event;
            if (event == Event::Complete || event == Event::Error) {
                parsed.complete = event == Event::Complete;
                parsed.error = event == Event::Error;
                parsed.leftover += piece.size() - pos;
                return parsed;
            }
        }
    }
    if (eof) {
        const Event event = parser.finish();
        parsed.events << event;
        parsed.complete = event == Event::Complete;
        parsed.error = event == Event::Error;
    }
    return parsed;
}

Parsed feedWhole(HttpResponseParser &parser, const QByteArray &bytes, bool eof = false)
{
    return feed(parser, {bytes}, eof);
}

QList<QByteArray> bytewise(const QByteArray &bytes)
{
    QList<QByteArray> pieces;
    for (const char c : bytes)
        pieces << QByteArray(1, c);
    return pieces;
}

const QByteArray chunkedResponse = "HTTP/1.1 200 OK\r\n"
                                   "Content-Type: text/html\r\n"
                                   "Transfer-Encoding: chunked\r\n"
                                   "\r\n"
                                   "5\r\nHello\r\n"
                                   "1;name=value;other=\"quoted\"\r\n,\r\n"
                                   "00007 \r\n world!\r\n"
                                   "A\r\n0123456789\r\n"
                                   "0\r\n"
                                   "Expires: never\r\n"
                                   "X-Checksum: abc\r\n"
                                   "\r\n"_ba;
const QByteArray chunkedBody = "Hello, world!0123456789"_ba;

} // namespace

class TestHttpResponseParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lengthFramedBody()
    {
        HttpResponseParser parser;
        const Parsed parsed = feedWhole(parser, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                                "Content-Length: 5\r\n\r\nhello"_ba);
        QCOMPARE(parsed.events, (QList<Event>{Event::Headers, Event::Complete}));
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.reasonPhrase(), "OK"_ba);
        QCOMPARE(parser.minorVersion(), 1);
        QCOMPARE(parser.contentLength(), 5);
        QCOMPARE(parsed.body, "hello"_ba);
        QVERIFY(parser.keepAlive());
        QCOMPARE(parser.bodyBytes(), 5);
    }

    void bytesAfterTheResponseAreLeft()
    {
        HttpResponseParser parser;
        const Parsed parsed =
            feedWhole(parser, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA"_ba);
        QVERIFY(parsed.complete);
        QCOMPARE(parsed.body, "ok"_ba);
        QCOMPARE(parsed.leftover, 5);
    }

    void chunkedSplitAtEveryBoundary()
    {
        // Whole, byte by byte, and in two pieces split at every position.
        QList<QList<QByteArray>> splits{{chunkedResponse}, bytewise(chunkedResponse)};
        for (qsizetype at = 1; at < chunkedResponse.size(); ++at)
            splits.append({chunkedResponse.left(at), chunkedResponse.mid(at)});
        for (const QList<QByteArray> &pieces : std::as_const(splits)) {
            HttpResponseParser parser;
            const Parsed parsed = feed(parser, pieces);
            const QByteArray where = "split into " + QByteArray::number(pieces.size())
                                     + " pieces, the first of "
                                     + QByteArray::number(pieces[0].size());
            QVERIFY2(parsed.complete, where.constData());
            QCOMPARE(parsed.body, chunkedBody);
            QVERIFY(parser.isChunked());
            QCOMPARE(parser.trailers(),
                     (HttpResponseParser::HeaderList{{"Expires"_ba, "never"_ba},
                                                     {"X-Checksum"_ba, "abc"_ba}}));
            QCOMPARE(parsed.leftover, 0);
            QVERIFY(parser.keepAlive());
        }
    }

    void lengthBodySplitAtEveryBoundary()
    {
        const QByteArray response =
            "HTTP/1.1 404 Not Found\r\nContent-Length: 10\r\nX-A: 1\r\n\r\n0123456789"_ba;
        for (qsizetype at = 1; at < response.size(); ++at) {
            HttpResponseParser parser;
            const Parsed parsed = feed(parser, {response.left(at), response.mid(at)});
            QVERIFY(parsed.complete);
            QCOMPARE(parser.status(), 404);
            QCOMPARE(parser.reasonPhrase(), "Not Found"_ba);
            QCOMPARE(parser.header("x-a"), "1"_ba);
            QCOMPARE(parsed.body, "0123456789"_ba);
        }
    }

    void foldedAndRepeatedFields()
    {
        HttpResponseParser parser;
        const Parsed parsed = feedWhole(parser, "HTTP/1.1 200 OK\r\n"
                                                "X-Folded: first\r\n"
                                                "   second\r\n"
                                                "\tthird\r\n"
                                                "Set-Cookie: a=1\r\n"
                                                "set-cookie: b=2\r\n"
                                                "Not a field line\r\n"
                                                "Spaced Name: ignored\r\n"
                                                "Empty:\r\n"
                                                "Content-Length: 0\r\n"
                                                "\r\n"_ba);
        QVERIFY(parsed.complete);
        QCOMPARE(parser.headers(), (HttpResponseParser::HeaderList{
                                       {"X-Folded"_ba, "first second third"_ba},
                                       {"Set-Cookie"_ba, "a=1"_ba},
                                       {"set-cookie"_ba, "b=2"_ba},
                                       {"Empty"_ba, ""_ba},
                                       {"Content-Length"_ba, "0"_ba},
                                   }));
        QCOMPARE(parser.header("SET-COOKIE"), "a=1"_ba); // the first
    }

    void bareLineFeedsAndNoReason()
    {
        HttpResponseParser parser;
        const Parsed parsed = feedWhole(parser, "\r\nHTTP/1.1 200\nContent-Length: 3\n\nabc"_ba);
        QVERIFY(parsed.complete);
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.reasonPhrase(), QByteArray());
        QCOMPARE(parsed.body, "abc"_ba);
    }

    void interimResponsesSkipped()
    {
        HttpResponseParser parser;
        const Parsed parsed = feed(parser, bytewise("HTTP/1.1 100 Continue\r\n\r\n"
                                                    "HTTP/1.1 103 Early Hints\r\n"
                                                    "Link: </style.css>; rel=preload\r\n\r\n"
                                                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                                    "\r\nok"_ba));
        QCOMPARE(parsed.events, (QList<Event>{Event::Headers, Event::Complete}));
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parser.header("Link"), QByteArray());
        QCOMPARE(parsed.body, "ok"_ba);
    }

    void noBody_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<bool>("head");
        QTest::newRow("204") << "204 No Content"_ba << false;
        QTest::newRow("304") << "304 Not Modified"_ba << false;
        QTest::newRow("HEAD") << "200 OK"_ba << true;
    }

    void noBody()
    {
        QFETCH(QByteArray, status);
        QFETCH(bool, head);
        HttpResponseParser parser;
        parser.reset(head);
        // The Content-Length states the size a GET would have: no body follows.
        const Parsed parsed = feedWhole(parser, "HTTP/1.1 "_ba + status
                                                    + "\r\nContent-Length: 1000\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\nNEXT"_ba);
        QCOMPARE(parsed.events, (QList<Event>{Event::Headers, Event::Complete}));
        QCOMPARE(parsed.body, QByteArray());
        QCOMPARE(parsed.leftover, 4);
    }

    void lengthAndChunkedTogether()
    {
        // Chunked framing wins; the connection is not trusted with another request.
        HttpResponseParser parser;
        const Parsed parsed = feedWhole(parser, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n"
                                                "Transfer-Encoding: chunked\r\n\r\n"
                                                "5\r\nabcde\r\n0\r\n\r\n"_ba);
        QVERIFY(parsed.complete);
        QCOMPARE(parsed.body, "abcde"_ba);
        QVERIFY(parser.isChunked());
        QCOMPARE(parser.contentLength(), -1);
        QVERIFY(!parser.keepAlive());
    }

    void untilTheConnectionCloses_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("HTTP/1.0 without a length") << "HTTP/1.0 200 OK\r\n\r\n"_ba;
        QTest::newRow("HTTP/1.1 without a length") << "HTTP/1.1 200 OK\r\n\r\n"_ba;
        QTest::newRow("Connection: close") << "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"_ba;
    }

    void untilTheConnectionCloses()
    {
        QFETCH(QByteArray, head);
        HttpResponseParser parser;
        const Parsed parsed = feed(parser, {head, "first part, "_ba, "second part"_ba}, true);
        QVERIFY(parsed.complete);
        QCOMPARE(parsed.body, "first part, second part"_ba);
        QVERIFY(parser.readsUntilClose());
        QVERIFY(!parser.keepAlive());
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("HTTP/1.1") << "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"_ba << true;
        QTest::newRow("HTTP/1.1, Connection: close")
            << "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: Close\r\n\r\n"_ba << false;
        QTest::newRow("HTTP/1.1, close among other tokens")
            << "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: x-a, close\r\n\r\n"_ba << false;
        QTest::newRow("HTTP/1.0") << "HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"_ba << false;
        QTest::newRow("HTTP/1.0, keep-alive")
            << "HTTP/1.0 200 OK\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n"_ba << true;
    }

    void keepAlive()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        HttpResponseParser parser;
        QVERIFY(feedWhole(parser, head).complete);
        QCOMPARE(parser.keepAlive(), keepAlive);
    }

    void cutShort_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("started");
        QTest::addColumn<QString>("message");
        QTest::newRow("nothing") << QByteArray() << false
                                 << u"The server closed the connection without answering."_s;
        QTest::newRow("in the status line")
            << "HTTP/1.1 20"_ba << true << u"in the middle of the response headers"_s;
        QTest::newRow("in the headers") << "HTTP/1.1 200 OK\r\nContent-Le"_ba << true
                                        << u"in the middle of the response headers"_s;
        QTest::newRow("in a length body")
            << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789"_ba << true
            << u"The connection closed after 10 of 100 bytes."_s;
        QTest::newRow("in a chunk")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n10\r\nxy"_ba
            << true << u"in the middle of the chunked body, after 7 bytes"_s;
        QTest::newRow("before the last chunk")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\n"_ba << true
            << u"in the middle of the chunked body, after 5 bytes"_s;
        QTest::newRow("in the trailers")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-A: 1\r\n"_ba << true
            << u"in the middle of the chunked body"_s;
    }

    void cutShort()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, started);
        QFETCH(QString, message);
        HttpResponseParser parser;
        const Parsed parsed = feedWhole(parser, bytes, true);
        QVERIFY(parsed.error);
        QCOMPARE(parser.hasStarted(), started);
        QVERIFY2(parser.errorString().contains(message), qPrintable(parser.errorString()));
        // An error is final.
        qsizetype used = 0;
        QCOMPARE(parser.parse("x", 1, &used), Event::Error);
        QCOMPARE(parser.finish(), Event::Error);
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("HTTP/2 status line")
            << "HTTP/2 200 OK\r\n\r\n"_ba << u"not an HTTP/1 response: it begins with \"HTTP/2"_s;
        QTest::newRow("misspelt protocol")
            << "HTP/1.1 200 OK\r\n\r\n"_ba << u"it begins with \"HTP/1.1 200 OK\""_s;
        QTest::newRow("two-digit status")
            << "HTTP/1.1 20 OK\r\n\r\n"_ba << u"it begins with \"HTTP/1.1 20 OK\""_s;
        QTest::newRow("letters for a status")
            << "HTTP/1.1 abc\r\n\r\n"_ba << u"it begins with \"HTTP/1.1 abc\""_s;
        QTest::newRow("status below 100")
            << "HTTP/1.1 099 Low\r\n\r\n"_ba << u"invalid status code: \"HTTP/1.1 099 Low\""_s;
        QTest::newRow("HTML without a status line, control bytes escaped")
            << "<html>\x01\xff</html>\r\n"_ba << u"it begins with \"<html>\\x01\\xff</html>\""_s;
        QTest::newRow("switching protocols")
            << "HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"_ba
            << u"switched to another protocol"_s;
        QTest::newRow("Content-Length not a number")
            << "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n"_ba
            << u"invalid Content-Length (\"abc\")"_s;
        QTest::newRow("negative Content-Length")
            << "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"_ba
            << u"invalid Content-Length (\"-1\")"_s;
        QTest::newRow("two different Content-Lengths in one field")
            << "HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\n"_ba
            << u"invalid Content-Length (\"5, 6\")"_s;
        QTest::newRow("two different Content-Length fields")
            << "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"_ba
            << u"invalid Content-Length (\"6\")"_s;
        QTest::newRow("gzip transfer coding")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"_ba
            << u"transfer coding \"gzip, chunked\", which Trawl does not support"_s;
        QTest::newRow("chunked twice")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked"
               "\r\n\r\n"_ba
            << u"transfer coding \"chunked,chunked\""_s;
        QTest::newRow("chunk size not hexadecimal")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba
            << u"invalid chunk size line: \"zz\""_s;
        QTest::newRow("chunk size with garbage after it")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5 x\r\nabcde\r\n"_ba
            << u"invalid chunk size line: \"5 x\""_s;
        QTest::newRow("chunk size past 2^60")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000000000000000\r\n"_ba
            << u"invalid chunk size line"_s;
        QTest::newRow("chunk longer than its size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n"_ba
            << u"does not end where its size says (\"def\" follows it)"_s;
        QTest::newRow("endless chunk size line")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba + QByteArray(5000, '0')
            << u"chunk size line of the body is longer than 4096 bytes"_s;
    }

    void invalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        // Whole and byte by byte: the same error.
        for (const QList<QByteArray> &pieces : {QList<QByteArray>{bytes}, bytewise(bytes)}) {
            HttpResponseParser parser;
            const Parsed parsed = feed(parser, pieces, true);
            QVERIFY(parsed.error);
            QVERIFY(!parsed.complete);
            QVERIFY2(parser.errorString().contains(message), qPrintable(parser.errorString()));
        }
    }

    void headersCapped()
    {
        constexpr qsizetype cap = 1024;
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n"_ba;
        // Many small fields, one huge field, and one line that never ends: the parser stops at
        // the cap without holding more than it.
        const QByteArray manyFields = head + "X-Field: 0123456789\r\n"_ba.repeated(100) + "\r\n";
        const QByteArray hugeField = head + "X-Huge: " + QByteArray(2000, 'a') + "\r\n\r\n";
        const QByteArray endless = head + "X-Endless: " + QByteArray(100000, 'b');
        for (const QByteArray &bytes : {manyFields, hugeField, endless}) {
            HttpResponseParser parser(cap);
            const Parsed parsed = feed(parser, bytewise(bytes));
            QVERIFY(parsed.error);
            QCOMPARE(parser.errorString(), u"The response headers are larger than 1024 bytes."_s);
        }
        // Just under the cap: accepted.
        const QByteArray fits =
            head + "X-Fits: " + QByteArray(cap - head.size() - 12, 'c') + "\r\n\r\n";
        QCOMPARE(fits.size(), cap);
        HttpResponseParser parser(cap);
        QVERIFY(feedWhole(parser, fits).complete);

        // Trailers have a cap of their own.
        HttpResponseParser trailers(cap);
        const Parsed parsed =
            feedWhole(trailers, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: "_ba
                                    + QByteArray(2000, 't') + "\r\n\r\n");
        QVERIFY(parsed.error);
        QCOMPARE(trailers.errorString(),
                 u"The trailer fields of the response are larger than 1024 bytes."_s);
    }

    void resetForTheNextResponse()
    {
        HttpResponseParser parser;
        QVERIFY(feedWhole(parser, "HTTP/1.1 404 Not Found\r\nContent-Length: 1\r\nX: y\r\n\r\nz"_ba)
                    .complete);
        parser.reset();
        QVERIFY(!parser.hasStarted());
        QCOMPARE(parser.status(), 0);
        QVERIFY(parser.headers().isEmpty());
        const Parsed parsed = feed(parser, bytewise(chunkedResponse));
        QVERIFY(parsed.complete);
        QCOMPARE(parser.status(), 200);
        QCOMPARE(parsed.body, chunkedBody);
        QCOMPARE(parser.header("X"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseParser)
#include "tst_httpresponseparser.moc"
