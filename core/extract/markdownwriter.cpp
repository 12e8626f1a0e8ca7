// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML side of the conversion: one pass over the tree in document order with an explicit
// stack of frames (one per open element), telling a MarkdownOutput what each element means.
//
// Modes that change what elements mean: inside <pre> everything is text for the code block
// (blocks and <br> are newlines); inside inline code or a heading everything is inline (blocks
// are spaces); inside a structured table everything is cell content (see MarkdownOutput).
//
// Tables: the outermost table with two or more cells is structured: its cells are captured as
// inline text, each range recorded, and at the end of the table the ranges are copied out and
// written as GFM rows where the table began. Tables inside it are flattened into their cell; a
// table with a single cell is only a block (a layout table).
#include "extract/markdownwriter.h"
#include "extract/markdownoutput.h"
#include "extract/markdowntable.h"
#include "extract/markdowntext.h"
#include "extract/urlresolver.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using NodeId = HtmlTree::NodeId;
using MarkdownText::Tag;
using Break = MarkdownOutput::Break;

struct Frame
{
    NodeId node;
    Tag tag;
    quint8 mode;    // what open() did, for close() (per tag)
    qsizetype mark; // output size at open
};

struct ListState
{
    bool ordered;
    qint64 next;
};

struct Table
{
    bool active = false;
    int nested = 0; // tables open inside the structured one
    MarkdownTable structure;
};

class Converter
{
public:
    Converter(const HtmlTree &tree, const MarkdownOptions &options,
              const std::function<bool(NodeId)> &skip)
        : m_tree(tree)
        , m_urls(options.baseUrl)
        , m_skip(skip)
    {
        m_frames.reserve(64);
    }

    QString run(NodeId scope);

private:
    bool skipped(NodeId node) const { return m_skip && m_skip(node); }
    bool inlineMode() const { return m_out.inCode() || m_heading > 0; }
    bool flatMode() const { return m_pre || inlineMode(); }

    bool open(NodeId node);
    void close(const Frame &frame);
    void text(NodeId node);
    void preText(NodeId node, QByteArrayView text);
    void requestBreak(Break level);
    void block() { requestBreak(Break::ParagraphBreak); }

    quint8 openEmphasis(Tag tag);
    void closeEmphasis(Tag tag, quint8 mode);
    quint8 openPre(NodeId node);
    void finishPre();
    quint8 openLink(NodeId node);
    void closeLink(const Frame &frame);
    void image(NodeId node);
    void lineBreak();
    void rule();
    quint8 openHeading(int level);
    quint8 openList(NodeId node, bool ordered);
    bool contentFollows(NodeId node) const;
    QByteArray itemMarker();
    quint8 openItem(QByteArrayView marker);
    void closeItem(const Frame &frame);
    quint8 openQuote();

    quint8 openTable(NodeId node);
    bool hasSeveralCells(NodeId table) const;
    quint8 openTablePart(NodeId node, Tag tag);
    void closeTablePart(Tag tag);
    void endStray();
    void endCapture();
    void finishTable();

    const HtmlTree &m_tree;
    const UrlResolver m_urls;
    const std::function<bool(NodeId)> &m_skip;

    MarkdownOutput m_out;
    std::vector<Frame> m_frames;
    std::vector<ListState> m_lists;
    int m_emphasis[5] = {}; // open bold, italic, strike, sup and sub elements
    int m_link = 0;
    int m_heading = 0;
    bool m_pre = false;
    bool m_preNewline = false; // a block boundary inside the pre: a newline before more text
    NodeId m_preNode = HtmlTree::none;
    QByteArray m_preText;
    QByteArray m_preLanguage;
    bool m_afterDefinition = false;
    Table m_table;
};

QString Converter::run(NodeId scope)
{
    if (scope < 0 || scope >= m_tree.nodeCount())
        return {};
    NodeId node = scope;
    for (;;) {
        if (node != HtmlTree::none) {
            bool descend = false;
            if (!skipped(node)) {
                switch (m_tree.kind(node)) {
                case HtmlTree::Kind::Text:
                    text(node);
                    break;
                case HtmlTree::Kind::Element:
                    descend = open(node);
                    break;
                case HtmlTree::Kind::Document:
                    m_frames.push_back({node, Tag::Inline, 0, 0});
                    descend = true;
                    break;
                case HtmlTree::Kind::Comment:
                    break;
                }
            }
            if (descend) {
                node = m_tree.firstChild(node);
                continue;
            }
            if (node == scope)
                break;
            node = m_tree.nextSibling(node);
            continue;
        }
        if (m_frames.empty())
            break;
        const Frame frame = m_frames.back();
        m_frames.pop_back();
        close(frame);
        if (frame.node == scope)
            break;
        node = m_tree.nextSibling(frame.node);
    }
    return m_out.finish();
}

