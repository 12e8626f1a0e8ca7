// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/robotstxt.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QString trawl = u"Trawl"_s;

QUrl at(const QString &pathAndQuery)
{
    return QUrl(u"https://example.com"_s + pathAndQuery);
}

// A byte string that may hold NUL bytes.
template<qsizetype N>
QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

// `body` followed by comment lines up to exactly `size` bytes.
QByteArray padTo(QByteArray body, qsizetype size)
{
    while (body.size() < size) {
        const qsizetype line = std::min<qsizetype>(size - body.size(), 1000);
        body.append(line - 1, '#');
        body.append('\n');
    }
    return body;
}

void addAllowedRow(const char *name, const QByteArray &body, const QString &agent, const char *path,
                   bool allowed)
{
    QTest::newRow(name) << body << agent << QString::fromUtf8(path) << allowed;
}

// The RFC 9309 section 5.1 example.
const QByteArray rfcExampleBody =
    "User-Agent: *\nDisallow: *.gif$\nDisallow: /example/\nAllow: /publications/\n\n"
    "User-Agent: foobot\nDisallow:/\nAllow:/example/page.html\nAllow:/example/allowed.gif\n\n"
    "User-Agent: barbot\nUser-Agent: bazbot\nDisallow: /example/page.html\n\n"
    "User-Agent: quxbot\n\nEOF\n";

} // namespace

class TestRobotsTxt : public QObject
{
    Q_OBJECT

private:
    static void addAllowedColumns();
    static void checkAllowed();

private Q_SLOTS:
    void patterns_data();
    void patterns();
    void precedence_data();
    void precedence() { checkAllowed(); }
    void groups_data();
    void groups() { checkAllowed(); }
    void rfcExample_data();
    void rfcExample() { checkAllowed(); }
    void tolerance_data();
    void tolerance() { checkAllowed(); }
    void sizeLimit_data();
    void sizeLimit() { checkAllowed(); }
    void crawlDelay_data();
    void crawlDelay();
    void sitemaps_data();
    void sitemaps();
    void isAllowAll_data();
    void isAllowAll();
    void factories();
    void garbage_data();
    void garbage();
    void pathological_data();
    void pathological();
};

void TestRobotsTxt::addAllowedColumns()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("path"); // path and query appended to https://example.com
    QTest::addColumn<bool>("allowed");
}

void TestRobotsTxt::checkAllowed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, agent);
    QFETCH(QString, path);
    QFETCH(bool, allowed);

    QCOMPARE(RobotsTxt::parse(body, agent).isAllowed(at(path)), allowed);
}

