// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"
#include "extract/selector.h"

#include <QList>

// Firecrawl's scrape options that decide what of a page is content.
struct ContentOptions
{
    bool onlyMainContent = false;
    QList<Selector> includeTags;
    QList<Selector> excludeTags;
};

// Decides what of a page is content: the roots to render, in document order, and the nodes to
// leave out inside them. Firecrawl's semantics:
//
// - script, style, noscript and template are never content.
// - excludeTags: every element matching a selector is left out with its subtree. Selectors are
//   matched against the whole page (so "main p" means a <p> inside <main>), and a root inside an
//   excluded element is no root.
// - includeTags: the roots are the outermost elements matching a selector, in document order,
//   outside <head> (<html> matching means the body). No match: no roots (an empty page, as
//   Firecrawl returns). Otherwise the root is the body.
// - onlyMainContent, without includeTags: the root is the page's main element, the first of
//   these that is neither hidden nor excluded: the first <main>; the first [role~=main];
//   the only outermost <article> outside nav/aside/header/footer/dialog; the first element with
//   id main, content, main-content or maincontent or with class main-content or maincontent.
//   Inside it, the Blocks rules below drop boilerplate (nav, ads, share, cookie banners, ...);
//   the Chrome rules (header, footer) do not apply: headers and footers are legitimate inside
//   an article. Without a main element, the root is the body and both rule sets apply, the
//   Chrome rules only outside <article> and the main markers (a post's <header> holds its title).
//   With includeTags, both rule sets apply inside the included roots the same way (the roots
//   themselves are always kept: includeTags ["nav"] gives the nav).
//   Elements that are or contain a main marker (<main>, [role=main], #main, #content,
//   #main-content, #maincontent, .main-content, .maincontent) are never dropped.
//   When the result holds no text at all, the main element is abandoned for the body with the
//   same rules; when that holds no text either, the body without onlyMainContent filtering
//   (excludeTags still apply; with includeTags, the included roots unfiltered).
//
// Blocks rules (applied everywhere inside the roots):
// - tags: nav, aside, dialog, search;
// - role (any token): navigation, complementary, search, dialog, alertdialog (so also
//   <form role=search>);
// - the hidden attribute (except hidden=until-found), aria-hidden=true;
// - id and class words (each class, and the id, split into tokens at non-alphanumerics,
//   lower/upper case changes and letter/digit changes, lower-cased; "sideBar-2" is side, bar,
//   2). A rule is a token sequence that must equal the whole word ("exact") or its first or last
//   tokens ("edge"); tokens are compared whole, never as substrings ("advertisement" is its own
//   rule, not a prefix match of "advert"; "download-ads-free" has "ads" in the middle and does
//   not match; "shadow" has no "ad" token). Words whose first token is a state or taxonomy
//   prefix (has, no, with, without, is, hide, show, tag, category, cat, term, type, format,
//   status: "has-sidebar", "tag-social") never match.
//   edge: cookie, cookies, cookiebanner, cookieconsent, cookienotice, cookielaw, consent, gdpr,
//   onetrust, modal, popup, popups, advert, adverts, advertisement, advertisements,
//   advertising, adsense, adsbygoogle, ad, ads, ad-slot, sponsor, sponsors, sponsored, sidebar,
//   side-bar, breadcrumb, breadcrumbs, newsletter, subscribe, social, share, sharing,
//   sharethis, addthis, sharedaddy, nav, navbar, navigation, menu, comments, disqus, related,
//   skip-link, skiplink, skip-to, search-form, searchform, search-box, searchbox, search-bar,
//   lang-selector, language-selector, language-switcher;
//   exact: overlay, search.
// Chrome rules (only with the body or an included element as root, outside <article> and the
// main markers):
// - tags: header, footer; role: banner, contentinfo;
// - exact id/class words: header, footer, masthead, colophon, site-header, site-footer,
//   global-header, global-footer, main-header, main-footer, page-footer ("header-image",
//   "card-footer", "section-header" are content).
class MainContent final
{
public:
    // How the roots were chosen.
    enum class Choice : quint8
    {
        Body,         // the body, no main-content filtering
        Included,     // includeTags
        MainElement,  // onlyMainContent: a main element (see above)
        FilteredBody, // onlyMainContent: the body with boilerplate dropped
        Fallback,     // onlyMainContent left no text: the body (or the included roots) unfiltered
    };

    // Decides what of the page is content: returns the roots to render (in document order) and
    // a predicate for nodes to skip inside them.
    static MainContent select(const HtmlTree &tree, const ContentOptions &options);

    QList<HtmlTree::NodeId> roots() const { return m_roots; }
    // Whether `node` is left out: true for dropped nodes, everything inside them, and every node
    // outside the roots (also for ids out of range); false for the roots and what they keep.
    // Render from each root: the roots' ancestors are skipped too.
    bool skip(HtmlTree::NodeId node) const
    {
        return node < 0 || node >= m_skip.size() || m_skip.at(node);
    }
    Choice choice() const { return m_choice; }

private:
    friend class MainContentBuilder;

    QList<HtmlTree::NodeId> m_roots;
    QList<bool> m_skip;
    Choice m_choice = Choice::Body;
};
