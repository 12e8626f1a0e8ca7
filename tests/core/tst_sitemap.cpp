// SPDX-License-Identifier: GPL-3.0-or-later
#include "codec/gzip.h"
#include "crawl/sitemap.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 mebibyte = 1024 * 1024;

// Runs `input` through `stream` with `flush`, returning what deflate() wrote.
QByteArray deflateSome(z_stream &stream, const QByteArray &input, int flush)
{
    QByteArray output;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
    stream.avail_in = uInt(input.size());
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
        stream.avail_out = uInt(buffer.size());
        deflate(&stream, flush);
        output.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
    } while (stream.avail_out == 0);
    return output;
}

// Compressed at the highest level; gzip format, or zlib format with windowBits MAX_WBITS.
QByteArray gzipped(const QByteArray &data, int windowBits = MAX_WBITS + 16)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 9, Z_DEFAULT_STRATEGY);
    QByteArray output = deflateSome(stream, data, Z_FINISH);
    deflateEnd(&stream);
    return output;
}

// A gzip stream of `chunks` MiB of zeros, made without ever holding them: after a full flush the
// compressor keeps no history, so every further MiB of zeros compresses to the same bytes, which
// are repeated; the trailer (CRC-32 and size of the whole) is written by hand. About 1 KiB per MiB.
QByteArray gzipOfZeros(int chunks)
{
    const QByteArray zeros(mebibyte, '\0');
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, MAX_WBITS + 16, 9, Z_DEFAULT_STRATEGY);
    QByteArray output = deflateSome(stream, zeros, Z_FULL_FLUSH);
    const QByteArray repeated = deflateSome(stream, zeros, Z_FULL_FLUSH);
    const QByteArray end = deflateSome(stream, QByteArray(), Z_FINISH);
    deflateEnd(&stream);
    for (int i = 1; i < chunks; ++i)
        output.append(repeated);
    output.append(end.first(end.size() - 8)); // the final empty block, without the 2 MiB trailer

    const uLong chunkCrc = crc32(0, reinterpret_cast<const Bytef *>(zeros.constData()), mebibyte);
    uLong crc = chunkCrc;
    for (int i = 1; i < chunks; ++i)
        crc = crc32_combine(crc, chunkCrc, mebibyte);
    const quint32 size = quint32(quint64(chunks) * mebibyte); // ISIZE is the size modulo 2^32
    for (quint32 value : {quint32(crc), size}) {
        for (int shift = 0; shift < 32; shift += 8)
            output.append(char((value >> shift) & 0xff));
    }
    return output;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray urlset(const QStringList &locs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QString &loc : locs)
        xml += "<url><loc>" + loc.toUtf8() + "</loc></url>\n";
    return xml + "</urlset>\n";
}

QByteArray sitemapIndex(const QStringList &locs)
{
    QByteArray xml = "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const QString &loc : locs)
        xml += "<sitemap><loc>" + loc.toUtf8() + "</loc><lastmod>2024-01-01</lastmod></sitemap>\n";
    return xml + "</sitemapindex>\n";
}

QStringList numberedUrls(int count, const QString &prefix = u"https://example.com/p"_s)
{
    QStringList urls;
    urls.reserve(count);
    for (int i = 0; i < count; ++i)
        urls << prefix + QString::number(i);
    return urls;
}

QStringList strings(const QList<QUrl> &urls)
{
    QStringList result;
    for (const QUrl &url : urls)
        result << url.toString(QUrl::FullyEncoded);
    return result;
}

// A parse() row: the pages and child sitemaps the body lists, and a part of the error (empty for
// none).
void row(const char *name, const QByteArray &body, const QStringList &pages,
         const QStringList &sitemaps = {}, const QString &errorPart = {})
{
    QTest::newRow(name) << body << pages << sitemaps << errorPart;
}

// The most memory the process has held so far, in bytes; -1 where unknown.
qint64 peakMemory()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
    return -1;
}

} // namespace