void TestRobotsTxt::patterns_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    const auto row = [](const char *name, const char *pattern, const char *path, bool matches) {
        QTest::newRow(name) << QByteArray(pattern) << QString::fromUtf8(path) << matches;
    };
    // RFC 9309 2.2.2 / 2.2.3 and 5.1.
    row("/ matches the root", "/", "/", true);
    row("/* is the same as /", "/*", "/any/thing", true);
    row("/$ matches the root", "/$", "/", true);
    row("/$ not a page", "/$", "/page", false);
    row("/$ not the root with a query", "/$", "/?a=1", false);
    row("* inside a path", "/this/*/exactly", "/this/is/exactly", true);
    row("* needs the rest", "/this/*/exactly", "/this/exactly", false);
    row("$ exact path", "/this/path/exactly$", "/this/path/exactly", true);
    row("$ not longer", "/this/path/exactly$", "/this/path/exactly/x", false);
    row("*.gif$ a gif", "*.gif$", "/images/a.gif", true);
    row("*.gif$ not with a query", "*.gif$", "/a.gif?size=2", false);
    row("*.gif$ case-sensitive", "*.gif$", "/a.GIF", false);
    // Google's published examples.
    row("/fish: /fish", "/fish", "/fish", true);
    row("/fish: /fish.html", "/fish", "/fish.html", true);
    row("/fish: /fish/salmon.html", "/fish", "/fish/salmon.html", true);
    row("/fish: /fishheads/yummy.html", "/fish", "/fishheads/yummy.html", true);
    row("/fish: /fish.php?id=anything", "/fish", "/fish.php?id=anything", true);
    row("/fish: not /Fish.asp", "/fish", "/Fish.asp", false);
    row("/fish: not /catfish", "/fish", "/catfish", false);
    row("/fish: not /?id=fish", "/fish", "/?id=fish", false);
    row("/fish: not /desert/fish", "/fish", "/desert/fish", false);
    row("/fish*: /fish", "/fish*", "/fish", true);
    row("/fish*: not /Fish.asp", "/fish*", "/Fish.asp", false);
    row("/fish*: not /catfish", "/fish*", "/catfish", false);
    row("/fish/: /fish/", "/fish/", "/fish/", true);
    row("/fish/: /fish/?id=anything", "/fish/", "/fish/?id=anything", true);
    row("/fish/: not /fish", "/fish/", "/fish", false);
    row("/fish/: not /fish.html", "/fish/", "/fish.html", false);
    row("/fish/: not /animals/fish/", "/fish/", "/animals/fish/", false);
    row("/fish/: not /Fish/Salmon.asp", "/fish/", "/Fish/Salmon.asp", false);
    row("/*.php: /index.php", "/*.php", "/index.php", true);
    row("/*.php: with parameters", "/*.php", "/folder/filename.php?parameters", true);
    row("/*.php: /folder/any.php.file.html", "/*.php", "/folder/any.php.file.html", true);
    row("/*.php: /filename.php/", "/*.php", "/filename.php/", true);
    row("/*.php: not /", "/*.php", "/", false);
    row("/*.php: not /windows.PHP", "/*.php", "/windows.PHP", false);
    row("/*.php$: /filename.php", "/*.php$", "/filename.php", true);
    row("/*.php$: not with parameters", "/*.php$", "/filename.php?parameters", false);
    row("/*.php$: not /filename.php/", "/*.php$", "/filename.php/", false);
    row("/*.php$: not /filename.php5", "/*.php$", "/filename.php5", false);
    row("/*.php$: not /windows.PHP", "/*.php$", "/windows.PHP", false);
    row("/fish*.php: /fish.php", "/fish*.php", "/fish.php", true);
    row("/fish*.php: catfish with parameters", "/fish*.php", "/fishheads/catfish.php?p", true);
    row("/fish*.php: not /Fish.PHP", "/fish*.php", "/Fish.PHP", false);
    // Wildcard corner cases.
    row("* alone", "*", "/anything", true);
    row("** same as *", "/a**b", "/a-b", true);
    row("/*$ anything", "/*$", "/", true);
    row("anchored after stars", "/a*b*c$", "/abcbc", true);
    row("anchored after stars, wrong end", "/a*b*c$", "/abcb", false);
    row("anchored piece cannot overlap", "/a*ab$", "/ab", false);
    row("$ inside is literal", "/a$b", "/a$b", true);
    row("$ inside is not an anchor", "/a$b", "/ab", false);
    row("pattern without leading slash", "fish", "/fish", false);
    // Percent-encoding (RFC 9309 2.2.2 and 2.2.3, 1996 draft examples).
    row("%3c and %3C", "/a%3cd.html", "/a%3Cd.html", true);
    row("%3C and %3c", "/a%3Cd.html", "/a%3cd.html", true);
    row("%2f is not a slash", "/a%2fb.html", "/a/b.html", false);
    row("a slash is not %2f", "/a/b.html", "/a%2fb.html", false);
    row("%2f and %2F", "/a%2fb.html", "/a%2Fb.html", true);
    row("%7e is a tilde", "/%7esubculture/", "/~subculture/index.html", true);
    row("a tilde is %7E", "/~subculture/", "/%7Esubculture/index.html", true);
    row("encoded unreserved", "/foo/bar/%62%61%7A", "/foo/bar/baz", true);
    row("unreserved encoded in URL", "/foo/bar/baz", "/foo/bar/%62%61%7A", true);
    row("UTF-8 pattern, encoded URL", "/foo/bar/\xE3\x83\x84", "/foo/bar/%E3%83%84", true);
    row("UTF-8 pattern, UTF-8 URL", "/foo/bar/\xE3\x83\x84", "/foo/bar/\xE3\x83\x84", true);
    row("encoded pattern, UTF-8 URL", "/foo/bar/%e3%83%84", "/foo/bar/\xE3\x83\x84", true);
    row("reserved in query", "/foo/bar?baz=https://foo.bar", "/foo/bar?baz=https://foo.bar", true);
    row("encoded reserved in query", "/foo/bar?baz=https%3A%2F%2Ffoo.bar",
        "/foo/bar?baz=https%3a%2f%2ffoo.bar", true);
    row("%2A matches a literal *", "/path/file-with-a-%2A.html", "/path/file-with-a-*.html", true);
    row("%24 matches a literal $", "/path/foo-%24", "/path/foo-$", true);
    row("stray % is %25", "/100%", "/100%25", true);
    row("space is %20", "/a b", "/a%20b", true);
    // Query strings.
    row("any query", "/*?", "/page?x=1", true);
    row("any query, none", "/*?", "/page", false);
    row("query prefix", "/search?q=", "/search?q=robots", true);
    row("parameter anywhere", "/*sessionid=", "/a?b=1&sessionid=2", true);
    row("query anchored", "/page?$", "/page?", true);
}