// Handles the start of an element; pushes its frame and returns true when its children follow.
bool Converter::open(NodeId node)
{
    const MarkdownText::TagInfo info = MarkdownText::classify(m_tree.tag(node));
    Frame frame{node, info.tag, 0, m_out.size()};
    switch (info.tag) {
    case Tag::Drop:
        return false;
    case Tag::Inline:
        break;
    case Tag::Block:
        block();
        break;
    case Tag::DefList:
        block();
        m_afterDefinition = false;
        break;
    case Tag::Heading:
        frame.mode = openHeading(info.level);
        break;
    case Tag::Bold:
    case Tag::Italic:
    case Tag::Strike:
    case Tag::Sup:
    case Tag::Sub:
        frame.mode = openEmphasis(info.tag);
        break;
    case Tag::Code:
        frame.mode = m_pre ? 0 : 1;
        if (frame.mode)
            m_out.beginCode();
        break;
    case Tag::Pre:
        frame.mode = openPre(node);
        break;
    case Tag::Link:
        frame.mode = openLink(node);
        break;
    case Tag::Image:
        image(node);
        return false;
    case Tag::Br:
        lineBreak();
        return false;
    case Tag::Hr:
        rule();
        return false;
    case Tag::List:
    case Tag::OrderedList:
        frame.mode = openList(node, info.tag == Tag::OrderedList);
        break;
    case Tag::Item:
        frame.mode = openItem(itemMarker());
        break;
    case Tag::Term:
        if (flatMode()) {
            block();
            break;
        }
        requestBreak(m_afterDefinition ? Break::ParagraphBreak : Break::LineBreak);
        m_afterDefinition = false;
        frame.mode = 1 + openEmphasis(Tag::Bold);
        break;
    case Tag::Definition:
        frame.mode = openItem(": ");
        break;
    case Tag::Quote:
        frame.mode = openQuote();
        break;
    case Tag::Table:
        frame.mode = openTable(node);
        break;
    case Tag::Caption:
    case Tag::Section:
    case Tag::HeadSection:
    case Tag::Row:
    case Tag::Cell:
        frame.mode = openTablePart(node, info.tag);
        break;
    case Tag::Option:
        m_out.space();
        break;
    }
    m_frames.push_back(frame);
    return true;
}

void Converter::close(const Frame &frame)
{
    switch (frame.tag) {
    case Tag::Drop:
    case Tag::Inline:
    case Tag::Image:
    case Tag::Br:
    case Tag::Hr:
        break;
    case Tag::Block:
    case Tag::DefList:
        block();
        break;
    case Tag::Heading:
        if (frame.mode) {
            --m_heading;
            m_out.clearLead();
        }
        block();
        break;
    case Tag::Bold:
    case Tag::Italic:
    case Tag::Strike:
    case Tag::Sup:
    case Tag::Sub:
        closeEmphasis(frame.tag, frame.mode);
        break;
    case Tag::Code:
        if (frame.mode)
            m_out.endCode();
        break;
    case Tag::Pre:
        if (frame.mode == 1)
            finishPre();
        else if (frame.mode == 2)
            m_out.endCode();
        else
            block();
        break;
    case Tag::Link:
        if (frame.mode)
            closeLink(frame);
        break;
    case Tag::List:
    case Tag::OrderedList:
        if (frame.mode)
            m_lists.pop_back();
        // A list inside an item: the next item follows on the next line, more content of the
        // same item after a blank line (else it would continue the last nested item).
        requestBreak(frame.mode == 2 && !contentFollows(frame.node) ? Break::LineBreak
                                                                    : Break::ParagraphBreak);
        break;
    case Tag::Item:
    case Tag::Definition:
        closeItem(frame);
        break;
    case Tag::Term:
        if (frame.mode)
            closeEmphasis(Tag::Bold, quint8(frame.mode - 1));
        requestBreak(frame.mode ? Break::LineBreak : Break::ParagraphBreak);
        break;
    case Tag::Quote:
        if (frame.mode)
            m_out.popPrefix();
        block();
        break;
    case Tag::Table:
        if (frame.mode == 1) {
            finishTable();
            break;
        }
        if (frame.mode == 2)
            --m_table.nested;
        block();
        break;
    case Tag::Caption:
    case Tag::Section:
    case Tag::HeadSection:
    case Tag::Row:
    case Tag::Cell:
        if (frame.mode)
            closeTablePart(frame.tag);
        else if (frame.tag == Tag::Cell)
            m_out.space();
        else if (frame.tag == Tag::Row || frame.tag == Tag::Caption)
            block();
        break;
    case Tag::Option:
        m_out.space();
        break;
    }
}

