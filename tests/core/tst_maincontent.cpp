// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmltree.h"
#include "extract/maincontent.h"
#include "extract/metadata.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The folder of gen_site.py (CMake passes ${TRAWL_SHARED_DIR}/testsite); without it the
// test-site checks are skipped.
namespace {

QList<Selector> selectors(const QStringList &texts)
{
    QList<Selector> list;
    for (const QString &text : texts) {
        QString error;
        const std::optional<Selector> selector = Selector::parse(text, &error);
        if (!selector)
            qFatal("bad test selector %s: %s", qPrintable(text), qPrintable(error));
        list.append(*selector);
    }
    return list;
}

ContentOptions options(bool onlyMainContent, const QStringList &include = {},
                       const QStringList &exclude = {})
{
    return {onlyMainContent, selectors(include), selectors(exclude)};
}

// The plain text of what `content` keeps, one root after the other.
QString render(const HtmlTree &tree, const MainContent &content)
{
    QStringList parts;
    for (const HtmlTree::NodeId root : content.roots()) {
        parts.append(Metadata::plainText(
            tree, root, [&content](HtmlTree::NodeId n) { return content.skip(n); }));
    }
    return parts.join(u'\n');
}

// The first element with this tag and (when given) class.
HtmlTree::NodeId findElement(const HtmlTree &tree, QByteArrayView tag,
                             QByteArrayView className = {})
{
    for (HtmlTree::NodeId node = tree.root(); node != HtmlTree::none;
         node = tree.next(node, tree.root())) {
        if (tree.isElement(node, tag) && (className.isEmpty() || tree.hasClass(node, className)))
            return node;
    }
    return HtmlTree::none;
}

const char blogPage[] =
    "<!doctype html><html lang='en'><head><title>Blog</title><style>p{}</style></head><body>"
    "<div id='cookie-banner'>We use cookies. <button>Accept</button></div>"
    "<header class='site-header'><a href='/'>Acme Blog</a>"
    "<nav><a href='/a'>Archive</a> <a href='/b'>About</a></nav></header>"
    "<div class='wrapper'>"
    "<article class='post'><header><h1>Hello World</h1><p class='meta'>By Ann</p></header>"
    "<p>First paragraph.</p><div class='share-buttons'>Share on X</div>"
    "<p>Second <em>paragraph</em>.</p><script>track()</script>"
    "<footer>Posted in News</footer></article>"
    "<aside class='sidebar'><h2>Popular</h2><ul><li>Other post</li></ul></aside>"
    "</div>"
    "<footer class='site-footer'>(c) Acme</footer>"
    "</body></html>";

const char mainPage[] = "<body><header><h1>Site</h1><nav>Home About</nav></header>"
                        "<main><header><h1>Guide</h1></header><nav class='toc'>Contents</nav>"
                        "<p>Step one.</p><div class='ad-slot'>Buy now</div><aside>Tip</aside>"
                        "<footer>Updated today</footer></main>"
                        "<footer>Footer</footer></body>";

} // namespace

