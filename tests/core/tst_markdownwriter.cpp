// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmltree.h"
#include "extract/markdownwriter.h"
#include "extract/urlresolver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl baseUrl(u"http://example.com/dir/page.html"_s);

QString toMarkdown(const QByteArray &html)
{
    const HtmlTree tree = HtmlTree::parse(html);
    MarkdownOptions options;
    options.baseUrl = baseUrl;
    return MarkdownWriter::convert(tree, tree.body(), options);
}

// What every output must be: one newline at the end (or empty), no trailing whitespace but hard
// breaks, at most one blank line in a row (code blocks excepted).
QString invariantError(const QString &markdown)
{
    if (!markdown.isValidUtf16())
        return u"invalid UTF-16"_s;
    if (markdown.isEmpty())
        return {};
    if (!markdown.endsWith(u'\n') || markdown.endsWith(u"\n\n"_s))
        return u"does not end with exactly one newline"_s;
    const QStringList lines = markdown.chopped(1).split(u'\n');
    qsizetype fence = 0; // the length of the open code fence
    int blankLines = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        qsizetype start = 0;
        for (;;) { // blockquote, list and definition prefixes
            qsizetype digits = start;
            while (digits < line.size() && line.at(digits).isDigit())
                ++digits;
            if (start < line.size() && (line.at(start) == u' ' || line.at(start) == u'>'))
                ++start;
            else if (line.mid(start, 2) == u"- "_s || line.mid(start, 2) == u": "_s)
                start += 2;
            else if (digits > start && line.mid(digits, 2) == u". "_s)
                start = digits + 2;
            else
                break;
        }
        qsizetype ticks = 0;
        while (start + ticks < line.size() && line.at(start + ticks) == u'`')
            ++ticks;
        const bool opens = fence == 0 && !line.mid(start + ticks).contains(u'`');
        const bool closes = fence > 0 && ticks >= fence && start + ticks == line.size();
        if (ticks >= 3 && (opens || closes)) {
            fence = fence == 0 ? ticks : 0;
            blankLines = 0;
            continue;
        }
        if (fence > 0)
            continue;
        const bool blank = start == line.size();
        blankLines = blank ? blankLines + 1 : 0;
        if (blankLines > 1)
            return u"two blank lines in a row at line %1"_s.arg(i + 1);
        if (line.endsWith(u' ') || line.endsWith(u'\t')) {
            const bool hardBreak = line.endsWith(u"  "_s) && !line.endsWith(u"   "_s) && !blank
                                   && i + 1 < lines.size();
            if (!hardBreak)
                return u"trailing whitespace at line %1: \"%2\""_s.arg(i + 1).arg(line);
        }
    }
    return {};
}

QByteArray repeated(QByteArrayView piece, int count)
{
    QByteArray result;
    result.reserve(piece.size() * count);
    for (int i = 0; i < count; ++i)
        result += piece;
    return result;
}

// Random tags, attributes, entities and text: 200 KB of tag soup from a fixed seed.
QByteArray tagSoup()
{
    static const char *const tags[] = {
        "p",        "div",      "span",  "b",      "i",          "em",     "strong",  "a",
        "img",      "ul",       "ol",    "li",     "table",      "tr",     "td",      "th",
        "pre",      "code",     "h1",    "h3",     "blockquote", "br",     "hr",      "dl",
        "dt",       "dd",       "sup",   "sub",    "del",        "thead",  "tbody",   "caption",
        "script",   "style",    "svg",   "select", "option",     "button", "section", "s",
        "template", "textarea", "label", "q"};
    static const char *const texts[] = {
        "hello", " world ",   "*star*", "_under_", "`tick`", "1. one", "# hash", "> quote", "a|b",
        "&amp;", "&lt;b&gt;", "\n\n",   "  ",      "[x](y)", "\\",     "~~",     "é",       "日本"};
    QRandomGenerator random(20240611);
    QByteArray html;
    while (html.size() < 200 * 1024) {
        const quint32 what = random.bounded(10);
        const char *tag = tags[random.bounded(int(std::size(tags)))];
        if (what < 4) {
            html += '<';
            html += tag;
            if (random.bounded(3) == 0)
                html += " href=\"/x?a=1&b=2\" src=\"y z.png\" class=\"language-c\" colspan=\"3\"";
            html += '>';
        } else if (what < 7) {
            html += "</";
            html += tag;
            html += '>';
        } else {
            html += texts[random.bounded(int(std::size(texts)))];
        }
    }
    return html;
}

} // namespace

class TestMarkdownWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void generated_data();
    void generated();
    void scope();
    void skipPredicate();
    void withoutBaseUrl();
    void urlResolver_data();
    void urlResolver();
    void urlResolverGenerated();
};

void TestMarkdownWriter::fixtures_data()
{
    QTest::addColumn<QString>("htmlFile");
    const QDir dir(QStringLiteral(MARKDOWN_FIXTURES));
    const QStringList files = dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file.chopped(5))) << dir.filePath(file);
}

void TestMarkdownWriter::fixtures()
{
    QFETCH(QString, htmlFile);
    QFile html(htmlFile);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QFile expectedFile(htmlFile.chopped(5) + u".md"_s);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
    const QByteArray expected = expectedFile.readAll();

    const QByteArray actual = toMarkdown(html.readAll()).toUtf8();
    if (actual != expected) {
        const QList<QByteArray> actualLines = actual.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        for (qsizetype i = 0; i < std::max(actualLines.size(), expectedLines.size()); ++i) {
            const QByteArray a = actualLines.value(i, "<end>");
            const QByteArray e = expectedLines.value(i, "<end>");
            if (a != e) {
                qWarning("line %lld\n  actual:   \"%s\"\n  expected: \"%s\"", qint64(i + 1),
                         a.constData(), e.constData());
                break;
            }
        }
    }
    QCOMPARE(actual, expected);
    QCOMPARE(invariantError(QString::fromUtf8(actual)), QString());
}

void TestMarkdownWriter::generated_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<bool>("expectEmpty");

    QTest::newRow("10000 nested tables")
        << repeated("<table><tr><td>cell<td>x", 10000) + repeated("</td></tr></table>", 10000)
        << false;
    QTest::newRow("100000 nested divs")
        << repeated("<div>", 100000) + "deep" + repeated("</div>", 100000) << false;
    QTest::newRow("10000 nested lists")
        << repeated("<ul><li>item", 10000) + repeated("</li></ul>", 10000) << false;
    QTest::newRow("10000 nested blockquotes")
        << repeated("<blockquote><p>q", 10000) + repeated("</p></blockquote>", 10000) << false;
    QTest::newRow("10000 nested emphasis and links")
        << repeated("<b><a href=x><i><code>c", 10000) + repeated("</code></i></a></b>", 10000)
        << false;
    QTest::newRow("10000 unclosed pre and code")
        << repeated("<pre><code class=language-x>``` x\n", 10000) << false;
    QByteArray random(200 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("200 KB of random bytes") << random << false;
    QTest::newRow("200 KB of tag soup") << tagSoup() << false;
    QTest::newRow("empty body") << "<!DOCTYPE html><html><head><title>t</title></head><body>"
                                   "</body></html>"_ba
                                << true;
    QTest::newRow("empty input") << QByteArray() << true;
}

