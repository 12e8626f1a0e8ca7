// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"
#include "extract/markdownoutput.h"

#include <QByteArray>

#include <vector>

// The structure of the GFM table MarkdownWriter is capturing (rows of cells, each cell a range of
// the output buffer), and the table written from it at the end.
class MarkdownTable final
{
public:
    void clear();
    // thead starts (true), tbody or tfoot starts, or a section ends (false).
    void setHeadSection(bool head);
    void beginRow();
    void endRow() { m_rowOpen = false; }
    // A td or th: its colspan (clamped to 1..1000) and align attributes. Outside a row it starts
    // one.
    void addCell(const HtmlTree &tree, HtmlTree::NodeId cell);
    void setCellRange(const MarkdownOutput::Range &range) { m_cells.back().range = range; }
    // A caption, or content outside any cell: a paragraph before the table.
    void addBefore(const MarkdownOutput::Range &range) { m_before.push_back(range); }

    // Writes the paragraphs before the table, then the table: the first row of thead (else the
    // first row) as the header, colspans as empty cells, rows padded to the widest, "|" escaped.
    // `captured` holds the output from `offset` on, as it was before MarkdownOutput::endTable().
    void write(MarkdownOutput &out, const QByteArray &captured, qsizetype offset) const;

private:
    struct Cell
    {
        MarkdownOutput::Range range;
        qint32 colspan;
        char align; // 0, 'l', 'c' or 'r'
    };
    struct Row
    {
        qint32 first;
        qint32 count;
        bool head;
    };

    void writeRow(QByteArray &out, const QByteArray &captured, qsizetype offset, const Row &row,
                  qint32 width) const;

    std::vector<Row> m_rows;
    std::vector<Cell> m_cells;
    std::vector<MarkdownOutput::Range> m_before;
    bool m_rowOpen = false;
    bool m_inHead = false;
};