void TestRobotsTxt::patterns()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);

    const RobotsTxt robots = RobotsTxt::parse("User-agent: *\nDisallow: " + pattern + '\n', trawl);
    QCOMPARE(robots.isAllowed(at(path)), !matches);
}

void TestRobotsTxt::precedence_data()
{
    addAllowedColumns();
    const auto row = [](const char *name, const char *rules, const char *path, bool allowed) {
        addAllowedRow(name, "User-agent: *\n" + QByteArray(rules), trawl, path, allowed);
    };
    row("longer allow beats disallow /", "Allow: /p\nDisallow: /", "/page", true);
    row("tie goes to allow", "Allow: /folder\nDisallow: /folder", "/folder/page", true);
    row("tie goes to allow in any order", "Disallow: /folder\nAllow: /folder", "/folder/x", true);
    row("longer wildcard disallow wins", "Allow: /page\nDisallow: /*.html", "/page.html", false);
    row("wildcard disallow not matching", "Allow: /page\nDisallow: /*.html", "/page.php", true);
    row("allow /$ keeps the root", "Allow: /$\nDisallow: /", "/", true);
    row("allow /$ not the pages", "Allow: /$\nDisallow: /", "/page.htm", false);
    row("allow /$ keeps a URL without path", "Allow: /$\nDisallow: /", "", true);
    row("RFC 5.2 longest match", "Allow: /example/page/\nDisallow: /example/page/disallowed.gif",
        "/example/page/disallowed.gif", false);
    row("RFC 5.2 other file", "Allow: /example/page/\nDisallow: /example/page/disallowed.gif",
        "/example/page/other.gif", true);
    row("nested allow", "Disallow: /shop\nAllow: /shop/public", "/shop/public/x", true);
    row("nested allow, rest disallowed", "Disallow: /shop\nAllow: /shop/public", "/shop/x", false);
    row("a trailing * counts", "Allow: /fish*\nDisallow: /fish", "/fish", true);
    row("length after normalization, tie", "Allow: /%7Ex\nDisallow: /~x", "/~x", true);
    row("length after normalization", "Disallow: /%7Ex\nAllow: /~", "/~x", false);
    row("no rule matches", "Disallow: /private", "/public", true);
    row("empty disallow allows all", "Disallow:", "/anything", true);
    row("empty disallow among others", "Disallow:\nDisallow: /x", "/x", false);
    row("duplicate rules", "Disallow: /x\nDisallow: /x", "/x", false);
    row("URL without path is /", "Disallow: /$", "", false);
    row("fragment ignored", "Disallow: /a$", "/a#top", false);
    row("robots.txt always allowed", "Disallow: /", "/robots.txt", true);
    row("robots.txt even when named", "Disallow: /robots.txt", "/robots.txt", true);
    row("robots.txt with a query", "Disallow: /", "/robots.txt?x=1", true);
    row("robots.txt.bak is not", "Disallow: /", "/robots.txt.bak", false);
    row("robots.txt in a folder is not", "Disallow: /", "/dir/robots.txt", false);
}

