// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmltree.h"
#include "extract/selector.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char fixture[] =
    "<!doctype html><html><body>"
    "<div id='outer' class='note wide' data-a='b' lang='en-US'>"
    "<p id='p1' class='note'>One <a id='a1' href='https://x.example/y' "
    "rel='nofollow noopener'>x</a></p>"
    "<section id='s1'><p id='p2' title='Hello World'>Two</p>"
    "<div id='d2'><p id='p3'>Three</p></div></section>"
    "</div>"
    "<DIV id='upper' CLASS='Note'>Upper</DIV>"
    "<ul id='list'><li id='li1'><ul id='inner'><li id='li2'>x</li></ul></li></ul>"
    "<span id='a:b'>colon</span>"
    "<x id='x1' class='a'><y id='y1' class='b'><z id='z1'><y id='y2' class='b'>"
    "<w id='w1' class='c'>deep</w></y></z></y></x>"
    "</body></html>";

// The id of every element of `tree` that `selector` matches, in document order.
QStringList matchingIds(const HtmlTree &tree, const Selector &selector)
{
    QStringList ids;
    for (HtmlTree::NodeId node = tree.root(); node != HtmlTree::none;
         node = tree.next(node, tree.root())) {
        if (selector.matches(tree, node)) {
            const QByteArrayView id = tree.attribute(node, "id");
            ids.append(id.isNull() ? QString::fromUtf8(tree.tag(node)) : QString::fromUtf8(id));
        }
    }
    return ids;
}

} // namespace