void Converter::text(NodeId node)
{
    const QByteArrayView text = m_tree.text(node);
    if (m_pre) {
        preText(node, text);
        return;
    }
    qsizetype i = 0;
    while (i < text.size() && MarkdownText::isSpace(text[i]))
        ++i;
    if (i > 0)
        m_out.space();
    if (i == text.size())
        return;
    m_out.flush();
    if (m_out.appendText(text.sliced(i), m_heading > 0))
        m_out.space();
    m_out.markContent();
}

void Converter::preText(NodeId node, QByteArrayView text)
{
    // The newline right after the <pre> start tag is not content (HTML Standard).
    if (m_preText.isEmpty() && !m_preNewline && m_tree.firstChild(m_preNode) == node
        && text.startsWith('\n'))
        text = text.sliced(1);
    if (text.isEmpty())
        return;
    if (m_preNewline) {
        m_preText += '\n';
        m_preNewline = false;
    }
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\0' && *p != '\r')
            ++p;
        m_preText.append(run, p - run);
        if (p < end && *p++ == '\r')
            m_preText += '\n';
    }
}

void Converter::requestBreak(Break level)
{
    if (m_pre) {
        if (!m_preText.isEmpty() && !m_preText.endsWith('\n'))
            m_preNewline = true;
    } else if (inlineMode()) {
        m_out.space();
    } else {
        m_out.requestBreak(level);
    }
}

// Mode 0: nothing (in code); 1: inside the same emphasis (merged); 2: wrapped.
quint8 Converter::openEmphasis(Tag tag)
{
    static constexpr const char *markers[5][2] = {
        {"**", "**"}, {"*", "*"}, {"~~", "~~"}, {"<sup>", "</sup>"}, {"<sub>", "</sub>"}};
    if (m_pre || m_out.inCode())
        return 0;
    const int kind = int(tag) - int(Tag::Bold);
    if (m_emphasis[kind]++ > 0)
        return 1;
    m_out.pushWrapper(markers[kind][0], markers[kind][1]);
    return 2;
}

void Converter::closeEmphasis(Tag tag, quint8 mode)
{
    if (mode == 0)
        return;
    --m_emphasis[int(tag) - int(Tag::Bold)];
    if (mode == 2)
        m_out.popWrapper();
}

// Mode 0: a block inside a pre; 1: a code block; 2: inline code (in a heading, code or cell).
quint8 Converter::openPre(NodeId node)
{
    if (m_pre) {
        block();
        return 0;
    }
    if (inlineMode() || m_out.inTable()) {
        m_out.beginCode();
        return 2;
    }
    block();
    m_pre = true;
    m_preNode = node;
    m_preNewline = false;
    m_preText.clear();
    m_preLanguage = MarkdownText::codeLanguage(m_tree, node);
    return 1;
}

void Converter::finishPre()
{
    m_pre = false;
    qsizetype end = m_preText.size();
    while (end > 0 && m_preText.at(end - 1) == '\n')
        --end;
    const QByteArrayView content = QByteArrayView(m_preText).first(end);
    const bool blank = std::all_of(content.begin(), content.end(),
                                   [](char c) { return MarkdownText::isSpace(c); });
    if (!blank) {
        const QByteArray fence(std::max<qsizetype>(3, MarkdownText::longestRun(content, '`') + 1),
                               '`');
        block();
        m_out.flushBlock();
        m_out.append(fence);
        m_out.append(m_preLanguage);
        qsizetype lineStart = 0;
        while (lineStart <= content.size()) {
            qsizetype lineEnd = content.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = content.size();
            m_out.newLine(lineEnd == lineStart);
            m_out.append(content.sliced(lineStart, lineEnd - lineStart));
            lineStart = lineEnd + 1;
        }
        m_out.newLine(false);
        m_out.append(fence);
        m_out.markContent();
    }
    m_preText.clear();
    m_preNode = HtmlTree::none;
    block();
}