void TestRobotsTxt::groups_data()
{
    addAllowedColumns();
    const auto row = addAllowedRow;
    const QByteArray specificAndStar = "User-agent: *\nDisallow: /\n\n"
                                       "User-agent: Trawl\nDisallow: /private\n";
    row("specific group wins", specificAndStar, trawl, "/public", true);
    row("specific group rules apply", specificAndStar, trawl, "/private", false);
    row("others get the * group", specificAndStar, u"OtherBot"_s, "/public", false);
    row("token case-insensitive", specificAndStar, u"tRAWL"_s, "/public", true);
    row("line case-insensitive", "User-agent: *\nDisallow: /\nUser-agent: TRAWL\nAllow: /", trawl,
        "/x", true);
    row("version on the line", "User-agent: *\nDisallow: /\nUser-agent: Trawl/1.0\nAllow: /", trawl,
        "/x", true);
    row("full user agent as token", specificAndStar, u"Trawl/0.1 (+https://example.org/bot)"_s,
        "/public", true);
    const QByteArray longer = "User-agent: TrawlBot\nDisallow: /\nUser-agent: *\nDisallow: /x\n";
    row("longer token is another agent", longer, trawl, "/y", true);
    row("longer token, * applies", longer, trawl, "/x", false);
    row("shorter token is another agent", "User-agent: Traw\nDisallow: /", trawl, "/", true);
    const QByteArray merged = "user-agent: ExampleBot\ndisallow: /foo\ndisallow: /bar\n\n"
                              "user-agent: ExampleBot\ndisallow: /baz\n";
    row("merged groups, first", merged, u"ExampleBot"_s, "/foo", false);
    row("merged groups, second", merged, u"ExampleBot"_s, "/baz", false);
    row("merged groups, other path", merged, u"ExampleBot"_s, "/qux", true);
    const QByteArray apart = "User-agent: Trawl\nDisallow: /a\nUser-agent: Other\nDisallow: /b\n"
                             "User-agent: trawl\nDisallow: /c\n";
    row("merged across groups", apart, trawl, "/c", false);
    row("other group between", apart, trawl, "/b", true);
    const QByteArray stars = "User-agent: *\nDisallow: /a\nUser-agent: Other\nDisallow: /\n"
                             "User-agent: *\nDisallow: /b\n";
    row("* groups merged", stars, trawl, "/b", false);
    row("* groups merged, other path", stars, trawl, "/c", true);
    const QByteArray bazBot = "user-agent: *\ndisallow: /foo\ndisallow: /bar\n\n"
                              "user-agent: BazBot\ndisallow: /baz\n";
    row("no match uses *", bazBot, u"ExampleBot"_s, "/foo", false);
    row("no match ignores others", bazBot, u"ExampleBot"_s, "/baz", true);
    row("user agents share a group", "User-agent: Other\nUser-agent: Trawl\nDisallow: /x", trawl,
        "/x", false);
    row("blank line does not end a group", "User-agent: Trawl\n\nUser-agent: *\nDisallow: /", trawl,
        "/", false);
    row("sitemap does not end a group",
        "User-agent: Trawl\nSitemap: https://example.com/s.xml\nUser-agent: O\nDisallow: /x", trawl,
        "/x", false);
    row("crawl-delay does not end a group",
        "User-agent: Trawl\nCrawl-delay: 5\nUser-agent: O\nDisallow: /x", trawl, "/x", false);
    row("unknown line does not end a group",
        "User-agent: Trawl\nNoindex: /y\nUser-agent: O\nDisallow: /x", trawl, "/x", false);
    row("a rule ends a group", "User-agent: Trawl\nDisallow: /a\nUser-agent: O\nDisallow: /x",
        trawl, "/x", true);
    row("no group matches, no *", "User-agent: Other\nDisallow: /", trawl, "/", true);
    row("rules before any user-agent", "Disallow: /\nUser-agent: O\nDisallow: /x", trawl, "/",
        true);
    row("rules before the * group", "Disallow: /x\nUser-agent: *\nDisallow: /y", trawl, "/x", true);
    row("empty specific group beats *", "User-agent: *\nDisallow: /\nUser-agent: Trawl\n", trawl,
        "/", true);
    row("* with a comment", "User-agent: * # all\nDisallow: /x", trawl, "/x", false);
    row("*bot is not *", "User-agent: *bot\nDisallow: /", trawl, "/", true);
    row("empty token gets *", specificAndStar, QString(), "/public", false);
    row("empty user-agent value", "User-agent:\nDisallow: /", trawl, "/", true);
}

