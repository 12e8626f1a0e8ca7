// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldocument.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Random bytes, the same for the same seed.
QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// Random tag soup: markup fragments in a random order, the same for the same seed.
QByteArray randomMarkup(quint32 seed, int fragments)
{
    static const char *const vocabulary[] = {
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<a href=\"/x\">",
        "</a>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<b>",
        "</i>",
        "<i>",
        "</b>",
        "<svg>",
        "<math>",
        "<template>",
        "</template>",
        "<title>",
        "</title>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "&amp",
        "&#x110000;",
        "<select>",
        "<option>",
        "<frameset>",
        "<base href=",
        "\"",
        "'",
        "=",
        ">",
        "<",
        "</",
        "<!doctype html>",
        "\xff\xfe",
        "<a href=/y>",
        "<area href=/z>",
        "<form>",
        "\0",
        "<noscript>",
        "<plaintext>",
        "<style>",
        "<textarea>",
        "<html lang=x>",
        "<body>",
    };
    QRandomGenerator random(seed);
    QByteArray markup;
    for (int i = 0; i < fragments; ++i) {
        const char *fragment = vocabulary[random.bounded(int(std::size(vocabulary)))];
        markup.append(fragment, *fragment ? qsizetype(qstrlen(fragment)) : 1);
    }
    return markup;
}

// Everything a document answers, so that a crash in any lookup shows.
QString summary(const HtmlDocument &document)
{
    return document.title() + document.language() + document.baseHref() + document.canonicalHref()
           + document.metaContent(u"description"_s) + document.hrefs().join(u' ');
}

} // namespace

class TestHtmlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void title_data();
    void title();
    void language_data();
    void language();
    void baseHref_data();
    void baseHref();
    void canonicalHref_data();
    void canonicalHref();
    void metaContent_data();
    void metaContent();
    void hrefs_data();
    void hrefs();
    void garbage_data();
    void garbage();
    void emptyInput_data();
    void emptyInput();
    void deepNesting_data();
    void deepNesting();
    void move();
};

void TestHtmlDocument::title_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << "<html><head><title>Hello</title></head></html>"_ba << u"Hello"_s;
    QTest::newRow("whitespace collapsed and trimmed")
        << "<title>\n   Docs \t |\r\n Acme  </title>"_ba << u"Docs | Acme"_s;
    QTest::newRow("entities decoded")
        << "<title>Tom &amp; Jerry &lt;3</title>"_ba << u"Tom & Jerry <3"_s;
    QTest::newRow("markup inside is text") << "<title>a <b>b</b></title>"_ba << u"a <b>b</b>"_s;
    QTest::newRow("UTF-8") << "<title>\xc3\x9c"
                              "ber uns \xe2\x80\x93 Caf\xc3\xa9</title>"_ba
                           << u"\u00dcber uns \u2013 Caf\u00e9"_s;
    QTest::newRow("non-breaking space kept") << "<title>a&nbsp;b</title>"_ba << u"a\u00a0b"_s;
    QTest::newRow("invalid UTF-8 replaced") << "<title>\xff ok</title>"_ba << u"\ufffd ok"_s;
    QTest::newRow("first of two") << "<title>One</title><title>Two</title>"_ba << u"One"_s;
    QTest::newRow("title in body") << "<body><p>x</p><title>Late</title>"_ba << u"Late"_s;
    QTest::newRow("svg title ignored")
        << "<body><svg><title>Icon</title></svg><title>Page</title>"_ba << u"Page"_s;
    QTest::newRow("unclosed") << "<title>Open ended"_ba << u"Open ended"_s;
    QTest::newRow("empty title") << "<title>  </title>"_ba << QString();
    QTest::newRow("no title") << "<p>text</p>"_ba << QString();
}

void TestHtmlDocument::title()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlDocument::parse(html).title(), expected);
}

