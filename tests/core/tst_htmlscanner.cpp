// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlscanner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;

using Token = HtmlScanner::Token;

namespace {

// The tokens of `html`, compactly: <a href='x'>, </a>, [text], <!--text-->, <!DOCTYPE name>.
// Adjacent Text tokens are merged (the scanner may split a run of text).
QString tokens(const QByteArray &html, bool cdataAllowed = false)
{
    HtmlScanner scanner(html);
    scanner.setCdataAllowed(cdataAllowed);
    QString out;
    bool inText = false;
    for (;;) {
        const Token token = scanner.next();
        if (token != Token::Text && inText)
            out += u']';
        switch (token) {
        case Token::End:
            return out;
        case Token::StartTag:
            out += u'<' + QString::fromUtf8(scanner.tagName());
            for (qsizetype i = 0; i < scanner.attributeCount(); ++i) {
                out += u' ' + QString::fromUtf8(scanner.attributeName(i)) + u"='"_s
                       + QString::fromUtf8(scanner.attributeValue(i)) + u'\'';
            }
            out += scanner.selfClosing() ? u" />"_s : u">"_s;
            break;
        case Token::EndTag:
            out += u"</"_s + QString::fromUtf8(scanner.tagName()) + u'>';
            break;
        case Token::Text:
            out += (inText ? QString() : u"["_s) + QString::fromUtf8(scanner.text());
            break;
        case Token::Comment:
            out += u"<!--"_s + QString::fromUtf8(scanner.text()) + u"-->"_s;
            break;
        case Token::Doctype:
            out += u"<!DOCTYPE "_s + QString::fromUtf8(scanner.text()) + u'>';
            break;
        }
        inText = token == Token::Text;
    }
}

// The decoded text of `html`, every Text token together.
QByteArray textOf(const QByteArray &html)
{
    HtmlScanner scanner(html);
    QByteArray text;
    for (Token token; (token = scanner.next()) != Token::End;) {
        if (token == Token::Text)
            text += scanner.text().toByteArray();
    }
    return text;
}

// The value of attribute v of the first start tag in `html`.
QByteArray valueOf(const QByteArray &html)
{
    HtmlScanner scanner(html);
    for (Token token; (token = scanner.next()) != Token::End;) {
        if (token == Token::StartTag)
            return scanner.attribute("v").toByteArray();
    }
    return "(no tag)";
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError() && text.toUtf8() == bytes;
}

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

} // namespace

class TestHtmlScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void contentModels_data();
    void contentModels();
    void treeBuilderHooks();
    void attributesOnDemand();
    void references_data();
    void references();
    void everyNamedReference();
    void inputDecoding_data();
    void inputDecoding();
    void doctype_data();
    void doctype();
    void gumboQuirks();
    void garbage_data();
    void garbage();
};

// Attributes are decoded when first asked for; hasAttributes() answers without decoding, and the
// tag name stays valid while they are decoded after it.
void TestHtmlScanner::attributesOnDemand()
{
    HtmlScanner scanner("<A HREF='/a&amp;b' href=2 X>t</a x=1><p><IMG\0 SRC=&lt;i>"_ba);
    QCOMPARE(scanner.next(), Token::StartTag);
    QVERIFY(scanner.hasAttributes());
    QCOMPARE(scanner.tagName(), "a"_ba);
    QCOMPARE(scanner.attribute("href"), "/a&b"_ba);
    QCOMPARE(scanner.attributeCount(), 2); // the repeated href dropped
    QCOMPARE(scanner.attributeName(1), "x"_ba);
    QCOMPARE(scanner.next(), Token::Text);
    QVERIFY(!scanner.hasAttributes());
    QCOMPARE(scanner.attributeCount(), 0);
    QCOMPARE(scanner.next(), Token::EndTag);
    QVERIFY(!scanner.hasAttributes());
    QCOMPARE(scanner.attributeCount(), 0);
    QCOMPARE(scanner.next(), Token::StartTag);
    QVERIFY(!scanner.hasAttributes());
    QCOMPARE(scanner.next(), Token::StartTag);         // never asked for the attributes of <p>
    QCOMPARE(scanner.tagName(), "img\xef\xbf\xbd"_ba); // decoded into the tag buffer
    QVERIFY(scanner.hasAttributes());
    QCOMPARE(scanner.attributeValue(0), "<i"_ba);
    QCOMPARE(scanner.tagName(), "img\xef\xbf\xbd"_ba);
    QCOMPARE(scanner.next(), Token::End);
}

