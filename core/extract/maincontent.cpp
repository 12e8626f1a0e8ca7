// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/maincontent.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

using NodeId = HtmlTree::NodeId;
using Tokens = QVarLengthArray<QByteArrayView, 8>;

enum class Group : quint8
{
    Blocks,
    Chrome
};
enum class Match : quint8
{
    Edge,
    Exact
};

// The rule lists documented in maincontent.h: words separated by spaces, tokens by '-'.
// Blocks rules matching the first or last tokens of a word.
constexpr char blockEdgeRules[] =
    "cookie cookies cookiebanner cookieconsent cookienotice cookielaw consent gdpr onetrust modal "
    "popup popups advert adverts advertisement advertisements advertising adsense adsbygoogle ad "
    "ads ad-slot sponsor sponsors sponsored sidebar side-bar breadcrumb breadcrumbs newsletter "
    "subscribe social share sharing sharethis addthis sharedaddy nav navbar navigation menu "
    "comments disqus related skip-link skiplink skip-to search-form searchform search-box "
    "searchbox search-bar lang-selector language-selector language-switcher";
// Blocks rules matching a whole word.
constexpr char blockExactRules[] = "overlay search";
// Chrome rules matching a whole word.
constexpr char chromeExactRules[] =
    "header footer masthead colophon site-header site-footer global-header global-footer "
    "main-header main-footer page-footer";

// First tokens that make a word a state or a taxonomy term, never a block ("has-sidebar").
constexpr std::array<QByteArrayView, 14> stopPrefixes{"has",  "no",   "with",   "without",  "is",
                                                      "hide", "show", "tag",    "category", "cat",
                                                      "term", "type", "format", "status"};

constexpr std::array<QByteArrayView, 4> neverContent{"script", "style", "noscript", "template"};
constexpr std::array<QByteArrayView, 4> blockTags{"nav", "aside", "dialog", "search"};
constexpr std::array<QByteArrayView, 5> blockRoles{"navigation", "complementary", "search",
                                                   "dialog", "alertdialog"};
constexpr std::array<QByteArrayView, 2> chromeTags{"header", "footer"};
constexpr std::array<QByteArrayView, 2> chromeRoles{"banner", "contentinfo"};
constexpr std::array<QByteArrayView, 4> markerIds{"main", "content", "main-content", "maincontent"};
constexpr std::array<QByteArrayView, 2> markerClasses{"main-content", "maincontent"};
// An <article> inside one of these is not the page's article.
constexpr std::array<QByteArrayView, 6> notArticleContainers{"nav",    "aside",  "header",
                                                             "footer", "dialog", "article"};

template<std::size_t N>
bool oneOf(QByteArrayView value, const std::array<QByteArrayView, N> &set)
{
    return std::find(set.begin(), set.end(), value) != set.end();
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

enum class CharClass : quint8
{
    Separator,
    Lower,
    Upper,
    Digit
};

CharClass charClass(char c)
{
    const uchar u = uchar(c);
    if (u >= 0x80 || (u >= 'a' && u <= 'z'))
        return CharClass::Lower;
    if (u >= 'A' && u <= 'Z')
        return CharClass::Upper;
    if (u >= '0' && u <= '9')
        return CharClass::Digit;
    return CharClass::Separator;
}

// Splits a class name or id into tokens: at non-alphanumerics, lower-to-upper case changes
// ("sideBar"), the last capital of a run of capitals followed by a lower-case letter
// ("GDPRBanner"), and letter/digit changes ("sidebar2").
Tokens tokenize(QByteArrayView word)
{
    Tokens tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= word.size(); ++i) {
        const CharClass now = i < word.size() ? charClass(word[i]) : CharClass::Separator;
        if (start >= 0) {
            const CharClass before = charClass(word[i - 1]);
            bool split = now == CharClass::Separator;
            if (!split && before != now) {
                split = !(before == CharClass::Upper && now == CharClass::Lower);
            } else if (!split && now == CharClass::Upper && i + 1 < word.size()
                       && charClass(word[i + 1]) == CharClass::Lower) {
                split = true; // "GDPRBanner": the B starts a token
            }
            if (split) {
                tokens.append(word.sliced(start, i - start));
                start = -1;
            }
        }
        if (start < 0 && now != CharClass::Separator)
            start = i;
    }
    return tokens;
}

