// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmltree.h"
#include "extract/metadata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The folder of gen_site.py (CMake passes ${TRAWL_SHARED_DIR}/testsite); without it the
// test-site checks are skipped.
namespace {

// JSON written with single quotes, so the tests stay readable without raw strings (which moc in
// Qt 6.4 cannot tokenize).
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray(text).replace('\'', '"'), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray dump(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

const char everyField[] =
    "<!doctype html><html lang=' de-DE '><head>\n"
    "<title>  The\n  Title  </title>\n"
    "<meta charset='utf-8'>\n"
    "<meta name='viewport' content='width=device-width'>\n"
    "<meta name='description' content='A page.'>\n"
    "<meta name='keywords' content='a, b'>\n"
    "<meta name='robots' content='noindex'>\n"
    "<link rel='canonical' href='/page?x=1'>\n"
    "<link rel='stylesheet' href='site.css'>\n"
    "<link rel='icon' href='img/fav.png'>\n"
    "<meta property='og:title' content='OG Title'>\n"
    "<meta property='og:description' content='OG Desc'>\n"
    "<meta property='og:url' content='https://example.com/page'>\n"
    "<meta property='og:image' content='https://example.com/a.png'>\n"
    "<meta property='og:image' content='https://example.com/b.png'>\n"
    "<meta property='og:audio' content='https://example.com/a.mp3'>\n"
    "<meta property='og:video' content='https://example.com/a.mp4'>\n"
    "<meta property='og:locale' content='de_DE'>\n"
    "<meta property='og:locale:alternate' content='en_US'>\n"
    "<meta property='og:locale:alternate' content='fr_FR'>\n"
    "<meta property='og:site_name' content='Example'>\n"
    "<meta property='og:type' content='article'>\n"
    "<meta property='og:determiner' content='the'>\n"
    "<meta property='article:published_time' content='2024-01-02T03:04:05Z'>\n"
    "<meta property='article:modified_time' content='2024-02-03T04:05:06Z'>\n"
    "<meta property='article:section' content='News'>\n"
    "<meta property='article:tag' content='x'>\n"
    "<meta property='article:tag' content='y'>\n"
    "<meta name='twitter:card' content='summary'>\n"
    "<meta name='DC.title' content='DC Title'>\n"
    "<meta name='DC.creator' content='Ann'>\n"
    "<meta name='DC.subject' content='Things'>\n"
    "<meta name='DC.description' content='DC Desc'>\n"
    "<meta name='DC.date' content='2024-01-01'>\n"
    "<meta name='DC.date.created' content='2023-12-31'>\n"
    "<meta name='DC.type' content='Text'>\n"
    "<meta name='DC.language' content='de'>\n"
    "<meta name='dcterms.created' content='2023-12-30'>\n"
    "<meta name='dcterms.subject' content='Stuff'>\n"
    "<meta name='dcterms.keywords' content='k1'>\n"
    "<meta name='dcterms.audience' content='All'>\n"
    "<meta name='dcterms.type' content='Article'>\n"
    "<meta http-equiv='refresh' content='30'>\n"
    "<meta name='empty' content=''>\n"
    "<meta name='nocontent'>\n"
    "</head><body><div itemscope><meta itemprop='author' content='Bob'></div>\n"
    "<template><meta name='inert' content='no'></template>\n"
    "</body></html>\n";

const char everyFieldJson[] =
    "{'title': 'The Title', 'language': 'de-DE', 'description': 'A page.',"
    " 'keywords': 'a, b', 'robots': 'noindex',"
    " 'canonical': 'https://example.com/page?x=1',"
    " 'favicon': 'https://example.com/dir/img/fav.png',"
    " 'ogTitle': 'OG Title', 'ogDescription': 'OG Desc', 'ogUrl': 'https://example.com/page',"
    " 'ogImage': 'https://example.com/a.png', 'ogAudio': 'https://example.com/a.mp3',"
    " 'ogVideo': 'https://example.com/a.mp4', 'ogLocale': 'de_DE',"
    " 'ogLocaleAlternate': ['en_US', 'fr_FR'], 'ogSiteName': 'Example', 'ogType': 'article',"
    " 'ogDeterminer': 'the', 'publishedTime': '2024-01-02T03:04:05Z',"
    " 'modifiedTime': '2024-02-03T04:05:06Z', 'articleSection': 'News', 'articleTag': 'x',"
    " 'dcTitle': 'DC Title', 'dcCreator': 'Ann', 'dcSubject': 'Things',"
    " 'dcDescription': 'DC Desc', 'dcDate': '2024-01-01', 'dcDateCreated': '2023-12-31',"
    " 'dcType': 'Text', 'dcLanguage': 'de', 'dcTermsCreated': '2023-12-30',"
    " 'dcTermsSubject': 'Stuff', 'dcTermsKeywords': 'k1', 'dcTermsAudience': 'All',"
    " 'dcTermsType': 'Article',"
    " 'viewport': 'width=device-width', 'og:title': 'OG Title', 'og:description': 'OG Desc',"
    " 'og:url': 'https://example.com/page',"
    " 'og:image': ['https://example.com/a.png', 'https://example.com/b.png'],"
    " 'og:audio': 'https://example.com/a.mp3', 'og:video': 'https://example.com/a.mp4',"
    " 'og:locale': 'de_DE', 'og:locale:alternate': ['en_US', 'fr_FR'],"
    " 'og:site_name': 'Example', 'og:type': 'article', 'og:determiner': 'the',"
    " 'article:published_time': '2024-01-02T03:04:05Z',"
    " 'article:modified_time': '2024-02-03T04:05:06Z', 'article:section': 'News',"
    " 'article:tag': ['x', 'y'], 'twitter:card': 'summary', 'DC.title': 'DC Title',"
    " 'DC.creator': 'Ann', 'DC.subject': 'Things', 'DC.description': 'DC Desc',"
    " 'DC.date': '2024-01-01', 'DC.date.created': '2023-12-31', 'DC.type': 'Text',"
    " 'DC.language': 'de', 'dcterms.created': '2023-12-30', 'dcterms.subject': 'Stuff',"
    " 'dcterms.keywords': 'k1', 'dcterms.audience': 'All', 'dcterms.type': 'Article',"
    " 'author': 'Bob'}";

const QUrl pageUrl(u"https://example.com/dir/index.html"_s);

} // namespace

class TestMetadata final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extractsEveryField()
    {
        const QJsonObject metadata = Metadata::extract(HtmlTree::parse(everyField), pageUrl);
        const QJsonObject expected = json(everyFieldJson);
        QVERIFY2(metadata == expected, dump(metadata).constData());
    }

