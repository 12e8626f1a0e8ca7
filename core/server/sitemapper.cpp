// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sitemapper.h"

#include "crawl/fetcher.h"
#include "crawl/robotstxt.h"
#include "crawl/sitemap.h"
#include "crawl/urlnormalizer.h"
#include "extract/pageextractor.h"

#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QString bareHost(const QString &host)
{
    return host.startsWith(u"www."_s) ? host.mid(4) : host;
}

// One map in progress: fetches until nothing is pending or the time is up, then answers once.
class MapRun final : public QObject
{
public:
    MapRun(const ApiBodies::MapRequest &request,
           std::function<void(const QStringList &, const QString &)> done, QObject *parent)
        : QObject(parent)
        , m_request(request)
        , m_done(std::move(done))
        , m_fetcher(new Fetcher(this))
        , m_deadline(this)
    {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            m_fetcher->abortAll();
            finish();
        });
    }

    void start()
    {
        m_deadline.start(m_request.timeoutMs);
        QUrl origin;
        origin.setScheme(m_request.url.scheme());
        origin.setHost(m_request.url.host());
        origin.setPort(m_request.url.port());
        if (!m_request.sitemapOnly) {
            fetch(m_request.url, [this](const FetchResult &result) { onStartPage(result); });
        }
        if (!m_request.ignoreSitemap) {
            fetch(origin.resolved(QUrl(u"/robots.txt"_s)), [this](const FetchResult &result) {
                if (result.error == PageError::None && result.httpStatus == 200) {
                    const RobotsTxt robots =
                        RobotsTxt::parse(result.body, CrawlOptions::robotsToken());
                    for (const QString &sitemap : robots.sitemaps())
                        fetchSitemap(QUrl(sitemap));
                }
            });
            fetchSitemap(origin.resolved(QUrl(u"/sitemap.xml"_s)));
        }
        m_started = true;
        finishIfIdle();
    }

private:
    void fetch(const QUrl &url, std::function<void(const FetchResult &)> handle)
    {
        FetchRequest request;
        request.url = url;
        request.timeoutMs = m_request.timeoutMs;
        request.userAgent = CrawlOptions::defaultUserAgent();
        ++m_pending;
        m_fetcher->fetch(request, [this, handle = std::move(handle)](const FetchResult &result) {
            --m_pending;
            if (!m_finished && result.error != PageError::Cancelled)
                handle(result);
            finishIfIdle();
        });
    }

    void fetchSitemap(const QUrl &url)
    {
        if (!url.isValid() || m_sitemapsSeen.contains(url)
            || m_sitemapsSeen.size() >= SiteMapper::maxSitemapFiles)
            return;
        m_sitemapsSeen.insert(url);
        fetch(url, [this, url](const FetchResult &result) {
            if (result.error != PageError::None || result.httpStatus != 200)
                return;
            const SitemapContent content = Sitemap::parse(result.body, url);
            m_sitemapLinks += content.pages;
            for (const QUrl &child : content.sitemaps)
                fetchSitemap(child);
        });
    }

    void onStartPage(const FetchResult &result)
    {
        if (result.error != PageError::None) {
            m_error = result.errorMessage;
            return;
        }
        m_pageLinks << result.finalUrl;
        if (!result.isHtml())
            return;
        PageExtractor::Options options;
        options.markdown = false;
        options.links = true;
        QString error;
        const auto extractor = PageExtractor::create(options, &error);
        if (!extractor)
            return;
        const auto page = extractor->extract(result.body, result.charset, result.finalUrl,
                                             CrawlOptions::robotsToken());
        for (qsizetype i = 0; i < page.links.size(); ++i)
            m_pageLinks << QUrl(QString::fromUtf8(page.links.at(i)));
    }

    bool inScope(const QUrl &url) const
    {
        if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            return false;
        const QString host = bareHost(url.host().toLower());
        const QString start = bareHost(m_request.url.host().toLower());
        return host == start || (m_request.includeSubdomains && host.endsWith(u'.' + start));
    }

    void finishIfIdle()
    {
        if (m_pending == 0 && m_started)
            finish();
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_deadline.stop();
        QStringList links;
        QSet<QString> seen;
        const QString search = m_request.search.toLower();
        for (const QList<QUrl> *list : {&m_pageLinks, &m_sitemapLinks}) {
            for (const QUrl &url : *list) {
                if (links.size() >= m_request.limit || !inScope(url))
                    continue;
                const QUrl normalized = UrlNormalizer::normalize(url);
                const QString text = normalized.toString(QUrl::FullyEncoded);
                if (!search.isEmpty() && !text.toLower().contains(search))
                    continue;
                if (!seen.contains(UrlNormalizer::key(normalized))) {
                    seen.insert(UrlNormalizer::key(normalized));
                    links << text;
                }
            }
        }
        m_done(links, links.isEmpty() ? m_error : QString());
        deleteLater();
    }

    ApiBodies::MapRequest m_request;
    std::function<void(const QStringList &, const QString &)> m_done;
    Fetcher *m_fetcher;
    QTimer m_deadline;
    QList<QUrl> m_pageLinks;
    QList<QUrl> m_sitemapLinks;
    QSet<QUrl> m_sitemapsSeen;
    QString m_error;
    int m_pending = 0;
    bool m_started = false; // start() has queued its fetches
    bool m_finished = false;
};

} // namespace

SiteMapper::SiteMapper(QObject *parent)
    : QObject(parent)
{}

SiteMapper::~SiteMapper() = default;

void SiteMapper::map(const ApiBodies::MapRequest &request,
                     std::function<void(const QStringList &, const QString &)> done)
{
    auto *run = new MapRun(request, std::move(done), this);
    run->start();
}
