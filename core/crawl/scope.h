// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Which URLs a crawl may enter. For now: the start page's host (http or https, with or without a
// leading "www."), as Firecrawl does by default.
class Scope final
{
public:
    explicit Scope(const QUrl &start);

    bool allows(const QUrl &url) const;
    QString host() const { return m_host; }

private:
    static QString bareHost(const QUrl &url);

    QString m_host; // lower-case, without "www."
};