quint8 Converter::openLink(NodeId node)
{
    if (m_pre || m_out.inCode() || m_link > 0)
        return 0;
    const QByteArray href = MarkdownText::cleanUrl(m_tree.attribute(node, "href"));
    if (href.isEmpty() || MarkdownText::isJavascript(href))
        return 0;
    QByteArray closer = "]("_ba;
    MarkdownText::appendDestination(closer, m_urls.resolve(href));
    MarkdownText::appendTitle(closer, m_tree.attribute(node, "title"));
    closer += ')';
    m_out.pushWrapper("[", closer);
    ++m_link;
    return 1;
}

void Converter::closeLink(const Frame &frame)
{
    --m_link;
    if (m_out.wrapperWritten() || m_out.size() != frame.mark) {
        m_out.popWrapper();
        return;
    }
    // Nothing inside: the link shows its label, its title or its address.
    const QByteArray closer = m_out.wrapperCloser();
    m_out.popWrapper();
    QByteArray url;
    QByteArrayView label = MarkdownText::trimmed(m_tree.attribute(frame.node, "aria-label"));
    if (label.isEmpty())
        label = MarkdownText::trimmed(m_tree.attribute(frame.node, "title"));
    if (label.isEmpty()) {
        url = m_urls.resolve(MarkdownText::cleanUrl(m_tree.attribute(frame.node, "href")));
        label = url;
    }
    m_out.flush();
    m_out.append("[");
    m_out.appendAttributeText(label);
    m_out.append(closer);
    m_out.markContent();
}

void Converter::image(NodeId node)
{
    if (m_pre || m_out.inCode())
        return;
    const QByteArray src = MarkdownText::cleanUrl(m_tree.attribute(node, "src"));
    if (src.isEmpty())
        return;
    m_out.flush();
    m_out.append("![");
    m_out.appendAttributeText(MarkdownText::trimmed(m_tree.attribute(node, "alt")));
    m_out.append("](");
    MarkdownText::appendDestination(m_out.buffer(), m_urls.resolve(src));
    MarkdownText::appendTitle(m_out.buffer(), m_tree.attribute(node, "title"));
    m_out.append(")");
    m_out.markContent();
}

void Converter::lineBreak()
{
    if (m_pre) {
        if (m_preNewline)
            m_preText += '\n';
        m_preNewline = false;
        m_preText += '\n';
    } else if (inlineMode()) {
        m_out.space();
    } else {
        m_out.hardBreak();
    }
}

void Converter::rule()
{
    block();
    if (flatMode() || m_out.inTable())
        return;
    m_out.flushBlock();
    m_out.append("---");
    m_out.markContent();
    block();
}

// Mode 0: flattened; 1: a heading.
quint8 Converter::openHeading(int level)
{
    block();
    if (flatMode() || m_out.inTable())
        return 0;
    const char lead[8] = {'#', '#', '#', '#', '#', '#', ' ', '\0'};
    m_out.setLead(QByteArrayView(lead + 6 - level, level + 1));
    ++m_heading;
    return 1;
}

quint8 Converter::openList(NodeId node, bool ordered)
{
    if (flatMode()) {
        block();
        return 0;
    }
    // A list that is the content of an item starts on the next line, not after a blank line.
    const bool inItem =
        !m_frames.empty() && m_frames.back().node == m_tree.parent(node)
        && (m_frames.back().tag == Tag::Item || m_frames.back().tag == Tag::Definition);
    requestBreak(inItem && !m_out.inTable() ? Break::LineBreak : Break::ParagraphBreak);
    m_lists.push_back(
        {ordered, ordered ? MarkdownText::listStart(m_tree.attribute(node, "start")) : 1});
    return inItem ? 2 : 1;
}

// Whether an element or text other than whitespace follows `node` among its siblings.
bool Converter::contentFollows(NodeId node) const
{
    for (NodeId next = m_tree.nextSibling(node); next != HtmlTree::none;
         next = m_tree.nextSibling(next)) {
        if (skipped(next) || m_tree.kind(next) == HtmlTree::Kind::Comment)
            continue;
        if (m_tree.isElement(next))
            return true;
        const QByteArrayView text = m_tree.text(next);
        if (!std::all_of(text.begin(), text.end(), MarkdownText::isSpace))
            return true;
    }
    return false;
}

QByteArray Converter::itemMarker()
{
    if (m_lists.empty() || !m_lists.back().ordered || flatMode())
        return "- "_ba;
    ListState &list = m_lists.back();
    QByteArray marker = QByteArray::number(list.next) + ". ";
    list.next = std::min<qint64>(list.next + 1, 999999999);
    return marker;
}

