// SPDX-License-Identifier: GPL-3.0-or-later
// PageProcessor on its own: what a page's links become (page.links, the frontier entries, the
// verdicts), and how the parse workers leave out links the frontier already holds.
#include "crawl/fetcher.h"
#include "crawl/pageprocessor.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QUrl site(u"http://site.test/"_s);

FetchResult fetched(const QString &path, const QByteArray &html)
{
    FetchResult result;
    result.url = site.resolved(QUrl(path));
    result.finalUrl = result.url;
    result.httpStatus = 200;
    result.contentType = u"text/html"_s;
    result.body = html;
    return result;
}

PageProcessor::Output process(const PageProcessor &processor, const QString &path,
                              const QByteArray &html)
{
    const FetchResult result = fetched(path, html);
    PageRecord page;
    page.url = result.url.toString();
    page.finalUrl = page.url;
    FrontierEntry entry;
    entry.url = page.url;
    entry.key = UrlNormalizer::key(result.url);
    return processor.process(page, entry, result);
}

QStringList urls(const PageProcessor::Output &output)
{
    QStringList result;
    for (const FrontierEntry &entry : output.links)
        result << entry.url;
    return result;
}

} // namespace

class TestPageProcessor final : public QObject
{
    Q_OBJECT

private:
    static PageProcessor make()
    {
        CrawlOptions options;
        options.url = site;
        options.formats = {u"links"_s};
        QString error;
        auto processor = PageProcessor::create(options, {}, &error);
        if (!processor)
            qFatal("%s", qPrintable(error));
        return std::move(*processor);
    }

private Q_SLOTS:
    // Each page sends the frontier its in-scope links, once each, with one flag per link.
    void linksGoToTheFrontierOnce()
    {
        const PageProcessor processor = make();
        const auto output = process(processor, u"/"_s,
                                    "<a href='/a'>a</a><a href='/a#top'>a</a><a href='/b'>b</a>"
                                    "<a href='https://other.test/'>o</a><a href='/A/../a'>a</a>");
        QCOMPARE(urls(output), (QStringList{u"http://site.test/a"_s, u"http://site.test/b"_s}));
        QCOMPARE(output.admitted.size(), std::size_t(2));
        QCOMPARE(output.page.links, (QStringList{u"http://site.test/a"_s, u"http://site.test/b"_s,
                                                 u"https://other.test/"_s}));
    }

    // Once the crawler has flagged a link as held by the frontier, later pages (through any
    // copy of the processor) leave it out; the page's own links and the verdicts still count it.
    void linksTheFrontierHoldsAreNotSentAgain()
    {
        const PageProcessor processor = make();
        const PageProcessor copy = processor; // a parse worker's copy shares the cache
        const QByteArray nav = "<a href='/a'>a</a><a href='/b'>b</a>";
        const auto first = process(processor, u"/"_s, nav);
        QCOMPARE(first.links.size(), 2);
        // Not flagged yet: the next page still sends both.
        const auto second = process(copy, u"/x"_s, nav + "<a href='/c'>c</a>");
        QCOMPARE(urls(second), (QStringList{u"http://site.test/a"_s, u"http://site.test/b"_s,
                                            u"http://site.test/c"_s}));
        first.admitted.at(0)->store(true);
        first.admitted.at(1)->store(true);
        const auto third = process(copy, u"/y"_s, nav + "<a href='/c'>c</a><a href='/d'>d</a>");
        QCOMPARE(urls(third), (QStringList{u"http://site.test/c"_s, u"http://site.test/d"_s}));
        QCOMPARE(third.page.links, (QStringList{u"http://site.test/a"_s, u"http://site.test/b"_s,
                                                u"http://site.test/c"_s, u"http://site.test/d"_s}));
        QCOMPARE(third.verdicts[std::size_t(Scope::Verdict::Allowed)], 4);
        // The same key written another way is the same flag.
        const auto fourth = process(processor, u"/z"_s, "<a href='/a#x'>a</a><a href='/./b'>b</a>");
        QVERIFY(fourth.links.isEmpty());
    }

    // The cache is bounded (two generations of 32,768 links), yet a link on every page stays
    // known however many other links the crawl meets: it is not classified and sent again.
    void linksOnEveryPageOutliveTheCacheBound()
    {
        const PageProcessor processor = make();
        const auto first = process(processor, u"/"_s, "<a href='/nav'>nav</a>");
        QCOMPARE(first.links.size(), 1);
        first.admitted.at(0)->store(true);
        constexpr int pages = 16;
        constexpr int linksPerPage = 5000; // 80,000 distinct links in all
        for (int p = 0; p < pages; ++p) {
            QByteArray html = "<a href='/nav'>nav</a>";
            for (int i = 0; i < linksPerPage; ++i)
                html +=
                    "<a href='/p" + QByteArray::number(p) + '/' + QByteArray::number(i) + "'>x</a>";
            const auto output = process(processor, u"/p"_s + QString::number(p), html);
            QCOMPARE(output.links.size(), linksPerPage);
            QVERIFY(!urls(output).contains(u"http://site.test/nav"_s));
            for (const auto &flag : output.admitted)
                flag->store(true);
        }
        // What was met long ago is forgotten: sent again, for the frontier to refuse.
        QCOMPARE(process(processor, u"/old"_s, "<a href='/p0/0'>x</a>").links.size(), 1);
    }

    // A processor made for another crawl starts with nothing flagged.
    void flagsBelongToOneCrawl()
    {
        const PageProcessor one = make();
        const auto first = process(one, u"/"_s, "<a href='/a'>a</a>");
        first.admitted.at(0)->store(true);
        const PageProcessor other = make();
        QCOMPARE(process(other, u"/"_s, "<a href='/a'>a</a>").links.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPageProcessor)
#include "tst_pageprocessor.moc"
