// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/markdownoutput.h"

#include <algorithm>

MarkdownOutput::MarkdownOutput()
{
    m_out.reserve(16 * 1024);
    m_prefixes.reserve(16);
    m_wrappers.reserve(16);
}

void MarkdownOutput::requestBreak(Break level)
{
    if (m_line.locked || level <= m_line.pendingBreak)
        return;
    m_line.pendingBreak = level;
    m_line.dirty = true;
}

void MarkdownOutput::hardBreak()
{
    if (!m_line.blockHasContent)
        return;
    if (m_line.pendingBreak == NoBreak) {
        m_line.pendingBreak = HardBreak;
        m_line.dirty = true;
    } else if (m_line.pendingBreak == HardBreak) {
        m_line.pendingBreak = ParagraphBreak;
    }
}

void MarkdownOutput::beginItem()
{
    requestBreak(LineBreak);
    m_line.locked = true;
}

void MarkdownOutput::endItem()
{
    m_line.locked = false;
    requestBreak(LineBreak);
}

// Writes what is pending before content; with `inlineContent` false (a block written whole) the
// wrappers stay pending and the space is dropped.
void MarkdownOutput::flushSlow(bool inlineContent)
{
    if (m_table && m_cell == Cell::None)
        beginCell(Cell::Stray);
    if (m_line.pendingBreak != NoBreak) {
        if (m_out.size() > m_line.contextStart) {
            if (m_table) {
                m_out += "<br>";
            } else if (m_line.pendingBreak == HardBreak) {
                m_out += "  \n";
            } else {
                closeWrappers();
                m_out += '\n';
                if (m_line.pendingBreak == ParagraphBreak) {
                    writeBlankPrefix(m_sharedPrefixes);
                    m_out += '\n';
                }
                m_line.blockHasContent = false;
            }
            m_line.lineOpen = false;
        }
        m_line.pendingBreak = NoBreak;
        m_line.locked = false;
        m_line.space = false;
    }
    m_sharedPrefixes = m_prefixes.size();
    if (!m_line.lineOpen) {
        if (!m_table)
            writePrefix();
        m_line.lineOpen = true;
        m_line.lineEmpty = true;
        m_line.escapeLineStart = !m_table;
        if (!m_lead.isEmpty()) {
            m_out += m_lead;
            m_lead.clear();
            m_line.escapeLineStart = false;
        }
    }
    if (!inlineContent) {
        m_line.space = false;
        m_line.dirty = true;
        return;
    }
    if (m_line.space) {
        if (!m_line.lineEmpty)
            m_out += ' ';
        m_line.space = false;
    }
    openWrappers();
    m_line.dirty = false;
}

bool MarkdownOutput::appendText(QByteArrayView text, bool heading)
{
    MarkdownText::TextMode mode;
    mode.escape = m_codeDepth == 0;
    mode.lineStart = mode.escape && m_line.escapeLineStart;
    mode.heading = heading;
    if (!mode.escape && m_codeStart < 0) {
        if (m_out.endsWith('`'))
            m_out += ' '; // `a``b` would be one code span
        m_codeStart = m_out.size();
    }
    const qsizetype base = m_out.size();
    m_out.resize(base + 2 * text.size() + 1);
    char *const begin = m_out.data();
    bool trailingSpace = false;
    char *const end = MarkdownText::writeText(text, begin, begin + base, mode, &trailingSpace);
    m_out.truncate(end - begin);
    return trailingSpace;
}

void MarkdownOutput::appendAttributeText(QByteArrayView text)
{
    const qsizetype base = m_out.size();
    m_out.resize(base + 2 * text.size() + 1);
    char *const begin = m_out.data();
    char *const end = MarkdownText::writeText(text, begin, begin + base, {}, nullptr);
    m_out.truncate(end - begin);
}

void MarkdownOutput::beginCode()
{
    if (m_codeDepth++ == 0)
        m_codeStart = -1;
}

void MarkdownOutput::endCode()
{
    if (--m_codeDepth == 0)
        finishCode();
}

// Puts the fences around the code written since m_codeStart.
void MarkdownOutput::finishCode()
{
    const qsizetype start = m_codeStart;
    m_codeStart = -1;
    if (start < 0 || start >= m_out.size())
        return;
    const QByteArrayView content = QByteArrayView(m_out).sliced(start);
    const qsizetype fence = MarkdownText::longestRun(content, '`') + 1;
    const bool pad = content.front() == '`' || content.back() == '`';
    QByteArray opener(fence, '`');
    if (pad)
        opener += ' ';
    m_out.insert(start, opener);
    if (pad)
        m_out += ' ';
    m_out.append(opener.constData(), fence);
}

void MarkdownOutput::newLine(bool blank)
{
    m_out += '\n';
    if (blank)
        writeBlankPrefix(m_prefixes.size());
    else
        writePrefix();
}

void MarkdownOutput::writePrefix()
{
    for (Prefix &prefix : m_prefixes) {
        if (prefix.quote) {
            m_out.append("> ", 2);
        } else if (!prefix.used) {
            m_out.append(prefix.marker, prefix.length);
            prefix.used = true;
        } else {
            appendSpaces(prefix.length);
        }
    }
}