void TestHtmlScanner::tokenize_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("text") << "hello"_ba << u"[hello]"_s;
    QTest::newRow("start and end tags") << "<p>x</p>"_ba << u"<p>[x]</p>"_s;
    QTest::newRow("names lower-cased, values kept") << "<DiV CLASS=Ab>"_ba << u"<div class='Ab'>"_s;
    QTest::newRow("double-quoted value") << "<a href=\"/x y>\">"_ba << u"<a href='/x y>'>"_s;
    QTest::newRow("single-quoted value") << "<a href='/x\"y'>"_ba << u"<a href='/x\"y'>"_s;
    QTest::newRow("unquoted values")
        << "<a href=/x?a=1&b=2 id=z>"_ba << u"<a href='/x?a=1&b=2' id='z'>"_s;
    QTest::newRow("unquoted value keeps quotes and equals")
        << "<a x=a\"b'c=d`e>"_ba << u"<a x='a\"b'c=d`e'>"_s;
    QTest::newRow("attribute without value") << "<input disabled>"_ba << u"<input disabled=''>"_s;
    QTest::newRow("spaces around the equals sign")
        << "<a href = \"x\"\n\t>"_ba << u"<a href='x'>"_s;
    QTest::newRow("missing space between attributes")
        << "<a x=\"1\"y='2'>"_ba << u"<a x='1' y='2'>"_s;
    QTest::newRow("equals sign starts a name") << "<a =x>"_ba << u"<a =x=''>"_s;
    QTest::newRow("quote and less-than in a name") << "<a b\"c<d>"_ba << u"<a b\"c<d=''>"_s;
    QTest::newRow("empty unquoted value before >") << "<a href=>x"_ba << u"<a href=''>[x]"_s;
    QTest::newRow("duplicate attribute: the first wins")
        << "<a href=1 HREF=2 href>"_ba << u"<a href='1'>"_s;
    QTest::newRow("self-closing") << "<br/><br />"_ba << u"<br /><br />"_s;
    QTest::newRow("solidus inside a tag") << "<a/b/>"_ba << u"<a b='' />"_s;
    QTest::newRow("end tag attributes dropped") << "</p class=x>"_ba << u"</p>"_s;
    QTest::newRow("CR is whitespace in a tag") << "<a\rhref=x\r>"_ba << u"<a href='x'>"_s;
    QTest::newRow("empty end tag dropped") << "a</>b"_ba << u"[ab]"_s;
    QTest::newRow("end tag with space: bogus comment") << "</ p>x"_ba << u"<!-- p-->[x]"_s;
    QTest::newRow("end tag with digit: bogus comment") << "</3>"_ba << u"<!--3-->"_s;
    QTest::newRow("processing instruction: bogus comment")
        << "<?xml version=1?>"_ba << u"<!--?xml version=1?-->"_s;
    QTest::newRow("markup declaration: bogus comment")
        << "<!ELEMENT x>"_ba << u"<!--ELEMENT x-->"_s;
    QTest::newRow("CDATA in HTML content: bogus comment")
        << "<![CDATA[x]]>"_ba << u"<!--[CDATA[x]]-->"_s;
    QTest::newRow("stray less-than signs") << "a < b <3 <"_ba << u"[a < b <3 <]"_s;
    QTest::newRow("comment") << "<!-- x -->"_ba << u"<!-- x -->"_s;
    QTest::newRow("empty comment") << "<!---->"_ba << u"<!---->"_s;
    QTest::newRow("comment ended at once: <!-->") << "<!-->x"_ba << u"<!---->[x]"_s;
    QTest::newRow("comment ended at once: <!--->") << "<!--->x"_ba << u"<!---->[x]"_s;
    QTest::newRow("comment ended by --!>") << "<!--a--!>b"_ba << u"<!--a-->[b]"_s;
    QTest::newRow("dashes inside a comment") << "<!--a--b---->"_ba << u"<!--a--b---->"_s;
    QTest::newRow("--! inside a comment") << "<!--a--!b--!-->"_ba << u"<!--a--!b--!-->"_s;
    QTest::newRow("nested comment opener") << "<!-- <!-- x -->y"_ba << u"<!-- <!-- x -->[y]"_s;
    QTest::newRow("comment hides tags") << "<!-- <a href=/c> -->"_ba << u"<!-- <a href=/c> -->"_s;
    QTest::newRow("doctype") << "<!DOCTYPE html>x"_ba << u"<!DOCTYPE html>[x]"_s;
    QTest::newRow("doctype keyword any case") << "<!dOcTyPe HTML>"_ba << u"<!DOCTYPE html>"_s;
    // The end of the input in every state: a tag or comment cut off there.
    QTest::newRow("EOF: <") << "x<"_ba << u"[x<]"_s;
    QTest::newRow("EOF: </") << "x</"_ba << u"[x</]"_s;
    QTest::newRow("EOF: tag name") << "x<di"_ba << u"[x]"_s;
    QTest::newRow("EOF: end tag name") << "x</di"_ba << u"[x]"_s;
    QTest::newRow("EOF: before attribute name") << "x<a "_ba << u"[x]"_s;
    QTest::newRow("EOF: attribute name") << "x<a hr"_ba << u"[x]"_s;
    QTest::newRow("EOF: after attribute name") << "x<a href "_ba << u"[x]"_s;
    QTest::newRow("EOF: before attribute value") << "x<a href="_ba << u"[x]"_s;
    QTest::newRow("EOF: double-quoted value") << "x<a href=\"/y"_ba << u"[x]"_s;
    QTest::newRow("EOF: single-quoted value") << "x<a href='/y"_ba << u"[x]"_s;
    QTest::newRow("EOF: unquoted value") << "x<a href=/y"_ba << u"[x]"_s;
    QTest::newRow("EOF: after quoted value") << "x<a href='/y'"_ba << u"[x]"_s;
    QTest::newRow("EOF: self-closing") << "x<a /"_ba << u"[x]"_s;
    QTest::newRow("EOF: <!") << "x<!"_ba << u"[x]<!---->"_s;
    QTest::newRow("EOF: <!-") << "x<!-"_ba << u"[x]<!----->"_s;
    QTest::newRow("EOF: comment start") << "x<!--"_ba << u"[x]<!---->"_s;
    QTest::newRow("EOF: comment start dash") << "<!---"_ba << u"<!---->"_s;
    QTest::newRow("EOF: comment") << "<!--abc"_ba << u"<!--abc-->"_s;
    QTest::newRow("EOF: comment end dash") << "<!--abc-"_ba << u"<!--abc-->"_s;
    QTest::newRow("EOF: comment end") << "<!--abc--"_ba << u"<!--abc-->"_s;
    QTest::newRow("EOF: comment end bang") << "<!--abc--!"_ba << u"<!--abc-->"_s;
    QTest::newRow("EOF: bogus comment") << "<?abc"_ba << u"<!--?abc-->"_s;
    QTest::newRow("EOF: doctype") << "<!DOCTYPE ht"_ba << u"<!DOCTYPE ht>"_s;
    QTest::newRow("EOF: RCDATA end tag") << "<title>a</title"_ba << u"<title>[a</title]"_s;
    QTest::newRow("EOF: script escape") << "<script><!--x"_ba << u"<script>[<!--x]"_s;
}

