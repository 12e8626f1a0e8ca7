// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/maincontent.h"
#include "extract/metadatatext.h"
#include "extract/utf8list.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

// What Trawl keeps of an HTML page, computed in one pass over one tree: the formats asked for
// (markdown, cleaned html, raw html, links), the metadata, the plain text, and what the crawler
// needs to go on (robots directives, canonical URL, every link). The tree is built only for
// markdown and html; otherwise the tree builder runs without storing it (HtmlTree::scan), and
// the metadata and links are the same either way (MetadataCollector). Pure and thread-safe: it
// runs in the crawler's parse pool.
class PageExtractor final
{
public:
    struct Options
    {
        bool markdown = true; // also the plain text (Firecrawl v0's `content`)
        bool html = false;    // cleaned HTML of the content
        bool rawHtml = false;
        bool links = false;
        bool onlyMainContent = false;
        QStringList includeTags;
        QStringList excludeTags;
        bool removeBase64Images = false;
    };

    struct Result
    {
        QString title;
        QString description;
        QString language;
        // Firecrawl's metadata fields, every meta tag under its own key, and the encoding.
        MetadataText metadata;
        QString markdown;
        QString html;
        QByteArray rawHtml; // UTF-8, as decoded (it shares the body's bytes when they were UTF-8)
        QString textContent;
        Utf8List links;       // every link (UTF-8), resolved, deduplicated, document order
        QString canonical;    // absolute, when the page names one
        QUrl baseUrl;         // what relative links resolve against
        QString encoding;     // the character encoding the page was decoded from
        bool noIndex = false; // robots meta tag (for `robotsToken` or everyone)
        bool noFollow = false;
    };

    // Fails (with a reason) when a selector of includeTags/excludeTags does not parse.
    static std::optional<PageExtractor> create(const Options &options, QString *error);

    // `body` as fetched, `charset` from the Content-Type header, `url` the page's final URL.
    Result extract(const QByteArray &body, const QString &charset, const QUrl &url,
                   const QString &robotsToken) const;

private:
    explicit PageExtractor(const Options &options);

    Options m_options;
    ContentOptions m_content;
};