// The prefix of a blank line inside the first `count` prefixes: ">" for each blockquote, no
// trailing spaces.
void MarkdownOutput::writeBlankPrefix(size_t count)
{
    const qsizetype start = m_out.size();
    for (size_t i = 0; i < count; ++i) {
        const Prefix &prefix = m_prefixes[i];
        if (prefix.quote)
            m_out.append("> ", 2);
        else
            appendSpaces(prefix.length);
    }
    qsizetype end = m_out.size();
    while (end > start && m_out.at(end - 1) == ' ')
        --end;
    m_out.truncate(end);
}

void MarkdownOutput::appendSpaces(qsizetype count)
{
    static constexpr char spaces[] = "                ";
    while (count > 0) {
        const qsizetype n = std::min<qsizetype>(count, sizeof(spaces) - 1);
        m_out.append(spaces, n);
        count -= n;
    }
}

void MarkdownOutput::pushQuote()
{
    Prefix prefix{};
    prefix.quote = true;
    prefix.length = 2;
    m_prefixes.push_back(prefix);
}

void MarkdownOutput::pushMarker(QByteArrayView marker)
{
    Prefix prefix{};
    const qsizetype length = std::min<qsizetype>(marker.size(), sizeof(prefix.marker));
    std::copy(marker.begin(), marker.begin() + length, prefix.marker);
    prefix.length = quint8(length);
    m_prefixes.push_back(prefix);
}

void MarkdownOutput::setLead(QByteArrayView lead)
{
    m_lead = lead.toByteArray();
    m_line.dirty = true;
}

void MarkdownOutput::pushWrapper(QByteArrayView opener, QByteArrayView closer)
{
    const qsizetype offset = m_wrapperText.size();
    m_wrapperText.append(opener);
    m_wrapperText.append(closer);
    m_wrappers.push_back({offset, qint32(opener.size()), qint32(closer.size()), false});
    m_line.dirty = true;
}

void MarkdownOutput::popWrapper()
{
    const Wrapper wrapper = m_wrappers.back();
    if (wrapper.written)
        m_out.append(m_wrapperText.constData() + wrapper.offset + wrapper.openLength,
                     wrapper.closeLength);
    m_wrapperText.truncate(wrapper.offset);
    m_wrappers.pop_back();
}

QByteArray MarkdownOutput::wrapperCloser() const
{
    const Wrapper &wrapper = m_wrappers.back();
    return m_wrapperText.sliced(wrapper.offset + wrapper.openLength, wrapper.closeLength);
}

void MarkdownOutput::openWrappers()
{
    for (size_t i = size_t(m_line.wrapperFloor); i < m_wrappers.size(); ++i) {
        Wrapper &wrapper = m_wrappers[i];
        if (wrapper.written)
            continue;
        m_out.append(m_wrapperText.constData() + wrapper.offset, wrapper.openLength);
        wrapper.written = true;
        m_line.lineEmpty = false;
        m_line.escapeLineStart = false;
    }
}

void MarkdownOutput::closeWrappers()
{
    for (size_t i = m_wrappers.size(); i > size_t(m_line.wrapperFloor); --i) {
        Wrapper &wrapper = m_wrappers[i - 1];
        if (!wrapper.written)
            continue;
        m_out.append(m_wrapperText.constData() + wrapper.offset + wrapper.openLength,
                     wrapper.closeLength);
        wrapper.written = false;
        m_line.dirty = true;
    }
}

void MarkdownOutput::beginTable()
{
    m_savedLine = m_line;
    m_savedLead = m_lead;
    m_tableStart = m_out.size();
    m_table = true;
    m_cell = Cell::None;
    m_lead.clear();
    m_line.wrapperFloor = qsizetype(m_wrappers.size());
    m_line.pendingBreak = NoBreak;
    m_line.locked = false;
    m_line.space = false;
    m_line.dirty = true;
}

void MarkdownOutput::beginCell(Cell kind)
{
    m_cell = kind;
    m_line.contextStart = m_out.size();
    m_line.pendingBreak = NoBreak;
    m_line.locked = false;
    m_line.space = false;
    m_line.lineOpen = false;
    m_line.blockHasContent = false;
    m_line.dirty = true;
    if (kind != Cell::Stray)
        m_lead.clear();
}

MarkdownOutput::Range MarkdownOutput::endCell()
{
    finishCode(); // a code span does not go past a cell; the rest starts a new one
    closeWrappers();
    const Range range{m_line.contextStart, m_out.size()};
    m_cell = Cell::None;
    m_line.pendingBreak = NoBreak;
    m_line.locked = false;
    m_line.space = false;
    m_line.lineOpen = false;
    m_line.dirty = true;
    m_lead.clear();
    return range;
}

void MarkdownOutput::endTable()
{
    m_out.truncate(m_tableStart);
    m_line = m_savedLine;
    m_lead = m_savedLead;
    m_table = false;
    m_cell = Cell::None;
    m_line.dirty = true;
}

QString MarkdownOutput::finish()
{
    if (!m_out.isEmpty())
        m_out += '\n';
    return QString::fromUtf8(m_out);
}