void TestHtmlScanner::tokenize()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(tokens(html), expected);
}

void TestHtmlScanner::contentModels_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("title: RCDATA, references decoded")
        << "<title>a <b>&amp; c</title>x"_ba << u"<title>[a <b>& c]</title>[x]"_s;
    QTest::newRow("textarea: RCDATA")
        << "<textarea><p></textarea >x"_ba << u"<textarea>[<p>]</textarea>[x]"_s;
    QTest::newRow("style: RAWTEXT, references verbatim")
        << "<style>a&amp;<b></style>"_ba << u"<style>[a&amp;<b>]</style>"_s;
    QTest::newRow("xmp") << "<xmp><a></xmp>"_ba << u"<xmp>[<a>]</xmp>"_s;
    QTest::newRow("iframe") << "<iframe><a></iframe>"_ba << u"<iframe>[<a>]</iframe>"_s;
    QTest::newRow("noembed") << "<noembed><a></noembed>"_ba << u"<noembed>[<a>]</noembed>"_s;
    QTest::newRow("noframes") << "<noframes><a></noframes>"_ba << u"<noframes>[<a>]</noframes>"_s;
    QTest::newRow("end tag needs a delimiter")
        << "<title>a</titlex></title/>"_ba << u"<title>[a</titlex>]</title>"_s;
    QTest::newRow("end tag any case, with attributes")
        << "<style>x</STYLE a=b>y"_ba << u"<style>[x]</style>[y]"_s;
    QTest::newRow("other end tags are text")
        << "<title></p></title>"_ba << u"<title>[</p>]</title>"_s;
    QTest::newRow("empty RCDATA") << "<title></title>"_ba << u"<title></title>"_s;
    QTest::newRow("script: markup is text")
        << "<script>if (a<b) x='</scr'+'ipt>';</script>y"_ba
        << u"<script>[if (a<b) x='</scr'+'ipt>';]</script>[y]"_s;
    QTest::newRow("script: </script> in a string ends it")
        << "<script>x='</script>'"_ba << u"<script>[x=']</script>[']"_s;
    QTest::newRow("script: escaped section still ends at </script>")
        << "<script><!-- x='</script>' -->"_ba << u"<script>[<!-- x=']</script>[' -->]"_s;
    QTest::newRow("script: double-escaped </script> does not end it")
        << "<script><!-- document.write(\"<script>x</script>\"); --></script>z"_ba
        << u"<script>[<!-- document.write(\"<script>x</script>\"); -->]</script>[z]"_s;
    QTest::newRow("script: --> leaves the escape")
        << "<script><!-- a --> <script></script>"_ba << u"<script>[<!-- a --> <script>]</script>"_s;
    QTest::newRow("script: double escape needs a delimiter")
        << "<script><!--<scripts></script>"_ba << u"<script>[<!--<scripts>]</script>"_s;
    QTest::newRow("script: <!--> is not an escape")
        << "<script><!--></script>"_ba << u"<script>[<!-->]</script>"_s;
    QTest::newRow("script: </script> cut off")
        << "<script>a</script"_ba << u"<script>[a</script]"_s;
    QTest::newRow("plaintext: the rest is text")
        << "<plaintext></plaintext><a>&amp;"_ba << u"<plaintext>[</plaintext><a>&amp;]"_s;
}

