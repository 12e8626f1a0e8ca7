// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/apibodies.h"

#include <QObject>
#include <QStringList>

#include <functional>

// POST /v1/map: the URLs of a site without their content, from its sitemaps (robots.txt's and
// /sitemap.xml, indexes followed) and the links of its start page, on the site's host (and its
// subdomains when asked), each once, filtered by `search`, at most `limit`. Each map runs with a
// Fetcher of its own on the thread this object lives on; nothing blocks.
class SiteMapper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteMapper)

public:
    static constexpr int maxSitemapFiles = 20;

    explicit SiteMapper(QObject *parent = nullptr);
    ~SiteMapper() override;

    // `done` receives the links (or, when nothing could be fetched, an empty list and why).
    void map(const ApiBodies::MapRequest &request,
             std::function<void(const QStringList &links, const QString &error)> done);
};
