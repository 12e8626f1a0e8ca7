// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// robots.txt rules for one user agent (RFC 9309). An immutable value: parse once per host, then
// query from any thread.
class RobotsTxt final
{
public:
    static constexpr qint64 maxBytes = 500 * 1024; // RFC 9309 2.5: parse at least 500 KiB; we parse
                                                   // exactly the first 500 KiB (a line cut by the
                                                   // limit is dropped)

    RobotsTxt() = default; // allows everything, like allowAll()

    // Parses `body` for the crawler whose product token is `userAgentToken` (e.g. "Trawl"; matched
    // case-insensitively against User-agent lines, whose values are read up to the end of their
    // product token, so "Trawl/1.0" names Trawl; the group(s) naming the token win, else the "*"
    // group(s), else allow all). Groups with the same user agent are merged. Only Allow and
    // Disallow lines end a run of User-agent lines; blank lines, Sitemap, Crawl-delay and unknown
    // lines do not. Tolerates: BOM, CR/LF/CRLF line ends, comments, missing colon spaces,
    // leading/trailing whitespace, unknown lines, lines before any user-agent, "Disallow:" with
    // empty value (= allow all), garbage or binary input (never crashes; unparsable lines ignored).
    static RobotsTxt parse(const QByteArray &body, const QString &userAgentToken);
    static RobotsTxt allowAll();    // 4xx / missing robots.txt
    static RobotsTxt disallowAll(); // 5xx / unreachable robots.txt ("complete disallow" per RFC
                                    // 2.3.1.4)

    // Matches the URL's path + "?" + query (percent-encoding normalized per RFC: compare with
    // octets percent-encoded consistently, e.g. "/a%3c" vs "/a%3C" and "/~x" vs "/%7Ex" equal;
    // reserved characters stay distinct from their encoding, "/a%2Fb" is not "/a/b", except that
    // a "%2A" or "%24" in a rule matches a literal "*" or "$"). Longest match wins (by pattern
    // length in octets, after normalization); on a tie between Allow and Disallow, Allow wins.
    // "*" matches any sequence, "$" at the end anchors. "/robots.txt" is always allowed.
    bool isAllowed(const QUrl &url) const;
    // Crawl-delay of the group that applies (seconds, may be fractional), if any and valid (>= 0,
    // finite, plain decimal like "10" or "0.5"); the largest when several apply.
    std::optional<double> crawlDelay() const { return m_crawlDelay; }
    // Every Sitemap: line in the file (any group, or outside groups), absolute URLs as written, in
    // order, duplicates removed.
    QStringList sitemaps() const { return m_sitemaps; }
    bool isAllowAll() const { return !m_hasDisallow; } // no Disallow rule applies at all

private:
    // One Allow or Disallow line, compiled for matching.
    struct Rule
    {
        QByteArrayList pieces; // the normalized pattern split at '*' (one piece when it has none)
        qsizetype length = 0;  // octets of the normalized pattern, with its '*' and final '$'
        bool anchored = false; // the pattern ended with '$'
        bool allow = false;

        bool matches(QByteArrayView path) const;
    };

    static Rule compileRule(QByteArrayView value, bool allow);
    void addRules(QList<Rule> rules);

    QList<Rule> m_rules; // longest first; Allow before Disallow of the same length
    QStringList m_sitemaps;
    std::optional<double> m_crawlDelay;
    bool m_hasDisallow = false;
};
