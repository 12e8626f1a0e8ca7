// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/frontier.h"
#include "crawl/urlnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(UrlNormalizerOptions)

namespace {

UrlNormalizerOptions keepTracking()
{
    UrlNormalizerOptions options;
    options.stripTrackingParameters = false;
    return options;
}

UrlNormalizerOptions ignoreQuery()
{
    UrlNormalizerOptions options;
    options.ignoreQueryParameters = true;
    return options;
}

UrlNormalizerOptions exactUrls()
{
    UrlNormalizerOptions options;
    options.deduplicateSimilarUrls = false;
    return options;
}

} // namespace

class TestUrlNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void normalize_data();
    void normalize();
    void key_data();
    void key();
    void samePage_data();
    void samePage();
    void hostOf_data();
    void hostOf();
};

void TestUrlNormalizer::resolve_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("href");
    QTest::addColumn<QString>("expected"); // empty: an invalid QUrl

    const QString page = u"http://example.com/docs/a/b.html?x=1"_s;
    QTest::newRow("relative parent ../x/") << page << u"../x/"_s << u"http://example.com/docs/x/"_s;
    QTest::newRow("relative ./") << page << u"./"_s << u"http://example.com/docs/a/"_s;
    QTest::newRow("relative file name")
        << page << u"c.html"_s << u"http://example.com/docs/a/c.html"_s;
    QTest::newRow("relative with dot segments")
        << page << u"./d/../e/./f"_s << u"http://example.com/docs/a/e/f"_s;
    QTest::newRow("parent beyond the root")
        << page << u"../../../../up"_s << u"http://example.com/up"_s;
    QTest::newRow("root-relative") << page << u"/root/p"_s << u"http://example.com/root/p"_s;
    QTest::newRow("protocol-relative takes http from base")
        << page << u"//cdn.example.org/p"_s << u"http://cdn.example.org/p"_s;
    QTest::newRow("protocol-relative takes https from base")
        << u"https://example.com/"_s << u"//cdn.example.org/p"_s << u"https://cdn.example.org/p"_s;
    QTest::newRow("absolute http")
        << page << u"http://other.org/a?b=1"_s << u"http://other.org/a?b=1"_s;
    QTest::newRow("absolute https") << page << u"https://other.org/"_s << u"https://other.org/"_s;
    QTest::newRow("absolute upper-case scheme and host")
        << page << u"HTTPS://Other.ORG/Path"_s << u"https://other.org/Path"_s;
    QTest::newRow("fragment only keeps the page")
        << page << u"#section-2"_s << u"http://example.com/docs/a/b.html?x=1#section-2"_s;
    QTest::newRow("relative with fragment")
        << page << u"c.html#top"_s << u"http://example.com/docs/a/c.html#top"_s;
    QTest::newRow("query only") << page << u"?page=2"_s
                                << u"http://example.com/docs/a/b.html?page=2"_s;
    QTest::newRow("base with fragment")
        << u"http://example.com/a/b#frag"_s << u"c"_s << u"http://example.com/a/c"_s;
    QTest::newRow("leading and trailing spaces")
        << page << u"  /a \n "_s << u"http://example.com/a"_s;
    QTest::newRow("embedded tab and newlines")
        << page << u"/do\tcs/\npa\r\nge"_s << u"http://example.com/docs/page"_s;
    QTest::newRow("whitespace around absolute URL")
        << page << u"\t https://other.org/x \r\n"_s << u"https://other.org/x"_s;
    QTest::newRow("inner space percent-encoded")
        << page << u"/a b"_s << u"http://example.com/a%20b"_s;
    QTest::newRow("non-ASCII path UTF-8 encoded")
        << page << u"/caf\u00e9"_s << u"http://example.com/caf%C3%A9"_s;
    QTest::newRow("backslashes read as slashes")
        << page << u"\\\\other.org\\p\\q"_s << u"http://other.org/p/q"_s;
    QTest::newRow("backslash in query kept")
        << page << u"/p?a=\\b"_s << u"http://example.com/p?a=%5Cb"_s;
    QTest::newRow("mailto") << page << u"mailto:info@example.com"_s << QString();
    QTest::newRow("tel") << page << u"tel:+15550100"_s << QString();
    QTest::newRow("javascript") << page << u"javascript:void(0)"_s << QString();
    QTest::newRow("javascript upper-case after spaces")
        << page << u"  JavaScript:alert(1)"_s << QString();
    QTest::newRow("javascript split by a tab") << page << u"java\tscript:alert(1)"_s << QString();
    QTest::newRow("data") << page << u"data:text/html,<p>hi</p>"_s << QString();
    QTest::newRow("ftp") << page << u"ftp://example.com/file"_s << QString();
    QTest::newRow("empty") << page << QString() << QString();
    QTest::newRow("whitespace only") << page << u" \t\n "_s << QString();
    QTest::newRow("http without host") << page << u"http://"_s << QString();
    QTest::newRow("http without slashes") << page << u"http:foo"_s << QString();
    QTest::newRow("space in host") << page << u"http://exa mple.com/"_s << QString();
    QTest::newRow("unterminated IPv6 host") << page << u"http://[::1/"_s << QString();
    QTest::newRow("relative against an empty base") << QString() << u"/a"_s << QString();
    QTest::newRow("absolute against an empty base")
        << QString() << u"https://example.com/a"_s << u"https://example.com/a"_s;
}