void TestMarkdownWriter::generated()
{
    QFETCH(QByteArray, html);
    QFETCH(bool, expectEmpty);
    const HtmlTree tree = HtmlTree::parse(html);
    MarkdownOptions options;
    options.baseUrl = baseUrl;
    QElapsedTimer timer;
    timer.start();
    const QString markdown = MarkdownWriter::convert(tree, tree.body(), options);
    const qint64 elapsed = timer.elapsed();
    // Generous for sanitizer builds: a few milliseconds in a release build.
    QVERIFY2(elapsed < 3000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    QCOMPARE(markdown.isEmpty(), expectEmpty);
    QCOMPARE(invariantError(markdown), QString());
    QCOMPARE(QString::fromUtf8(markdown.toUtf8()), markdown);
    QCOMPARE(toMarkdown(html), markdown); // stable
}

void TestMarkdownWriter::scope()
{
    const HtmlTree tree =
        HtmlTree::parse("<p>before</p><article><h1>Title</h1><p>Body <b>text</b></p></article>"
                        "<pre class=\"lang-sh\">ls -l</pre><ul><li>a</li><li>b</li></ul>");
    MarkdownOptions options;
    options.baseUrl = baseUrl;
    QCOMPARE(MarkdownWriter::convert(tree, tree.findFirst("article"), options),
             u"# Title\n\nBody **text**\n"_s);
    QCOMPARE(MarkdownWriter::convert(tree, tree.findFirst("pre"), options),
             u"```sh\nls -l\n```\n"_s);
    QCOMPARE(MarkdownWriter::convert(tree, tree.findFirst("li"), options), u"- a\n"_s);
    const HtmlTree::NodeId text = tree.firstChild(tree.findFirst("p"));
    QCOMPARE(MarkdownWriter::convert(tree, text, options), u"before\n"_s);
    QCOMPARE(MarkdownWriter::convert(tree, tree.root(), options),
             u"before\n\n# Title\n\nBody **text**\n\n```sh\nls -l\n```\n\n- a\n- b\n"_s);
    QCOMPARE(MarkdownWriter::convert(tree, HtmlTree::none, options), QString());
}

void TestMarkdownWriter::skipPredicate()
{
    const HtmlTree tree =
        HtmlTree::parse("<div class=ad><p>buy</p></div><p>keep <span class=ad>this</span>"
                        "text</p><table><tr><td>a<td class=ad>b<td>c</table>");
    MarkdownOptions options;
    options.baseUrl = baseUrl;
    const auto skip = [&tree](HtmlTree::NodeId node) { return tree.hasClass(node, "ad"); };
    QCOMPARE(MarkdownWriter::convert(tree, tree.body(), options, skip),
             u"keep text\n\n| a | c |\n| --- | --- |\n"_s);
    QCOMPARE(
        MarkdownWriter::convert(tree, tree.body(), options, [](HtmlTree::NodeId) { return true; }),
        QString());
}

void TestMarkdownWriter::withoutBaseUrl()
{
    const HtmlTree tree = HtmlTree::parse("<a href=\"../x y.html\">x</a> <img src=\"i.png\">");
    QCOMPARE(MarkdownWriter::convert(tree, tree.body(), MarkdownOptions()),
             u"[x](../x%20y.html) ![](i.png)\n"_s);
}

void TestMarkdownWriter::urlResolver_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("url");
    static const char *const bases[] = {"http://example.com/dir/page.html",
                                        "http://127.0.0.1:8080/blog/a/b/",
                                        "https://x.org",
                                        "https://x.org/a?b=c",
                                        "http://x.org/a/b.html?q#frag",
                                        "file:///tmp/a.html",
                                        ""};
    static const char *const urls[] = {"a",
                                       ".",
                                       "..",
                                       "./",
                                       "../",
                                       "../../../../../../x",
                                       "/a/b/../c",
                                       "/a/./b/.",
                                       "/a/b/..",
                                       "a//b/../c",
                                       "?",
                                       "#",
                                       "?q",
                                       "#f",
                                       "?q#f",
                                       "x?y#z",
                                       "http://EXAMPLE.com/a",
                                       "http://example.com",
                                       "http://example.com?x",
                                       "http://example.com#x",
                                       "http://example.com:80/",
                                       "http://example.com:08/",
                                       "http://127.1/",
                                       "http://127.0.0.1:8080/x/../y",
                                       "https://a.b.c/d;p?q=1&r=(2)#!frag",
                                       "//cdn.x.org/y",
                                       "//cdn.x.org",
                                       "//cdn.x.org?q#f",
                                       "//cdn.x.org:8080/a/../b",
                                       "//CDN.x.org/y",
                                       "//x.org:99999/",
                                       "//",
                                       "///x",
                                       "HTTP://x.org/",
                                       "http://x.org/%7e",
                                       "a:b",
                                       "./a:b",
                                       "x/y:z",
                                       "http://x.org/a b",
                                       "mailto:a@b.c",
                                       "http://0x7f.1/",
                                       "http://1.2.3.04/",
                                       "http://1.2.3.4/",
                                       "http://a..b/",
                                       "http://a./",
                                       "http://x.org/.hidden/./..",
                                       "/.",
                                       "/..",
                                       "/..x/.y",
                                       "http://user@x.org/",
                                       "http://[::1]/",
                                       "~user/",
                                       "@x",
                                       "!$&'()*+,;=",
                                       "http://x.org/#a#b",
                                       "http://x.org:65535/",
                                       "http://x.org:99999/",
                                       "http://xn--bcher-kva.example/",
                                       "caf\xc3\xa9/men\xc3\xbc?q=\xc3\xa9",
                                       "a%20b",
                                       "a b",
                                       "a|b",
                                       "a\\b"};
    for (const char *base : bases) {
        for (const char *url : urls)
            QTest::addRow("%s + %s", base, url) << QString::fromUtf8(base) << QByteArray(url);
    }
}