    void emptyPageHasNoMetadata()
    {
        QCOMPARE(Metadata::extract(HtmlTree::parse(""), pageUrl), QJsonObject());
        QCOMPARE(Metadata::extract(HtmlTree::parse("<title> </title><html lang=''>"), pageUrl),
                 QJsonObject());
    }

    void repeatedKeysBecomeArrays()
    {
        const QJsonObject metadata = Metadata::extract(
            HtmlTree::parse("<meta name='x' content='1'><meta name='description' content='first'>"
                            "<meta name='x' content='2'><meta name='X' content='upper'>"
                            "<meta name='description' content='second'><p>"
                            "<meta name='x' content='3'>"),
            pageUrl);
        const QJsonObject expected =
            json("{'x': ['1', '2', '3'], 'X': 'upper', 'description': 'first'}");
        QVERIFY2(metadata == expected, dump(metadata).constData());
    }

    void metaKeyAttributes_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("name first")
            << QByteArray("<meta name='a' property='b' content='c'>") << u"{'a': 'c'}"_s;
        QTest::newRow("property when name is empty")
            << QByteArray("<meta name='' property='b' content='c'>") << u"{'b': 'c'}"_s;
        QTest::newRow("itemprop last")
            << QByteArray("<meta itemprop='i' content='c'>") << u"{'i': 'c'}"_s;
        QTest::newRow("named fields match any case")
            << QByteArray("<meta name='Description' content='D'>"
                          "<meta property='OG:Title' content='T'>")
            << u"{'Description': 'D', 'description': 'D', 'OG:Title': 'T', 'ogTitle': 'T'}"_s;
        QTest::newRow("named fields trimmed, raw keys as written")
            << QByteArray("<meta name='robots' content=' noindex '>") << u"{'robots': 'noindex'}"_s;
        QTest::newRow("og:site_name with name instead of property")
            << QByteArray("<meta name='og:site_name' content='S'>")
            << u"{'og:site_name': 'S', 'ogSiteName': 'S'}"_s;
        QTest::newRow("Dublin Core in upper case")
            << QByteArray("<meta name='DCTERMS.Modified' content='2024'>")
            << u"{'DCTERMS.Modified': '2024', 'dcTermsModified': '2024'}"_s;
        QTest::newRow("a bare DC. prefix is no field")
            << QByteArray("<meta name='DC.' content='x'>") << u"{'DC.': 'x'}"_s;
        QTest::newRow("meta title does not replace <title>")
            << QByteArray("<title>Real</title><meta name='title' content='Meta'>")
            << u"{'title': 'Real'}"_s;
        QTest::newRow("meta title without <title>")
            << QByteArray("<meta name='title' content='Meta'>") << u"{'title': 'Meta'}"_s;
    }

    void metaKeyAttributes()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, expected);
        const QJsonObject metadata = Metadata::extract(HtmlTree::parse(html), pageUrl);
        const QJsonObject wanted = json(expected.toUtf8().constData());
        QVERIFY2(metadata == wanted, dump(metadata).constData());
    }

    // Values go through JSON text on their way to the object: whatever they hold comes back.
    void valuesKeptAsWritten()
    {
        const QJsonObject metadata = Metadata::extract(
            HtmlTree::parse("<html lang='\xe3\x80\x80 de\xc2\xa0'><title>\xe2\x80\x83 A \xc2\xa0"
                            "\xc2\xa0 B\xe2\x80\xa8</title>"
                            "<meta name='q\"x\\' content='a\"b\\c&#1;d&#9;e&#0;\xf0\x9f\x98\x80'>"
                            "<meta name='description' content='\xc2\xa0 d \xe3\x80\x80'>"
                            "<meta name='DC.\xc3\xa9t\xc3\xa9' content='x'>"
                            "<meta name='og:\xc5\xbfite_name' content='long s'>"),
            pageUrl);
        QJsonObject expected;
        expected.insert(u"title"_s, u"A B"_s);
        expected.insert(u"language"_s, u"de"_s);
        expected.insert(u"q\"x\\"_s, u"a\"b\\c\u0001d\te\ufffd\U0001F600"_s);
        expected.insert(u"description"_s, u"d"_s);
        expected.insert(u"dc\u00c9t\u00e9"_s, u"x"_s);
        expected.insert(u"DC.\u00e9t\u00e9"_s, u"x"_s);
        expected.insert(u"og:\u017fite_name"_s, u"long s"_s);
        QVERIFY2(metadata == expected, dump(metadata).constData());
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("whitespace collapsed")
            << QByteArray("<title>\n  A \t B\n</title>") << u"A B"_s;
        QTest::newRow("entities decoded") << QByteArray("<title>A &amp; B</title>") << u"A & B"_s;
        QTest::newRow("the first of two")
            << QByteArray("<title>One</title><title>Two</title>") << u"One"_s;
        QTest::newRow("head before body")
            << QByteArray("<head><title>Head</title></head><body><title>Body</title></body>")
            << u"Head"_s;
        QTest::newRow("svg title is not the page's")
            << QByteArray("<body><svg><title>Icon</title></svg><title>Late</title></body>")
            << u"Late"_s;
        QTest::newRow("none") << QByteArray("<p>x</p>") << QString();
        QTest::newRow("non-ASCII")
            << QByteArray("<title>Größe — 東京</title>") << u"Größe — 東京"_s;
    }

    void title()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        const QJsonObject metadata = Metadata::extract(HtmlTree::parse(html), pageUrl);
        QCOMPARE(metadata.value(u"title"_s).toString(), title);
        QCOMPARE(metadata.contains(u"title"_s), !title.isEmpty());
    }

    void favicon_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("favicon");
        const auto row = [](const char *name, const char *html, const QString &favicon) {
            QTest::newRow(name) << QByteArray(html) << favicon;
        };
        row("relative", "<link rel='icon' href='fav.png'>", u"https://example.com/dir/fav.png"_s);
        row("root-relative", "<link rel='icon' href='/fav.png'>", u"https://example.com/fav.png"_s);
        row("absolute", "<link rel='icon' href='https://cdn.example.net/f.ico'>",
            u"https://cdn.example.net/f.ico"_s);
        row("protocol-relative", "<link rel='icon' href='//cdn.example.net/f.ico'>",
            u"https://cdn.example.net/f.ico"_s);
        row("shortcut icon", "<link rel='shortcut icon' href='/s.ico'>",
            u"https://example.com/s.ico"_s);
        row("rel in upper case", "<link rel='ICON' href='/u.ico'>", u"https://example.com/u.ico"_s);
        row("href with spaces", "<link rel='icon' href='  /t.ico '>",
            u"https://example.com/t.ico"_s);
        row("the first icon", "<link rel='icon' href='/1.ico'><link rel='icon' href='/2.ico'>",
            u"https://example.com/1.ico"_s);
        row("icon preferred over an earlier apple-touch-icon",
            "<link rel='apple-touch-icon' href='/apple.png'><link rel='icon' href='/i.png'>",
            u"https://example.com/i.png"_s);
        row("apple-touch-icon when there is no icon",
            "<link rel='apple-touch-icon' href='/apple.png'>", u"https://example.com/apple.png"_s);
        row("apple-touch-icon-precomposed",
            "<link rel='apple-touch-icon-precomposed' href='/p.png'>",
            u"https://example.com/p.png"_s);
        row("mask-icon is no favicon", "<link rel='mask-icon' href='/m.svg'>", QString());
        row("an icon without href is skipped", "<link rel='icon'><link rel='icon' href='/h.ico'>",
            u"https://example.com/h.ico"_s);
        row("none declared: no /favicon.ico guessed", "<title>x</title>", QString());
        row("with a base href",
            "<base href='https://static.example.org/assets/'><link rel='icon' href='f.png'>",
            u"https://static.example.org/assets/f.png"_s);
    }

    void favicon()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, favicon);
        const QJsonObject metadata = Metadata::extract(HtmlTree::parse(html), pageUrl);
        QCOMPARE(metadata.value(u"favicon"_s).toString(), favicon);
    }

    void canonical()
    {
        const auto canonicalOf = [](const char *html) {
            return Metadata::extract(HtmlTree::parse(html), pageUrl)
                .value(u"canonical"_s)
                .toString();
        };
        QCOMPARE(canonicalOf("<link rel='canonical' href='other.html'>"),
                 u"https://example.com/dir/other.html"_s);
        QCOMPARE(canonicalOf("<link rel='Canonical alternate' href='/c'>"),
                 u"https://example.com/c"_s);
        QCOMPARE(canonicalOf("<base href='/b/'><link rel='canonical' href='c'>"),
                 u"https://example.com/b/c"_s);
        QCOMPARE(canonicalOf("<link rel='alternate' href='/c'>"), QString());
    }

    void links_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QStringList>("links");
        const auto row = [](const char *name, const char *html, const QStringList &links) {
            QTest::newRow(name) << QByteArray(html) << links;
        };
        row("relative forms resolved",
            "<a href='a.html'>1</a><a href='/b'>2</a><a href='http://other.example/c'>3</a>"
            "<a href='//cdn.example.net/d'>4</a><a href='../e'>5</a><a href='?q=1'>6</a>"
            "<a href='f#frag'>7</a><a href='./'>8</a>",
            {u"https://example.com/dir/a.html"_s, u"https://example.com/b"_s,
             u"http://other.example/c"_s, u"https://cdn.example.net/d"_s,
             u"https://example.com/e"_s, u"https://example.com/dir/index.html?q=1"_s,
             u"https://example.com/dir/f#frag"_s, u"https://example.com/dir/"_s});
        row("whitespace trimmed", "<a href=' \n /x \t'>x</a>", {u"https://example.com/x"_s});
        row("duplicates kept once, at the first place",
            "<a href='/a'>1</a><a href='/b'>2</a><a href='/a'>3</a>"
            "<a href='https://example.com/b'>4</a><a href='b'>5</a>",
            {u"https://example.com/a"_s, u"https://example.com/b"_s,
             u"https://example.com/dir/b"_s});
        row("document order across nesting",
            "<div><p><a href='/1'>1</a></p><a href='/2'>2</a></div><ul><li><a href='/3'>3</a>"
            "</li></ul>",
            {u"https://example.com/1"_s, u"https://example.com/2"_s, u"https://example.com/3"_s});
        row("mailto, tel and javascript kept as written",
            "<a href=' mailto:Info@Example.com?subject=Hi there'>m</a><a href='tel:+1 555'>t</a>"
            "<a href='javascript:void(0)'>j</a><a href='JavaScript:alert(1)'>J</a>",
            {u"mailto:Info@Example.com?subject=Hi there"_s, u"tel:+1 555"_s,
             u"javascript:void(0)"_s, u"JavaScript:alert(1)"_s});
        row("fragment-only, empty and missing hrefs left out",
            "<a href='#top'>t</a><a href=''>e</a><a href='   '>s</a><a>n</a><a name='x'>x</a>", {});
        row("area", "<map><area href='/m' alt='m'></map>", {u"https://example.com/m"_s});
        row("links in a template left out",
            "<body><template><a href='/t'>t</a></template><a href='/u'>u</a>",
            {u"https://example.com/u"_s});
        row("absolute base href",
            "<head><base href='https://cdn.example.org/root/'></head><a href='x'>x</a>"
            "<a href='/y'>y</a>",
            {u"https://cdn.example.org/root/x"_s, u"https://cdn.example.org/y"_s});
        row("relative base href", "<base href='/sub/'><a href='x'>x</a>",
            {u"https://example.com/sub/x"_s});
        row("only the first base counts", "<base href='/one/'><base href='/two/'><a href='x'>x</a>",
            {u"https://example.com/one/x"_s});
        row("non-ASCII and spaces encoded", "<a href='/ü ber?q=ä'>u</a>",
            {u"https://example.com/%C3%BC%20ber?q=%C3%A4"_s});
        row("entities in href decoded", "<a href='/p?a=1&amp;b=2'>p</a>",
            {u"https://example.com/p?a=1&b=2"_s});
        row("other elements' href ignored", "<link href='/l'><base target='_blank'><div href='/d'>",
            {});
    }

    void links()
    {
        QFETCH(QByteArray, html);
        QFETCH(QStringList, links);
        QCOMPARE(Metadata::links(HtmlTree::parse(html), pageUrl), links);
    }

    // Plain links take a shortcut that must give what QUrl::resolved() gives, for every base:
    // dot segments, queries, fragments, the page's own origin written out, and the forms that
    // leave the shortcut (other origins, percent signs, query-only and scheme-relative).
    void linksResolveAsQUrlDoes_data()
    {
        QTest::addColumn<QString>("base");
        for (const char *base :
             {"http://127.0.0.1:8080/docs/page-1.html", "http://h.example/", "http://h.example",
              "https://u:p@h.example:8443/a/b/", "http://h.example/a/b?q=1#f",
              "http://[::1]:81/x/y", "http://h.example/A%20B/c", "http://h.example/.well/x",
              "http://h.example/a/b/c/d/e.html"})
            QTest::newRow(base) << QString::fromLatin1(base);
    }

    void linksResolveAsQUrlDoes()
    {
        QFETCH(QString, base);
        const QUrl baseUrl(base);
        const QStringList hrefs = {u"/"_s,
                                   u"/a"_s,
                                   u"a"_s,
                                   u"a/b.html"_s,
                                   u"x-y_z~w.html"_s,
                                   u"a//b"_s,
                                   u"/a/"_s,
                                   u".."_s,
                                   u"."_s,
                                   u"./a"_s,
                                   u"../a"_s,
                                   u"a/./b"_s,
                                   u"a/../b"_s,
                                   u"a/."_s,
                                   u"a/.."_s,
                                   u"..."_s,
                                   u"a..b"_s,
                                   u".a"_s,
                                   u"a."_s,
                                   u"//other/x"_s,
                                   u"/a.b/c"_s,
                                   u"./"_s,
                                   u"../"_s,
                                   u"../../../../x"_s,
                                   u"/a/b/../../../c"_s,
                                   u"/./x"_s,
                                   u"x?"_s,
                                   u"x#"_s,
                                   u"x?#"_s,
                                   u"x?a=1&b=2#s-1"_s,
                                   u"../x/#sec"_s,
                                   u"/x/?utm_source=x"_s,
                                   u"http://127.0.0.1:8080/docs/"_s,
                                   u"http://127.0.0.1:8080"_s,
                                   u"http://127.0.0.1:80801/x"_s,
                                   u"http://127.0.0.1:8080/../x"_s,
                                   u"http://h.example/a/../b#f"_s,
                                   u"https://u:p@h.example:8443/x/./y"_s,
                                   u"http://[::1]:81/z"_s,
                                   u"HTTP://H.Example/A%20B/q"_s,
                                   u"?q=2"_s,
                                   u"a?b?c"_s,
                                   u"a#b#c"_s,
                                   u"a#b?c"_s,
                                   u"x?a=%41"_s,
                                   u"x?a/b"_s,
                                   u"/a%2Fb"_s,
                                   u"/.../x"_s,
                                   u"/..a/./b"_s,
                                   u"/a/..."_s,
                                   u"http/x"_s,
                                   u"./."_s,
                                   u"./.."_s,
                                   u"x/.#f"_s,
                                   u"x/..?q=1"_s,
                                   u"//h.example/x"_s,
                                   u"//h.example"_s,
                                   u"//127.0.0.1:8080/docs/a/../b.html#s"_s,
                                   u"//other.example:65535/y?z"_s,
                                   u"//other.example:65536/y"_s,
                                   u"https://docs.example.net/reference?id=7"_s,
                                   u"http://docs.example.net"_s,
                                   u"https://EXAMPLE.net/a"_s,
                                   u"http://xn--bcher-kva.example/"_s,
                                   u"http://1.2.3.04/"_s,
                                   u"http://a..b/"_s};
        QByteArray html;
        QStringList expected;
        for (const QString &href : hrefs) {
            html += "<a href='" + href.toUtf8() + "'>x</a>";
            const QUrl url = baseUrl.resolved(QUrl(href));
            const QString resolved = url.toString(QUrl::FullyEncoded);
            if (url.isValid() && !expected.contains(resolved))
                expected << resolved;
        }
        QCOMPARE(Metadata::links(HtmlTree::parse(html), baseUrl), expected);
    }

    void plainText_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const char *html, const QString &text) {
            QTest::newRow(name) << QByteArray(html) << text;
        };
        row("paragraphs on lines", "<p>One</p><p>Two</p>", u"One\nTwo"_s);
        row("whitespace collapsed", "<p>  a \n\t b  </p>", u"a b"_s);
        row("inline elements stay on the line", "<p>a <b>bold</b> and <a href='x'>link</a>.</p>",
            u"a bold and link."_s);
        row("no space invented between inline elements", "<p><b>a</b><i>b</i></p>", u"ab"_s);
        row("space between inline elements kept once", "<p><b>a </b> <i> b</i></p>", u"a b"_s);
        row("br", "a<br>b<br><br>c", u"a\nb\nc"_s);
        row("headings and lists", "<h1>T</h1><ul><li>x</li><li>y <b>z</b></li></ul>",
            u"T\nx\ny z"_s);
        row("table rows and cells",
            "<table><caption>Cap</caption><tr><th>A</th><th>B</th></tr>"
            "<tr><td>1</td><td>2</td></tr></table>",
            u"Cap\nA B\n1 2"_s);
        row("pre kept as written", "<p>x</p><pre>a\n  b  c</pre><p>d</p>", u"x\na\n  b  c\nd"_s);
        row("script, style, noscript, template dropped",
            "<p>a<script>x()</script><style>p{}</style><noscript>n</noscript>"
            "<template>t</template>b</p>",
            u"ab"_s);
        row("select and textarea dropped",
            "<p>a<select><option>o</option></select><textarea>t</textarea>b</p>", u"ab"_s);
        row("nested blocks", "<div><div>a</div>b<div><div>c</div></div></div>d", u"a\nb\nc\nd"_s);
        row("entities decoded", "<p>a &amp; b&nbsp;c &lt;d&gt;</p>", u"a & b c <d>"_s);
        row("non-ASCII", "<p>Größe  東京 — “x”</p>", u"Größe 東京 — “x”"_s);
        row("comments dropped", "a<!-- c -->b", u"ab"_s);
        row("no blank lines at the ends", "\n\n<p> a </p>\n<div>\n</div>\n", u"a"_s);
        row("blocks without text leave no blank lines", "<p>a</p><div><p> </p></div><p>b</p>",
            u"a\nb"_s);
        row("empty", "", QString());
        QTest::newRow("U+0000 dropped") << QByteArray("<p>a\0b</p>", 10) << u"ab"_s;
    }

    void plainText()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, text);
        const HtmlTree tree = HtmlTree::parse(html);
        QCOMPARE(Metadata::plainText(tree, tree.body()), text);
        // The whole document: the head (title, ...) is no text.
        const HtmlTree withHead = HtmlTree::parse("<title>Title</title>" + html);
        QCOMPARE(Metadata::plainText(withHead, withHead.root()), text);
    }

    void plainTextSkips()
    {
        const HtmlTree tree = HtmlTree::parse(
            "<p>1 <span class='x'>hidden</span>2</p><div class='x'><p>no</p></div><p>3</p>");
        const auto skipX = [&tree](HtmlTree::NodeId node) { return tree.hasClass(node, "x"); };
        QCOMPARE(Metadata::plainText(tree, tree.body(), skipX), u"1 2\n3"_s);
        const auto skipAll = [](HtmlTree::NodeId) { return true; };
        QCOMPARE(Metadata::plainText(tree, tree.body(), skipAll), QString());
        // A scope that is not the body.
        QCOMPARE(Metadata::plainText(tree, tree.findFirst("div")), u"no"_s);
        QCOMPARE(Metadata::plainText(tree, HtmlTree::none), QString());
        QCOMPARE(Metadata::plainText(tree, HtmlTree::NodeId(tree.nodeCount())), QString());
    }

    void deepNesting()
    {
        QByteArray html;
        for (int i = 0; i < 50000; ++i)
            html += "<div>";
        html += "<a href='/x'>deep</a><a href='/x'>again</a>";
        const HtmlTree tree = HtmlTree::parse(html);
        QVERIFY(Metadata::plainText(tree, tree.root()).endsWith(u"deepagain"_s));
        QCOMPARE(Metadata::links(tree, pageUrl), QStringList{u"https://example.com/x"_s});
    }

    // A page of the generated test site, as a crawl would see it.
    void generatedSitePage()
    {
        const QString generator = QStringLiteral(TRAWL_TESTSITE_DIR) + u"/gen_site.py"_s;
        QVERIFY2(QFile::exists(generator), qPrintable(generator + u" is missing"_s));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess python;
        python.start(u"python3"_s, {generator, u"--pages"_s, u"5"_s, u"--out"_s, dir.path(),
                                    u"--base-url"_s, u"http://127.0.0.1:8080"_s});
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(python.exitCode(), 0);
        QFile file(dir.path() + u"/index.html"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const HtmlTree tree = HtmlTree::parse(file.readAll());
        const QUrl base(u"http://127.0.0.1:8080/"_s);

        const QJsonObject metadata = Metadata::extract(tree, base);
        QCOMPARE(metadata.value(u"title"_s).toString(), u"Home | Acme Example"_s);
        QCOMPARE(metadata.value(u"language"_s).toString(), u"en"_s);
        QCOMPARE(metadata.value(u"canonical"_s).toString(), u"http://127.0.0.1:8080/"_s);
        QCOMPARE(metadata.value(u"favicon"_s).toString(),
                 u"http://127.0.0.1:8080/img/favicon.png"_s);
        QCOMPARE(metadata.value(u"ogSiteName"_s).toString(), u"Acme Example"_s);
        QCOMPARE(metadata.value(u"ogType"_s).toString(), u"article"_s);
        QCOMPARE(metadata.value(u"ogUrl"_s).toString(), u"http://127.0.0.1:8080/"_s);
        QCOMPARE(metadata.value(u"og:title"_s).toString(), u"Home"_s);
        QVERIFY(!metadata.value(u"description"_s).toString().isEmpty());
        QCOMPARE(metadata.value(u"description"_s), metadata.value(u"ogDescription"_s));
        QCOMPARE(metadata.value(u"viewport"_s).toString(),
                 u"width=device-width, initial-scale=1"_s);

        const QStringList links = Metadata::links(tree, base);
        QCOMPARE(links.first(), u"http://127.0.0.1:8080/"_s); // the logo
        QCOMPARE(QSet<QString>(links.begin(), links.end()).size(), links.size());
        for (const QString &link :
             {u"mailto:info@example.com"_s, u"tel:+15550100"_s, u"javascript:void(0)"_s,
              u"http://127.0.0.1:8080/sitemap.xml"_s}) {
            QVERIFY2(links.contains(link), qPrintable(link));
        }
        for (const QString &link : links) {
            QVERIFY2(link.startsWith(u"http://"_s) || link.startsWith(u"https://"_s)
                         || link.startsWith(u"mailto:"_s) || link.startsWith(u"tel:"_s)
                         || link.startsWith(u"javascript:"_s),
                     qPrintable(link));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