class TestMainContent final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selects_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<bool>("onlyMainContent");
        QTest::addColumn<QStringList>("include");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<MainContent::Choice>("choice");
        QTest::addColumn<QString>("text");
        using C = MainContent::Choice;
        const auto row = [](const char *name, const QByteArray &html, bool only,
                            const QStringList &include, const QStringList &exclude, C choice,
                            const QString &text) {
            QTest::newRow(name) << html << only << include << exclude << choice << text;
        };

        row("blog page: only the article, its header and footer kept", blogPage, true, {}, {},
            C::MainElement,
            u"Hello World\nBy Ann\nFirst paragraph.\nSecond paragraph.\nPosted in News"_s);
        row("blog page without onlyMainContent: everything but scripts", blogPage, false, {}, {},
            C::Body,
            u"We use cookies. Accept\nAcme Blog\nArchive About\nHello World\nBy Ann\n"
            "First paragraph.\nShare on X\nSecond paragraph.\nPosted in News\nPopular\n"
            "Other post\n(c) Acme"_s);
        row("page with main: nav, ads and aside dropped inside it, header and footer kept",
            mainPage, true, {}, {}, C::MainElement, u"Guide\nStep one.\nUpdated today"_s);
        row("role=main", "<body><div>Menu</div><div role='main'><p>Body text</p></div></body>",
            true, {}, {}, C::MainElement, u"Body text"_s);
        row("#content",
            "<body><div id='top'>Logo</div><div id='content'><p>Text</p>"
            "<div class='sidebar'>Side</div></div><div>Bottom</div></body>",
            true, {}, {}, C::MainElement, u"Text"_s);
        row(".main-content",
            "<body><div>Logo</div><div class='container main-content'><p>Text</p></div></body>",
            true, {}, {}, C::MainElement, u"Text"_s);
        row("main wins over an article and #content",
            "<body><article>A</article><div id='content'>C</div><main>M</main></body>", true, {},
            {}, C::MainElement, u"M"_s);
        row("a hidden main is not the main element",
            "<body><main hidden>Old</main><article><p>Story</p></article></body>", true, {}, {},
            C::MainElement, u"Story"_s);
        row("the article in the page, not those in an aside",
            "<body><article><h1>Post</h1></article><aside><article>Related 1</article>"
            "<article>Related 2</article></aside></body>",
            true, {}, {}, C::MainElement, u"Post"_s);
        row("several articles: the body, filtered, with each article's header",
            "<body><header>Site</header><article><header>A</header><p>a</p></article>"
            "<article><header>B</header><p>b</p><footer>b-foot</footer></article>"
            "<footer>Foot</footer></body>",
            true, {}, {}, C::FilteredBody, u"A\na\nB\nb\nb-foot"_s);
        row("no main element: the body without header, nav, sidebar and footer",
            "<body><header>Site</header><nav>Links</nav><div class='content-area'>"
            "<h1>Title</h1><p>Text</p></div><div id='sidebar'>Side</div>"
            "<div class='footer'>Foot</div></body>",
            true, {}, {}, C::FilteredBody, u"Title\nText"_s);
        row("a page that is all nav falls back to the body",
            "<body><nav><ul><li><a href='/a'>A</a></li><li><a href='/b'>B</a></li></ul></nav>"
            "</body>",
            true, {}, {}, C::Fallback, u"A\nB"_s);
        row("an empty main falls back to the filtered body",
            "<body><nav>Menu</nav><main> <img src='x.png'> </main><div><p>Text</p></div></body>",
            true, {}, {}, C::FilteredBody, u"Text"_s);
        row("main with only boilerplate falls back to the body",
            "<body><main><nav>Menu</nav></main></body>", true, {}, {}, C::Fallback, u"Menu"_s);
        row("an empty page", "", true, {}, {}, C::Fallback, u""_s);
        row("markers and their ancestors are never dropped",
            "<body><div class='sidebar-layout'><div id='content'><p>Text</p></div></div>"
            "<div class='sidebar'>Side</div></body>",
            true, {u"body"_s}, {}, C::Included, u"Text"_s);
        row("includeTags: outermost matches in document order",
            "<body><p>Intro</p><div class='note'>N1 <div class='note'>N2</div></div>"
            "<article>Art</article><div class='note'>N3</div></body>",
            false, {u"article"_s, u".note"_s}, {}, C::Included, u"N1\nN2\nArt\nN3"_s);
        row("includeTags without a match: nothing", "<body><p>Text</p></body>", false,
            {u"article"_s}, {}, C::Included, u""_s);
        row("includeTags html means the body",
            "<html><head><title>T</title></head><body><p>Text</p></body></html>", false,
            {u"html"_s}, {}, C::Included, u"Text"_s);
        row("includeTags with onlyMainContent keeps an included nav",
            "<body><nav>Menu</nav><p>Text</p></body>", true, {u"nav"_s}, {}, C::Included,
            u"Menu"_s);
        row("includeTags with onlyMainContent filters inside the roots",
            "<body><div class='wrap'><header>Head</header><p>Text</p><aside>Side</aside></div>"
            "</body>",
            true, {u"div.wrap"_s}, {}, C::Included, u"Text"_s);
        row("includeTags with onlyMainContent: nothing left, the roots unfiltered",
            "<body><div class='wrap'><nav>Menu</nav></div></body>", true, {u".wrap"_s}, {},
            C::Fallback, u"Menu"_s);
        row("excludeTags", "<body><p>Text</p><div class='ad'>Ad</div><footer>Foot</footer></body>",
            false, {}, {u".ad"_s, u"footer"_s}, C::Body, u"Text"_s);
        row("excludeTags with a descendant selector",
            "<body><p>Keep</p><main><p>Drop</p><div>Stay</div></main></body>", false, {},
            {u"main p"_s}, C::Body, u"Keep\nStay"_s);
        row("an excluded main is not the main element",
            "<body><main>Main</main><article><p>Story</p></article></body>", true, {}, {u"main"_s},
            C::MainElement, u"Story"_s);
        row("an included element inside an excluded one is no root",
            "<body><div class='x'><article>A</article></div><article>B</article></body>", false,
            {u"article"_s}, {u".x"_s}, C::Included, u"B"_s);
        row("includeTags and excludeTags",
            "<body><article><p>Text</p><div class='ad'>Ad</div></article><p>Out</p></body>", false,
            {u"article"_s}, {u".ad"_s}, C::Included, u"Text"_s);
        row("excludeTags apply to the fallback",
            "<body><nav><p>Menu</p><p class='x'>Drop</p></nav></body>", true, {}, {u".x"_s},
            C::Fallback, u"Menu"_s);
        row("an excluded body leaves nothing", "<body><p>Text</p></body>", false, {}, {u"body"_s},
            C::Body, u""_s);
    }

    void selects()
    {
        QFETCH(QByteArray, html);
        QFETCH(bool, onlyMainContent);
        QFETCH(QStringList, include);
        QFETCH(QStringList, exclude);
        QFETCH(MainContent::Choice, choice);
        QFETCH(QString, text);
        const HtmlTree tree = HtmlTree::parse(html);
        const MainContent content =
            MainContent::select(tree, options(onlyMainContent, include, exclude));
        QCOMPARE(render(tree, content), text);
        QCOMPARE(content.choice(), choice);
    }

    // Each snippet is boilerplate: with onlyMainContent only "Keep" is left.
    void dropsBoilerplate_data()
    {
        QTest::addColumn<QByteArray>("snippet");
        const auto row = [](const char *name, const char *snippet) {
            QTest::newRow(name) << QByteArray(snippet);
        };
        row("header", "<header>Site</header>");
        row("footer", "<footer>Foot</footer>");
        row("nav", "<nav>Links</nav>");
        row("aside", "<aside>Aside</aside>");
        row("dialog", "<dialog open>Dialog</dialog>");
        row("search element", "<search><input>Find</search>");
        row("form role=search", "<form role='search'>Find</form>");
        row("role=navigation", "<div role='navigation'>Links</div>");
        row("role=banner", "<div role='banner'>Site</div>");
        row("role=contentinfo", "<div role='contentinfo'>Foot</div>");
        row("role=complementary", "<div role='complementary'>Aside</div>");
        row("role=dialog", "<div role='dialog'>Dialog</div>");
        row("role with several tokens", "<div role='presentation navigation'>Links</div>");
        row("role in upper case", "<div role='Navigation'>Links</div>");
        row("hidden attribute", "<div hidden>Hidden</div>");
        row("aria-hidden=true", "<div aria-hidden='true'>Hidden</div>");
        row("cookie banner id", "<div id='cookie-banner'>Cookies</div>");
        row("cookie notice class", "<div class='x cookie-notice'>Cookies</div>");
        row("camel-case cookie consent", "<div class='CookieConsent'>Cookies</div>");
        row("GDPR banner", "<div class='GDPRBanner'>Consent</div>");
        row("consent suffix", "<div class='user-consent'>Consent</div>");
        row("onetrust", "<div id='onetrust-consent-sdk'>Consent</div>");
        row("modal", "<div class='modal fade'>Modal</div>");
        row("modal dialog", "<div class='modal-dialog'>Modal</div>");
        row("popup", "<div class='newsletter-popup'>Popup</div>");
        row("overlay", "<div class='overlay'>Overlay</div>");
        row("ad", "<div class='ad'>Ad</div>");
        row("ads", "<div id='ads'>Ads</div>");
        row("ad-slot", "<div class='ad-slot'>Ad</div>");
        row("top-ad", "<div class='top-ad'>Ad</div>");
        row("advert", "<div class='advert'>Ad</div>");
        row("advertisement", "<div class='advertisement'>Ad</div>");
        row("adsbygoogle", "<ins class='adsbygoogle'>Ad</ins>");
        row("sponsor", "<div class='sponsored-links'>Sponsored</div>");
        row("share", "<div class='share-buttons'>Share</div>");
        row("social", "<ul class='social-links'><li>X</li></ul>");
        row("breadcrumb", "<ol class='breadcrumb'><li>Home</li></ol>");
        row("breadcrumbs", "<div id='breadcrumbs'>Home</div>");
        row("sidebar", "<div class='sidebar'>Side</div>");
        row("side-bar", "<div class='side-bar'>Side</div>");
        row("left sidebar", "<div class='left-sidebar'>Side</div>");
        row("numbered sidebar", "<div id='sidebar2'>Side</div>");
        row("menu", "<ul class='main-menu'><li>Item</li></ul>");
        row("camel-case nav", "<div class='mainNav'>Links</div>");
        row("navbar", "<div class='navbar navbar-expand'>Links</div>");
        row("comments", "<section id='comments' class='comments-area'>Comments</section>");
        row("newsletter", "<div class='newsletter-signup'>Sign up</div>");
        row("subscribe", "<div class='subscribe-box'>Subscribe</div>");
        row("related", "<div class='related-posts'>Related</div>");
        row("skip link", "<a class='skip-link' href='#content'>Skip</a>");
        row("search form", "<div class='search-form'>Search</div>");
        row("search", "<div class='search'>Search</div>");
        row("language selector", "<div class='language-selector'>EN</div>");
        row("header class", "<div class='header'>Site</div>");
        row("site-header class", "<div class='site-header'>Site</div>");
        row("footer id", "<div id='footer'>Foot</div>");
        row("masthead", "<div id='masthead'>Site</div>");
        row("colophon", "<div id='colophon'>Foot</div>");
    }

    void dropsBoilerplate()
    {
        QFETCH(QByteArray, snippet);
        const HtmlTree tree = HtmlTree::parse("<body>" + snippet + "<p>Keep</p></body>");
        const MainContent content = MainContent::select(tree, options(true));
        QCOMPARE(content.choice(), MainContent::Choice::FilteredBody);
        QCOMPARE(render(tree, content), u"Keep"_s);
    }

    // Each snippet is content ("Content"), kept next to "Keep" with onlyMainContent.
    void keepsContent_data()
    {
        QTest::addColumn<QByteArray>("snippet");
        const auto row = [](const char *name, const char *snippet) {
            QTest::newRow(name) << QByteArray(snippet);
        };
        row("header-image", "<div class='header-image'>Content</div>");
        row("section-header", "<div class='section-header'>Content</div>");
        row("card-footer", "<div class='card-footer'>Content</div>");
        row("shadow", "<div class='shadow'>Content</div>");
        row("download-ads-free", "<div class='download-ads-free'>Content</div>");
        row("leaderboard", "<div class='leaderboard'>Content</div>");
        row("loading", "<div class='loading thread badge'>Content</div>");
        row("has-sidebar", "<div class='layout has-sidebar'>Content</div>");
        row("no-ads", "<div class='no-ads'>Content</div>");
        row("tag-social", "<div class='post tag-social category-ads'>Content</div>");
        row("navigator", "<div class='navigator-info'>Content</div>");
        row("shared", "<div class='shared-content'>Content</div>");
        row("card image overlay", "<div class='card-img-overlay'>Content</div>");
        row("search results", "<div class='search-results'>Content</div>");
        row("elementor widget",
            "<div class='elementor-widget elementor-widget-text'>Content</div>");
        row("commentary", "<div class='comment-body'>Content</div>");
        row("hidden until found", "<div hidden='until-found'>Content</div>");
        row("aria-hidden false", "<div aria-hidden='false'>Content</div>");
        row("role=region", "<div role='region'>Content</div>");
        row("badge", "<span class='badge'>Content</span>");
    }

    void keepsContent()
    {
        QFETCH(QByteArray, snippet);
        const HtmlTree tree = HtmlTree::parse("<body>" + snippet + "<p>Keep</p></body>");
        const MainContent content = MainContent::select(tree, options(true));
        QCOMPARE(render(tree, content), u"Content\nKeep"_s);
    }

    void skipIsTrueOutsideTheRoots()
    {
        const HtmlTree tree = HtmlTree::parse(mainPage);
        const MainContent content = MainContent::select(tree, options(true));
        const HtmlTree::NodeId main = findElement(tree, "main");
        QCOMPARE(content.roots(), QList<HtmlTree::NodeId>{main});
        QVERIFY(!content.skip(main));
        QVERIFY(content.skip(tree.body()));
        QVERIFY(content.skip(tree.root()));
        QVERIFY(content.skip(tree.head()));
        QVERIFY(content.skip(findElement(tree, "nav"))); // the page's nav, outside main
        QVERIFY(content.skip(findElement(tree, "nav", "toc")));
        QVERIFY(content.skip(tree.firstChild(findElement(tree, "nav", "toc")))); // its text
        QVERIFY(!content.skip(findElement(tree, "p")));
        QVERIFY(content.skip(HtmlTree::none));
        QVERIFY(content.skip(HtmlTree::NodeId(tree.nodeCount())));
        QVERIFY(MainContent().skip(0));
        QVERIFY(MainContent().roots().isEmpty());
    }

    // Every page of the generated test site: with onlyMainContent the <h1> and the lead
    // paragraph stay, the header (with its nav), the breadcrumbs, the "Related" aside and the
    // footer go. Also with <main> turned into a <div> (the single <article> is chosen) and with
    // the <article> gone too (the body, filtered).
    void generatedSite()
    {
        const QString generator = QStringLiteral(TRAWL_TESTSITE_DIR) + u"/gen_site.py"_s;
        QVERIFY2(QFile::exists(generator), qPrintable(generator + u" is missing"_s));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess python;
        python.start(u"python3"_s, {generator, u"--pages"_s, u"50"_s, u"--out"_s, dir.path(),
                                    u"--base-url"_s, u"http://127.0.0.1:8080"_s});
        QVERIFY(python.waitForFinished(120000));
        QCOMPARE(python.exitStatus(), QProcess::NormalExit);
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());

        int pages = 0;
        QDirIterator it(dir.path(), {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/private/"_s))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray html = file.readAll();
            ++pages;
            QByteArray noMain = html;
            noMain.replace("<main id=\"content\">", "<div>").replace("</main>", "</div>");
            QByteArray noArticle = noMain;
            noArticle.replace("<article>", "<div>").replace("</article>", "</div>");
            checkSitePage(html, MainContent::Choice::MainElement, "main");
            checkSitePage(noMain, MainContent::Choice::MainElement, "article");
            checkSitePage(noArticle, MainContent::Choice::FilteredBody, "body");
            if (QTest::currentTestFailed()) {
                qWarning("page %s", qPrintable(path));
                return;
            }
        }
        QCOMPARE(pages, 50);
    }

