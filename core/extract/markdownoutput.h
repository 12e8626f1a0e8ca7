// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/markdowntext.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <vector>

// The text side of MarkdownWriter: markdown written line by line into one UTF-8 buffer. Knows
// nothing of HTML.
//
// Everything that separates content is lazy: requestBreak() only raises the pending break (none <
// hard break < line < blank line), space() only sets a flag, pushWrapper() only records an inline
// construct (emphasis, link) whose opener is written with the first content inside it. flush(),
// called just before content, writes what is pending: the break, the line prefix (each
// blockquote's "> ", each list item's marker on its first line and its width of spaces after),
// the lead (a heading's "## "), the space, the openers. So nothing is written for empty elements,
// blocks never start or end with whitespace, and a wrapper that spans a block break is closed
// before the break and reopened after it.
//
// Table mode: content is captured cell by cell as inline text ("<br>" for breaks, no prefixes);
// content outside any cell is captured as a Stray cell that flush() opens. The caller copies the
// cells out and endTable() puts the buffer back as it was before the table.
class MarkdownOutput final
{
public:
    enum Break : quint8
    {
        NoBreak,
        HardBreak,
        LineBreak,
        ParagraphBreak
    };
    enum class Cell : quint8
    {
        None,
        Stray,
        Caption,
        Data
    };
    struct Range
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    MarkdownOutput();

    // Separation.
    void requestBreak(Break level);
    // A <br>: a hard break after content in the current block; two in a row are a blank line.
    void hardBreak();
    void space() { m_line.space = true; }
    // A list item starts: its own line break is requested, later block breaks before its first
    // content are ignored (its first paragraph goes on the marker's line).
    void beginItem();
    // A list item ends (a paragraph inside it keeps its blank line: a loose list, as <li><p>).
    void endItem();

    // Content.
    void flush()
    {
        if (m_line.dirty)
            flushSlow(true);
        else if (m_line.space) {
            if (!m_line.lineEmpty)
                m_out += ' ';
            m_line.space = false;
        }
    }
    // Before a block written whole (code block, table, rule): break and prefix, no openers.
    void flushBlock() { flushSlow(false); }
    // Text after flush() (see MarkdownText::writeText): escaped, with line-start escaping when it
    // starts a line, or raw in code. Returns whether it ended with whitespace.
    bool appendText(QByteArrayView text, bool heading);
    // An attribute's text (alt, title) after flush(), escaped.
    void appendAttributeText(QByteArrayView text);
    void append(QByteArrayView bytes) { m_out.append(bytes); }
    void markContent()
    {
        m_line.lineEmpty = false;
        m_line.escapeLineStart = false;
        m_line.blockHasContent = true;
    }
    // A new line inside a block written whole, with its prefix (`blank`: for an empty line).
    void newLine(bool blank);
    qsizetype size() const { return m_out.size(); }
    QByteArray &buffer() { return m_out; }

    // Inline code: what is written from the first text after beginCode() to the last endCode()
    // (or the end of the cell) is fenced with more backticks than any run inside.
    void beginCode();
    void endCode();
    bool inCode() const { return m_codeDepth > 0; }

    // Line prefixes and leads.
    void pushQuote();
    void pushMarker(QByteArrayView marker);
    void popPrefix()
    {
        m_prefixes.pop_back();
        m_sharedPrefixes = std::min(m_sharedPrefixes, m_prefixes.size());
    }
    void setLead(QByteArrayView lead);
    void clearLead() { m_lead.clear(); }

    // Wrappers, innermost last.
    void pushWrapper(QByteArrayView opener, QByteArrayView closer);
    // Writes the closer if the opener was written.
    void popWrapper();
    bool wrapperWritten() const { return m_wrappers.back().written; }
    QByteArray wrapperCloser() const;

    // Tables (one at a time: a table inside a table is content of its cell).
    bool inTable() const { return m_table; }
    qsizetype tableStart() const { return m_tableStart; }
    Cell cell() const { return m_cell; }
    // Enters table mode, saving the line state for endTable().
    void beginTable();
    void beginCell(Cell kind);
    Range endCell();
    // Leaves table mode: the buffer is cut back to where the table began, the state restored.
    void endTable();

    // The markdown: one newline at the end, or empty.
    QString finish();

private:
    struct LineState
    {
        Break pendingBreak = NoBreak;
        bool locked = false;
        bool space = false;
        bool lineOpen = false; // the prefix of the current line is written
        bool lineEmpty = true;
        bool escapeLineStart = false;
        bool blockHasContent = false;
        bool dirty = true;          // something for flushSlow()
        qsizetype contextStart = 0; // where the current context (document, cell) starts
        qsizetype wrapperFloor = 0; // wrappers below it are outside the current table
    };
    struct Prefix
    {
        char marker[14];
        quint8 length;
        bool quote;
        bool used;
    };
    struct Wrapper
    {
        qsizetype offset; // opener then closer, in m_wrapperText
        qint32 openLength;
        qint32 closeLength;
        bool written;
    };

    void flushSlow(bool inlineContent);
    void writePrefix();
    void writeBlankPrefix(size_t count);
    void appendSpaces(qsizetype count);
    void openWrappers();
    void closeWrappers();
    void finishCode();

    QByteArray m_out;
    LineState m_line;
    QByteArray m_lead;
    std::vector<Prefix> m_prefixes;
    // The prefixes open since the last content: a blank line between two blocks has only those
    // (two blockquotes in a row stay two).
    size_t m_sharedPrefixes = 0;
    std::vector<Wrapper> m_wrappers;
    QByteArray m_wrapperText;

    int m_codeDepth = 0;
    qsizetype m_codeStart = -1; // where the current code span's content starts

    bool m_table = false;
    Cell m_cell = Cell::None;
    qsizetype m_tableStart = 0;
    LineState m_savedLine;
    QByteArray m_savedLead;
};
