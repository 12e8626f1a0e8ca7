// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/pageprocessor.h"

#include "crawl/fetcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>

#include <climits>
#include <vector>

using namespace Qt::StringLiterals;

// Links already classified, by link text. The parse workers read it together and add to it one
// at a time. Two generations: when the newer is full it becomes the older and the oldest goes,
// so a crawl of millions of URLs does not grow it forever, and the links on every page (found in
// the older generation, copied to the newer) are never forgotten.
class PageProcessor::LinkCache
{
public:
    // At most 2 x 32,768 links with their normalized URL (usually the link text itself, shared)
    // and key: about 30 MB. (A 20,000-page site has some 25,000 distinct link texts.)
    static constexpr qsizetype generationLinks = 32768;

    // The link's entry, or nullptr; `inOlder` tells where it was found.
    const Link *find(const QByteArray &text, bool *inOlder) const
    {
        *inOlder = false;
        if (const auto it = newer.constFind(text); it != newer.cend())
            return &it.value();
        if (older.isEmpty())
            return nullptr;
        const auto it = older.constFind(text);
        if (it == older.cend())
            return nullptr;
        *inOlder = true;
        return &it.value();
    }
    // Under the write lock.
    void insert(const QByteArray &text, Link link)
    {
        if (newer.size() >= generationLinks) {
            older = std::move(newer);
            newer = {};
        }
        newer.insert(QByteArray(text.constData(), text.size()), std::move(link));
    }

    QReadWriteLock lock;
    QHash<QByteArray, Link> newer; // by the link's UTF-8 text
    QHash<QByteArray, Link> older;
};

PageExtractor::Options PageProcessor::extractorOptions(const CrawlOptions &options)
{
    PageExtractor::Options extractor;
    extractor.markdown = options.formats.contains(u"markdown"_s);
    extractor.html = options.formats.contains(u"html"_s);
    extractor.rawHtml = options.formats.contains(u"rawHtml"_s);
    extractor.links = options.formats.contains(u"links"_s);
    extractor.onlyMainContent = options.onlyMainContent;
    extractor.includeTags = options.includeTags;
    extractor.excludeTags = options.excludeTags;
    extractor.removeBase64Images = options.removeBase64Images;
    return extractor;
}

std::optional<PageProcessor> PageProcessor::create(const CrawlOptions &options,
                                                   UrlNormalizerOptions normalizer, QString *error)
{
    auto extractor = PageExtractor::create(extractorOptions(options), error);
    if (!extractor)
        return std::nullopt;
    return PageProcessor(options, normalizer, std::move(*extractor));
}

PageProcessor::PageProcessor(const CrawlOptions &options, UrlNormalizerOptions normalizer,
                             PageExtractor extractor)
    : m_scope(options)
    , m_normalizer(normalizer)
    , m_extractor(std::move(extractor))
    , m_maxDepth(options.maxDepth)
    , m_obeyRobots(!options.ignoreRobotsTxt)
    , m_keepLinks(options.formats.contains(u"links"_s))
    , m_links(std::make_shared<LinkCache>())
{}

PageProcessor::Link PageProcessor::classify(QByteArrayView utf8) const
{
    Link result;
    const QString link = QString::fromUtf8(utf8);
    const QUrl normalized = UrlNormalizer::normalize(QUrl(link), m_normalizer);
    result.valid = normalized.isValid();
    result.url = link;
    if (!result.valid)
        return result;
    if (QString url = normalized.toString(QUrl::FullyEncoded); url != link)
        result.url = std::move(url); // else one string for both
    result.urlHash = qHash(result.url);
    result.verdict = m_scope.check(normalized);
    if (result.verdict == Scope::Verdict::Allowed) {
        result.key = UrlNormalizer::key(normalized, m_normalizer);
        result.keyHash = qHash(result.key);
        result.admitted = std::make_shared<std::atomic<int>>(INT_MAX);
    }
    return result;
}

namespace {

// Strings one page has met (its links' keys, or their URLs), by the hash each link carries in
// the cache: no string is hashed again.
class SeenStrings
{
public:
    explicit SeenStrings(qsizetype count)
    {
        std::size_t size = 16;
        while (size < std::size_t(count) * 2)
            size *= 2;
        m_slots.assign(size, {0, nullptr});
    }

    // Adds `text` (which outlives the set); false when it was met.
    bool insert(std::size_t hash, const QString &text)
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            auto &[otherHash, other] = m_slots[slot];
            if (!other) {
                m_slots[slot] = {hash, &text};
                return true;
            }
            if (otherHash == hash && *other == text)
                return false;
        }
    }

private:
    std::vector<std::pair<std::size_t, const QString *>> m_slots;
};

} // namespace

