// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"

#include <QByteArray>
#include <QByteArrayView>

// The pieces of MarkdownWriter that work on bytes: what an element is for markdown, escaping
// text, link destinations and titles. Pure functions.
namespace MarkdownText {

enum class Tag : quint8
{
    Inline, // no markdown of its own (span, unknown elements, ...)
    Drop,   // left out with its subtree
    Block,
    Heading,
    Bold,
    Italic,
    Strike,
    Sup,
    Sub,
    Code,
    Pre,
    Link,
    Image,
    Br,
    Hr,
    List,
    OrderedList,
    Item,
    DefList,
    Term,
    Definition,
    Quote,
    Table,
    Caption,
    Section,
    HeadSection,
    Row,
    Cell,
    Option,
};

struct TagInfo
{
    Tag tag = Tag::Inline;
    quint8 level = 0; // headings: 1 to 6
};

// What the element with this lower-case tag name is for markdown.
TagInfo classify(QByteArrayView tag);

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

QByteArrayView trimmed(QByteArrayView text);

struct TextMode
{
    bool escape = true;     // false in code: whitespace collapsed, nothing escaped
    bool lineStart = false; // the text starts a line: escape block markers too
    bool heading = false;   // inside a heading: escape words of only '#' (closing sequences)
};

// Writes `text` at `out` with runs of whitespace collapsed to one space (the text must not start
// with whitespace) and markdown escaped as `mode` says; `bufferBegin` is where the output buffer
// starts (the byte before `out` is the previous character when out > bufferBegin). `out` must
// have room for 2 * text.size() + 1 bytes. Returns the new end; `trailingSpace` tells whether the
// text ended with whitespace (not written).
char *writeText(QByteArrayView text, const char *bufferBegin, char *out, TextMode mode,
                bool *trailingSpace);

// The longest run of `c` in `text`.
qsizetype longestRun(QByteArrayView text, char c);

// The language of a code block: a "language-x" or "lang-x" class on the pre or on the code
// element that is its first child; empty if none.
QByteArray codeLanguage(const HtmlTree &tree, HtmlTree::NodeId pre);

// The start attribute of an ol: 1 when missing or invalid, clamped to [0, 999999999].
qint64 listStart(QByteArrayView start);

// A URL attribute as the URL parser reads it: ASCII whitespace trimmed, tabs and newlines removed.
QByteArray cleanUrl(QByteArrayView url);
bool isJavascript(QByteArrayView url);

// A link destination: spaces and controls percent-encoded, ( ) < > escaped.
void appendDestination(QByteArray &out, QByteArrayView url);
// ` "title"` with whitespace collapsed and " and \ escaped; nothing for an empty title.
void appendTitle(QByteArray &out, QByteArrayView title);

} // namespace MarkdownText