// The resolver's own resolution of plain URLs gives what QUrl gives.
void TestMarkdownWriter::urlResolver()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, url);
    const QUrl resolverBase(base);
    const QUrl relative(QString::fromUtf8(url));
    QByteArray expected = url;
    if (relative.isValid()) {
        const QUrl absolute = resolverBase.isEmpty() ? relative : resolverBase.resolved(relative);
        if (absolute.isValid())
            expected = absolute.toEncoded();
    }
    QCOMPARE(UrlResolver(resolverBase).resolve(url), expected);
    // The fast path alone (links use it) answers only for what QUrl resolves to a valid URL.
    QByteArray fast;
    if (UrlResolver(resolverBase).resolveSimply(url, fast)) {
        QVERIFY(relative.isValid());
        const QUrl absolute = resolverBase.isEmpty() ? relative : resolverBase.resolved(relative);
        QVERIFY(absolute.isValid());
        QCOMPARE(fast, absolute.toEncoded());
    }
}

// References put together from the pieces where the fast path has work to do (dot segments,
// empty segments, queries, fragments, authorities, characters it leaves to QUrl), against bases
// with and without dots in their own path: whatever it answers is what QUrl gives.
void TestMarkdownWriter::urlResolverGenerated()
{
    static const char *const bases[] = {"http://127.0.0.1:8080/docs/a/page.html",
                                        "http://h.example/.well/x/", "https://h.example",
                                        "http://h.example/a/../b/./c?q=1", "http://h.example/a.b/"};
    static const char *const starts[] = {"",
                                         "/",
                                         "//h.example/",
                                         "//other.example",
                                         "http://h.example",
                                         "https://x.org:8443/",
                                         "http://1.2.3.4/",
                                         "http://1.2.3.04/",
                                         "http://256.1.1.1/",
                                         "http://123456789012.1.1.1/",
                                         "http://1.2.3/",
                                         "http://a-b.example:080/",
                                         "http://x.org:65536/",
                                         "http://x.org:65535",
                                         "http://A.example/",
                                         "./",
                                         "../",
                                         "?",
                                         "#"};
    static const char *const pieces[] = {"a",   ".",  "..",       "",   "b.c",   "..x",
                                         ".x",  "x.", "%41",      "~u", "q=1&r", "(p)",
                                         "a:b", " ",  "\xc3\xa9", "|"};
    static const char *const separators[] = {"/", "/", "/", "?", "#", ""};
    QRandomGenerator random(31337);
    int fast = 0;
    for (const char *baseText : bases) {
        const QUrl base(QString::fromLatin1(baseText));
        const UrlResolver resolver(base);
        for (int i = 0; i < 4000; ++i) {
            QByteArray url = starts[random.bounded(int(std::size(starts)))];
            for (int n = random.bounded(6); n > 0; --n) {
                url += pieces[random.bounded(int(std::size(pieces)))];
                url += separators[random.bounded(int(std::size(separators)))];
            }
            QByteArray resolved;
            if (!resolver.resolveSimply(url, resolved))
                continue;
            ++fast;
            const QUrl relative(QString::fromUtf8(url));
            QVERIFY2(relative.isValid(), url.constData());
            const QUrl absolute = base.resolved(relative);
            QVERIFY2(absolute.isValid(), url.constData());
            QCOMPARE(resolved, absolute.toEncoded());
        }
    }
    QVERIFY2(fast > 4000, qPrintable(QString::number(fast))); // the fast path did answer
}

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
