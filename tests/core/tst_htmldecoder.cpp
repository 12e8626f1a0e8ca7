// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldecoder.h"

#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An independent check: Qt's own stateless UTF-8 decoder flags every ill-formed sequence.
bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

// Random bytes, or for odd rounds a soup of the tokens the prescan reacts to.
QByteArray garbage(QRandomGenerator &random, int round)
{
    static const QList<QByteArray> tokens =
        "<meta |<META/|charset|http-equiv|content|content-type|=|\"|'|>|<|/| |\t|<!--|-->|<!|<?xml|"
        "</a|<p |;|encoding|utf-16|shift_jis|latin1|\xE9|\x82|\0|x-user-defined"_ba.split('|');
    QByteArray body;
    const int size = random.bounded(1, 3000);
    if (round % 2 == 0) {
        body.resize(size);
        for (char &c : body)
            c = char(random.bounded(256));
        return body;
    }
    while (body.size() < size)
        body += tokens.at(random.bounded(int(tokens.size())));
    return body;
}

QByteArray filler(qsizetype size)
{
    return QByteArray(size, ' ');
}

// About 30 KB of markup and prose; `accented` is how "é" is spelled (UTF-8 or windows-1252).
QByteArray page(const QByteArray &accented)
{
    QByteArray html = "<!DOCTYPE html><html lang=fr><head><meta charset=utf-8>"
                      "<title>Caf"_ba
                      + accented + "s de Paris</title></head><body>"_ba;
    while (html.size() < 30 * 1024) {
        html += "<div class=\"entry\"><h2><a href=\"/cafe/"_ba + QByteArray::number(html.size())
                + "\">Le caf"_ba + accented + " du coin</a></h2><p>Un endroit tr"_ba + accented
                + "s agr"_ba + accented
                + "able, ouvert tous les jours sauf le lundi.</p></div>\n"_ba;
    }
    return html + "</body></html>"_ba;
}

} // namespace

class TestHtmlDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void labels_data();
    void labels();
    void prescan_data();
    void prescan();
    void invalidUtf8_data();
    void invalidUtf8();
    void garbageBecomesValidUtf8_data();
    void garbageBecomesValidUtf8();
    void fastPathShares_data();
    void fastPathShares();
    void benchmarkUtf8FastPath();
    void benchmarkWindows1252();
};

void TestHtmlDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("source");

    QTest::newRow("utf-8 BOM removed") << "\xEF\xBB\xBF"
                                          "caf\xC3\xA9"_ba
                                       << QString() << u"caf\u00e9"_s << u"utf-8"_s << u"bom"_s;
    QTest::newRow("utf-8 BOM beats the header")
        << "\xEF\xBB\xBF"
           "caf\xC3\xA9"_ba
        << u"windows-1252"_s << u"caf\u00e9"_s << u"utf-8"_s << u"bom"_s;
    QTest::newRow("utf-8 BOM only")
        << "\xEF\xBB\xBF"_ba << QString() << QString() << u"utf-8"_s << u"bom"_s;
    QTest::newRow("utf-16le BOM") << "\xFF\xFE"
                                     "c\0a\0f\0\xE9\0 \0\xE5\x65\x3D\xD8\x00\xDE"_ba
                                  << QString() << u"caf\u00e9 \u65e5\U0001F600"_s << u"utf-16le"_s
                                  << u"bom"_s;
    QTest::newRow("utf-16be BOM") << "\xFE\xFF\0c\0a\0f\0\xE9\0 \x65\xE5\xD8\x3D\xDE\x00"_ba
                                  << u"iso-8859-1"_s << u"caf\u00e9 \u65e5\U0001F600"_s
                                  << u"utf-16be"_s << u"bom"_s;
    QTest::newRow("utf-16le lone surrogates and odd byte")
        << "\xFF\xFE"
           "a\0\x3D\xD8"
           "b\0\x00\xDE\x3D\xD8"
           "c"_ba
        << QString() << u"a\ufffdb\ufffd\ufffd"_s << u"utf-16le"_s << u"bom"_s;
    QTest::newRow("header iso-8859-1 is windows-1252")
        << "caf\xE9"_ba << u"iso-8859-1"_s << u"caf\u00e9"_s << u"windows-1252"_s << u"header"_s;
    QTest::newRow("windows-1252 0x80 is the euro sign, not a C1 control")
        << "\x80 \x93ok\x94 \x81"_ba << u"latin1"_s << u"\u20ac \u201cok\u201d \u0081"_s
        << u"windows-1252"_s << u"header"_s;
    QTest::newRow("header beats meta")
        << "<meta charset=utf-8>caf\xE9"_ba << u"windows-1252"_s
        << u"<meta charset=utf-8>caf\u00e9"_s << u"windows-1252"_s << u"header"_s;
    QTest::newRow("header utf-16 is not changed to utf-8")
        << "h\0i\0"_ba << u"utf-16"_s << u"hi"_s << u"utf-16le"_s << u"header"_s;
    QTest::newRow("unknown header label falls back to meta")
        << "<meta charset=windows-1252>caf\xE9"_ba << u"no-such-charset"_s
        << u"<meta charset=windows-1252>caf\u00e9"_s << u"windows-1252"_s << u"meta"_s;
    QTest::newRow("unknown header label falls back to the default")
        << "caf\xC3\xA9"_ba << u"utf-9"_s << u"caf\u00e9"_s << u"utf-8"_s << u"default"_s;
    QTest::newRow("invalid utf-8 declared as utf-8")
        << "caf\xE9 ok"_ba << u"utf-8"_s << u"caf\ufffd ok"_s << u"utf-8"_s << u"header"_s;
    QTest::newRow("invalid utf-8 after a BOM")
        << "\xEF\xBB\xBF\xFF"_ba << QString() << u"\ufffd"_s << u"utf-8"_s << u"bom"_s;
    QTest::newRow("shift_jis from meta")
        << "<meta charset=\"Shift_JIS\">\x93\xFA\x96\x7B\x8C\xEA"_ba << QString()
        << u"<meta charset=\"Shift_JIS\">\u65e5\u672c\u8a9e"_s << u"shift_jis"_s << u"meta"_s;
    QTest::newRow("shift_jis cut mid-character")
        << "\x93\xFA\x96"_ba << u"sjis"_s << u"\u65e5\ufffd"_s << u"shift_jis"_s << u"header"_s;
    QTest::newRow("shift_jis invalid byte is U+FFFD")
        << "a\xFF"
           "b"_ba
        << u"shift_jis"_s << u"a\ufffdb"_s << u"shift_jis"_s << u"header"_s;
    QTest::newRow("gbk from gb2312")
        << "\xC4\xE3\xBA\xC3"_ba << u"GB2312"_s << u"\u4f60\u597d"_s << u"gbk"_s << u"header"_s;
    QTest::newRow("big5") << "\xA4\xA4\xA4\xE5"_ba << u"big5"_s << u"\u4e2d\u6587"_s << u"big5"_s
                          << u"header"_s;
    QTest::newRow("euc-kr with a windows-949 extension")
        << "\xC7\xD1\x81\x41"_ba << u"ks_c_5601-1987"_s << u"\ud55c\uac02"_s << u"euc-kr"_s
        << u"header"_s;
    QTest::newRow("koi8-r") << "\xD0\xD2\xC9\xD7\xC5\xD4"_ba << u"koi8-r"_s
                            << u"\u043f\u0440\u0438\u0432\u0435\u0442"_s << u"koi8-r"_s
                            << u"header"_s;
    QTest::newRow("iso-2022-jp") << "a\x1B$BF|K\\\x1B(Bb"_ba << u"iso-2022-jp"_s
                                 << u"a\u65e5\u672cb"_s << u"iso-2022-jp"_s << u"header"_s;
    QTest::newRow("x-user-defined") << "a\x80\xFF"_ba << u"x-user-defined"_s << u"a\uf780\uf7ff"_s
                                    << u"x-user-defined"_s << u"header"_s;
    QTest::newRow("replacement encoding")
        << "<p>hidden</p>"_ba << u"iso-2022-kr"_s << u"\ufffd"_s << u"replacement"_s << u"header"_s;
    QTest::newRow("empty body") << QByteArray() << QString() << QString() << u"utf-8"_s
                                << u"default"_s;
    QTest::newRow("empty body with header")
        << QByteArray() << u"windows-1252"_s << QString() << u"windows-1252"_s << u"header"_s;
    QTest::newRow("empty body, replacement encoding")
        << QByteArray() << u"hz-gb-2312"_s << QString() << u"replacement"_s << u"header"_s;
}

