// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/robotstxt.h"

#include <QByteArrayView>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr char hexDigits[] = "0123456789ABCDEF";

bool isUnreserved(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.' || c == '_' || c == '~';
}

// RFC 3986 reserved characters, except '*' and '$' which matching treats apart.
bool isPlainReserved(uchar c)
{
    switch (c) {
    case ':':
    case '/':
    case '?':
    case '#':
    case '[':
    case ']':
    case '@':
    case '!':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '+':
    case ',':
    case ';':
    case '=':
        return true;
    default:
        return false;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendEncoded(QByteArray &out, uchar c)
{
    out.append('%');
    out.append(hexDigits[c >> 4]);
    out.append(hexDigits[c & 0xF]);
}

enum class Source
{
    Pattern,
    Url
};

// The form both sides are compared in: escaped unreserved characters decoded, other escapes with
// upper-case hex digits, reserved characters kept as they are (literal and escaped stay distinct),
// everything else encoded (non-ASCII octets, controls, space, '"', a '%' without two hex digits).
// '*' and '$' are the exception: a URL's are encoded, so that a pattern's "%2A" and "%24" match
// them (RFC 9309 2.2.3) while a pattern's '*' stays a wildcard.
void appendNormalized(QByteArray &out, QByteArrayView in, Source source)
{
    for (qsizetype i = 0; i < in.size(); ++i) {
        const uchar c = uchar(in.at(i));
        if (c == '%') {
            const bool escape =
                i + 2 < in.size() && hexValue(in.at(i + 1)) >= 0 && hexValue(in.at(i + 2)) >= 0;
            if (!escape) {
                out.append("%25");
                continue;
            }
            const uchar decoded = uchar(hexValue(in.at(i + 1)) * 16 + hexValue(in.at(i + 2)));
            if (isUnreserved(decoded))
                out.append(char(decoded));
            else
                appendEncoded(out, decoded);
            i += 2;
        } else if (c == '*' && source == Source::Pattern) {
            out.append('*');
        } else if (isUnreserved(c) || isPlainReserved(c)) {
            out.append(char(c));
        } else {
            appendEncoded(out, c);
        }
    }
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView other)
{
    if (text.size() != other.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text.at(i)) != asciiLower(other.at(i)))
            return false;
    }
    return true;
}

// RFC 9309 2.2.1: a product token is made of letters, '_' and '-'. A User-agent value is read up
// to the end of its token ("Trawl/1.0 (+https://...)" names Trawl).
QByteArrayView productToken(QByteArrayView value)
{
    qsizetype end = 0;
    while (end < value.size()) {
        const char c = value.at(end);
        const bool tokenChar =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '-';
        if (!tokenChar)
            break;
        ++end;
    }
    return value.first(end);
}

enum class Key
{
    UserAgent,
    Allow,
    Disallow,
    CrawlDelay,
    Sitemap,
    Unknown
};

// Record names are case-insensitive; no misspellings are accepted.
Key keyOf(QByteArrayView name)
{
    if (equalsIgnoringCase(name, "user-agent"))
        return Key::UserAgent;
    if (equalsIgnoringCase(name, "allow"))
        return Key::Allow;
    if (equalsIgnoringCase(name, "disallow"))
        return Key::Disallow;
    if (equalsIgnoringCase(name, "crawl-delay"))
        return Key::CrawlDelay;
    if (equalsIgnoringCase(name, "sitemap"))
        return Key::Sitemap;
    return Key::Unknown;
}

bool isGlobalAgent(QByteArrayView value)
{
    return value.startsWith('*') && (value.size() == 1 || isBlank(value.at(1)));
}

// A plain decimal number of seconds ("10", "0.5", ".5"); anything else ("-1", "1e3", "inf",
// "10s", "1,5") is invalid.
std::optional<double> parseDelay(QByteArrayView value)
{
    qsizetype digits = 0;
    bool dot = false;
    for (char c : value) {
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    bool ok = false;
    const double delay = value.toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(delay) || delay < 0)
        return std::nullopt;
    return delay;
}

void raiseDelay(std::optional<double> &current, double delay)
{
    current = current ? std::max(*current, delay) : delay;
}

// Sitemap values kept: absolute URLs with a host.
bool isAbsoluteUrl(const QString &value)
{
    const QUrl url(value);
    return url.isValid() && !url.isRelative() && !url.host().isEmpty();
}

// The first maxBytes of the body, without the line the limit cuts (unless it is cut exactly at its
// end): a truncated Allow would allow more than written.
QByteArrayView limitedBody(const QByteArray &body)
{
    const QByteArrayView data(body);
    if (data.size() <= RobotsTxt::maxBytes)
        return data;
    const char next = data.at(RobotsTxt::maxBytes);
    if (next == '\n' || next == '\r')
        return data.first(RobotsTxt::maxBytes);
    qsizetype end = RobotsTxt::maxBytes;
    while (end > 0 && data.at(end - 1) != '\n' && data.at(end - 1) != '\r')
        --end;
    return data.first(end);
}

} // namespace

bool RobotsTxt::Rule::matches(QByteArrayView path) const
{
    const QByteArray &first = pieces.front();
    if (pieces.size() == 1) {
        if (anchored && path.size() != first.size())
            return false;
        return path.startsWith(first);
    }
    // Only '*' wildcards: the leftmost place of each middle piece leaves the most room for the
    // rest, so no backtracking is needed and the cost stays linear in the path per piece.
    if (!path.startsWith(first))
        return false;
    qsizetype position = first.size();
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        const qsizetype found = path.indexOf(pieces.at(i), position);
        if (found < 0)
            return false;
        position = found + pieces.at(i).size();
    }
    const QByteArray &last = pieces.back();
    if (anchored)
        return path.size() - position >= last.size() && path.endsWith(last);
    return last.isEmpty() || path.indexOf(last, position) >= 0;
}

