// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A CSS selector list as Firecrawl's includeTags / excludeTags take them ("article", ".note",
// "#main", "div.post > p", "a[href^=http]", "nav, footer"). Supported:
// - type selectors (case-insensitive) and the universal selector `*`;
// - `#id` and `.class` (case-sensitive, as in a standards-mode page), any number of each;
// - attribute selectors `[attr]`, `[attr=value]`, `[attr~=value]`, `[attr|=value]`,
//   `[attr^=value]`, `[attr$=value]`, `[attr*=value]`, the value quoted ('' or "") or a bare
//   word, an optional ` i` flag for an ASCII case-insensitive value (` s`: sensitive);
//   attribute names are case-insensitive;
// - compounds of the above (`div.note#x[data-a=b]`), the descendant (whitespace) and child (`>`)
//   combinators, and a comma-separated list (matches when any item matches);
// - CSS escapes (`\:` or `\3A `) in names and values.
// Not supported (parse() fails with a reason): pseudo-classes and pseudo-elements (`:not()`,
// `::before`), the sibling combinators `+` and `~`, namespaces (`svg|a`).
// Matching walks up the parents iteratively; each descendant-separated part of a selector is
// anchored at the nearest ancestor that matches it, which is exact for these two combinators
// (no backtracking), so a match costs at most depth x selector length.
// Immutable once parsed; copyable; safe to use from any thread.
class Selector final
{
public:
    // Matches nothing.
    Selector() = default;

    // A parsed selector list, or nullopt and a reason in `error` (when given).
    static std::optional<Selector> parse(const QString &text, QString *error = nullptr);

    // Whether `element` matches any item of the list; false for nodes that are not elements.
    bool matches(const HtmlTree &tree, HtmlTree::NodeId element) const;

    // The text the selector was parsed from.
    QString text() const { return m_text; }

private:
    enum class Operator : quint8
    {
        Exists,
        Equals,
        Includes,
        DashMatch,
        Prefix,
        Suffix,
        Contains
    };
    enum class Combinator : quint8
    {
        Descendant,
        Child
    };

    struct AttributeTest
    {
        QByteArray name;
        QByteArray value;
        Operator op = Operator::Exists;
        bool ignoreCase = false;
    };

    struct Compound
    {
        QByteArray tag; // lower case; empty for any element
        QList<QByteArray> ids;
        QList<QByteArray> classes;
        QList<AttributeTest> attributes;
        // How this compound relates to the one on its left (unused for the left-most).
        Combinator combinator = Combinator::Descendant;
    };

    // Left to right, as written.
    using Complex = QList<Compound>;

    friend class SelectorParser;

    static bool matchesCompound(const HtmlTree &tree, HtmlTree::NodeId element,
                                const Compound &compound);
    static bool matchesAttribute(const HtmlTree &tree, HtmlTree::NodeId element,
                                 const AttributeTest &test);
    static HtmlTree::NodeId matchChain(const HtmlTree &tree, HtmlTree::NodeId element,
                                       const Complex &complex, qsizetype first, qsizetype last);
    static bool matchesComplex(const HtmlTree &tree, HtmlTree::NodeId element,
                               const Complex &complex);

    QList<Complex> m_list;
    QString m_text;
};
