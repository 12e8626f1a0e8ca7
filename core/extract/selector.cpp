// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/selector.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool isHexDigit(QChar c)
{
    return hexValue(c) >= 0;
}

bool isNameChar(QChar c)
{
    return c.unicode() >= 0x80 || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
           || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool equal(QByteArrayView a, QByteArrayView b, bool ignoreCase)
{
    return ignoreCase ? a.compare(b, Qt::CaseInsensitive) == 0 : a == b;
}

HtmlTree::NodeId parentElement(const HtmlTree &tree, HtmlTree::NodeId node)
{
    const HtmlTree::NodeId parent = tree.parent(node);
    return parent != HtmlTree::none && tree.isElement(parent) ? parent : HtmlTree::none;
}

} // namespace

// A recursive-descent parser with no recursion: the grammar (list of complexes of compounds) is
// flat, so each level is a loop.
class SelectorParser
{
public:
    explicit SelectorParser(const QString &text)
        : m_text(text)
    {}

    std::optional<QList<Selector::Complex>> parseList()
    {
        QList<Selector::Complex> list;
        skipWhitespace();
        if (atEnd())
            return fail(u"empty selector"_s);
        for (;;) {
            Selector::Complex complex;
            if (!parseComplex(complex))
                return std::nullopt;
            list.append(std::move(complex));
            skipWhitespace();
            if (atEnd())
                return list;
            if (peek() != u',')
                return fail(u"unexpected '%1' at character %2"_s.arg(peek()).arg(m_pos + 1));
            ++m_pos;
            skipWhitespace();
            if (atEnd() || peek() == u',')
                return fail(u"empty item in the selector list at character %1"_s.arg(m_pos + 1));
        }
    }