class TestSitemap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksCompressed_data();
    void looksCompressed();
    void inflate_data();
    void inflate();
    void inflateGzipBomb();
    void parse_data();
    void parse();
    void parseGzipBomb();
    void errorNamesTheSitemap();
    void urlCap_data();
    void urlCap();
    void oversizedPlainBody_data();
    void oversizedPlainBody();
    void garbage_data();
    void garbage();
};

void TestSitemap::looksCompressed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("compressed");

    QTest::newRow("gzip stream") << gzipped("hello") << true;
    QTest::newRow("magic alone") << QByteArray("\x1f\x8b") << true;
    QTest::newRow("zlib stream") << gzipped("hello", MAX_WBITS) << false;
    QTest::newRow("XML") << QByteArray("<urlset/>") << false;
    QTest::newRow("first magic byte only") << QByteArray("\x1f") << false;
    QTest::newRow("magic bytes swapped") << QByteArray("\x8b\x1f") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSitemap::looksCompressed()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, compressed);

    QCOMPARE(Gzip::looksCompressed(data), compressed);
}

void TestSitemap::inflate_data()
{
    QTest::addColumn<QByteArray>("compressed");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("errorPart"); // empty: inflating succeeds

    const auto decodes = [](const char *name, const QByteArray &compressed,
                            const QByteArray &expected, qint64 limit = mebibyte) {
        QTest::newRow(name) << compressed << limit << expected << QString();
    };
    const auto fails = [](const char *name, const QByteArray &compressed, const QString &errorPart,
                          qint64 limit = mebibyte) {
        QTest::newRow(name) << compressed << limit << QByteArray() << errorPart;
    };
    const QByteArray text = "The quick brown fox jumps over the lazy dog.\n";
    const QByteArray member = gzipped(text);
    const auto damaged = [&member](qsizetype index, char value) {
        QByteArray copy = member;
        copy[index < 0 ? copy.size() + index : index] = value;
        return copy;
    };
    const QString truncated = u"the compressed data is truncated"_s;

    decodes("gzip member", member, text);
    decodes("zlib stream", gzipped(text, MAX_WBITS), text);
    decodes("empty content", gzipped(QByteArray()), QByteArray());
    decodes("concatenated members", gzipped("first,") + gzipped("second,") + gzipped("third"),
            "first,second,third");
    decodes("concatenated members with an empty one",
            gzipped("a") + gzipped(QByteArray()) + gzipped("b"), "ab");
    decodes("trailing zero padding ignored", member + QByteArray(512, '\0'), text);
    decodes("trailing junk ignored", member + "junk", text);
    decodes("highly compressible content", gzipped(QByteArray(300000, 'a')),
            QByteArray(300000, 'a'));
    decodes("decoded size exactly at the limit", member, text, text.size());
    fails("decoded size one byte past the limit", member, u"decoded size passed 44 bytes"_s,
          text.size() - 1);
    fails("members together past the limit",
          gzipped(QByteArray(600, 'x')) + gzipped(QByteArray(600, 'y')),
          u"decoded size passed 1000 bytes"_s, 1000);
    fails("negative limit", member, u"decoded size passed 0 bytes"_s, -1);
    fails("empty input", QByteArray(), truncated);
    fails("magic only", member.first(2), truncated);
    fails("header only", member.first(10), truncated);
    fails("cut in the middle", member.first(member.size() / 2), truncated);
    fails("trailer missing", member.chopped(8), truncated);
    fails("trailer cut short", member.chopped(3), truncated);
    fails("second member truncated", member + member.chopped(5), truncated);
    fails("wrong CRC", damaged(-8, char(member.at(member.size() - 8) ^ 0xff)),
          u"corrupt (incorrect data check)"_s);
    fails("wrong length", damaged(-4, char(member.at(member.size() - 4) + 1)),
          u"corrupt (incorrect length check)"_s);
    // The trailer's size decides the buffer of the one-pass decoder: a size too small or too
    // large must not be trusted.
    fails("length stated one byte short", damaged(-4, char(member.at(member.size() - 4) - 1)),
          u"corrupt (incorrect length check)"_s);
    fails("length stated past the limit on a small member", damaged(-1, char(0x7f)),
          u"corrupt (incorrect length check)"_s);
    fails("unknown compression method", damaged(2, 7), u"corrupt (unknown compression method)"_s);
    fails("not compressed", "<urlset/>", u"corrupt (incorrect header check)"_s);
}