void TestHtmlDecoder::decode()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, header);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(QString, source);

    const DecodedHtml result = HtmlDecoder::decode(body, header);
    QVERIFY(isValidUtf8(result.utf8));
    QCOMPARE(QString::fromUtf8(result.utf8), expected);
    QCOMPARE(result.utf8, expected.toUtf8());
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.source, source);
}

void TestHtmlDecoder::labels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("encoding"); // empty: not a supported label

    QTest::newRow("utf-8") << u"utf-8"_s << u"utf-8"_s;
    QTest::newRow("utf8 alias") << u"utf8"_s << u"utf-8"_s;
    QTest::newRow("upper case with whitespace") << u" \tUTF-8\r\n"_s << u"utf-8"_s;
    QTest::newRow("unicode-1-1-utf-8") << u"unicode-1-1-utf-8"_s << u"utf-8"_s;
    QTest::newRow("latin1") << u"latin1"_s << u"windows-1252"_s;
    QTest::newRow("ISO-8859-1") << u"ISO-8859-1"_s << u"windows-1252"_s;
    QTest::newRow("us-ascii") << u"us-ascii"_s << u"windows-1252"_s;
    QTest::newRow("ascii") << u"ascii"_s << u"windows-1252"_s;
    QTest::newRow("cp1252") << u"cp1252"_s << u"windows-1252"_s;
    QTest::newRow("iso-8859-9 is windows-1254") << u"iso-8859-9"_s << u"windows-1254"_s;
    QTest::newRow("tis-620 is windows-874") << u"tis-620"_s << u"windows-874"_s;
    QTest::newRow("x-sjis") << u"x-sjis"_s << u"shift_jis"_s;
    QTest::newRow("windows-31j") << u"Windows-31J"_s << u"shift_jis"_s;
    QTest::newRow("gb2312 is gbk") << u"gb2312"_s << u"gbk"_s;
    QTest::newRow("gb18030") << u"gb18030"_s << u"gb18030"_s;
    QTest::newRow("big5-hkscs is big5") << u"big5-hkscs"_s << u"big5"_s;
    QTest::newRow("ks_c_5601-1987 is euc-kr") << u"ks_c_5601-1987"_s << u"euc-kr"_s;
    QTest::newRow("euc-jp") << u"EUC-JP"_s << u"euc-jp"_s;
    QTest::newRow("koi8-ru is koi8-u") << u"koi8-ru"_s << u"koi8-u"_s;
    QTest::newRow("utf-16 is utf-16le") << u"utf-16"_s << u"utf-16le"_s;
    QTest::newRow("unicodefffe is utf-16be") << u"unicodefffe"_s << u"utf-16be"_s;
    QTest::newRow("hz-gb-2312 is replacement") << u"hz-gb-2312"_s << u"replacement"_s;
    QTest::newRow("unknown") << u"klingon"_s << QString();
    QTest::newRow("utf-7 is not supported") << u"utf-7"_s << QString();
    QTest::newRow("utf-32 is not supported") << u"utf-32"_s << QString();
    QTest::newRow("two labels") << u"utf-8 utf8"_s << QString();
    QTest::newRow("start of a label") << u"utf"_s << QString();
    QTest::newRow("end of a label") << u"tf-8"_s << QString();
    QTest::newRow("inner whitespace") << u"utf -8"_s << QString();
    QTest::newRow("non-breaking space is not trimmed") << u"\u00a0utf-8"_s << QString();
    QTest::newRow("non-Latin-1 characters") << u"utf-8\u2028"_s << QString();
    QTest::newRow("quotes are not part of a label") << u"\"utf-8\""_s << QString();
    QTest::newRow("very long label") << QString(200, u'x') << QString();
    QTest::newRow("iso-8859-16 when ICU has it")
        << u"iso-8859-16"_s
        << (QStringDecoder("iso-8859-16").isValid() ? u"iso-8859-16"_s : QString());
}