private:
    void checkSitePage(const QByteArray &html, MainContent::Choice choice, QByteArrayView root)
    {
        const HtmlTree tree = HtmlTree::parse(html);
        const MainContent content = MainContent::select(tree, options(true));
        QCOMPARE(content.choice(), choice);
        QCOMPARE(content.roots(), QList<HtmlTree::NodeId>{findElement(tree, root)});
        const QString text = render(tree, content);

        const HtmlTree::NodeId h1 = findElement(tree, "h1");
        const HtmlTree::NodeId lead = findElement(tree, "p", "lead");
        QVERIFY(h1 != HtmlTree::none && lead != HtmlTree::none);
        QVERIFY(!content.skip(h1));
        QVERIFY(!content.skip(lead));
        QVERIFY(text.startsWith(tree.textContent(h1).simplified() + u'\n'));
        QVERIFY(text.contains(tree.textContent(lead).simplified()));

        for (const auto &[tag, className] :
             {std::pair<QByteArrayView, QByteArrayView>{"header", "site-header"},
              {"nav", "main-nav"},
              {"form", "search"},
              {"aside", "related"},
              {"footer", "site-footer"}}) {
            const HtmlTree::NodeId node = findElement(tree, tag, className);
            QVERIFY2(node != HtmlTree::none, className.data());
            QVERIFY2(content.skip(node), className.data());
        }
        // The home page has no breadcrumbs.
        if (const HtmlTree::NodeId crumbs = findElement(tree, "nav", "breadcrumbs");
            crumbs != HtmlTree::none) {
            QVERIFY(content.skip(crumbs));
        }
        QVERIFY(!text.contains(u"All rights reserved"_s));
        QVERIFY(!text.contains(u"Related"_s));
    }
};

QTEST_GUILESS_MAIN(TestMainContent)
#include "tst_maincontent.moc"