void TestHtmlScanner::contentModels()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(tokens(html), expected);
}

void TestHtmlScanner::treeBuilderHooks()
{
    // <svg><style> and a start tag a tree builder ignores do not switch the content model.
    const QByteArray style = "<style><b>x</b></style>"_ba;
    HtmlScanner scanner(style);
    QCOMPARE(scanner.next(), Token::StartTag);
    scanner.setContentModel(HtmlScanner::ContentModel::Data);
    QCOMPARE(scanner.next(), Token::StartTag);
    QCOMPARE(scanner.tagName(), "b");
    // ... and a tree builder may switch for a start tag that does not (the scanner's table only
    // knows the HTML elements).
    const QByteArray custom = "<x><b></x>"_ba;
    HtmlScanner other(custom);
    QCOMPARE(other.next(), Token::StartTag);
    other.setContentModel(HtmlScanner::ContentModel::RawText);
    QCOMPARE(other.next(), Token::Text);
    QCOMPARE(other.text(), "<b>");
    QCOMPARE(other.next(), Token::EndTag);
    // CDATA sections are text in foreign content only.
    QCOMPARE(tokens("<![CDATA[a<b>&amp;]]>c"_ba, true), u"[a<b>&amp;c]"_s);
    QCOMPARE(tokens("<![CDATA[cut off"_ba, true), u"[cut off]"_s);
    QCOMPARE(tokens("<![CDATA[]]>"_ba, true), QString());
    // The raw source of text and tags.
    const QByteArray source = "<A HREF='x'>a&amp;b"_ba;
    HtmlScanner raw(source);
    QCOMPARE(raw.next(), Token::StartTag);
    QCOMPARE(raw.rawText(), "<A HREF='x'>");
    QCOMPARE(raw.next(), Token::Text);
    QCOMPARE(raw.rawText(), "a&amp;b");
    QCOMPARE(raw.text(), "a&b");
    QCOMPARE(raw.attributeCount(), 0);
    QCOMPARE(raw.next(), Token::End);
    QCOMPARE(raw.next(), Token::End);
}