// Mode 0: flattened; 1: a marker prefix; 2: in a table, the marker as a lead.
quint8 Converter::openItem(QByteArrayView marker)
{
    if (flatMode()) {
        block();
        return 0;
    }
    m_out.beginItem();
    if (m_out.inTable()) {
        m_out.setLead(marker);
        return 2;
    }
    m_out.pushMarker(marker);
    return 1;
}

void Converter::closeItem(const Frame &frame)
{
    if (frame.tag == Tag::Definition)
        m_afterDefinition = true;
    if (frame.mode == 0) {
        block();
        return;
    }
    if (frame.mode == 1)
        m_out.popPrefix();
    else
        m_out.clearLead();
    m_out.endItem();
}

quint8 Converter::openQuote()
{
    block();
    if (flatMode() || m_out.inTable())
        return 0;
    m_out.pushQuote();
    return 1;
}

// Mode 0: flattened; 1: the structured table; 2: a table inside it; 3: a one-cell table.
quint8 Converter::openTable(NodeId node)
{
    block();
    if (flatMode())
        return 0;
    if (m_out.inTable()) {
        ++m_table.nested;
        return 2;
    }
    if (!hasSeveralCells(node))
        return 3;
    m_out.beginTable();
    m_table.active = true;
    m_table.nested = 0;
    m_table.structure.clear();
    return 1;
}

// Whether the table has two cells or more, not counting those of tables inside it.
bool Converter::hasSeveralCells(NodeId table) const
{
    int cells = 0;
    NodeId node = m_tree.next(table, table);
    while (node != HtmlTree::none) {
        bool skipChildren = false;
        if (m_tree.isElement(node)) {
            const QByteArrayView tag = m_tree.tag(node);
            if (tag == "table" || skipped(node)) {
                skipChildren = true;
            } else if ((tag == "td" || tag == "th") && ++cells > 1) {
                return true;
            }
        }
        node = m_tree.next(node, table, skipChildren);
    }
    return false;
}

// Mode 0: flattened (inside a cell, a nested table or a one-cell table); 1: structure.
quint8 Converter::openTablePart(NodeId node, Tag tag)
{
    const MarkdownOutput::Cell cell = m_out.cell();
    if (!m_table.active || m_table.nested > 0 || flatMode()
        || (cell != MarkdownOutput::Cell::None && cell != MarkdownOutput::Cell::Stray)) {
        if (tag == Tag::Row || tag == Tag::Caption)
            block();
        else if (tag == Tag::Cell)
            m_out.space();
        return 0;
    }
    endStray();
    switch (tag) {
    case Tag::Section:
    case Tag::HeadSection:
        m_table.structure.setHeadSection(tag == Tag::HeadSection);
        break;
    case Tag::Row:
        m_table.structure.beginRow();
        break;
    case Tag::Cell:
        m_table.structure.addCell(m_tree, node);
        m_out.beginCell(MarkdownOutput::Cell::Data);
        break;
    default: // caption
        m_out.beginCell(MarkdownOutput::Cell::Caption);
        break;
    }
    return 1;
}

void Converter::closeTablePart(Tag tag)
{
    if (tag == Tag::Cell || tag == Tag::Caption) {
        endCapture();
        return;
    }
    endStray();
    if (tag == Tag::Row)
        m_table.structure.endRow();
    else
        m_table.structure.setHeadSection(false);
}

void Converter::endStray()
{
    if (m_out.cell() == MarkdownOutput::Cell::Stray)
        endCapture();
}

// Ends the cell, caption or stray content being captured.
void Converter::endCapture()
{
    const MarkdownOutput::Cell kind = m_out.cell();
    if (kind == MarkdownOutput::Cell::None)
        return;
    const MarkdownOutput::Range range = m_out.endCell();
    if (kind == MarkdownOutput::Cell::Data)
        m_table.structure.setCellRange(range);
    else
        m_table.structure.addBefore(range);
}

void Converter::finishTable()
{
    endStray();
    const qsizetype start = m_out.tableStart();
    const QByteArray captured = m_out.buffer().sliced(start);
    m_out.endTable();
    m_table.active = false;
    m_table.structure.write(m_out, captured, start);
    block();
}

} // namespace

namespace MarkdownWriter {

QString convert(const HtmlTree &tree, HtmlTree::NodeId scope, const MarkdownOptions &options,
                const std::function<bool(HtmlTree::NodeId)> &skip)
{
    Converter converter(tree, options, skip);
    return converter.run(scope);
}

} // namespace MarkdownWriter