void TestSitemap::inflate()
{
    QFETCH(QByteArray, compressed);
    QFETCH(qint64, limit);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorPart);

    QString error;
    const std::optional<QByteArray> decoded = Gzip::inflate(compressed, limit, &error);
    if (errorPart.isEmpty()) {
        QVERIFY2(decoded.has_value(), qPrintable(error));
        QCOMPARE(*decoded, expected);
    } else {
        QVERIFY(!decoded.has_value());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
    // No error pointer is fine too.
    QCOMPARE(Gzip::inflate(compressed, limit, nullptr).has_value(), errorPart.isEmpty());
}

void TestSitemap::inflateGzipBomb()
{
    // 64 MiB of zeros: decoded whole when allowed, cut off right at a smaller limit.
    const QByteArray bomb = gzipOfZeros(64);
    QVERIFY(bomb.size() < 100 * 1024);
    QString error;
    const std::optional<QByteArray> whole = Gzip::inflate(bomb, 64 * mebibyte, &error);
    QVERIFY2(whole.has_value(), qPrintable(error));
    QCOMPARE(whole->size(), 64 * mebibyte);
    QVERIFY(whole->count('\0') == whole->size());

    QVERIFY(!Gzip::inflate(bomb, 64 * mebibyte - 1, &error).has_value());
    QCOMPARE(error, u"decoded size passed %1 bytes"_s.arg(64 * mebibyte - 1));
    QVERIFY(!Gzip::inflate(bomb, mebibyte, &error).has_value());
    QCOMPARE(error, u"decoded size passed %1 bytes"_s.arg(mebibyte));
}