void TestHtmlScanner::references_data()
{
    QTest::addColumn<QByteArray>("reference");
    QTest::addColumn<QByteArray>("inText");
    QTest::addColumn<QByteArray>("inAttribute");

    QTest::newRow("named") << "&amp;"_ba
                           << "&"_ba
                           << "&"_ba;
    QTest::newRow("legacy name without semicolon") << "&amp"_ba
                                                   << "&"_ba
                                                   << "&"_ba;
    QTest::newRow("legacy name before a letter") << "&ampx"_ba
                                                 << "&x"_ba
                                                 << "&ampx"_ba;
    QTest::newRow("legacy name before =") << "&copy=1"_ba
                                          << "\xc2\xa9=1"_ba
                                          << "&copy=1"_ba;
    QTest::newRow("legacy name before a digit") << "&copy2024"_ba
                                                << "\xc2\xa9"
                                                   "2024"_ba
                                                << "&copy2024"_ba;
    QTest::newRow("legacy name before ;-less text") << "&not x"_ba
                                                    << "\xc2\xac x"_ba
                                                    << "\xc2\xac x"_ba;
    QTest::newRow("longest match with semicolon") << "&notin;"_ba
                                                  << "\xe2\x88\x89"_ba
                                                  << "\xe2\x88\x89"_ba;
    QTest::newRow("legacy prefix of an unknown name") << "&notit;"_ba
                                                      << "\xc2\xacit;"_ba
                                                      << "&notit;"_ba;
    QTest::newRow("unknown name") << "&bogus;"_ba
                                  << "&bogus;"_ba
                                  << "&bogus;"_ba;
    QTest::newRow("name needs its semicolon") << "&hellip"_ba
                                              << "&hellip"_ba
                                              << "&hellip"_ba;
    QTest::newRow("two code points") << "&nGt;"_ba
                                     << "\xe2\x89\xab\xe2\x83\x92"_ba
                                     << "\xe2\x89\xab\xe2\x83\x92"_ba;
    QTest::newRow("longest name") << "&CounterClockwiseContourIntegral;"_ba
                                  << "\xe2\x88\xb3"_ba
                                  << "\xe2\x88\xb3"_ba;
    QTest::newRow("case matters") << "&AMP;&Amp;"_ba
                                  << "&&Amp;"_ba
                                  << "&&Amp;"_ba;
    QTest::newRow("lone ampersands") << "& &; &#; &#x;"_ba
                                     << "& &; &#; &#x;"_ba
                                     << "& &; &#; &#x;"_ba;
    QTest::newRow("decimal") << "&#65;&#97"_ba
                             << "Aa"_ba
                             << "Aa"_ba;
    QTest::newRow("hex, either x") << "&#x41;&#X62"_ba
                                   << "Ab"_ba
                                   << "Ab"_ba;
    QTest::newRow("numeric before a letter") << "&#65x"_ba
                                             << "Ax"_ba
                                             << "Ax"_ba;
    QTest::newRow("leading zeros") << "&#0000000000000065;"_ba
                                   << "A"_ba
                                   << "A"_ba;
    QTest::newRow("astral") << "&#x1F600;"_ba
                            << "\xf0\x9f\x98\x80"_ba
                            << "\xf0\x9f\x98\x80"_ba;
    QTest::newRow("zero") << "&#0;"_ba
                          << "\xef\xbf\xbd"_ba
                          << "\xef\xbf\xbd"_ba;
    QTest::newRow("0x80: windows-1252") << "&#x80;"_ba
                                        << "\xe2\x82\xac"_ba
                                        << "\xe2\x82\xac"_ba;
    QTest::newRow("0x9F: windows-1252") << "&#159;"_ba
                                        << "\xc5\xb8"_ba
                                        << "\xc5\xb8"_ba;
    QTest::newRow("0x81: kept") << "&#x81;"_ba
                                << "\xc2\x81"_ba
                                << "\xc2\x81"_ba;
    QTest::newRow("surrogate") << "&#xD800;"_ba
                               << "\xef\xbf\xbd"_ba
                               << "\xef\xbf\xbd"_ba;
    QTest::newRow("past U+10FFFF") << "&#x110000;"_ba
                                   << "\xef\xbf\xbd"_ba
                                   << "\xef\xbf\xbd"_ba;
    QTest::newRow("U+10FFFF") << "&#1114111;"_ba
                              << "\xf4\x8f\xbf\xbf"_ba
                              << "\xf4\x8f\xbf\xbf"_ba;
    QTest::newRow("huge, no overflow") << "&#99999999999999999999;"_ba
                                       << "\xef\xbf\xbd"_ba
                                       << "\xef\xbf\xbd"_ba;
    QTest::newRow("carriage return kept") << "&#13;"_ba
                                          << "\r"_ba
                                          << "\r"_ba;
}