void TestRobotsTxt::rfcExample_data()
{
    addAllowedColumns();
    const auto row = [](const char *name, const char *agent, const char *path, bool allowed) {
        addAllowedRow(name, rfcExampleBody, QString::fromLatin1(agent), path, allowed);
    };
    row("* gif", "otherbot", "/images/a.gif", false);
    row("* gif with a query", "otherbot", "/a.gif?size=2", true);
    row("* /example/", "otherbot", "/example/x", false);
    row("* /publications/", "otherbot", "/publications/a.html", true);
    row("* /publications/ gif", "otherbot", "/publications/a.gif", true);
    row("* elsewhere", "otherbot", "/other", true);
    row("foobot root", "foobot", "/", false);
    row("foobot FooBot", "FooBot", "/", false);
    row("foobot page", "foobot", "/example/page.html", true);
    row("foobot gif", "foobot", "/example/allowed.gif", true);
    row("foobot other gif", "foobot", "/example/other.gif", false);
    row("foobot publications", "foobot", "/publications/", false);
    row("barbot page", "barbot", "/example/page.html", false);
    row("barbot page prefix", "barbot", "/example/page.html?x=1", false);
    row("barbot example", "barbot", "/example/", true);
    row("barbot gif", "barbot", "/a.gif", true);
    row("bazbot page", "bazbot", "/example/page.html", false);
    row("bazbot elsewhere", "bazbot", "/other", true);
    row("quxbot page", "quxbot", "/example/page.html", true);
    row("quxbot gif", "quxbot", "/a.gif", true);
}

void TestRobotsTxt::tolerance_data()
{
    addAllowedColumns();
    const auto row = [](const char *name, const QByteArray &body, const char *path, bool allowed) {
        addAllowedRow(name, body, trawl, path, allowed);
    };
    row("UTF-8 BOM", "\xEF\xBB\xBFUser-agent: *\nDisallow: /x", "/x", false);
    row("CRLF", "User-agent: *\r\nDisallow: /x$\r\n", "/x", false);
    row("CR only", "User-agent: *\rDisallow: /x\r", "/x", false);
    row("mixed line ends", "User-agent: *\n\rDisallow: /a\r\n\nDisallow: /x", "/x", false);
    row("comments", "# hi\nUser-agent: * # all\nDisallow: /x # private\n", "/x", false);
    row("comment hides the rest", "User-agent: *\nDisallow: /a #/x\n", "/x", true);
    row("no spaces around the colon", "User-agent:*\nDisallow:/x", "/x", false);
    row("spaces before the colon", "User-agent :  *\nDisallow   :   /x", "/x", false);
    row("tabs and surrounding space", "\t User-agent:\t*\t\n  Disallow:\t/x \t\n", "/x", false);
    row("upper-case records", "USER-AGENT: *\nDISALLOW: /x", "/x", false);
    row("unknown lines ignored", "User-agent: *\nFoo: bar\nNoindex: /y\nDisallow: /x", "/y", true);
    row("line without colon ignored", "User-agent: *\nDisallow /x\nDisallow: /y", "/x", true);
    row("misspelled record ignored", "User-agent: *\nDisalow: /x", "/x", true);
    row("empty disallow", "User-agent: *\nDisallow:\n", "/", true);
    row("empty after comment", "User-agent: *\nDisallow: # /x", "/x", true);
    row("colon in the value", "User-agent: *\nDisallow: /a:b", "/a:b", false);
    row("NUL bytes", bytes("User-agent: *\nDisallow: /\0x\n\0\nDisallow: /z"), "/z", false);
    row("long line", "User-agent: *\nDisallow: /" + QByteArray(100000, 'a') + "\nDisallow: /x",
        "/x", false);
}

void TestRobotsTxt::sizeLimit_data()
{
    addAllowedColumns();
    const auto row = [](const char *name, const QByteArray &body, const char *path, bool allowed) {
        addAllowedRow(name, body, trawl, path, allowed);
    };
    constexpr qsizetype limit = RobotsTxt::maxBytes;
    const QByteArray head = "User-agent: *\nDisallow: /early\n";
    row("rule before the limit", padTo(head, limit), "/early", false);
    row("rule ending at the limit", padTo(head, limit - 16) + "Disallow: /edge\n", "/edge", false);
    row("newline after the limit", padTo(head, limit - 15) + "Disallow: /edge\n", "/edge", false);
    row("rule after the limit", padTo(head, limit) + "Disallow: /late\n", "/late", true);
    const QByteArray cut = padTo(head, limit - 13) + "Disallow: /cut-here\n";
    row("line cut by the limit dropped", cut, "/cut-here", true);
    row("line cut by the limit not shortened", cut, "/cup", true);
    row("allow cut by the limit dropped",
        padTo("User-agent: *\nDisallow: /\n", limit - 8) + "Allow: /private/x\n", "/public", false);
}