void TestSitemap::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("sitemaps");
    QTest::addColumn<QString>("errorPart"); // empty: no error

    const QStringList a{u"https://example.com/a"_s};
    const QStringList ab{u"https://example.com/a"_s, u"https://example.com/b"_s};
    const QStringList none;
    const QByteArray abXml = urlset(ab);
    const QByteArray abText = "https://example.com/a\nhttps://example.com/b\n";

    row("urlset", abXml, ab);
    row("urlset without namespace",
        "<urlset><url><loc>https://example.com/a</loc></url>"
        "<url><loc>https://example.com/b</loc></url></urlset>",
        ab);
    row("urlset with lastmod, changefreq and priority",
        "<urlset><url><lastmod>2024-05-01</lastmod><loc>https://example.com/a</loc>"
        "<changefreq>daily</changefreq><priority>0.8</priority></url></urlset>",
        a);
    row("sitemapindex",
        sitemapIndex({u"https://example.com/1.xml"_s, u"https://example.com/2.gz"_s}), none,
        {u"https://example.com/1.xml"_s, u"https://example.com/2.gz"_s});
    row("prefixed elements, declared namespace",
        "<sm:urlset xmlns:sm=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        "<sm:url><sm:loc>https://example.com/a</sm:loc></sm:url>"
        "<sm:url><sm:loc>https://example.com/b</sm:loc></sm:url></sm:urlset>",
        ab);
    row("prefixed elements, undeclared prefix",
        "<sm:sitemapindex><sm:sitemap><sm:loc>https://example.com/s.xml</sm:loc>"
        "</sm:sitemap></sm:sitemapindex>",
        none, {u"https://example.com/s.xml"_s});
    row("extension namespaces, image loc is not a page",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        "xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\" "
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><url>"
        "<image:image><image:loc>https://example.com/a.png</image:loc></image:image>"
        "<loc>https://example.com/a</loc>"
        "<xhtml:link rel=\"alternate\" hreflang=\"de\" href=\"https://example.com/de\"/>"
        "</url></urlset>",
        a);
    row("upper-case element names", "<URLSET><URL><LOC>https://example.com/a</LOC></URL></URLSET>",
        a);
    row("first loc of an entry only",
        "<urlset><url><loc>https://example.com/a</loc><loc>https://example.com/b</loc></url>"
        "</urlset>",
        a);
    row("loc outside url ignored",
        "<urlset><loc>https://example.com/x</loc><url><loc>https://example.com/a</loc></url>"
        "<other><loc>https://example.com/y</loc></other></urlset>",
        a);
    row("sitemap entries in a urlset ignored",
        "<urlset><sitemap><loc>https://example.com/s.xml</loc></sitemap></urlset>", none);
    row("empty urlset", "<urlset/>", none);
    row("CDATA in loc",
        "<urlset><url><loc><![CDATA[https://example.com/a?x=1&y=2]]></loc></url></urlset>",
        {u"https://example.com/a?x=1&y=2"_s});
    row("whitespace and newlines around loc",
        "<urlset>\n <url>\n  <loc>\n\t  https://example.com/a  \r\n  </loc>\n </url>\n</urlset>",
        a);
    row("whitespace around CDATA",
        "<urlset><url><loc>\n <![CDATA[ https://example.com/a ]]>\n</loc></url></urlset>", a);
    row("predefined and numeric entities",
        urlset({u"https://example.com/l?p=2&amp;sort=n&amp;q=&apos;a&apos;&amp;i=&#x31;&#50;"_s}),
        {u"https://example.com/l?p=2&sort=n&q='a'&i=12"_s});
    row("non-ASCII path", urlset({u"https://example.com/caf\u00e9"_s}),
        {u"https://example.com/caf%C3%A9"_s});
    row("UTF-8 byte-order mark", "\xef\xbb\xbf" + abXml, ab);
    row("blank lines and byte-order mark before the XML declaration",
        "\xef\xbb\xbf\r\n\n  " + abXml, ab);
    const QString utf16 = u"<urlset><url><loc>https://example.com/a</loc></url></urlset>"_s;
    row("UTF-16 with byte-order mark",
        "\xff\xfe" + QByteArray(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2),
        a);
    row("non-http URLs dropped",
        urlset({u"ftp://example.com/file"_s, u"https://example.com/a"_s,
                u"mailto:info@example.com"_s, u"javascript:alert(1)"_s, u"file:///etc/passwd"_s,
                u"data:text/html,hi"_s, u"http://example.com/b"_s}),
        {u"https://example.com/a"_s, u"http://example.com/b"_s});
    row("relative URLs dropped",
        urlset({u"/a"_s, u"b.html"_s, u"//cdn.example.com/c"_s, u"?q=1"_s,
                u"https://example.com/a"_s}),
        a);
    row("empty and invalid locs dropped",
        urlset({QString(), u"   "_s, u"http://"_s, u"https://exa mple.com/"_s,
                u"https://example.com/a"_s}),
        a);
    row("other hosts kept", urlset({u"https://example.com/a"_s, u"https://other.example.org/b"_s}),
        {u"https://example.com/a"_s, u"https://other.example.org/b"_s});

    row("malformed: unclosed element, earlier entries kept",
        "<urlset><url><loc>https://example.com/a</loc></url>"
        "<url><loc>https://example.com/b</loc></url><url><loc>https://exam",
        ab, none, u"malformed"_s);
    row("malformed: undeclared entity",
        "<urlset><url><loc>https://example.com/a</loc></url>"
        "<url><loc>https://example.com/&nbsp;b</loc></url></urlset>",
        a, none, u"Entity 'nbsp' not declared"_s);
    row("malformed: bare ampersand",
        "<urlset><url><loc>https://example.com/a</loc></url>"
        "<url><loc>https://example.com/?x=1&y=2</loc></url></urlset>",
        a, none, u"line 1, column"_s);
    row("malformed: entity expansion bomb",
        "<!DOCTYPE urlset [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
        "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<urlset><url><loc>https://example.com/a</loc></url>"
        "<url><loc>https://example.com/&d;</loc></url></urlset>",
        a, none, u"malformed"_s);
    row("HTML page instead of a sitemap",
        "<!DOCTYPE html><html><body><a href=\"https://example.com/a\">a</a></body></html>", none,
        none, u"root element is <html>"_s);

    row("plain text", abText, ab);
    row("plain text: CRLF, blanks, spaces, junk and no final newline",
        "\r\n  https://example.com/a  \r\n\r\n# comment\nnot a url\n\t\nhttps://example.com/b", ab);
    row("plain text: byte-order mark", "\xef\xbb\xbfhttps://example.com/a\n", a);
    row("plain text: relative and non-http dropped",
        "/a\nftp://example.com/f\nhttps://example.com/a\nmailto:x@example.com\n"
        "//cdn.example.com/c\nhttps://example.com/b\n",
        ab);
    row("plain text: only junk", "hello\nworld\n/relative\n", none, none, u"lists no URLs"_s);
    row("whitespace only", " \r\n\t\n", none, none, u"lists no URLs"_s);
    row("empty body", QByteArray(), none, none, u"The sitemap is empty."_s);

    row("gzip-compressed urlset", gzipped(abXml), ab);
    row("gzip-compressed plain text", gzipped(abText), ab);
    row("gzip members concatenated",
        gzipped(abXml.first(abXml.size() / 2)) + gzipped(abXml.sliced(abXml.size() / 2)), ab);
    row("gzip truncated", gzipped(abXml).chopped(20), none, none,
        u"could not be decompressed: the compressed data is truncated"_s);
    row("gzip corrupt", gzipped(abXml).first(12) + QByteArray(40, '\xff'), none, none,
        u"corrupt"_s);
    row("gzip of nothing", gzipped(QByteArray()), none, none, u"lists no URLs"_s);
}

