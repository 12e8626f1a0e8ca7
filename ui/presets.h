// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QList>
#include <QString>

#include <optional>

// Named sets of crawl options for the New crawl dialog. Built-in presets come with Trawl; the
// user's own are JSON files (a Firecrawl POST /v1/crawl body without "url", plus "name") in one
// folder, one file per preset.
class Presets final
{
public:
    struct Preset
    {
        QString name;
        CrawlOptions options; // url unset
        bool builtIn = false;
    };

    explicit Presets(const QString &folder);

    // Built-in presets first, then the user's, by name.
    QList<Preset> all() const;
    std::optional<Preset> find(const QString &name) const;
    // Saves (or replaces) a user preset. A built-in name cannot be taken.
    bool save(const QString &name, const CrawlOptions &options, QString *error);
    bool remove(const QString &name, QString *error);

    static QList<Preset> builtIns();

private:
    QString fileFor(const QString &name) const;

    QString m_folder;
};