void TestUrlNormalizer::resolve()
{
    QFETCH(QString, base);
    QFETCH(QString, href);
    QFETCH(QString, expected);

    const QUrl resolved = UrlNormalizer::resolve(QUrl(base), href);
    QCOMPARE(resolved.isValid(), !expected.isEmpty());
    QCOMPARE(resolved.toString(QUrl::FullyEncoded), expected);
}

void TestUrlNormalizer::normalize_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<UrlNormalizerOptions>("options");
    QTest::addColumn<QString>("expected"); // empty: an invalid QUrl

    const UrlNormalizerOptions defaults;
    QTest::newRow("already normal")
        << u"https://example.com/a/b?x=1"_s << defaults << u"https://example.com/a/b?x=1"_s;
    QTest::newRow("upper-case scheme and host")
        << u"HTTP://WWW.Example.COM/Path"_s << defaults << u"http://www.example.com/Path"_s;
    QTest::newRow("default port 80 removed")
        << u"http://example.com:80/a"_s << defaults << u"http://example.com/a"_s;
    QTest::newRow("default port 443 removed")
        << u"https://example.com:443/a"_s << defaults << u"https://example.com/a"_s;
    QTest::newRow("port 443 kept for http")
        << u"http://example.com:443/a"_s << defaults << u"http://example.com:443/a"_s;
    QTest::newRow("other port kept")
        << u"http://example.com:8080/a"_s << defaults << u"http://example.com:8080/a"_s;
    QTest::newRow("session id in the query dropped")
        << u"http://example.com/session?page=2&sid=0123456789abcdef0123456789abcdef"_s << defaults
        << u"http://example.com/session?page=2"_s;
    QTest::newRow("short sid kept")
        << u"http://example.com/a?sid=3"_s << defaults << u"http://example.com/a?sid=3"_s;
    QTest::newRow("PHPSESSID dropped")
        << u"http://example.com/a?PHPSESSID=abc&b=1"_s << defaults << u"http://example.com/a?b=1"_s;
    QTest::newRow("jsessionid path parameter dropped")
        << u"http://example.com/session;jsessionid=ABC123?page=1"_s << defaults
        << u"http://example.com/session?page=1"_s;
    QTest::newRow("fragment dropped")
        << u"http://example.com/a#section-3"_s << defaults << u"http://example.com/a"_s;
    QTest::newRow("empty fragment dropped")
        << u"http://example.com/a?b=1#"_s << defaults << u"http://example.com/a?b=1"_s;
    QTest::newRow("dot segments") << u"http://example.com/a/./b/../c"_s << defaults
                                  << u"http://example.com/a/c"_s;
    QTest::newRow("dot segments past the root")
        << u"http://example.com/../../a"_s << defaults << u"http://example.com/a"_s;
    QTest::newRow("trailing dot-dot keeps the slash")
        << u"http://example.com/a/b/.."_s << defaults << u"http://example.com/a/"_s;
    QTest::newRow("trailing dot") << u"http://example.com/a/."_s << defaults
                                  << u"http://example.com/a/"_s;
    QTest::newRow("dot files are not dot segments")
        << u"http://example.com/.well-known/..x"_s << defaults
        << u"http://example.com/.well-known/..x"_s;
    QTest::newRow("encoded dot segments")
        << u"http://example.com/a/%2E%2e/b"_s << defaults << u"http://example.com/b"_s;
    QTest::newRow("empty path becomes /")
        << u"http://example.com"_s << defaults << u"http://example.com/"_s;
    QTest::newRow("percent-encoded tilde decoded")
        << u"http://example.com/%7euser/"_s << defaults << u"http://example.com/~user/"_s;
    QTest::newRow("unreserved letters decoded")
        << u"http://example.com/%41%62%2D%5f"_s << defaults << u"http://example.com/Ab-_"_s;
    QTest::newRow("reserved kept with upper-case hex")
        << u"http://example.com/a%2fb?q=%3d"_s << defaults << u"http://example.com/a%2Fb?q=%3D"_s;
    QTest::newRow("UTF-8 hex upper-cased")
        << u"http://example.com/caf%c3%a9"_s << defaults << u"http://example.com/caf%C3%A9"_s;
    QTest::newRow("tracking stripped, others kept in order")
        << u"http://example.com/a?utm_source=x&id=3&gclid=y&sort=asc&fbclid=z"_s << defaults
        << u"http://example.com/a?id=3&sort=asc"_s;
    QTest::newRow("only tracking parameters")
        << u"http://example.com/a?utm_medium=a&utm_campaign=b&msclkid=c&mc_eid=d&_ga=e"_s
        << defaults << u"http://example.com/a"_s;
    QTest::newRow("tracking names case-insensitive")
        << u"http://example.com/?UTM_Source=x&a=1"_s << defaults << u"http://example.com/?a=1"_s;
    QTest::newRow("tracking without value")
        << u"http://example.com/?gclid&a=1"_s << defaults << u"http://example.com/?a=1"_s;
    QTest::newRow("look-alike names kept")
        << u"http://example.com/?utmost=1&gclid_x=2&ga=3"_s << defaults
        << u"http://example.com/?utmost=1&gclid_x=2&ga=3"_s;
    QTest::newRow("empty parameters dropped")
        << u"http://example.com/?a=1&&b=2&"_s << defaults << u"http://example.com/?a=1&b=2"_s;
    QTest::newRow("tracking kept when not stripping")
        << u"http://example.com/a?utm_source=x&id=3"_s << keepTracking()
        << u"http://example.com/a?utm_source=x&id=3"_s;
    QTest::newRow("query ignored")
        << u"http://example.com/a?id=3&page=2"_s << ignoreQuery() << u"http://example.com/a"_s;
    QTest::newRow("empty query removed")
        << u"http://example.com/a?"_s << defaults << u"http://example.com/a"_s;
    QTest::newRow("empty query and fragment removed")
        << u"http://example.com/a?#x"_s << defaults << u"http://example.com/a"_s;
    QTest::newRow("plus and encoded ampersand kept")
        << u"http://example.com/s?q=a+b&r=%26"_s << defaults
        << u"http://example.com/s?q=a+b&r=%26"_s;
    QTest::newRow("international host in ACE")
        << u"http://B\u00fccher.de/"_s << defaults << u"http://xn--bcher-kva.de/"_s;
    QTest::newRow("IPv6 host") << u"http://[::1]:80/a"_s << defaults << u"http://[::1]/a"_s;
    QTest::newRow("user info kept")
        << u"http://user:pw@example.com/"_s << defaults << u"http://user:pw@example.com/"_s;
    QTest::newRow("ftp rejected") << u"ftp://example.com/"_s << defaults << QString();
    QTest::newRow("mailto rejected") << u"mailto:a@example.com"_s << defaults << QString();
    QTest::newRow("relative rejected") << u"/a/b"_s << defaults << QString();
    QTest::newRow("empty rejected") << QString() << defaults << QString();
}