void TestSitemap::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, sitemaps);
    QFETCH(QString, errorPart);

    const SitemapContent content = Sitemap::parse(body, QUrl());
    QCOMPARE(strings(content.pages), pages);
    QCOMPARE(strings(content.sitemaps), sitemaps);
    if (errorPart.isEmpty())
        QCOMPARE(content.error, QString());
    else
        QVERIFY2(content.error.contains(errorPart), qPrintable(content.error));
}

void TestSitemap::parseGzipBomb()
{
    // 1 GiB of zeros in about 1 MiB; decoding it whole would take seconds and a gigabyte.
    const QByteArray bomb = gzipOfZeros(1024);
    QVERIFY(bomb.size() < 2 * mebibyte);
    const qint64 peakBefore = peakMemory();
    QElapsedTimer timer;
    timer.start();
    const SitemapContent content = Sitemap::parse(bomb, QUrl(u"https://example.com/s.xml.gz"_s));
    const qint64 elapsed = timer.elapsed();

    QVERIFY(content.pages.isEmpty());
    QVERIFY(content.sitemaps.isEmpty());
    QVERIFY2(
        content.error.contains(u"decoded size passed %1 bytes"_s.arg(Sitemap::maxDecodedBytes)),
        qPrintable(content.error));
    QVERIFY2(elapsed < 5000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    if (peakBefore >= 0) {
        // The decoded buffer never passes the cap; allow for the allocator and sanitizers.
        const qint64 growth = peakMemory() - peakBefore;
        QVERIFY2(growth < 2 * Sitemap::maxDecodedBytes,
                 qPrintable(u"peak memory grew by %1 MiB"_s.arg(growth / mebibyte)));
    }
}

void TestSitemap::errorNamesTheSitemap()
{
    const QUrl base(u"https://user:secret@example.com/sitemap.xml"_s);
    const SitemapContent content = Sitemap::parse("<urlset><url>", base);
    QVERIFY2(content.error.startsWith(u"https://user@example.com/sitemap.xml: "_s),
             qPrintable(content.error));
    QVERIFY(!content.error.contains(u"secret"_s));
    QVERIFY(Sitemap::parse(urlset({u"https://example.com/"_s}), base).error.isEmpty());
}

void TestSitemap::urlCap_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("index");
    QTest::addColumn<int>("kept");
    QTest::addColumn<bool>("capped");

    const int cap = Sitemap::maxUrls;
    QTest::newRow("urlset with one URL too many")
        << urlset(numberedUrls(cap + 1)) << false << cap << true;
    QTest::newRow("urlset at the cap") << urlset(numberedUrls(cap)) << false << cap << false;
    QTest::newRow("sitemapindex with one sitemap too many")
        << sitemapIndex(numberedUrls(cap + 1)) << true << cap << true;
    QTest::newRow("plain text with one URL too many")
        << numberedUrls(cap + 1).join(u'\n').toUtf8() << false << cap << true;
    QTest::newRow("gzip-compressed urlset with one URL too many")
        << gzipped(urlset(numberedUrls(cap + 1))) << false << cap << true;
    QTest::newRow("dropped entries do not count")
        << urlset(numberedUrls(cap) + numberedUrls(100, u"ftp://example.com/f"_s)) << false << cap
        << false;
}

