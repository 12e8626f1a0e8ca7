// SPDX-License-Identifier: GPL-3.0-or-later
// A page's metadata and links do not depend on whether its tree is built: MetadataCollector gives
// the same answers fed by the tree builder without a tree (HtmlTree::scan, what a crawl without
// markdown or html does), by the tree builder building the tree, and by a built tree replayed
// (Metadata::extract and Metadata::links), for real pages, the test site, the fuzz seeds and
// generated markup full of the constructs where the tree builder's state matters.
#include "extract/htmltree.h"
#include "extract/metadata.h"
#include "extract/metadatacollector.h"
#include "extract/pageextractor.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl pageUrl(u"http://127.0.0.1:8080/dir/page.html"_s);

struct Outcome
{
    QJsonObject metadata;
    QStringList links;
    QUrl base;
};

Outcome streamed(const QByteArray &html)
{
    MetadataCollector collector;
    HtmlTree::scan(html, collector);
    const QUrl base = collector.baseUrl(pageUrl);
    return {collector.metadata(base), collector.links(base), base};
}

Outcome builtAlong(const QByteArray &html)
{
    MetadataCollector collector;
    const HtmlTree tree = HtmlTree::parse(html, &collector);
    Q_UNUSED(tree);
    const QUrl base = collector.baseUrl(pageUrl);
    return {collector.metadata(base), collector.links(base), base};
}

Outcome fromTree(const QByteArray &html)
{
    const HtmlTree tree = HtmlTree::parse(html);
    return {Metadata::extract(tree, pageUrl), Metadata::links(tree, pageUrl), QUrl()};
}

QString describe(const Outcome &outcome)
{
    return QString::fromUtf8(QJsonDocument(outcome.metadata).toJson(QJsonDocument::Compact))
           + u"\nlinks: "_s + outcome.links.join(u' ') + u"\nbase: "_s + outcome.base.toString();
}

// Checks the three ways agree on `html`; returns the streamed outcome.
Outcome checkSame(const QByteArray &html, bool *same)
{
    const Outcome stream = streamed(html);
    const Outcome along = builtAlong(html);
    const Outcome tree = fromTree(html);
    // The text a crawl stores is what QJsonDocument writes for the same object.
    MetadataCollector collector;
    HtmlTree::scan(html, collector);
    const QByteArray text = collector.metadataText(stream.base).json();
    const bool sameText = text == QJsonDocument(stream.metadata).toJson(QJsonDocument::Compact)
                          || (text == "{}" && stream.metadata.isEmpty());
    *same = stream.metadata == along.metadata && stream.links == along.links
            && stream.base == along.base && stream.metadata == tree.metadata
            && stream.links == tree.links && sameText;
    if (!sameText)
        qWarning().noquote() << "metadata text:" << text;
    if (!*same) {
        qWarning().noquote() << "streamed:" << describe(stream)
                             << "\nbuilt along:" << describe(along)
                             << "\nfrom the tree:" << describe(tree);
    }
    return stream;
}