void TestHtmlDecoder::labels()
{
    QFETCH(QString, label);
    QFETCH(QString, encoding);

    // A meta declaration that loses to any supported header label.
    const DecodedHtml result = HtmlDecoder::decode("<meta charset=koi8-r><p>ok"_ba, label);
    QVERIFY(isValidUtf8(result.utf8));
    if (encoding.isEmpty()) {
        QCOMPARE(result.encoding, u"koi8-r"_s);
        QCOMPARE(result.source, u"meta"_s);
    } else {
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.source, u"header"_s);
    }
}

void TestHtmlDecoder::prescan_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("source");

    const QString w1252 = u"windows-1252"_s;
    const QString meta = u"meta"_s;
    const QString utf8 = u"utf-8"_s;
    const QString fallback = u"default"_s;

    QTest::newRow("no declaration") << "<html><head><title>x</title>"_ba << utf8 << fallback;
    QTest::newRow("charset unquoted") << "<meta charset=iso-8859-1>"_ba << w1252 << meta;
    QTest::newRow("charset double-quoted") << "<meta charset=\"iso-8859-1\">"_ba << w1252 << meta;
    QTest::newRow("charset single-quoted") << "<meta charset='latin1'>"_ba << w1252 << meta;
    QTest::newRow("upper case tag and value")
        << "<META CHARSET=\"ISO-8859-1\">"_ba << w1252 << meta;
    QTest::newRow("spaces around =") << "<meta charset = \" windows-1252 \" >"_ba << w1252 << meta;
    QTest::newRow("slash before the attribute")
        << "<meta/charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("self-closing with quotes")
        << "<meta charset='windows-1252'/>"_ba << w1252 << meta;
    QTest::newRow("unquoted value takes the slash")
        << "<meta charset=windows-1252/>"_ba << utf8 << fallback;
    QTest::newRow("other attributes first")
        << "<meta name=x data-a='1' charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("http-equiv then content")
        << "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"_ba
        << w1252 << meta;
    QTest::newRow("content then http-equiv")
        << "<meta content=\"text/html; charset=windows-1252\" http-equiv=\"content-type\">"_ba
        << w1252 << meta;
    QTest::newRow("content charset quoted and spaced")
        << "<meta http-equiv=content-type content=\"text/html;charset = 'windows-1252'\">"_ba
        << w1252 << meta;
    QTest::newRow("content without http-equiv is ignored")
        << "<meta content=\"text/html; charset=windows-1252\">"_ba << utf8 << fallback;
    QTest::newRow("content with another http-equiv is ignored")
        << "<meta http-equiv=refresh content=\"5; charset=windows-1252\">"_ba << utf8 << fallback;
    QTest::newRow("charset attribute beats content")
        << "<meta http-equiv=content-type content=\"text/html; charset=koi8-r\" "
           "charset=windows-1252>"_ba
        << w1252 << meta;
    QTest::newRow("charset attribute before content wins")
        << "<meta charset=windows-1252 http-equiv=content-type content=\"charset=koi8-r\">"_ba
        << w1252 << meta;
    QTest::newRow("failed charset attribute before content")
        << "<meta charset=bogus http-equiv=content-type content=\"charset=koi8-r\">"_ba << utf8
        << fallback;
    QTest::newRow("first of duplicate attributes wins")
        << "<meta charset=windows-1252 charset=koi8-r>"_ba << w1252 << meta;
    QTest::newRow("unknown charset, later meta used")
        << "<meta charset=bogus><meta charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("unknown charset only") << "<meta charset=bogus>"_ba << utf8 << fallback;
    QTest::newRow("utf-16 in meta means utf-8") << "<meta charset=\"utf-16\">"_ba << utf8 << meta;
    QTest::newRow("utf-16be in meta means utf-8") << "<meta charset=utf-16be>"_ba << utf8 << meta;
    QTest::newRow("x-user-defined in meta means windows-1252")
        << "<meta charset=x-user-defined>"_ba << w1252 << meta;
    QTest::newRow("inside a comment is ignored")
        << "<!-- <meta charset=windows-1252> --><p>"_ba << utf8 << fallback;
    QTest::newRow("inside a comment holding a >")
        << "<!-- a > b <meta charset=windows-1252> -->"_ba << utf8 << fallback;
    QTest::newRow("after a comment") << "<!-- x --><meta charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("after the shortest comment")
        << "<!--><meta charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("unterminated comment")
        << "<!-- <meta charset=windows-1252>"_ba << utf8 << fallback;
    QTest::newRow("inside another tag's attribute value is ignored")
        << "<div title=\"<meta charset=windows-1252>\">"_ba << utf8 << fallback;
    QTest::newRow("after a doctype and processing instruction")
        << "<!DOCTYPE html><?php x ?><meta charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("not a meta tag") << "<metadata charset=windows-1252>"_ba << utf8 << fallback;
    QTest::newRow("meta without a space") << "<metacharset=windows-1252>"_ba << utf8 << fallback;
    QTest::newRow("unterminated meta") << "<meta charset=windows-1252"_ba << utf8 << fallback;
    QTest::newRow("ends by byte 1024")
        << filler(1024 - 27) + "<meta charset=windows-1252>"_ba << w1252 << meta;
    QTest::newRow("straddles byte 1024")
        << filler(1024 - 26) + "<meta charset=windows-1252>"_ba << utf8 << fallback;
    QTest::newRow("after 1024 bytes")
        << filler(1100) + "<meta charset=windows-1252>"_ba << utf8 << fallback;
    QTest::newRow("xml declaration")
        << "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"_ba << w1252 << meta;
    QTest::newRow("xml declaration loses to meta")
        << "<?xml version=\"1.0\" encoding=\"koi8-r\"?><meta charset=windows-1252>"_ba << w1252
        << meta;
    QTest::newRow("utf-16le xml declaration without BOM")
        << "<\0?\0x\0m\0l\0"_ba << u"utf-16le"_s << meta;
    QTest::newRow("utf-16be xml declaration without BOM")
        << "\0<\0?\0x\0m\0l"_ba << u"utf-16be"_s << meta;
    QTest::newRow("binary zeros") << QByteArray(64, '\0') << utf8 << fallback;
}