PageProcessor::Output PageProcessor::process(PageRecord page, const FrontierEntry &entry,
                                             const FetchResult &result) const
{
    Output output;
    const QString token = CrawlOptions::robotsToken();
    PageExtractor::Result extracted =
        m_extractor.extract(result.body, result.charset, result.finalUrl, token);
    page.title = extracted.title;
    page.description = extracted.description;
    page.language = extracted.language;

    bool noIndex = false;
    bool noFollow = false;
    if (m_obeyRobots) {
        noIndex = extracted.noIndex;
        noFollow = extracted.noFollow;
        // X-Robots-Tag: the same directives, sent as a header.
        for (const QString &value :
             QString::fromLatin1(result.header("X-Robots-Tag")).split(u'\n', Qt::SkipEmptyParts)) {
            QString applicable = value.trimmed();
            const qsizetype colon = applicable.indexOf(u':');
            if (colon > 0 && !applicable.left(colon).contains(u',')
                && !applicable.left(colon).contains(u' ')) {
                if (applicable.left(colon).trimmed().compare(token, Qt::CaseInsensitive) != 0)
                    continue;
                applicable = applicable.mid(colon + 1);
            }
            for (const QString &part : applicable.split(u',', Qt::SkipEmptyParts)) {
                const QString directive = part.trimmed().toLower();
                noIndex |= directive == u"noindex"_s || directive == u"none"_s;
                noFollow |= directive == u"nofollow"_s || directive == u"none"_s;
            }
        }
    }

    // The links, and the canonical URL after them (usually one of the site's links too), are
    // classified through the shared cache.
    const bool follow = !noFollow && entry.depth < m_maxDepth;
    // Links that differ only in their fragment are one URL (normalization drops it): they share
    // one cache entry, looked up without copying the text.
    const Utf8List &found = extracted.links;
    const QByteArray canonicalText = extracted.canonical.toUtf8();
    const qsizetype count = found.size() + (canonicalText.isEmpty() ? 0 : 1);
    const auto textAt = [&](qsizetype i) -> QByteArray {
        const QByteArrayView text = i < found.size() ? found.at(i) : QByteArrayView(canonicalText);
        const qsizetype hash = text.indexOf('#');
        return QByteArray::fromRawData(text.data(), hash < 0 ? text.size() : hash);
    };
    // Known links are read in place: the read lock is held until the page is done with them.
    // Those new to the cache are classified here and added after.
    std::vector<const Link *> classified(static_cast<std::size_t>(count), nullptr);
    std::vector<std::pair<qsizetype, Link>> fresh;
    std::vector<qsizetype> older; // found in the older generation: copied to the newer after
    {
        const QReadLocker locker(&m_links->lock);
        for (qsizetype i = 0; i < count; ++i) {
            bool inOlder = false;
            if (const Link *link = m_links->find(textAt(i), &inOlder)) {
                classified[std::size_t(i)] = link;
                if (inOlder)
                    older.push_back(i);
            } else {
                fresh.emplace_back(i, Link());
            }
        }
        for (auto &[i, link] : fresh) {
            link = classify(textAt(i));
            classified[std::size_t(i)] = &link;
        }
        if (count > found.size()) {
            const Link &canonical = *classified.back();
            if (canonical.verdict == Scope::Verdict::Allowed && canonical.key != entry.key)
                output.canonicalKey = canonical.key;
        }

        SeenStrings seenKeys(found.size());
        SeenStrings keptUrls(found.size()); // the extractor's links are distinct texts, but two
                                            // may normalize to one URL
        if (m_keepLinks)
            page.links.reserve(found.size());
        for (qsizetype i = 0; i < found.size(); ++i) {
            const Link &link = *classified[std::size_t(i)];
            if (m_keepLinks) {
                if (!link.valid)
                    page.links << QString::fromUtf8(found.at(i)); // as written, fragment too
                else if (keptUrls.insert(link.urlHash, link.url))
                    page.links << link.url;
            }
            if (!follow)
                continue;
            ++output.verdicts[std::size_t(link.verdict)];
            // A link the frontier already holds at this depth or less (most of a site's links
            // are on every page) is not sent again.
            if (link.verdict != Scope::Verdict::Allowed
                || link.admitted->load(std::memory_order_relaxed) <= entry.depth + 1
                || !seenKeys.insert(link.keyHash, link.key))
                continue;
            output.links << FrontierEntry{link.url, link.key, page.finalUrl, entry.depth + 1, 0};
            output.admitted.push_back(link.admitted);
        }
    }
    if (!fresh.empty() || !older.empty()) {
        const QWriteLocker locker(&m_links->lock);
        for (const qsizetype i : older) {
            // Looked up again: another worker may have moved the generations since.
            bool inOlder = false;
            const QByteArray text = textAt(i);
            if (const Link *link = m_links->find(text, &inOlder); link && inOlder)
                m_links->insert(text, Link(*link));
        }
        for (auto &[i, link] : fresh)
            m_links->insert(textAt(i), std::move(link));
    }

    if (noIndex) {
        page.state = PageState::Skipped;
        page.error = PageError::NoIndex;
        page.errorMessage = QCoreApplication::translate(
            "PageProcessor", "The page asks not to be indexed (robots noindex); its content "
                             "was not kept.");
        page.links.clear();
    } else {
        page.markdown = std::move(extracted.markdown);
        page.html = std::move(extracted.html);
        page.rawHtmlUtf8 = std::move(extracted.rawHtml);
        // The server's gzip holds the same text when decoding the charset changed nothing (the
        // usual UTF-8 page: the raw HTML then shares the body's bytes).
        if (!result.gzipBody.isEmpty() && !page.rawHtmlUtf8.isEmpty()
            && (page.rawHtmlUtf8.constData() == result.body.constData()
                || page.rawHtmlUtf8 == result.body)
            && page.rawHtmlUtf8.size() == result.body.size())
            page.rawHtmlGzip = result.gzipBody;
        page.textContent = std::move(extracted.textContent);
    }
    page.metadataJson = extracted.metadata.json();
    output.page = std::move(page);
    return output;
}