void TestSitemap::urlCap()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, index);
    QFETCH(int, kept);
    QFETCH(bool, capped);

    const SitemapContent content = Sitemap::parse(body, QUrl());
    const QList<QUrl> &entries = index ? content.sitemaps : content.pages;
    QCOMPARE(entries.size(), kept);
    QCOMPARE(entries.first(), QUrl(u"https://example.com/p0"_s));
    QCOMPARE(entries.last(), QUrl(u"https://example.com/p%1"_s.arg(kept - 1)));
    QCOMPARE((index ? content.pages : content.sitemaps).size(), 0);
    if (capped)
        QVERIFY2(content.error.contains(u"more than 50000 URLs"_s), qPrintable(content.error));
    else
        QCOMPARE(content.error, QString());
}

void TestSitemap::oversizedPlainBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QString>("errorPart");

    const qsizetype cap = Sitemap::maxDecodedBytes;
    // The last URL starts 15 bytes before the cap: "https://example" is inside, the rest not.
    const QByteArray first = "https://example.com/first\n";
    const QByteArray last = "https://example.com/last\n";
    QByteArray text = first;
    text += QByteArray(cap - 15 - first.size(), '\n');
    text += last;
    QTest::newRow("plain text cut at the cap, partial last line dropped")
        << text << QStringList{u"https://example.com/first"_s} << QString();

    const QByteArray head = "<urlset><url><loc>https://example.com/first</loc></url>";
    QByteArray xml = head + QByteArray(cap - head.size() - 15, ' ');
    xml += "<url><loc>https://example.com/last</loc></url></urlset>";
    QTest::newRow("XML cut at the cap")
        << xml << QStringList{u"https://example.com/first"_s} << u"malformed"_s;
}

void TestSitemap::oversizedPlainBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, pages);
    QFETCH(QString, errorPart);

    const SitemapContent content = Sitemap::parse(body, QUrl());
    QCOMPARE(strings(content.pages), pages);
    QVERIFY2(content.error.contains(u"larger than 52428800 bytes"_s), qPrintable(content.error));
    QVERIFY2(content.error.contains(errorPart), qPrintable(content.error));
}

void TestSitemap::garbage_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("random bytes") << randomBytes(256 * 1024, 1);
    QTest::newRow("random bytes after the gzip magic") << "\x1f\x8b" + randomBytes(64 * 1024, 2);
    QTest::newRow("random bytes after a gzip header")
        << gzipped("x").first(10) + randomBytes(64 * 1024, 3);
    QTest::newRow("random bytes after <") << "<" + randomBytes(64 * 1024, 4);
    QTest::newRow("random bytes inside a urlset")
        << "<urlset><url><loc>" + randomBytes(64 * 1024, 5);
    QTest::newRow("random bytes gzip-compressed") << gzipped(randomBytes(64 * 1024, 6));
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
}

void TestSitemap::garbage()
{
    QFETCH(QByteArray, body);

    const SitemapContent content = Sitemap::parse(body, QUrl(u"https://example.com/s"_s));
    QVERIFY(content.pages.isEmpty());
    QVERIFY(content.sitemaps.isEmpty());
    QVERIFY(!content.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSitemap)
#include "tst_sitemap.moc"