void TestHtmlDecoder::prescan()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, encoding);
    QFETCH(QString, source);

    const DecodedHtml result = HtmlDecoder::decode(head + "<p>caf\xE9</p>"_ba, QString());
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.source, source);
    QVERIFY(isValidUtf8(result.utf8));
    if (encoding == u"windows-1252"_s)
        QVERIFY(QString::fromUtf8(result.utf8).endsWith(u"<p>caf\u00e9</p>"_s));
}

void TestHtmlDecoder::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("valid 1-4 byte sequences")
        << "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"_ba << u"a\u00e9\u20ac\U0001F600"_s;
    QTest::newRow("lone continuation byte") << "a\x80z"_ba << u"a\ufffdz"_s;
    QTest::newRow("lead byte then ASCII") << "\xC3("_ba << u"\ufffd("_s;
    QTest::newRow("overlong two bytes") << "\xC0\xAF"_ba << u"\ufffd\ufffd"_s;
    QTest::newRow("overlong three bytes") << "\xE0\x80\xAF"_ba << u"\ufffd\ufffd\ufffd"_s;
    QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << u"\ufffd\ufffd\ufffd"_s;
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << u"\ufffd\ufffd\ufffd\ufffd"_s;
    QTest::newRow("F5 and FF") << "\xF5\xFF"_ba << u"\ufffd\ufffd"_s;
    QTest::newRow("truncated 4-byte sequence then ASCII") << "\xF0\x9F\x98!"_ba << u"\ufffd!"_s;
    QTest::newRow("truncated at the end") << "ok\xE2\x82"_ba << u"ok\ufffd"_s;
    QTest::newRow("error after a long valid run")
        << filler(100) + "\xC3\xA9\xFF"_ba + filler(20)
        << QString(100, u' ') + u"\u00e9\ufffd"_s + QString(20, u' ');
}

