// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/markdowntable.h"
#include "extract/markdowntext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint32 maxColumns = 1000;

} // namespace

void MarkdownTable::clear()
{
    m_rows.clear();
    m_cells.clear();
    m_before.clear();
    m_rowOpen = false;
    m_inHead = false;
}

void MarkdownTable::setHeadSection(bool head)
{
    m_inHead = head;
    m_rowOpen = false;
}

void MarkdownTable::beginRow()
{
    m_rows.push_back({qint32(m_cells.size()), 0, m_inHead});
    m_rowOpen = true;
}

void MarkdownTable::addCell(const HtmlTree &tree, HtmlTree::NodeId cell)
{
    if (!m_rowOpen)
        beginRow();
    const qint64 colspan = MarkdownText::listStart(tree.attribute(cell, "colspan"));
    const QByteArrayView align = MarkdownText::trimmed(tree.attribute(cell, "align"));
    char alignment = 0;
    if (align.compare("left", Qt::CaseInsensitive) == 0)
        alignment = 'l';
    else if (align.compare("center", Qt::CaseInsensitive) == 0)
        alignment = 'c';
    else if (align.compare("right", Qt::CaseInsensitive) == 0)
        alignment = 'r';
    m_cells.push_back({{}, qint32(std::clamp<qint64>(colspan, 1, maxColumns)), alignment});
    ++m_rows.back().count;
}

void MarkdownTable::write(MarkdownOutput &out, const QByteArray &captured, qsizetype offset) const
{
    for (const MarkdownOutput::Range &range : m_before) {
        if (range.end <= range.start)
            continue;
        out.requestBreak(MarkdownOutput::ParagraphBreak);
        out.flushBlock();
        QByteArray line = captured.sliced(range.start - offset, range.end - range.start);
        line.replace('\n', ' ');
        out.append(line);
        out.markContent();
    }
    qint32 width = 0;
    bool hasContent = false;
    for (const Row &row : m_rows) {
        qint32 columns = 0;
        for (qint32 i = row.first; i < row.first + row.count; ++i) {
            const Cell &cell = m_cells[size_t(i)];
            columns += cell.colspan;
            hasContent = hasContent || cell.range.end > cell.range.start;
        }
        width = std::max(width, std::min(columns, maxColumns));
    }
    if (!hasContent)
        return;
    auto head = std::find_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.head && row.count > 0; });
    if (head == m_rows.end())
        head = std::find_if(m_rows.begin(), m_rows.end(),
                            [](const Row &row) { return row.count > 0; });
    out.requestBreak(MarkdownOutput::ParagraphBreak);
    out.flushBlock();
    writeRow(out.buffer(), captured, offset, *head, width);
    out.newLine(false);
    QByteArray delimiter = "|"_ba;
    qint32 column = 0;
    for (qint32 i = head->first; i < head->first + head->count && column < width; ++i) {
        const Cell &cell = m_cells[size_t(i)];
        for (qint32 k = 0; k < cell.colspan && column < width; ++k, ++column) {
            delimiter += cell.align == 'l'   ? " :--- |"
                         : cell.align == 'c' ? " :---: |"
                         : cell.align == 'r' ? " ---: |"
                                             : " --- |";
        }
    }
    for (; column < width; ++column)
        delimiter += " --- |";
    out.append(delimiter);
    for (auto row = m_rows.begin(); row != m_rows.end(); ++row) {
        if (row == head || row->count == 0)
            continue;
        out.newLine(false);
        writeRow(out.buffer(), captured, offset, *row, width);
    }
    out.markContent();
}

void MarkdownTable::writeRow(QByteArray &out, const QByteArray &captured, qsizetype offset,
                             const Row &row, qint32 width) const
{
    out += '|';
    qint32 column = 0;
    for (qint32 i = row.first; i < row.first + row.count && column < width; ++i) {
        const Cell &cell = m_cells[size_t(i)];
        out += ' ';
        const char *p = captured.constData() + (cell.range.start - offset);
        const char *const end = p + (cell.range.end - cell.range.start);
        while (p < end) {
            const char *run = p;
            while (p < end && *p != '|' && *p != '\n')
                ++p;
            out.append(run, p - run);
            if (p < end)
                out += *p++ == '|' ? "\\|" : " ";
        }
        out += " |";
        ++column;
        for (qint32 k = 1; k < cell.colspan && column < width; ++k, ++column)
            out += "  |";
    }
    for (; column < width; ++column)
        out += "  |";
}