void TestHtmlDocument::language_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("quoted") << "<html lang=\"en\"><title>x</title>"_ba << u"en"_s;
    QTest::newRow("unquoted") << "<!doctype html><html lang=de-CH>"_ba << u"de-CH"_s;
    QTest::newRow("spaces trimmed") << "<html lang=' fr '>"_ba << u"fr"_s;
    QTest::newRow("upper-case attribute") << "<HTML LANG=ja>"_ba << u"ja"_s;
    QTest::newRow("on body ignored") << "<html><body lang=es>"_ba << QString();
    QTest::newRow("none") << "<p>x"_ba << QString();
}

void TestHtmlDocument::language()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlDocument::parse(html).language(), expected);
}

void TestHtmlDocument::baseHref_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("in head") << "<head><base href=\"/docs/\"></head>"_ba << u"/docs/"_s;
    QTest::newRow("first of two") << "<base href=/one/><base href=/two/>"_ba << u"/one/"_s;
    QTest::newRow("base without href skipped")
        << "<base target=_blank><base href=/x/>"_ba << u"/x/"_s;
    QTest::newRow("raw, untrimmed") << "<base href=\" /docs/ \">"_ba << u" /docs/ "_s;
    QTest::newRow("entities decoded") << "<base href=\"/a?b=1&amp;c=2\">"_ba << u"/a?b=1&c=2"_s;
    QTest::newRow("none") << "<head><title>x</title></head>"_ba << QString();
}

void TestHtmlDocument::baseHref()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlDocument::parse(html).baseHref(), expected);
}

void TestHtmlDocument::canonicalHref_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << "<link rel=canonical href=\"https://example.com/a\">"_ba
                            << u"https://example.com/a"_s;
    QTest::newRow("several tokens, upper-case")
        << "<link rel=\"alternate CANONICAL\" href=/b>"_ba << u"/b"_s;
    QTest::newRow("tokens split by tab and newline")
        << "<link rel=\"x\t\ncanonical\" href=/c>"_ba << u"/c"_s;
    QTest::newRow("look-alike token") << "<link rel=noncanonical href=/d>"_ba << QString();
    QTest::newRow("other rel first")
        << "<link rel=stylesheet href=/s.css><link rel=canonical href=/e>"_ba << u"/e"_s;
    QTest::newRow("without href skipped")
        << "<link rel=canonical><link rel=canonical href=/f>"_ba << u"/f"_s;
    QTest::newRow("first of two") << "<link rel=canonical href=/g><link rel=canonical href=/h>"_ba
                                  << u"/g"_s;
    QTest::newRow("none") << "<title>x</title>"_ba << QString();
}

void TestHtmlDocument::canonicalHref()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlDocument::parse(html).canonicalHref(), expected);
}

void TestHtmlDocument::metaContent_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    const QByteArray head = "<head><meta charset=utf-8><meta name=Description content=\"About us\">"
                            "<meta property=\"og:title\" content=\"OG title\">"
                            "<meta name=robots><meta name=robots content=noindex>"
                            "<meta http-equiv=refresh content=5></head>"_ba;
    QTest::newRow("name") << head << u"description"_s << u"About us"_s;
    QTest::newRow("name case-insensitive") << head << u"DESCRIPTION"_s << u"About us"_s;
    QTest::newRow("property") << head << u"og:title"_s << u"OG title"_s;
    QTest::newRow("property case-insensitive") << head << u"OG:Title"_s << u"OG title"_s;
    QTest::newRow("without content skipped") << head << u"robots"_s << u"noindex"_s;
    QTest::newRow("http-equiv is not a name") << head << u"refresh"_s << QString();
    QTest::newRow("missing") << head << u"keywords"_s << QString();
    QTest::newRow("empty name") << head << QString() << QString();
    QTest::newRow("first of two") << "<meta name=a content=1><meta property=a content=2>"_ba
                                  << u"a"_s << u"1"_s;
    QTest::newRow("content kept raw")
        << "<meta name=a content=\"  x &amp; y \">"_ba << u"a"_s << u"  x & y "_s;
}