void TestHtmlDecoder::invalidUtf8()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);

    const DecodedHtml result = HtmlDecoder::decode(body, QString());
    QVERIFY(isValidUtf8(result.utf8));
    QCOMPARE(QString::fromUtf8(result.utf8), expected);
    QCOMPARE(result.utf8, expected.toUtf8());
}

void TestHtmlDecoder::garbageBecomesValidUtf8_data()
{
    QTest::addColumn<QString>("header");

    const char *labels[] = {"",           "utf-8",  "windows-1252",   "utf-16le",    "utf-16be",
                            "shift_jis",  "euc-jp", "iso-2022-jp",    "gbk",         "gb18030",
                            "big5",       "euc-kr", "x-user-defined", "replacement", "koi8-r",
                            "windows-874"};
    for (const char *label : labels)
        QTest::newRow(*label ? label : "no header") << QString::fromLatin1(label);
}

void TestHtmlDecoder::garbageBecomesValidUtf8()
{
    QFETCH(QString, header);

    QRandomGenerator random(20240611);
    for (int round = 0; round < 400; ++round) {
        QByteArray body = garbage(random, round);
        if (round % 4 == 0)
            body.prepend("<meta charset=shift_jis>");
        const DecodedHtml result = HtmlDecoder::decode(body, header);
        QVERIFY2(isValidUtf8(result.utf8), qPrintable(u"round %1"_s.arg(round)));
        QVERIFY(!result.encoding.isEmpty());
    }
}

void TestHtmlDecoder::fastPathShares_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("header");

    QTest::newRow("utf-8 by default") << page("\xC3\xA9"_ba) << QString();
    QTest::newRow("utf-8 by header") << page("\xC3\xA9"_ba) << u"UTF-8"_s;
    QTest::newRow("ASCII declared windows-1252") << page("e"_ba) << u"iso-8859-1"_s;
    QTest::newRow("ASCII declared shift_jis") << page("e"_ba) << u"shift_jis"_s;
}

void TestHtmlDecoder::fastPathShares()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, header);

    const DecodedHtml result = HtmlDecoder::decode(body, header);
    QVERIFY(result.utf8.isSharedWith(body));
    QCOMPARE(result.utf8.constData(), body.constData());
}

void TestHtmlDecoder::benchmarkUtf8FastPath()
{
    const QByteArray body = page("\xC3\xA9"_ba);
    QVERIFY(body.size() >= 30 * 1024);
    DecodedHtml result;
    QBENCHMARK
    {
        result = HtmlDecoder::decode(body, QString());
    }
    QCOMPARE(result.encoding, u"utf-8"_s);
    QVERIFY(result.utf8.isSharedWith(body));
}

void TestHtmlDecoder::benchmarkWindows1252()
{
    const QByteArray body = page("\xE9"_ba);
    const QString header = u"windows-1252"_s;
    DecodedHtml result;
    QBENCHMARK
    {
        result = HtmlDecoder::decode(body, header);
    }
    QCOMPARE(result.encoding, u"windows-1252"_s);
    QCOMPARE(result.utf8, QString::fromLatin1(body).toUtf8());
}

QTEST_GUILESS_MAIN(TestHtmlDecoder)
#include "tst_htmldecoder.moc"