    QString error() const { return m_error; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    bool skipWhitespace()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isWhitespace(peek()))
            ++m_pos;
        return m_pos > start;
    }

    std::nullopt_t fail(const QString &error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return std::nullopt;
    }

    bool parseComplex(Selector::Complex &complex)
    {
        Selector::Compound first;
        if (!parseCompound(first))
            return false;
        complex.append(std::move(first));
        for (;;) {
            const bool spaced = skipWhitespace();
            if (atEnd() || peek() == u',')
                return true;
            Selector::Combinator combinator = Selector::Combinator::Descendant;
            const QChar c = peek();
            if (c == u'>') {
                combinator = Selector::Combinator::Child;
                ++m_pos;
                skipWhitespace();
                if (atEnd() || peek() == u',') {
                    fail(u"expected a selector after '>' at character %1"_s.arg(m_pos + 1));
                    return false;
                }
            } else if (c == u'+' || c == u'~') {
                fail(u"the sibling combinator '%1' is not supported (character %2)"_s.arg(c).arg(
                    m_pos + 1));
                return false;
            } else if (!spaced) {
                fail(u"unexpected '%1' at character %2"_s.arg(c).arg(m_pos + 1));
                return false;
            }
            Selector::Compound compound;
            compound.combinator = combinator;
            if (!parseCompound(compound))
                return false;
            complex.append(std::move(compound));
        }
    }

    bool parseCompound(Selector::Compound &compound)
    {
        bool any = false;
        if (peek() == u'*') {
            ++m_pos;
            any = true;
        } else if (isNameChar(peek()) || peek() == u'\\') {
            QString tag;
            if (!readName(tag))
                return false;
            compound.tag = tag.toLower().toUtf8();
            any = true;
        }
        if (peek() == u'|') {
            fail(u"namespaces are not supported (character %1)"_s.arg(m_pos + 1));
            return false;
        }
        for (;;) {
            const QChar c = peek();
            if (c == u'#' || c == u'.') {
                ++m_pos;
                QString name;
                if (!readName(name))
                    return false;
                if (name.isEmpty()) {
                    fail(u"expected a name after '%1' at character %2"_s.arg(c).arg(m_pos + 1));
                    return false;
                }
                (c == u'#' ? compound.ids : compound.classes).append(name.toUtf8());
            } else if (c == u'[') {
                ++m_pos;
                Selector::AttributeTest test;
                if (!parseAttribute(test))
                    return false;
                compound.attributes.append(std::move(test));
            } else if (c == u':') {
                fail(u"pseudo-classes and pseudo-elements are not supported (character %1)"_s.arg(
                    m_pos + 1));
                return false;
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            if (atEnd())
                fail(u"expected a selector at the end"_s);
            else
                fail(u"unexpected '%1' at character %2"_s.arg(peek()).arg(m_pos + 1));
            return false;
        }
        return true;
    }

    // After '['.
    bool parseAttribute(Selector::AttributeTest &test)
    {
        skipWhitespace();
        QString name;
        if (!readName(name))
            return false;
        if (name.isEmpty()) {
            fail(u"expected an attribute name at character %1"_s.arg(m_pos + 1));
            return false;
        }
        test.name = name.toLower().toUtf8();
        skipWhitespace();
        if (peek() == u']') {
            ++m_pos;
            test.op = Selector::Operator::Exists;
            return true;
        }
        const QChar c = peek();
        if (c == u'=') {
            test.op = Selector::Operator::Equals;
        } else if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'=') {
            switch (c.unicode()) {
            case u'~':
                test.op = Selector::Operator::Includes;
                break;
            case u'|':
                test.op = Selector::Operator::DashMatch;
                break;
            case u'^':
                test.op = Selector::Operator::Prefix;
                break;
            case u'$':
                test.op = Selector::Operator::Suffix;
                break;
            case u'*':
                test.op = Selector::Operator::Contains;
                break;
            default:
                fail(u"unexpected '%1' in an attribute selector at character %2"_s.arg(c).arg(m_pos
                                                                                              + 1));
                return false;
            }
            ++m_pos;
        } else {
            if (atEnd())
                fail(u"unterminated attribute selector"_s);
            else
                fail(u"unexpected '%1' in an attribute selector at character %2"_s.arg(c).arg(m_pos
                                                                                              + 1));
            return false;
        }
        ++m_pos; // '='
        skipWhitespace();
        QString value;
        if (peek() == u'"' || peek() == u'\'') {
            if (!readString(value))
                return false;
        } else {
            if (!readBareValue(value))
                return false;
            if (value.isEmpty()) {
                fail(u"expected a value in an attribute selector at character %1"_s.arg(m_pos + 1));
                return false;
            }
        }
        test.value = value.toUtf8();
        skipWhitespace();
        if (peek() == u'i' || peek() == u'I' || peek() == u's' || peek() == u'S') {
            test.ignoreCase = peek() == u'i' || peek() == u'I';
            ++m_pos;
            skipWhitespace();
        }
        if (peek() != u']') {
            if (atEnd())
                fail(u"unterminated attribute selector"_s);
            else
                fail(u"expected ']' at character %1"_s.arg(m_pos + 1));
            return false;
        }
        ++m_pos;
        if (test.ignoreCase)
            test.value = test.value.toLower();
        return true;
    }

    // After a backslash: a hex code point (1-6 digits and an optional whitespace) or a character.
    bool readEscape(QString &out)
    {
        ++m_pos;
        if (atEnd()) {
            fail(u"unterminated escape at the end"_s);
            return false;
        }
        if (!isHexDigit(peek())) {
            out += peek();
            ++m_pos;
            return true;
        }
        uint code = 0;
        for (int digits = 0; digits < 6 && !atEnd() && isHexDigit(peek()); ++digits, ++m_pos)
            code = code * 16 + uint(hexValue(peek()));
        if (!atEnd() && isWhitespace(peek()))
            ++m_pos;
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = 0xFFFD;
        const char32_t point = code;
        out += QString::fromUcs4(&point, 1);
        return true;
    }

    bool readName(QString &out)
    {
        while (!atEnd()) {
            if (peek() == u'\\') {
                if (!readEscape(out))
                    return false;
            } else if (isNameChar(peek())) {
                out += peek();
                ++m_pos;
            } else {
                break;
            }
        }
        return true;
    }

    bool readString(QString &out)
    {
        const QChar quote = peek();
        ++m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == quote) {
                ++m_pos;
                return true;
            }
            if (c == u'\\') {
                if (!readEscape(out))
                    return false;
            } else {
                out += c;
                ++m_pos;
            }
        }
        fail(u"unterminated string"_s);
        return false;
    }

    // An unquoted value. CSS wants an identifier; like browsers' query engines in practice
    // (cheerio), anything up to whitespace or ']' is taken ([href=/docs/]).
    bool readBareValue(QString &out)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\\') {
                if (!readEscape(out))
                    return false;
                continue;
            }
            if (isWhitespace(c) || c == u']')
                break;
            if (c == u'"' || c == u'\'') {
                fail(u"unexpected quote at character %1"_s.arg(m_pos + 1));
                return false;
            }
            out += c;
            ++m_pos;
        }
        return true;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

std::optional<Selector> Selector::parse(const QString &text, QString *error)
{
    SelectorParser parser(text);
    std::optional<QList<Complex>> list = parser.parseList();
    if (!list) {
        if (error)
            *error = parser.error();
        return std::nullopt;
    }
    Selector selector;
    selector.m_list = std::move(*list);
    selector.m_text = text;
    return selector;
}