void TestHtmlScanner::references()
{
    QFETCH(QByteArray, reference);
    QFETCH(QByteArray, inText);
    QFETCH(QByteArray, inAttribute);
    QCOMPARE(textOf(reference), inText);
    QCOMPARE(textOf("<title>" + reference + "</title>"), inText);
    QCOMPARE(valueOf("<a v=\"" + reference + "\">"), inAttribute);
    QCOMPARE(valueOf("<a v='" + reference + "'>"), inAttribute);
    if (!reference.contains(' '))
        QCOMPARE(valueOf("<a v=" + reference + ">"), inAttribute);
    // Verbatim in RAWTEXT.
    QCOMPARE(textOf("<style>" + reference + "</style>"), reference);
}

// All 2231 names of the HTML Standard, as Python's html.entities.html5 has them.
void TestHtmlScanner::everyNamedReference()
{
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, u"import html.entities, json; "
                                         "print(json.dumps(html.entities.html5))"_s});
    // python3 is a test dependency (packaging/setup-debian.sh installs it).
    QVERIFY2(python.waitForFinished(60000) && python.exitCode() == 0,
             "python3 did not print its HTML entity table");
    const QJsonObject table = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(table.size(), 2231);
    int checked = 0;
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray expected = it.value().toString().toUtf8();
        // A trailing "x" would stop a legacy name in an attribute; "." stops nothing.
        QCOMPARE(textOf("&" + name + "."), expected + ".");
        QCOMPARE(valueOf("<a v='&" + name + ".'>"), expected + ".");
        ++checked;
    }
    QCOMPARE(checked, 2231);
}