void TestUrlNormalizer::normalize()
{
    QFETCH(QString, url);
    QFETCH(UrlNormalizerOptions, options);
    QFETCH(QString, expected);

    const QUrl normalized = UrlNormalizer::normalize(QUrl(url), options);
    QCOMPARE(normalized.isValid(), !expected.isEmpty());
    QCOMPARE(normalized.toString(QUrl::FullyEncoded), expected);
    // Normalizing is idempotent.
    QCOMPARE(UrlNormalizer::normalize(normalized, options), normalized);
}

void TestUrlNormalizer::key_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<UrlNormalizerOptions>("options");
    QTest::addColumn<QString>("expected");

    const UrlNormalizerOptions defaults;
    QTest::newRow("scheme left out")
        << u"https://example.com/docs/a?x=1"_s << defaults << u"example.com/docs/a?x=1"_s;
    QTest::newRow("leading www ignored")
        << u"http://www.example.com/a"_s << defaults << u"example.com/a"_s;
    QTest::newRow("inner www kept")
        << u"http://shop.www.example.com/a"_s << defaults << u"shop.www.example.com/a"_s;
    QTest::newRow("www without dot kept")
        << u"http://wwwx.example.com/"_s << defaults << u"wwwx.example.com/"_s;
    QTest::newRow("index.html removed")
        << u"http://example.com/docs/index.html"_s << defaults << u"example.com/docs"_s;
    QTest::newRow("index.htm removed")
        << u"http://example.com/docs/index.htm"_s << defaults << u"example.com/docs"_s;
    QTest::newRow("root index.php removed")
        << u"http://example.com/index.php"_s << defaults << u"example.com/"_s;
    QTest::newRow("index.php with query")
        << u"http://example.com/index.php?id=3"_s << defaults << u"example.com/?id=3"_s;
    QTest::newRow("index.html as part of a name kept")
        << u"http://example.com/myindex.html"_s << defaults << u"example.com/myindex.html"_s;
    QTest::newRow("index.html directory kept")
        << u"http://example.com/index.html/a"_s << defaults << u"example.com/index.html/a"_s;
    QTest::newRow("trailing slash ignored")
        << u"http://example.com/a/"_s << defaults << u"example.com/a"_s;
    QTest::newRow("root slash stays") << u"http://example.com"_s << defaults << u"example.com/"_s;
    QTest::newRow("trailing slash before query")
        << u"http://example.com/a/?b=1"_s << defaults << u"example.com/a?b=1"_s;
    QTest::newRow("other port kept")
        << u"http://example.com:8080/a"_s << defaults << u"example.com:8080/a"_s;
    QTest::newRow("fragment and tracking dropped")
        << u"https://www.example.com/a/index.html?utm_source=x#top"_s << defaults
        << u"example.com/a"_s;
    QTest::newRow("IPv6 host bracketed") << u"http://[::1]:8080/"_s << defaults << u"[::1]:8080/"_s;
    QTest::newRow("exact URLs keep scheme, www, index and slash")
        << u"https://www.example.com/a/index.html"_s << exactUrls()
        << u"https://www.example.com/a/index.html"_s;
    QTest::newRow("exact URLs still normalized") << u"HTTP://Example.com:80/a/./b/?utm_source=x#f"_s
                                                 << exactUrls() << u"http://example.com/a/b/"_s;
    QTest::newRow("mailto has no key") << u"mailto:a@example.com"_s << defaults << QString();
    QTest::newRow("relative has no key") << u"/a"_s << defaults << QString();
}