class TestSelector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &selector, const QStringList &ids) {
            QTest::newRow(name) << selector << ids;
        };
        row("type", u"p"_s, {u"p1"_s, u"p2"_s, u"p3"_s});
        row("type is case-insensitive", u"P"_s, {u"p1"_s, u"p2"_s, u"p3"_s});
        row("upper-case tags in the page", u"div"_s, {u"outer"_s, u"d2"_s, u"upper"_s});
        row("id", u"#p2"_s, {u"p2"_s});
        row("id is case-sensitive", u"#P2"_s, {});
        row("class", u".note"_s, {u"outer"_s, u"p1"_s});
        row("class is case-sensitive", u".Note"_s, {u"upper"_s});
        row("two classes", u".note.wide"_s, {u"outer"_s});
        row("two classes, one missing", u".note.narrow"_s, {});
        row("compound", u"div.note#outer[data-a=b]"_s, {u"outer"_s});
        row("compound with a wrong tag", u"p.note#outer"_s, {});
        row("compound with a wrong id", u"div.note#p1"_s, {});
        row("attribute exists", u"[title]"_s, {u"p2"_s});
        row("attribute name is case-insensitive", u"[TITLE]"_s, {u"p2"_s});
        row("attribute equals, double quotes", u"[title=\"Hello World\"]"_s, {u"p2"_s});
        row("attribute equals, single quotes", u"[title='Hello World']"_s, {u"p2"_s});
        row("attribute equals, bare word", u"[data-a=b]"_s, {u"outer"_s});
        row("attribute equals, spaces inside brackets", u"[ data-a = b ]"_s, {u"outer"_s});
        row("attribute value is case-sensitive", u"[title='hello world']"_s, {});
        row("attribute value with the i flag", u"[title='hello world' i]"_s, {u"p2"_s});
        row("attribute value with the s flag", u"[title='hello world' s]"_s, {});
        row("attribute includes a word", u"[rel~=noopener]"_s, {u"a1"_s});
        row("attribute includes no partial word", u"[rel~=noop]"_s, {});
        row("attribute dash match", u"[lang|=en]"_s, {u"outer"_s});
        row("attribute prefix", u"[href^=https]"_s, {u"a1"_s});
        row("attribute suffix", u"[href$='/y']"_s, {u"a1"_s});
        row("attribute contains", u"[href*=example]"_s, {u"a1"_s});
        row("attribute contains, i flag", u"[href*=EXAMPLE i]"_s, {u"a1"_s});
        row("empty prefix matches nothing", u"[href^='']"_s, {});
        row("descendant", u"div p"_s, {u"p1"_s, u"p2"_s, u"p3"_s});
        row("descendant across levels", u"#outer #p3"_s, {u"p3"_s});
        row("descendant, several spaces", u"section   p"_s, {u"p2"_s, u"p3"_s});
        row("child", u"div > p"_s, {u"p1"_s, u"p3"_s});
        row("child without spaces", u"section>p"_s, {u"p2"_s});
        row("child then descendant", u"div > section p"_s, {u"p2"_s, u"p3"_s});
        row("child chain", u"#outer > section > div > p"_s, {u"p3"_s});
        row("descendant then child", u"#outer div > p"_s, {u"p3"_s});
        row("child chain that does not exist", u"#outer > div > p"_s, {});
        row("nested lists, child chain", u"ul > li > ul > li"_s, {u"li2"_s});
        row("nested lists, descendant", u"ul li"_s, {u"li1"_s, u"li2"_s});
        row("html and body", u"html > body > ul#list"_s, {u"list"_s});
        row("list", u"#p3, #p1"_s, {u"p1"_s, u"p3"_s});
        row("list with spaces", u" #p3 ,#p1 "_s, {u"p1"_s, u"p3"_s});
        row("universal child", u"#s1 > *"_s, {u"p2"_s, u"d2"_s});
        row("universal descendant", u"section *"_s, {u"p2"_s, u"d2"_s, u"p3"_s});
        row("universal with a class", u"*.wide"_s, {u"outer"_s});
        row("no match", u"article"_s, {});
        row("escaped colon", u"#a\\:b"_s, {u"a:b"_s});
        row("hex escape", u"#a\\3A b"_s, {u"a:b"_s});
        // The nearest .b above w1 (y2) has no .a parent; the one above it (y1) has.
        row("the nearest ancestor fails, a farther one matches", u".a > .b .c"_s, {u"w1"_s});
        row("descendant above a child chain", u"x .b > .c"_s, {u"w1"_s});
        row("child step that only the nearest ancestor could take", u"z > .b > .c"_s, {u"w1"_s});
        row("child step with no match", u"x > .b > .c"_s, {});
    }

    void matches()
    {
        QFETCH(QString, selector);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<Selector> parsed = Selector::parse(selector, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->text(), selector);
        const HtmlTree tree = HtmlTree::parse(fixture);
        QCOMPARE(matchingIds(tree, *parsed), expected);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, const QString &selector, const QString &reason) {
            QTest::newRow(name) << selector << reason;
        };
        row("empty", u""_s, u"empty selector"_s);
        row("only spaces", u"   "_s, u"empty selector"_s);
        row("only a comma", u","_s, u"unexpected ','"_s);
        row("trailing comma", u"a,"_s, u"empty item"_s);
        row("two commas", u"a,,b"_s, u"empty item"_s);
        row("leading combinator", u"> div"_s, u"unexpected '>'"_s);
        row("trailing combinator", u"div >"_s, u"expected a selector after '>'"_s);
        row("two combinators", u"div > > p"_s, u"unexpected '>'"_s);
        row("pseudo-class", u"a:hover"_s, u"pseudo-classes"_s);
        row("pseudo-element", u"p::before"_s, u"pseudo-classes"_s);
        row("negation", u"div:not(.x)"_s, u"pseudo-classes"_s);
        row("adjacent sibling", u"h1 + p"_s, u"sibling combinator '+'"_s);
        row("general sibling", u"h1 ~ p"_s, u"sibling combinator '~'"_s);
        row("namespace", u"svg|a"_s, u"namespaces"_s);
        row("lone hash", u"#"_s, u"expected a name after '#'"_s);
        row("lone dot", u"div."_s, u"expected a name after '.'"_s);
        row("two dots", u"a..b"_s, u"expected a name after '.'"_s);
        row("unterminated attribute", u"[x"_s, u"unterminated attribute selector"_s);
        row("attribute without a value", u"[x=]"_s, u"expected a value"_s);
        row("attribute without a name", u"[=a]"_s, u"expected an attribute name"_s);
        row("unterminated string", u"[x='y]"_s, u"unterminated string"_s);
        row("unknown attribute operator", u"[x!=y]"_s, u"unexpected '!'"_s);
        row("attribute value and junk", u"[x=y z]"_s, u"expected ']'"_s);
        row("stray parenthesis", u"div)"_s, u"unexpected ')'"_s);
        row("stray character in a compound", u"div!"_s, u"unexpected '!'"_s);
        row("backslash at the end", u"a\\"_s, u"unterminated escape"_s);
    }

    void rejects()
    {
        QFETCH(QString, selector);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Selector::parse(selector, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!Selector::parse(selector)); // no error pointer: no crash
    }

    void matchesOnlyElements()
    {
        const HtmlTree tree = HtmlTree::parse(fixture);
        const std::optional<Selector> any = Selector::parse(u"*"_s);
        QVERIFY(any);
        QVERIFY(!any->matches(tree, tree.root())); // the document node
        QVERIFY(!any->matches(tree, HtmlTree::none));
        QVERIFY(!any->matches(tree, HtmlTree::NodeId(tree.nodeCount())));
        for (HtmlTree::NodeId node = tree.root(); node != HtmlTree::none;
             node = tree.next(node, tree.root())) {
            QCOMPARE(any->matches(tree, node), tree.isElement(node));
        }
        QVERIFY(!Selector().matches(tree, tree.body())); // the default selector matches nothing
    }

    // Deep pages cost depth x selector length per element, never a combinatorial search.
    void deepNestingIsFast()
    {
        QByteArray html = "<body>";
        for (int i = 0; i < 390; ++i)
            html += "<div class='a'>";
        html += "<span id='leaf'>x</span>";
        const HtmlTree tree = HtmlTree::parse(html);
        const std::optional<Selector> missing =
            Selector::parse(u"section .a .a .a .a .a .a .a > .a .a span, nav .a span"_s);
        const std::optional<Selector> present = Selector::parse(u"body .a .a > .a .a > span"_s);
        QVERIFY(missing && present);
        QElapsedTimer timer;
        timer.start();
        qsizetype matched = 0;
        for (HtmlTree::NodeId node = tree.root(); node != HtmlTree::none;
             node = tree.next(node, tree.root())) {
            QVERIFY(!missing->matches(tree, node));
            matched += present->matches(tree, node) ? 1 : 0;
        }
        QCOMPARE(matched, 1);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSelector)
#include "tst_selector.moc"