struct Rule
{
    Tokens tokens;
    Match match;
    Group group;
};

const QList<Rule> &rules()
{
    static const QList<Rule> compiled = [] {
        QList<Rule> list;
        const auto add = [&list](QByteArrayView words, Match match, Group group) {
            while (!words.isEmpty()) {
                const qsizetype space = words.indexOf(' ');
                const QByteArrayView word = space < 0 ? words : words.first(space);
                if (!word.isEmpty())
                    list.append({tokenize(word), match, group});
                words = space < 0 ? QByteArrayView() : words.sliced(space + 1);
            }
        };
        add(blockEdgeRules, Match::Edge, Group::Blocks);
        add(blockExactRules, Match::Exact, Group::Blocks);
        add(chromeExactRules, Match::Exact, Group::Chrome);
        return list;
    }();
    return compiled;
}

bool sameTokens(const Tokens &tokens, qsizetype from, const Tokens &wanted)
{
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (tokens[from + i].compare(wanted[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool wordMatches(QByteArrayView word, Group group)
{
    const Tokens tokens = tokenize(word);
    if (tokens.isEmpty())
        return false;
    for (const QByteArrayView stop : stopPrefixes) {
        if (tokens.front().compare(stop, Qt::CaseInsensitive) == 0)
            return false;
    }
    for (const Rule &rule : rules()) {
        const qsizetype k = rule.tokens.size();
        if (rule.group != group || k > tokens.size())
            continue;
        if (rule.match == Match::Exact) {
            if (k == tokens.size() && sameTokens(tokens, 0, rule.tokens))
                return true;
        } else if (sameTokens(tokens, 0, rule.tokens)
                   || sameTokens(tokens, tokens.size() - k, rule.tokens)) {
            return true;
        }
    }
    return false;
}

// Calls `f` with each whitespace-separated word of `value` until it returns true.
template<typename F>
bool anyWord(QByteArrayView value, F f)
{
    qsizetype start = 0;
    while (start < value.size()) {
        while (start < value.size() && isAsciiSpace(value[start]))
            ++start;
        qsizetype end = start;
        while (end < value.size() && !isAsciiSpace(value[end]))
            ++end;
        if (end > start && f(value.sliced(start, end - start)))
            return true;
        start = end;
    }
    return false;
}

template<std::size_t N>
bool hasRole(const HtmlTree &tree, NodeId node, const std::array<QByteArrayView, N> &roles)
{
    return anyWord(tree.attribute(node, "role"), [&roles](QByteArrayView role) {
        return std::any_of(roles.begin(), roles.end(), [role](QByteArrayView wanted) {
            return role.compare(wanted, Qt::CaseInsensitive) == 0;
        });
    });
}

bool hasBoilerplateWord(const HtmlTree &tree, NodeId node, Group group)
{
    const auto matches = [group](QByteArrayView word) { return wordMatches(word, group); };
    return anyWord(tree.attribute(node, "id"), matches)
           || anyWord(tree.attribute(node, "class"), matches);
}

bool isHidden(const HtmlTree &tree, NodeId node)
{
    const QByteArrayView hidden = tree.attribute(node, "hidden");
    if (!hidden.isNull() && hidden.trimmed().compare("until-found", Qt::CaseInsensitive) != 0)
        return true;
    return tree.attribute(node, "aria-hidden").trimmed().compare("true", Qt::CaseInsensitive) == 0;
}

bool isMainMarker(const HtmlTree &tree, NodeId node)
{
    if (!tree.isElement(node))
        return false;
    if (tree.tag(node) == "main" || hasRole(tree, node, std::array<QByteArrayView, 1>{"main"}))
        return true;
    const QByteArrayView id = tree.attribute(node, "id");
    if (!id.isNull() && oneOf(id.trimmed(), markerIds))
        return true;
    return anyWord(tree.attribute(node, "class"),
                   [](QByteArrayView word) { return oneOf(word, markerClasses); });
}

bool isBlocksBoilerplate(const HtmlTree &tree, NodeId node)
{
    return oneOf(tree.tag(node), blockTags) || hasRole(tree, node, blockRoles)
           || isHidden(tree, node) || hasBoilerplateWord(tree, node, Group::Blocks);
}

bool isChrome(const HtmlTree &tree, NodeId node)
{
    return oneOf(tree.tag(node), chromeTags) || hasRole(tree, node, chromeRoles)
           || hasBoilerplateWord(tree, node, Group::Chrome);
}

} // namespace

class MainContentBuilder
{
public:
    // Which boilerplate rules apply: none, the Blocks rules (inside a main element), or the
    // Blocks and Chrome rules (the body or included roots).
    enum class Rules : quint8
    {
        None,
        Blocks,
        All
    };

    MainContentBuilder(const HtmlTree &tree, const ContentOptions &options)
        : m_tree(tree)
        , m_options(options)
    {}

    MainContent build()
    {
        MainContent result;
        m_skip = QList<bool>(m_tree.nodeCount(), true);
        if (!m_options.excludeTags.isEmpty())
            markExcluded();
        if (m_options.onlyMainContent)
            markProtected();
        const bool only = m_options.onlyMainContent;
        const QList<NodeId> body = notExcluded({m_tree.body()});
        if (!m_options.includeTags.isEmpty()) {
            result.m_roots = included();
            result.m_choice = MainContent::Choice::Included;
            if (!fill(result.m_roots, only ? Rules::All : Rules::None) && only
                && !result.m_roots.isEmpty()) {
                fill(result.m_roots, Rules::None);
                result.m_choice = MainContent::Choice::Fallback;
            }
        } else if (!only) {
            result.m_roots = body;
            result.m_choice = MainContent::Choice::Body;
            fill(body, Rules::None);
        } else if (const NodeId main = mainElement();
                   main != HtmlTree::none && fill({main}, Rules::Blocks)) {
            result.m_roots = {main};
            result.m_choice = MainContent::Choice::MainElement;
        } else if (fill(body, Rules::All)) {
            result.m_roots = body;
            result.m_choice = MainContent::Choice::FilteredBody;
        } else {
            result.m_roots = body;
            result.m_choice = MainContent::Choice::Fallback;
            fill(body, Rules::None);
        }
        result.m_skip = std::move(m_skip);
        return result;
    }

private:
    bool excluded(NodeId node) const { return !m_excluded.isEmpty() && m_excluded.at(node); }

    bool matchesAny(const QList<Selector> &selectors, NodeId node) const
    {
        return std::any_of(selectors.begin(), selectors.end(), [&](const Selector &selector) {
            return selector.matches(m_tree, node);
        });
    }

    void markSubtree(QList<bool> &marks, NodeId top)
    {
        for (NodeId node = top; node != HtmlTree::none; node = m_tree.next(node, top))
            marks[node] = true;
    }

    void markExcluded()
    {
        m_excluded = QList<bool>(m_tree.nodeCount(), false);
        const NodeId root = m_tree.root();
        for (NodeId node = root; node != HtmlTree::none;) {
            if (m_tree.isElement(node) && matchesAny(m_options.excludeTags, node)) {
                markSubtree(m_excluded, node);
                node = m_tree.next(node, root, true);
            } else {
                node = m_tree.next(node, root);
            }
        }
    }

    // Main markers and their ancestors.
    void markProtected()
    {
        m_protected = QList<bool>(m_tree.nodeCount(), false);
        const NodeId root = m_tree.root();
        for (NodeId node = root; node != HtmlTree::none; node = m_tree.next(node, root)) {
            if (!isMainMarker(m_tree, node))
                continue;
            for (NodeId up = node; up != HtmlTree::none && !m_protected.at(up);
                 up = m_tree.parent(up))
                m_protected[up] = true;
        }
    }

    QList<NodeId> notExcluded(QList<NodeId> roots) const
    {
        roots.removeIf([this](NodeId node) { return node == HtmlTree::none || excluded(node); });
        return roots;
    }

    // The outermost elements matching includeTags, outside head, templates and excluded parts.
    QList<NodeId> included() const
    {
        QList<NodeId> roots;
        const NodeId root = m_tree.root();
        for (NodeId node = root; node != HtmlTree::none;) {
            const bool element = m_tree.isElement(node);
            if (element
                && (node == m_tree.head() || excluded(node) || m_tree.tag(node) == "template")) {
                node = m_tree.next(node, root, true);
            } else if (element && matchesAny(m_options.includeTags, node)) {
                roots.append(node == m_tree.htmlElement() ? m_tree.body() : node);
                node = m_tree.next(node, root, true);
            } else {
                node = m_tree.next(node, root);
            }
        }
        return notExcluded(roots);
    }

    bool isPagesArticle(NodeId article) const
    {
        for (NodeId up = m_tree.parent(article); up != HtmlTree::none; up = m_tree.parent(up)) {
            if (oneOf(m_tree.tag(up), notArticleContainers))
                return false;
        }
        return true;
    }

    // The main element by the priorities documented in maincontent.h, or none.
    NodeId mainElement() const
    {
        NodeId main = HtmlTree::none;
        NodeId roleMain = HtmlTree::none;
        NodeId article = HtmlTree::none;
        int articles = 0;
        NodeId marker = HtmlTree::none;
        const NodeId body = m_tree.body();
        if (body == HtmlTree::none)
            return HtmlTree::none;
        for (NodeId node = body; node != HtmlTree::none;) {
            if (!m_tree.isElement(node)) {
                node = m_tree.next(node, body);
                continue;
            }
            const QByteArrayView tag = m_tree.tag(node);
            if (excluded(node) || tag == "template" || isHidden(m_tree, node)) {
                node = m_tree.next(node, body, true);
                continue;
            }
            if (tag == "main" && main == HtmlTree::none)
                main = node;
            else if (tag == "article" && isPagesArticle(node)) {
                article = node;
                ++articles;
            }
            if (roleMain == HtmlTree::none
                && hasRole(m_tree, node, std::array<QByteArrayView, 1>{"main"}))
                roleMain = node;
            if (marker == HtmlTree::none && node != body && isMainMarker(m_tree, node))
                marker = node;
            node = m_tree.next(node, body);
        }
        if (main != HtmlTree::none)
            return main;
        if (roleMain != HtmlTree::none)
            return roleMain;
        if (articles == 1)
            return article;
        return marker;
    }

    bool insideArticleOrMarker(NodeId node, NodeId root) const
    {
        for (NodeId up = m_tree.parent(node); up != HtmlTree::none; up = m_tree.parent(up)) {
            if (m_tree.tag(up) == "article" || isMainMarker(m_tree, up))
                return true;
            if (up == root)
                break;
        }
        return false;
    }

    bool dropped(NodeId node, NodeId root, Rules rules) const
    {
        if (!m_tree.isElement(node))
            return false;
        if (oneOf(m_tree.tag(node), neverContent) || excluded(node))
            return true;
        if (rules == Rules::None || m_protected.at(node))
            return false;
        if (isBlocksBoilerplate(m_tree, node))
            return true;
        return rules == Rules::All && isChrome(m_tree, node) && !insideArticleOrMarker(node, root);
    }

    // Marks what `roots` keep under `rules`; whether any of it is non-blank text.
    bool fill(const QList<NodeId> &roots, Rules rules)
    {
        m_skip.fill(true);
        bool text = false;
        for (const NodeId root : roots) {
            for (NodeId node = root; node != HtmlTree::none;) {
                if (node != root && dropped(node, root, rules)) {
                    node = m_tree.next(node, root, true);
                    continue;
                }
                m_skip[node] = false;
                if (!text && m_tree.kind(node) == HtmlTree::Kind::Text) {
                    const QByteArrayView bytes = m_tree.text(node);
                    text = !std::all_of(bytes.begin(), bytes.end(), isAsciiSpace);
                }
                node = m_tree.next(node, root);
            }
        }
        return text;
    }

    const HtmlTree &m_tree;
    const ContentOptions &m_options;
    QList<bool> m_skip;
    QList<bool> m_excluded;  // empty without excludeTags
    QList<bool> m_protected; // empty without onlyMainContent
};

MainContent MainContent::select(const HtmlTree &tree, const ContentOptions &options)
{
    return MainContentBuilder(tree, options).build();
}