void TestUrlNormalizer::key()
{
    QFETCH(QString, url);
    QFETCH(UrlNormalizerOptions, options);
    QFETCH(QString, expected);

    QCOMPARE(UrlNormalizer::key(QUrl(url), options), expected);
    if (!options.deduplicateSimilarUrls) {
        // Without deduplication the key is the normalized URL itself.
        QCOMPARE(expected,
                 UrlNormalizer::normalize(QUrl(url), options).toString(QUrl::FullyEncoded));
    }
}

void TestUrlNormalizer::samePage_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<UrlNormalizerOptions>("options");
    QTest::addColumn<bool>("same");

    const UrlNormalizerOptions defaults;
    QTest::newRow("http and https")
        << u"http://example.com/a"_s << u"https://example.com/a"_s << defaults << true;
    QTest::newRow("www and bare host")
        << u"http://www.example.com/a"_s << u"http://example.com/a"_s << defaults << true;
    QTest::newRow("trailing slash")
        << u"http://example.com/a/"_s << u"http://example.com/a"_s << defaults << true;
    QTest::newRow("index.html and directory")
        << u"http://example.com/d/index.html"_s << u"http://example.com/d/"_s << defaults << true;
    QTest::newRow("fragment") << u"http://example.com/a#x"_s << u"http://example.com/a#y"_s
                              << defaults << true;
    QTest::newRow("tracking parameter") << u"http://example.com/a?utm_source=n&id=1"_s
                                        << u"http://example.com/a?id=1"_s << defaults << true;
    QTest::newRow("default port") << u"https://example.com:443/a"_s << u"https://example.com/a"_s
                                  << defaults << true;
    QTest::newRow("encoded tilde")
        << u"http://example.com/%7Ea"_s << u"http://example.com/~a"_s << defaults << true;
    QTest::newRow("host case") << u"http://EXAMPLE.com/a"_s << u"http://example.com/a"_s << defaults
                               << true;
    QTest::newRow("dot segments") << u"http://example.com/x/../a"_s << u"http://example.com/a"_s
                                  << defaults << true;
    QTest::newRow("query ignored")
        << u"http://example.com/a?p=1"_s << u"http://example.com/a?p=2"_s << ignoreQuery() << true;
    QTest::newRow("path case differs")
        << u"http://example.com/A"_s << u"http://example.com/a"_s << defaults << false;
    QTest::newRow("query differs")
        << u"http://example.com/a?p=1"_s << u"http://example.com/a?p=2"_s << defaults << false;
    QTest::newRow("query order differs") << u"http://example.com/a?a=1&b=2"_s
                                         << u"http://example.com/a?b=2&a=1"_s << defaults << false;
    QTest::newRow("port differs") << u"http://example.com:8080/a"_s << u"http://example.com/a"_s
                                  << defaults << false;
    QTest::newRow("subdomain differs")
        << u"http://docs.example.com/a"_s << u"http://example.com/a"_s << defaults << false;
    QTest::newRow("tracking kept when not stripping")
        << u"http://example.com/a?utm_source=n"_s << u"http://example.com/a"_s << keepTracking()
        << false;
    QTest::newRow("exact URLs tell http from https")
        << u"http://example.com/a"_s << u"https://example.com/a"_s << exactUrls() << false;
    QTest::newRow("exact URLs tell www from bare host")
        << u"http://www.example.com/a"_s << u"http://example.com/a"_s << exactUrls() << false;
}

