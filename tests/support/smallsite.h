// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

class TestHttpServer;

// A small site for crawl tests. "/" links to the sections /a/ /b/ /c/ (depth 1), each links to
// four pages (depth 2, also under a tracking-parameter variant), each page to a deep page
// (depth 3), and the deep pages to /missing, a 404 (depth 4). Plus links that must not be
// crawled: a fragment, mailto: and another host.
namespace SmallSite {

constexpr int pageCount = 1 + 3 + 12 + 12 + 1;
constexpr int pagesWithinDepth[] = {1, 4, 16, 28, 29}; // by max depth 0..4

void serve(TestHttpServer &server);
QByteArray page(const QString &title, const QStringList &links);
// Requests for pages: robots.txt and sitemaps are the crawler's own business.
int pageRequests(const TestHttpServer &server);

} // namespace SmallSite