void TestRobotsTxt::crawlDelay_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<double>("expected"); // -1: none

    const auto row = [](const char *name, const QByteArray &body, double expected) {
        QTest::newRow(name) << body << expected;
    };
    const auto star = [](const char *value) {
        return "User-agent: *\nCrawl-delay: " + QByteArray(value) + '\n';
    };
    row("integer", star("10"), 10);
    row("decimal", star("0.5"), 0.5);
    row("leading dot", star(".25"), 0.25);
    row("trailing dot", star("5."), 5);
    row("zero", star("0"), 0);
    row("comment after", star("2 # be nice"), 2);
    row("key case-insensitive", "User-agent: *\nCRAWL-DELAY:3", 3);
    row("negative", star("-1"), -1);
    row("exponent", star("1e3"), -1);
    row("inf", star("inf"), -1);
    row("nan", star("nan"), -1);
    row("unit suffix", star("10s"), -1);
    row("decimal comma", star("1,5"), -1);
    row("two dots", star("1.2.3"), -1);
    row("lone dot", star("."), -1);
    row("empty", star(""), -1);
    row("too large to be finite", star(QByteArray(400, '9').constData()), -1);
    row("absent", "User-agent: *\nDisallow: /", -1);
    row("before any user-agent", "Crawl-delay: 5\nUser-agent: *\nDisallow: /", -1);
    row("specific group's", "User-agent: *\nCrawl-delay: 10\nUser-agent: Trawl\nCrawl-delay: 2", 2);
    row("specific group without one", "User-agent: *\nCrawl-delay: 9\nUser-agent: Trawl\nAllow: /",
        -1);
    row("other agent's ignored", "User-agent: Other\nCrawl-delay: 10", -1);
    row("largest of merged groups",
        "User-agent: Trawl\nCrawl-delay: 2\nUser-agent: O\nAllow: /\nUser-agent: trawl\n"
        "Crawl-delay: 7",
        7);
    row("invalid then valid", "User-agent: *\nCrawl-delay: x\nCrawl-delay: 4", 4);
}

void TestRobotsTxt::crawlDelay()
{
    QFETCH(QByteArray, body);
    QFETCH(double, expected);

    const std::optional<double> delay = RobotsTxt::parse(body, trawl).crawlDelay();
    QCOMPARE(delay.has_value(), expected >= 0);
    if (delay)
        QCOMPARE(*delay, expected);
}

void TestRobotsTxt::sitemaps_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *body, const char *expected) {
        QTest::newRow(name) << QByteArray(body)
                            << QString::fromUtf8(expected).split(u' ', Qt::SkipEmptyParts);
    };
    row("outside and inside groups",
        "Sitemap: https://e.com/a.xml\nUser-agent: O\nDisallow: /\nSitemap: https://e.com/b.xml\n"
        "User-agent: *\nSITEMAP:https://e.com/c.xml # news\n",
        "https://e.com/a.xml https://e.com/b.xml https://e.com/c.xml");
    row("duplicates removed, order kept",
        "Sitemap: https://e.com/b.xml\nSitemap: https://e.com/a.xml\nSitemap: https://e.com/b.xml",
        "https://e.com/b.xml https://e.com/a.xml");
    row("relative and empty ignored", "Sitemap: /s.xml\nSitemap:\nSitemap: https://e.com/s.xml",
        "https://e.com/s.xml");
    row("kept as written", "Sitemap: http://E.com:8080/Site%20Map.xml\r\n",
        "http://E.com:8080/Site%20Map.xml");
    row("none", "User-agent: *\nDisallow: /\n", "");
}

void TestRobotsTxt::sitemaps()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);

    QCOMPARE(RobotsTxt::parse(body, trawl).sitemaps(), expected);
}

void TestRobotsTxt::isAllowAll_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("allowAll");

    QTest::newRow("empty file") << QByteArray() << true;
    QTest::newRow("only comments") << QByteArray("# nothing\n\n  # here\n") << true;
    QTest::newRow("only allow rules") << QByteArray("User-agent: *\nAllow: /a") << true;
    QTest::newRow("empty disallow") << QByteArray("User-agent: *\nDisallow:") << true;
    QTest::newRow("other agent's rules") << QByteArray("User-agent: O\nDisallow: /") << true;
    QTest::newRow("a disallow rule") << QByteArray("User-agent: *\nDisallow: /x") << false;
    QTest::newRow("allow and disallow")
        << QByteArray("User-agent: *\nDisallow: /\nAllow: /") << false;
}