void TestHtmlDocument::metaContent()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(HtmlDocument::parse(html).metaContent(name), expected);
}

void TestHtmlDocument::hrefs_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("document order, duplicates kept")
        << "<nav><a href=/a>A</a><a href=/b>B</a></nav><main><a href=/a>A again</a></main>"_ba
        << QStringList{u"/a"_s, u"/b"_s, u"/a"_s};
    QTest::newRow("area") << "<map><area href=/m1><area nohref></map><a href=/x>x</a>"_ba
                          << QStringList{u"/m1"_s, u"/x"_s};
    QTest::newRow("anchor without href skipped")
        << "<a name=top>t</a><a id=x>x</a><a href=\"\">e</a>"_ba << QStringList{QString()};
    QTest::newRow("raw values kept")
        << "<a href=\" /a\n b \">x</a>"_ba << QStringList{u" /a\n b "_s};
    QTest::newRow("entities decoded")
        << "<a href=\"/s?a=1&amp;b=2\">x</a>"_ba << QStringList{u"/s?a=1&b=2"_s};
    QTest::newRow("schemes kept for the caller")
        << "<a href=mailto:a@b>m</a><a href=\"javascript:void(0)\">j</a>"_ba
        << QStringList{u"mailto:a@b"_s, u"javascript:void(0)"_s};
    QTest::newRow("template contents left out")
        << "<template><a href=/inert>i</a></template><a href=/live>l</a>"_ba
        << QStringList{u"/live"_s};
    QTest::newRow("comment and script hide links")
        << "<!-- <a href=/c> -->"
           "<script>document.write('<a href=\"/s\">')</script><a href=/r>r</a>"_ba
        << QStringList{u"/r"_s};
    QTest::newRow("malformed: unclosed tags")
        << "<div><p><a href=/one>one<li><a href=/two>two"_ba << QStringList{u"/one"_s, u"/two"_s};
    QTest::newRow("malformed: stray end tags")
        << "</div></p></span><a href=/x>x</a></table></a></html><a href=/y>y"_ba
        << QStringList{u"/x"_s, u"/y"_s};
    QTest::newRow("malformed: unquoted attributes")
        << "<a class=nav href=/u?a=1&b=2 id=z>u</a>"_ba << QStringList{u"/u?a=1&b=2"_s};
    QTest::newRow("malformed: duplicate attribute, first wins")
        << "<a href=/first href=/second>x</a>"_ba << QStringList{u"/first"_s};
    QTest::newRow("malformed: upper-case tags")
        << "<A HREF='/up'>x</A>"_ba << QStringList{u"/up"_s};
    QTest::newRow("malformed: nested anchors")
        << "<a href=/outer>o<a href=/inner>i</a></a>"_ba << QStringList{u"/outer"_s, u"/inner"_s};
    QTest::newRow("malformed: link in table foster-parented")
        << "<table><a href=/fostered>f</a><tr><td><a href=/cell>c</td></table>"_ba
        << QStringList{u"/fostered"_s, u"/cell"_s};
    QTest::newRow("malformed: NUL in attribute")
        << QByteArray("<a href=\"/a\0b\">x</a>", 20) << QStringList{u"/a\ufffdb"_s};
    QTest::newRow("no links") << "<p>plain</p>"_ba << QStringList();
}

void TestHtmlDocument::hrefs()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);
    QCOMPARE(HtmlDocument::parse(html).hrefs(), expected);
}

void TestHtmlDocument::garbage_data()
{
    QTest::addColumn<QByteArray>("html");

    for (quint32 seed : {1u, 2u, 3u, 42u}) {
        QTest::addRow("random bytes, seed %u", seed) << randomBytes(seed, 64 * 1024);
        QTest::addRow("random tag soup, seed %u", seed) << randomMarkup(seed, 20000);
    }
    QTest::newRow("NUL bytes") << QByteArray(4096, '\0');
    QTest::newRow("truncated tag") << "<a href=\"/x"_ba;
    QTest::newRow("truncated comment") << "<!-- never closed <a href=/x>"_ba;
    QTest::newRow("huge attribute") << "<a href=\"" + QByteArray(1 << 20, 'a') + "\">x</a>";
    QTest::newRow("many attributes") << "<a " + QByteArray("x=1 ").repeated(50000) + "href=/y>";
}