void TestHtmlScanner::inputDecoding_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("CR LF and CR become LF") << "a\r\nb\rc\n\rd"_ba
                                            << "a\nb\nc\n\nd"_ba;
    QTest::newRow("NUL") << QByteArray("a\0b", 3)
                         << "a\xef\xbf\xbd"
                            "b"_ba;
    QTest::newRow("valid UTF-8 kept") << "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"_ba
                                      << "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"_ba;
    QTest::newRow("stray bytes") << "\xff|\x80|\xfe"_ba
                                 << "\xef\xbf\xbd|\xef\xbf\xbd|\xef\xbf\xbd"_ba;
    QTest::newRow("truncated sequence: one U+FFFD") << "\xe2\x82,"_ba
                                                    << "\xef\xbf\xbd,"_ba;
    QTest::newRow("truncated at the end") << "x\xf0\x9f\x98"_ba
                                          << "x\xef\xbf\xbd"_ba;
    QTest::newRow("overlong: one per byte") << "\xc0\xaf"_ba
                                            << "\xef\xbf\xbd\xef\xbf\xbd"_ba;
    QTest::newRow("surrogate: one per byte") << "\xed\xa0\x80"_ba
                                             << "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"_ba;
    QTest::newRow("past U+10FFFF") << "\xf4\x90\x80\x80"_ba
                                   << "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"_ba;
    QTest::newRow("ASCII controls") << "\x01\x0b\x1f\x7f\t"_ba
                                    << "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\t"_ba;
    QTest::newRow("C1 control") << "\xc2\x85"_ba
                                << "\xef\xbf\xbd"_ba;
    QTest::newRow("noncharacters") << "\xef\xb7\x90\xef\xbf\xbe\xf4\x8f\xbf\xbf"_ba
                                   << "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"_ba;
}

void TestHtmlScanner::inputDecoding()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(valueOf("<a v=\"" + input + "\">"), expected);
    QCOMPARE(textOf("<title>" + input + "</title>"), expected);
    QCOMPARE(textOf("<script>" + input + "</script>"), expected);
    // In data a NUL stays (the tree builder drops it); the rest is the same.
    QCOMPARE(textOf("<p>" + input), QByteArray(expected).replace("\xef\xbf\xbd"
                                                                 "b",
                                                                 "\0b"_ba));
    if (!input.contains(' ') && !input.contains('\t') && !input.contains('\r')) {
        const QByteArray tag = "<A" + input + " B" + input + "=1>";
        HtmlScanner names(tag);
        QCOMPARE(names.next(), Token::StartTag);
        QCOMPARE(names.tagName(), "a" + expected.toLower());
        QCOMPARE(names.attributeName(0), "b" + expected.toLower());
    }
}

void TestHtmlScanner::doctype_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("publicId"); // "-" for none
    QTest::addColumn<QByteArray>("systemId");
    QTest::addColumn<bool>("forceQuirks");

    QTest::newRow("html") << "<!DOCTYPE html>"_ba
                          << "html"_ba
                          << "-"_ba
                          << "-"_ba << false;
    QTest::newRow("HTML 4.01")
        << "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://w3.org/strict.dtd'>"_ba
        << "html"_ba
        << "-//W3C//DTD HTML 4.01//EN"_ba
        << "http://w3.org/strict.dtd"_ba << false;
    QTest::newRow("system only") << "<!DOCTYPE html SYSTEM \"about:legacy-compat\">"_ba
                                 << "html"_ba
                                 << "-"_ba
                                 << "about:legacy-compat"_ba << false;
    QTest::newRow("empty identifiers") << "<!DOCTYPE html PUBLIC \"\" ''>"_ba
                                       << "html"_ba
                                       << ""_ba
                                       << ""_ba << false;
    QTest::newRow("no name") << "<!DOCTYPE>"_ba
                             << ""_ba
                             << "-"_ba
                             << "-"_ba << true;
    QTest::newRow("no space before the name") << "<!DOCTYPEhtml>"_ba
                                              << "html"_ba
                                              << "-"_ba
                                              << "-"_ba << false;
    QTest::newRow("junk after the name") << "<!DOCTYPE html junk>"_ba
                                         << "html"_ba
                                         << "-"_ba
                                         << "-"_ba << true;
    QTest::newRow("identifier cut by >") << "<!DOCTYPE html PUBLIC \"x>y\">"_ba
                                         << "html"_ba
                                         << "x"_ba
                                         << "-"_ba << true;
    QTest::newRow("end of input") << "<!DOCTYPE html PUBLIC \"x"_ba
                                  << "html"_ba
                                  << "x"_ba
                                  << "-"_ba << true;
}