void TestRobotsTxt::isAllowAll()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, allowAll);

    QCOMPARE(RobotsTxt::parse(body, trawl).isAllowAll(), allowAll);
}

void TestRobotsTxt::factories()
{
    for (const RobotsTxt &robots :
         {RobotsTxt::allowAll(), RobotsTxt(), RobotsTxt::parse({}, trawl)}) {
        QVERIFY(robots.isAllowAll());
        QVERIFY(robots.isAllowed(at(u"/"_s)));
        QVERIFY(robots.isAllowed(at(u"/any/path?q=1"_s)));
        QVERIFY(!robots.crawlDelay());
        QVERIFY(robots.sitemaps().isEmpty());
    }
    const RobotsTxt none = RobotsTxt::disallowAll();
    QVERIFY(!none.isAllowAll());
    QVERIFY(!none.isAllowed(at(u"/"_s)));
    QVERIFY(!none.isAllowed(at(QString())));
    QVERIFY(!none.isAllowed(at(u"/any/path?q=1"_s)));
    QVERIFY(none.isAllowed(at(u"/robots.txt"_s)));
    QVERIFY(!none.crawlDelay());
    QVERIFY(none.sitemaps().isEmpty());
}

void TestRobotsTxt::garbage_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("robotsLike"); // lines built from robots.txt words, else random bytes

    for (quint32 seed : {1u, 7u, 42u, 2024u, 65537u}) {
        QTest::addRow("random bytes, seed %u", seed) << seed << false;
        QTest::addRow("robots-like lines, seed %u", seed) << seed << true;
    }
}

void TestRobotsTxt::garbage()
{
    QFETCH(quint32, seed);
    QFETCH(bool, robotsLike);

    QRandomGenerator random(seed);
    QByteArrayList words =
        QByteArray("User-agent|Allow|Disallow|Crawl-delay|Sitemap|:|: |*|$|/|"
                   "Trawl|#|%|%4|%zz|\r|\n|\r\n|\t| |\xEF\xBB\xBF|\xFF|/a*b$|1.5|"
                   "-3|https://example.com/s.xml|***|?")
            .split('|');
    words.append(QByteArray(1, '\0'));
    QByteArray body;
    while (body.size() < 64 * 1024) {
        if (robotsLike)
            body.append(words.at(random.bounded(int(words.size()))));
        else
            body.append(char(random.bounded(256)));
    }
    const RobotsTxt robots = RobotsTxt::parse(body, trawl);
    for (const QString &path : {u"/"_s, u"/a/b?c=d"_s, u"/%E3%83%84*$"_s, u"/a%zz"_s}) {
        const bool allowed = robots.isAllowed(at(path));
        QVERIFY(allowed || !robots.isAllowAll());
    }
    QVERIFY(robots.isAllowed(at(u"/robots.txt"_s)));
    if (const std::optional<double> delay = robots.crawlDelay())
        QVERIFY(std::isfinite(*delay) && *delay >= 0);
    for (const QString &sitemap : robots.sitemaps())
        QVERIFY(!sitemap.isEmpty());
}

void TestRobotsTxt::pathological_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    const QString longA = u"/"_s + QString(2000, u'a');
    QTest::newRow("1000 stars") << QByteArray(1000, '*') << longA << true;
    QTest::newRow("1000 stars anchored") << QByteArray(1000, '*') + 'b' + '$' << longA << false;
    QTest::newRow("star-a pieces, anchored miss")
        << '/' + QByteArray("*a").repeated(500) + "b$" << longA << false;
    QTest::newRow("star-a pieces, unanchored hit")
        << '/' + QByteArray("*a").repeated(500) << longA << true;
    QTest::newRow("long pieces miss")
        << '/' + QByteArray("*" + QByteArray(50, 'a') + 'b').repeated(20) << longA << false;
}

void TestRobotsTxt::pathological()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);

    const RobotsTxt robots = RobotsTxt::parse("User-agent: *\nDisallow: " + pattern, trawl);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        QCOMPARE(robots.isAllowed(at(path)), !matches);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestRobotsTxt)
#include "tst_robotstxt.moc"