bool Selector::matches(const HtmlTree &tree, HtmlTree::NodeId element) const
{
    if (element < 0 || element >= tree.nodeCount() || !tree.isElement(element))
        return false;
    for (const Complex &complex : m_list) {
        if (matchesComplex(tree, element, complex))
            return true;
    }
    return false;
}

bool Selector::matchesAttribute(const HtmlTree &tree, HtmlTree::NodeId element,
                                const AttributeTest &test)
{
    const QByteArrayView value = tree.attribute(element, test.name);
    if (value.isNull())
        return false;
    const QByteArrayView wanted = test.value;
    const bool ignoreCase = test.ignoreCase;
    switch (test.op) {
    case Operator::Exists:
        return true;
    case Operator::Equals:
        return equal(value, wanted, ignoreCase);
    case Operator::Includes: {
        if (wanted.isEmpty()
            || std::any_of(wanted.begin(), wanted.end(), [](char c) { return isAsciiSpace(c); }))
            return false;
        qsizetype start = 0;
        while (start < value.size()) {
            while (start < value.size() && isAsciiSpace(value[start]))
                ++start;
            qsizetype end = start;
            while (end < value.size() && !isAsciiSpace(value[end]))
                ++end;
            if (end > start && equal(value.sliced(start, end - start), wanted, ignoreCase))
                return true;
            start = end;
        }
        return false;
    }
    case Operator::DashMatch:
        return equal(value, wanted, ignoreCase)
               || (value.size() > wanted.size() && value[wanted.size()] == '-'
                   && equal(value.first(wanted.size()), wanted, ignoreCase));
    case Operator::Prefix:
        return !wanted.isEmpty() && value.size() >= wanted.size()
               && equal(value.first(wanted.size()), wanted, ignoreCase);
    case Operator::Suffix:
        return !wanted.isEmpty() && value.size() >= wanted.size()
               && equal(value.last(wanted.size()), wanted, ignoreCase);
    case Operator::Contains:
        if (wanted.isEmpty())
            return false;
        if (ignoreCase)
            return value.toByteArray().toLower().contains(wanted);
        return value.indexOf(wanted) >= 0;
    }
    return false;
}

bool Selector::matchesCompound(const HtmlTree &tree, HtmlTree::NodeId element,
                               const Compound &compound)
{
    if (!compound.tag.isEmpty() && tree.tag(element) != compound.tag)
        return false;
    if (!compound.ids.isEmpty()) {
        const QByteArrayView id = tree.attribute(element, "id");
        for (const QByteArray &wanted : compound.ids) {
            if (id.isNull() || id != wanted)
                return false;
        }
    }
    for (const QByteArray &className : compound.classes) {
        if (!tree.hasClass(element, className))
            return false;
    }
    for (const AttributeTest &test : compound.attributes) {
        if (!matchesAttribute(tree, element, test))
            return false;
    }
    return true;
}

// Matches compounds [first, last] (joined by child combinators) with `last` at `element` and
// each one to the left at the parent of the previous; returns the element matched by `first`.
HtmlTree::NodeId Selector::matchChain(const HtmlTree &tree, HtmlTree::NodeId element,
                                      const Complex &complex, qsizetype first, qsizetype last)
{
    HtmlTree::NodeId node = element;
    for (qsizetype i = last; i >= first; --i) {
        if (node == HtmlTree::none || !matchesCompound(tree, node, complex[i]))
            return HtmlTree::none;
        if (i > first)
            node = parentElement(tree, node);
    }
    return node;
}

// The compounds split into chains at descendant combinators. The right-most chain is anchored at
// `element`; every chain further left at the nearest ancestor above the previous chain where it
// matches. Taking the nearest is never worse than a farther one (it leaves more ancestors for
// the chains still to match), so no backtracking is needed.
bool Selector::matchesComplex(const HtmlTree &tree, HtmlTree::NodeId element,
                              const Complex &complex)
{
    const auto chainStart = [&complex](qsizetype last) {
        qsizetype first = last;
        while (first > 0 && complex[first].combinator == Combinator::Child)
            --first;
        return first;
    };
    qsizetype last = complex.size() - 1;
    qsizetype first = chainStart(last);
    HtmlTree::NodeId top = matchChain(tree, element, complex, first, last);
    if (top == HtmlTree::none)
        return false;
    while (first > 0) {
        last = first - 1;
        first = chainStart(last);
        HtmlTree::NodeId found = HtmlTree::none;
        for (HtmlTree::NodeId anchor = parentElement(tree, top); anchor != HtmlTree::none;
             anchor = parentElement(tree, anchor)) {
            found = matchChain(tree, anchor, complex, first, last);
            if (found != HtmlTree::none)
                break;
        }
        if (found == HtmlTree::none)
            return false;
        top = found;
    }
    return true;
}