void TestHtmlScanner::doctype()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, publicId);
    QFETCH(QByteArray, systemId);
    QFETCH(bool, forceQuirks);
    HtmlScanner scanner(html);
    QCOMPARE(scanner.next(), Token::Doctype);
    QCOMPARE(scanner.text(), name);
    QCOMPARE(scanner.doctypePublicId().isNull() ? "-"_ba : scanner.doctypePublicId().toByteArray(),
             publicId);
    QCOMPARE(scanner.doctypeSystemId().isNull() ? "-"_ba : scanner.doctypeSystemId().toByteArray(),
             systemId);
    QCOMPARE(scanner.forceQuirks(), forceQuirks);
}

void TestHtmlScanner::gumboQuirks()
{
    auto attributes = [](const QByteArray &html, bool quirks) {
        HtmlScanner scanner(html);
        scanner.setGumboQuirks(quirks);
        scanner.next();
        QByteArrayList names;
        for (qsizetype i = 0; i < scanner.attributeCount(); ++i)
            names << scanner.attributeName(i).toByteArray() + "="
                         + scanner.attributeValue(i).toByteArray();
        return names.join(' ');
    };
    QCOMPARE(attributes("<a rel rel href=x>", false), "rel= href=x");
    QCOMPARE(attributes("<a rel rel href=x>", true), "rel= relhref=x");
    QCOMPARE(attributes("<a rel rel=1 href=x>", true), "rel= href=x");
    QCOMPARE(attributes("<a v=&#4294967361;>", false), "v=\xef\xbf\xbd");
    QCOMPARE(attributes("<a v=&#4294967361;>", true), "v=A");
    QCOMPARE(attributes("<a v='&#xFFFFFFFF;bc'>", true), "v=&c");
}

void TestHtmlScanner::garbage_data()
{
    QTest::addColumn<QByteArray>("html");
    for (quint32 seed : {1u, 2u, 3u, 42u}) {
        QTest::addRow("random bytes, seed %u", seed) << randomBytes(seed, 256 * 1024);
    }
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
    QTest::newRow("less-than signs") << QByteArray(100000, '<');
    QTest::newRow("unterminated attribute") << "<a href=\"" + QByteArray(1 << 20, 'a');
    QTest::newRow("many attributes") << "<a " + "x=1 "_ba.repeated(50000) + "href=/y>";
    QTest::newRow("many repeated attributes") << "<a " + "x "_ba.repeated(50000) + "href=/y>";
    QTest::newRow("many distinct attributes") << [] {
        QByteArray html = "<a ";
        for (int i = 0; i < 50000; ++i)
            html += "a" + QByteArray::number(i) + " a" + QByteArray::number(i) + ' ';
        return html + '>';
    }();
    QTest::newRow("empty CDATA sections") << "<svg>" + "<![CDATA[]]>"_ba.repeated(100000);
    QTest::newRow("empty end tags") << "</>"_ba.repeated(100000);
}

void TestHtmlScanner::garbage()
{
    QFETCH(QByteArray, html);
    QElapsedTimer timer;
    timer.start();
    HtmlScanner scanner(html);
    qsizetype count = 0;
    for (Token token; (token = scanner.next()) != Token::End; ++count) {
        QVERIFY(count <= html.size()); // every token consumes input
        QVERIFY(isValidUtf8(scanner.text()));
        QVERIFY(isValidUtf8(scanner.tagName()));
        for (qsizetype i = 0; i < scanner.attributeCount(); ++i) {
            QVERIFY(isValidUtf8(scanner.attributeName(i)));
            QVERIFY(isValidUtf8(scanner.attributeValue(i)));
        }
    }
    QVERIFY2(timer.elapsed() < 20000, "linear time");
}

QTEST_GUILESS_MAIN(TestHtmlScanner)
#include "tst_htmlscanner.moc"
