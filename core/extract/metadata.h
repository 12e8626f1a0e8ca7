// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

// What Firecrawl reports about a page besides its content. Pure functions over a parsed tree;
// every walk is iterative. URLs resolve against `baseUrl`, or against the document's first
// <base href> outside templates (itself resolved against `baseUrl`) when it has one, as browsers
// do.
//
// extract() and links() replay the tree's elements to a MetadataCollector, which holds the rules
// below. A crawl gets the same answers without building a tree: PageExtractor runs the tree
// builder with the collector (HtmlTree::parse(utf8, &collector), or HtmlTree::scan when neither
// markdown nor html is wanted), and the builder tells it of each element as it creates it, with
// what the element is inside (head, a template, svg) as the builder's stack of open elements
// says. Building or not, the builder takes the same steps (implied end tags, scope boundaries,
// the depth limit, html/body attribute merging, which tags it ignores or renames; it switches no
// content model itself, so the scanner's own RCDATA/RAWTEXT rules hold inside svg and math in
// both), so there is no difference between the two: tst_extractstream checks it on real pages,
// the test site, the fuzz seeds and generated markup.
namespace Metadata {

// Firecrawl's metadata object. Keys are present only when the page has a non-empty value:
// - title: the first <title> in head (else the first outside svg), whitespace collapsed;
// - description, keywords, robots: <meta name=...>, the first, trimmed;
// - language: <html lang>, trimmed;
// - canonical: the first <link rel~=canonical href>, absolute;
// - favicon: the first <link rel~=icon href> (also rel="shortcut icon"), else the first
//   rel~=apple-touch-icon / apple-touch-icon-precomposed, absolute; absent when the page declares
//   none (/favicon.ico is not assumed);
// - ogTitle, ogDescription, ogUrl, ogImage, ogAudio, ogVideo, ogLocale, ogSiteName, ogType,
//   ogDeterminer: the first og:title, og:description, ... (og:site_name for ogSiteName);
//   ogLocaleAlternate: every og:locale:alternate, an array;
// - publishedTime, modifiedTime, articleSection, articleTag: article:published_time,
//   article:modified_time, article:section, article:tag;
// - Dublin Core: "DC.<a>.<b>" becomes dc<A><B> and "dcterms.<a>" dcTerms<A> (dcTitle,
//   dcCreator, dcDateCreated, dcTermsModified, ...), the first of each;
// - every <meta> with a non-empty content under its raw key, the first non-empty of its name,
//   property and itemprop attributes, as written ("og:title", "twitter:card", "viewport"); a
//   key met again turns into an array of the values in document order. A raw key equal to a
//   field above (description, keywords, robots, title) does not replace that field, which stays
//   the first value as a string.
// Meta keys are matched case-insensitively for the named fields and wherever the element is
// (itemprop metas live in the body), except inside <template>. Raw keys keep their values as
// written, named fields have them trimmed; none is resolved (ogImage and ogUrl are what the page
// says).
QJsonObject extract(const HtmlTree &tree, const QUrl &baseUrl);

// Firecrawl's links: the href of every <a> and <area>, trimmed and resolved, fully encoded,
// deduplicated, in document order. Links with a scheme other than http, https, ftp and file
// (mailto:, tel:, javascript:, ...) are kept as written; empty and fragment-only hrefs ("#top")
// and hrefs that do not resolve to a valid URL are left out, as are links inside <template>.
QStringList links(const HtmlTree &tree, const QUrl &baseUrl);

// Readable plain text of `scope` (Firecrawl v0's `content`): whitespace collapsed, one line per
// block element (p, div, headings, li, tr, ...) and <br>, table cells separated by a space,
// <pre> kept as written; script, style, noscript, template, head, title, svg, iframe, select
// and textarea dropped; nodes for which `skip` (when given) returns true dropped with their
// subtree. No leading or trailing blank lines, and blank lines only inside <pre>.
QString plainText(const HtmlTree &tree, HtmlTree::NodeId scope,
                  const std::function<bool(HtmlTree::NodeId)> &skip = {});

} // namespace Metadata