void TestHtmlDocument::garbage()
{
    QFETCH(QByteArray, html);
    const HtmlDocument document = HtmlDocument::parse(html);
    summary(document); // must not crash; the answers themselves are whatever gumbo makes of it
    QVERIFY(document.metaContent(u"nothing-has-this-name"_s).isEmpty());
}

void TestHtmlDocument::emptyInput_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("null") << QByteArray();
    QTest::newRow("empty") << ""_ba;
    QTest::newRow("whitespace") << " \n\t "_ba;
}

void TestHtmlDocument::emptyInput()
{
    QFETCH(QByteArray, html);
    const HtmlDocument document = HtmlDocument::parse(html);
    QCOMPARE(document.title(), QString());
    QCOMPARE(document.language(), QString());
    QCOMPARE(document.baseHref(), QString());
    QCOMPARE(document.canonicalHref(), QString());
    QCOMPARE(document.metaContent(u"description"_s), QString());
    QCOMPARE(document.hrefs(), QStringList());
}

void TestHtmlDocument::deepNesting_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");

    const QByteArray head = "<!doctype html><html lang=en><title>Deep</title>"_ba;
    const QByteArray link = "<a href=/bottom>b</a>"_ba;
    // gumbo takes tens of seconds on this one: its scope checks walk the whole stack of open
    // elements for every <div>, quadratic in the depth.
    QTest::newRow("100,000 nested divs")
        << head + "<div>"_ba.repeated(100000) + link << QStringList{u"/bottom"_s};
    QTest::newRow("10,000 nested tables")
        << head + "<table><tr><td>"_ba.repeated(10000) + link << QStringList{u"/bottom"_s};
    QTest::newRow("10,000 unclosed links") << head + "<a href=/n><span>"_ba.repeated(10000) + link
                                           << (QStringList(10000, u"/n"_s) << u"/bottom"_s);
    QTest::newRow("20,000 misnested formatting")
        << head + "<b><i><u><p>"_ba.repeated(5000) + link << QStringList{u"/bottom"_s};
}

void TestHtmlDocument::deepNesting()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);

    // Parsing, every lookup and the destruction all run on a thread with a 1 MB stack, where
    // anything recursive over the tree depth would overflow.
    QString title;
    QString language;
    QStringList found;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const HtmlDocument document = HtmlDocument::parse(html);
        title = document.title();
        language = document.language();
        found = document.hrefs();
        summary(document);
    }));
    thread->setStackSize(1024 * 1024);
    thread->start();
    QVERIFY(thread->wait());
    QCOMPARE(title, u"Deep"_s);
    QCOMPARE(language, u"en"_s);
    QCOMPARE(found, expected);
}

void TestHtmlDocument::move()
{
    HtmlDocument document = HtmlDocument::parse("<title>T</title><a href=/a>a</a>"_ba);
    HtmlDocument moved = std::move(document);
    QCOMPARE(moved.title(), u"T"_s);
    QCOMPARE(moved.hrefs(), QStringList{u"/a"_s});
    // A moved-from document answers like an empty one.
    QCOMPARE(document.title(), QString()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(document.hrefs(), QStringList());
    QCOMPARE(document.language(), QString());

    document = HtmlDocument::parse("<title>Again</title>"_ba);
    QCOMPARE(document.title(), u"Again"_s);
    moved = std::move(document);
    QCOMPARE(moved.title(), u"Again"_s);
    QCOMPARE(moved.hrefs(), QStringList());
}

QTEST_GUILESS_MAIN(TestHtmlDocument)
#include "tst_htmldocument.moc"