void TestUrlNormalizer::samePage()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(UrlNormalizerOptions, options);
    QFETCH(bool, same);

    const QString firstKey = UrlNormalizer::key(QUrl(first), options);
    const QString secondKey = UrlNormalizer::key(QUrl(second), options);
    QVERIFY(!firstKey.isEmpty());
    QCOMPARE(firstKey == secondKey, same);
}

void TestUrlNormalizer::hostOf_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::newRow("plain") << u"http://site.test/a/b"_s << u"site.test"_s;
    QTest::newRow("port") << u"http://127.0.0.1:8080/x?y"_s << u"127.0.0.1:8080"_s;
    QTest::newRow("https no path") << u"https://a-b.site_x.test"_s << u"a-b.site_x.test"_s;
    QTest::newRow("query right after host") << u"http://site.test?q=1"_s << u"site.test"_s;
    QTest::newRow("fragment right after host") << u"http://site.test#f"_s << u"site.test"_s;
    QTest::newRow("upper case") << u"HTTP://Site.Test/"_s << u"site.test"_s;
    QTest::newRow("user info") << u"http://user:pw@site.test:81/"_s << u"site.test:81"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << u"::1:8080"_s;
    QTest::newRow("leading zero port") << u"http://site.test:080/"_s << u"site.test:80"_s;
    QTest::newRow("empty port") << u"http://site.test:/"_s << u"site.test"_s;
    QTest::newRow("port zero") << u"http://site.test:0/"_s << u"site.test"_s;
    QTest::newRow("percent-encoded host") << u"http://s%69te.test/"_s << u"site.test"_s;
    QTest::newRow("ftp") << u"ftp://files.test/x"_s << u"files.test"_s;
}

void TestUrlNormalizer::hostOf()
{
    // The frontier's queues and the politeness slots are per host: the quick scan of plain URLs
    // and the QUrl parse of the others must agree.
    QFETCH(QString, url);
    QFETCH(QString, host);
    QCOMPARE(Frontier::hostOf(url), host);
    const QUrl parsed(url);
    const QString viaQUrl =
        parsed.port() > 0 ? parsed.host() + u':' + QString::number(parsed.port()) : parsed.host();
    QCOMPARE(Frontier::hostOf(url), viaQUrl);
}

QTEST_GUILESS_MAIN(TestUrlNormalizer)
#include "tst_urlnormalizer.moc"