// Markup from the pieces where a streaming shortcut would go wrong: repeated html/head/body tags
// with attributes, titles in head, body, svg and templates, base, link and meta anywhere,
// RCDATA/RAWTEXT/script elements, foreign self-closing tags, implied end tags, stray end tags.
QByteArray generatedDocument(QRandomGenerator &random)
{
    static const char *const tags[] = {
        "html",     "head",  "body",     "meta", "link",   "base",    "a",  "area",
        "template", "svg",   "math",     "p",    "div",    "table",   "tr", "td",
        "li",       "ul",    "noscript", "br",   "option", "select",  "h1", "h2",
        "b",        "image", "button",   "form", "object", "caption", "dl", "dd"};
    // Elements whose contents are text up to their end tag: rarer, or they swallow the rest.
    static const char *const textTags[] = {"title",  "script", "style",   "textarea",
                                           "iframe", "xmp",    "noembed", "plaintext"};
    static const char *const names[] = {"href",    "rel",  "name",  "property", "itemprop",
                                        "content", "lang", "class", "x"};
    static const char *const values[] = {"",
                                         " ",
                                         "canonical",
                                         "icon",
                                         "apple-touch-icon",
                                         "shortcut icon",
                                         "og:title",
                                         "description",
                                         "robots",
                                         "DC.date.created",
                                         "og:locale:alternate",
                                         "/a",
                                         "b.html",
                                         "#f",
                                         " /c ",
                                         "mailto:x@y.z",
                                         "http://h.example/x/../y",
                                         "//cdn.example/y",
                                         "de",
                                         "&amp;",
                                         "x&#x20;",
                                         "\xc2\xa0/nb\xc2\xa0",
                                         "../up?q=1#s",
                                         "?q=1",
                                         "http://[::1]/",
                                         "HTTP://UP.EXAMPLE/A",
                                         "sub/",
                                         "/\xc3\xbc ber"};
    static const char *const texts[] = {"x",
                                        " ",
                                        "\n",
                                        "Title &amp; more",
                                        "</title>",
                                        "<",
                                        "&#32;",
                                        "\xc2\xa0",
                                        "</br>",
                                        "<!-- c -->",
                                        "<![CDATA[x]]>",
                                        "</template>",
                                        "</svg>",
                                        "</head>",
                                        "</body>",
                                        "</html>",
                                        "</p>",
                                        "</a>",
                                        "</td>",
                                        "</table>",
                                        "<!doctype html>",
                                        "</script>",
                                        "<x/>"};
    const auto pick = [&random](const auto &list) {
        return list[random.bounded(int(std::size(list)))];
    };
    QByteArray html;
    const int parts = 1 + random.bounded(80);
    for (int i = 0; i < parts; ++i) {
        const int kind = random.bounded(100);
        if (kind < 8) {
            html += "<a href='";
            html += pick(values);
            html += "'>";
        } else if (kind < 12) {
            html += "<title>";
            html += pick(texts);
            if (random.bounded(3) > 0)
                html += "</title>";
        } else if (kind < 55) {
            html += '<';
            html += random.bounded(40) == 0 ? pick(textTags) : pick(tags);
            for (int a = random.bounded(5); a > 0; --a) {
                html += ' ';
                html += pick(names);
                html += "=\"";
                html += pick(values);
                html += '"';
            }
            html += random.bounded(10) == 0 ? "/>" : ">";
        } else if (kind < 75) {
            html += "</";
            html += random.bounded(5) == 0 ? pick(textTags) : pick(tags);
            html += '>';
        } else {
            html += pick(texts);
        }
    }
    return html;
}

} // namespace

class TestExtractStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        const QString generator = QStringLiteral(TRAWL_TESTSITE_DIR) + u"/gen_site.py"_s;
        QVERIFY2(QFile::exists(generator), qPrintable(generator + u" is missing"_s));
        QProcess python;
        python.start(u"python3"_s, {generator, u"--pages"_s, u"50"_s, u"--out"_s, m_site.path(),
                                    u"--base-url"_s, u"http://127.0.0.1:1"_s});
        QVERIFY(python.waitForFinished(120000));
        QCOMPARE(python.exitCode(), 0);
    }

    void files_data()
    {
        QTest::addColumn<QString>("path");
        int count = 0;
        for (const QString &dir :
             {QStringLiteral(TRAWL_SOURCE_DIR) + u"/tests/fixtures"_s,
              QStringLiteral(TRAWL_SOURCE_DIR) + u"/tests/fuzz/corpus"_s, m_site.path()}) {
            QDirIterator it(dir, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QTest::newRow(qPrintable(path)) << path;
                ++count;
            }
        }
        QVERIFY2(count > 100, qPrintable(QString::number(count) + u" files"_s));
    }

    void files()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        bool same = false;
        const Outcome outcome = checkSame(file.readAll(), &same);
        QVERIFY(same);
        if (path.startsWith(m_site.path())) {
            // Pages of the test site have something to compare.
            QVERIFY(!outcome.links.isEmpty());
            QVERIFY(!outcome.metadata.value(u"title"_s).toString().isEmpty());
        }
    }

    void generatedMarkup()
    {
        QRandomGenerator random(20240607);
        int withTitle = 0;
        int withLinks = 0;
        int withLanguage = 0;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray html = generatedDocument(random);
            bool same = false;
            const Outcome outcome = checkSame(html, &same);
            QVERIFY2(same, html.constData());
            withTitle += outcome.metadata.contains(u"title"_s);
            withLanguage += outcome.metadata.contains(u"language"_s);
            withLinks += !outcome.links.isEmpty();
        }
        // The documents do exercise what is compared.
        qInfo("%d with a title, %d with a language, %d with links", withTitle, withLanguage,
              withLinks);
        QVERIFY(withTitle > 300);
        QVERIFY(withLanguage > 50);
        QVERIFY(withLinks > 1000);
    }

    void metadataTextOrdersKeysAsQJsonObject()
    {
        // Keys sort by code point, as QJsonObject sorts them (not by UTF-16 code unit: U+FF21
        // before U+1F41F, whose surrogates D83D DC1F come first). Values keep their control
        // characters, escaped as QJsonDocument escapes them.
        const QByteArray html = "<title>Tab\there</title><meta name=\"\xef\xbc\xa1\" content=a>"
                                "<meta name=\"\xf0\x9f\x90\x9f\" content=b>"
                                "<meta name=\"\xc3\xa9\" content=\"x&#9;y&#10;z\">"
                                "<meta name=Quote content='say \"hi\" \\'>"
                                "<meta name=twice content=1><meta name=twice content=2>"_ba;
        MetadataCollector collector;
        HtmlTree::scan(html, collector);
        const MetadataText text = collector.metadataText(pageUrl);
        const QByteArray json = text.json();
        const QJsonObject object = text.object();
        QCOMPARE(json, QJsonDocument(object).toJson(QJsonDocument::Compact));
        QVERIFY(json.indexOf("\xef\xbc\xa1") < json.indexOf("\xf0\x9f\x90\x9f"));
        QCOMPARE(object.value(u"\u00e9"_s).toString(), u"x\ty\nz"_s);
        QCOMPARE(object.value(u"twice"_s).toArray(), (QJsonArray{u"1"_s, u"2"_s}));
        QCOMPARE(text.value("title"), u"Tab here"_s);
        QCOMPARE(text.values("twice"), (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(text.value("twice"), QString()); // an array
        QCOMPARE(text.value("Quote"), u"say \"hi\" \\"_s);
    }

    void deepNesting()
    {
        for (const int depth : {HtmlTree::maxDepth - 5, HtmlTree::maxDepth - 2, HtmlTree::maxDepth,
                                HtmlTree::maxDepth + 3}) {
            for (const QByteArray &inner :
                 {"<title>deep</title>"_ba, "<svg><title>s</title></svg><title>t</title>"_ba,
                  "<template><a href=/t>t</a><meta name=m content=c></template>"_ba,
                  "<html lang=de><base href=/b/><a href=x>x</a>"_ba}) {
                const QByteArray html = "<html lang=fr>" + "<div>"_ba.repeated(depth) + inner
                                        + "<a href=/y>y</a><meta name=k content=v>"
                                        + "</div>"_ba.repeated(depth / 2) + "<title>late</title>";
                bool same = false;
                const Outcome outcome = checkSame(html, &same);
                QVERIFY2(same, qPrintable(QString::number(depth) + QString::fromUtf8(inner)));
                QVERIFY(!outcome.links.isEmpty());
            }
        }
    }

    // The extractor gives the same metadata and links whether it builds the tree (markdown,
    // html) or not.
    void extractorAgreesAcrossFormats()
    {
        PageExtractor::Options streaming;
        streaming.markdown = false;
        streaming.rawHtml = true;
        streaming.links = true;
        PageExtractor::Options building;
        building.markdown = true;
        building.html = true;
        building.rawHtml = true;
        const auto stream = PageExtractor::create(streaming, nullptr);
        const auto tree = PageExtractor::create(building, nullptr);
        QVERIFY(stream && tree);
        QDirIterator it(m_site.path(), {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        QRandomGenerator random(7);
        QList<QByteArray> pages;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            pages << file.readAll();
        }
        for (int i = 0; i < 300; ++i)
            pages << generatedDocument(random);
        pages << "<meta name=robots content='noindex, nofollow'><title>R</title>"_ba
              << "<meta name=trawl content=none>"_ba;
        for (const QByteArray &page : std::as_const(pages)) {
            const PageExtractor::Result a = stream->extract(page, QString(), pageUrl, u"Trawl"_s);
            const PageExtractor::Result b = tree->extract(page, QString(), pageUrl, u"Trawl"_s);
            QCOMPARE(a.metadata.json(), b.metadata.json());
            QCOMPARE(a.links.toList(), b.links.toList());
            QCOMPARE(a.baseUrl, b.baseUrl);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.description, b.description);
            QCOMPARE(a.language, b.language);
            QCOMPARE(a.canonical, b.canonical);
            QCOMPARE(a.noIndex, b.noIndex);
            QCOMPARE(a.noFollow, b.noFollow);
            QCOMPARE(a.rawHtml, b.rawHtml);
            QVERIFY(a.markdown.isEmpty() && a.html.isEmpty());
        }
        const PageExtractor::Result robots =
            stream->extract(pages.at(pages.size() - 2), QString(), pageUrl, u"Trawl"_s);
        QVERIFY(robots.noIndex && robots.noFollow);
        QCOMPARE(robots.title, u"R"_s);
        const PageExtractor::Result agent =
            stream->extract(pages.constLast(), QString(), pageUrl, u"Trawl"_s);
        QVERIFY(agent.noIndex && agent.noFollow);
    }

    // What relative URLs resolve against: the first <base href> outside templates, resolved once
    // against the page's URL.
    void baseUrl_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("link");
        QTest::newRow("none") << "<a href=x>x</a>"_ba << pageUrl.toString()
                              << u"http://127.0.0.1:8080/dir/x"_s;
        QTest::newRow("relative base href, resolved once")
            << "<base href='sub/'><a href=x>x</a>"_ba << u"http://127.0.0.1:8080/dir/sub/"_s
            << u"http://127.0.0.1:8080/dir/sub/x"_s;
        QTest::newRow("a base without href does not count")
            << "<base target=_top><base href='/b/'><a href=x>x</a>"_ba
            << u"http://127.0.0.1:8080/b/"_s << u"http://127.0.0.1:8080/b/x"_s;
        QTest::newRow("a base inside a template does not count")
            << "<template><base href='/t/'></template><a href=x>x</a>"_ba << pageUrl.toString()
            << u"http://127.0.0.1:8080/dir/x"_s;
        QTest::newRow("a base after the links still counts")
            << "<a href=x>x</a><base href='https://cdn.example/r/'>"_ba
            << u"https://cdn.example/r/"_s << u"https://cdn.example/r/x"_s;
    }

    void baseUrl()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, base);
        QFETCH(QString, link);
        for (const bool markdown : {false, true}) {
            PageExtractor::Options options;
            options.markdown = markdown;
            const auto extractor = PageExtractor::create(options, nullptr);
            const PageExtractor::Result result =
                extractor->extract(html, QString(), pageUrl, u"Trawl"_s);
            QCOMPARE(result.baseUrl.toString(), base);
            QCOMPARE(result.links.toList(), QByteArrayList{link.toUtf8()});
            if (markdown)
                QVERIFY2(result.markdown.contains(link), qPrintable(result.markdown));
        }
    }

    // Raw HTML stays UTF-8: the body itself when it is UTF-8, converted once otherwise.
    void rawHtmlIsUtf8()
    {
        PageExtractor::Options options;
        options.markdown = false;
        options.rawHtml = true;
        const auto extractor = PageExtractor::create(options, nullptr);
        const QByteArray utf8 = "<title>Gr\xc3\xb6\xc3\x9f"
                                "e</title><p>\xe6\x9d\xb1</p>"_ba;
        const PageExtractor::Result same = extractor->extract(utf8, QString(), pageUrl, u"T"_s);
        QCOMPARE(same.rawHtml, utf8);
        QCOMPARE(same.rawHtml.constData(), utf8.constData()); // shared, not copied
        QCOMPARE(same.title, u"Größe"_s);
        const QByteArray latin1 = "<title>Gr\xf6\xdf"
                                  "e</title>"_ba;
        const PageExtractor::Result converted =
            extractor->extract(latin1, u"iso-8859-1"_s, pageUrl, u"T"_s);
        QCOMPARE(converted.rawHtml, "<title>Gr\xc3\xb6\xc3\x9f"
                                    "e</title>"_ba);
        QCOMPARE(converted.title, u"Größe"_s);
    }

private:
    QTemporaryDir m_site;
};

QTEST_GUILESS_MAIN(TestExtractStream)
#include "tst_extractstream.moc"