RobotsTxt::Rule RobotsTxt::compileRule(QByteArrayView value, bool allow)
{
    Rule rule;
    rule.allow = allow;
    QByteArrayView pattern = value;
    if (pattern.endsWith('$')) {
        rule.anchored = true;
        pattern.chop(1);
    }
    QByteArray normalized;
    normalized.reserve(pattern.size() + 8);
    appendNormalized(normalized, pattern, Source::Pattern);
    rule.length = normalized.size() + (rule.anchored ? 1 : 0);
    const QByteArrayList pieces = normalized.split('*');
    // Empty middle pieces ("**") match nothing more than one '*' does.
    rule.pieces.append(pieces.front());
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        if (!pieces.at(i).isEmpty())
            rule.pieces.append(pieces.at(i));
    }
    if (pieces.size() > 1)
        rule.pieces.append(pieces.back());
    return rule;
}

void RobotsTxt::addRules(QList<Rule> rules)
{
    std::stable_sort(rules.begin(), rules.end(), [](const Rule &a, const Rule &b) {
        if (a.length != b.length)
            return a.length > b.length;
        return a.allow && !b.allow;
    });
    m_hasDisallow =
        std::any_of(rules.cbegin(), rules.cend(), [](const Rule &rule) { return !rule.allow; });
    m_rules = std::move(rules);
}

RobotsTxt RobotsTxt::parse(const QByteArray &body, const QString &userAgentToken)
{
    const QByteArray agent = userAgentToken.trimmed().toUtf8();
    const QByteArrayView token = productToken(agent);

    // Rules of the groups naming our token and of the "*" groups; one group can be both.
    QList<Rule> specificRules;
    QList<Rule> globalRules;
    std::optional<double> specificDelay;
    std::optional<double> globalDelay;
    bool sawSpecificGroup = false;
    // The group being read: started by a User-agent line, it takes further User-agent lines until
    // its first Allow or Disallow line.
    bool inGroup = false;
    bool groupHasRules = false;
    bool groupSpecific = false;
    bool groupGlobal = false;
    QSet<QByteArray> seenRules;
    QSet<QString> seenSitemaps;
    RobotsTxt robots;

    QByteArrayView data = limitedBody(body);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = start;
        while (end < data.size() && data.at(end) != '\n' && data.at(end) != '\r')
            ++end;
        QByteArrayView line = data.sliced(start, end - start);
        start = end + 1;

        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line = line.first(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const Key key = keyOf(trimmed(line.first(colon)));
        const QByteArrayView value = trimmed(line.sliced(colon + 1));

        switch (key) {
        case Key::UserAgent:
            if (!inGroup || groupHasRules) {
                inGroup = true;
                groupHasRules = groupSpecific = groupGlobal = false;
            }
            if (isGlobalAgent(value)) {
                groupGlobal = true;
            } else if (!token.isEmpty() && equalsIgnoringCase(productToken(value), token)) {
                groupSpecific = true;
                sawSpecificGroup = true;
            }
            break;
        case Key::Allow:
        case Key::Disallow: {
            if (!inGroup)
                break; // RFC 9309 2.2.2: rules outside any group are ignored
            groupHasRules = true;
            if (value.isEmpty() || !(groupSpecific || groupGlobal))
                break; // an empty pattern matches nothing
            const bool allow = key == Key::Allow;
            const QByteArray ruleKey = (allow ? "A" : "D") + value.toByteArray();
            if (groupSpecific && !seenRules.contains('S' + ruleKey)) {
                seenRules.insert('S' + ruleKey);
                specificRules.append(compileRule(value, allow));
            }
            if (groupGlobal && !seenRules.contains('G' + ruleKey)) {
                seenRules.insert('G' + ruleKey);
                globalRules.append(compileRule(value, allow));
            }
            break;
        }
        case Key::CrawlDelay:
            // Not part of RFC 9309: like every other record it belongs to the group being read
            // and does not end its run of User-agent lines.
            if (const std::optional<double> delay = parseDelay(value); inGroup && delay) {
                if (groupSpecific)
                    raiseDelay(specificDelay, *delay);
                if (groupGlobal)
                    raiseDelay(globalDelay, *delay);
            }
            break;
        case Key::Sitemap:
            if (const QString url = QString::fromUtf8(value);
                !seenSitemaps.contains(url) && isAbsoluteUrl(url)) {
                seenSitemaps.insert(url);
                robots.m_sitemaps.append(url);
            }
            break;
        case Key::Unknown:
            break;
        }
    }

    robots.addRules(sawSpecificGroup ? std::move(specificRules) : std::move(globalRules));
    robots.m_crawlDelay = sawSpecificGroup ? specificDelay : globalDelay;
    return robots;
}

RobotsTxt RobotsTxt::allowAll()
{
    return RobotsTxt();
}

RobotsTxt RobotsTxt::disallowAll()
{
    RobotsTxt robots;
    robots.addRules({compileRule("/", false)});
    return robots;
}

bool RobotsTxt::isAllowed(const QUrl &url) const
{
    if (!m_hasDisallow)
        return true;
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    QByteArray target;
    target.reserve(path.size() + 64);
    if (!path.startsWith('/'))
        target.append('/');
    appendNormalized(target, path, Source::Url);
    if (target == "/robots.txt")
        return true; // RFC 9309 2.2.2: implicitly allowed
    if (url.hasQuery()) {
        target.append('?');
        appendNormalized(target, url.query(QUrl::FullyEncoded).toUtf8(), Source::Url);
    }
    // Longest first, Allow first among equals: the first match is the most specific one.
    for (const Rule &rule : m_rules) {
        if (rule.matches(target))
            return rule.allow;
    }
    return true;
}
