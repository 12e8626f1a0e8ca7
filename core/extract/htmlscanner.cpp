// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlscanner.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <unordered_set>

#include "extract/htmlcharacters.h"

using namespace HtmlCharacters;

HtmlScanner::HtmlScanner(QByteArrayView utf8)
    : m_end(utf8.data() + utf8.size())
    , m_pos(utf8.data())
{
    m_rawAttributes.reserve(16);
    m_attributes.reserve(16);
}

QByteArrayView HtmlScanner::attribute(QByteArrayView name) const
{
    decodeAttributes();
    for (const Attribute &attribute : m_attributes) {
        if (same(attribute.name, name))
            return attribute.value;
    }
    return {};
}

QByteArrayView HtmlScanner::text() const
{
    if (m_textReady)
        return m_text;
    m_textReady = true;
    const bool references = m_textKind == TextKind::Data || m_textKind == TextKind::RcData;
    const char *begin = m_raw.data();
    const char *end = begin + m_raw.size();
    if (isClean(begin, end, references ? Fix | Amp : Fix)) {
        m_text = m_raw;
        return m_text;
    }
    if (m_textBuffer.size() < size_t(m_raw.size()) * 3)
        m_textBuffer.resize(size_t(m_raw.size()) * 3);
    const char *written =
        decode(begin, end, references ? References::Text : References::None,
               m_textKind == TextKind::Data, false, m_gumboQuirks, m_textBuffer.data());
    m_text = QByteArrayView(m_textBuffer.data(), written - m_textBuffer.data());
    return m_text;
}

HtmlScanner::Token HtmlScanner::next()
{
    if (m_afterStartTag) {
        m_model = m_nextModel;
        m_afterStartTag = false;
    }
    m_tagName = {};
    m_selfClosing = false;
    m_rawAttributes.clear();
    m_attributes.clear();
    m_attributesReady = true;
    m_textReady = false;
    // A state function returns End with input left when it consumed something without a token
    // ("</>", an empty CDATA section, an empty RCDATA run before its end tag).
    while (m_pos < m_end) {
        Token token = Token::End;
        switch (m_model) {
        case ContentModel::Data:
            token = data();
            break;
        case ContentModel::RcData:
        case ContentModel::RawText:
            token = rawTextState(m_model == ContentModel::RcData);
            break;
        case ContentModel::ScriptData:
            token = scriptData();
            break;
        case ContentModel::PlainText:
            token = emitText(m_pos, m_end, TextKind::Verbatim);
            m_pos = m_end;
            break;
        }
        if (token != Token::End)
            return token;
    }
    return Token::End;
}

HtmlScanner::Token HtmlScanner::emitText(const char *begin, const char *end, TextKind kind)
{
    m_raw = QByteArrayView(begin, end - begin);
    m_textKind = kind;
    m_textReady = false;
    return Token::Text;
}

HtmlScanner::Token HtmlScanner::data()
{
    const char *text = m_pos;
    const char *dropped = nullptr; // the first of the "</>"s right before p
    for (const char *p = m_pos;;) {
        const char *less = find(p, m_end, '<');
        if (!less || less + 1 == m_end) {
            m_pos = m_end;
            return emitText(text, m_end, TextKind::Data);
        }
        const char c = less[1];
        const bool markup = is(c, Alpha) || c == '!' || c == '?' || (c == '/' && less + 2 < m_end);
        if (!markup) {
            p = less + 1; // a '<' that opens nothing is text
            continue;
        }
        if (less > text) {
            m_pos = less;
            return emitText(text, less, TextKind::Data);
        }
        // gumbo starts a token's source where the previous token ended, "</>" included.
        const char *source = m_gumboQuirks && dropped ? dropped : less;
        if (is(c, Alpha))
            return tag(source, less + 1, false);
        if (c == '?')
            return bogusComment(less + 1);
        if (c == '!')
            return markupDeclaration(less + 2);
        if (is(less[2], Alpha))
            return tag(source, less + 2, true);
        if (less[2] != '>')
            return bogusComment(less + 2);
        dropped = dropped ? dropped : less;
        text = p = m_pos = less + 3; // "</>" is dropped
        if (m_pos == m_end)
            return Token::End;
    }
}

bool HtmlScanner::isAppropriateEndTag(const char *p) const
{
    const qsizetype length = m_lastStartTag.size();
    if (length == 0 || m_end - p <= length
        || !equalsLower(p, p + length, QByteArrayView(m_lastStartTag.data(), length)))
        return false;
    const char after = p[length];
    return is(after, Space) || after == '/' || after == '>';
}

HtmlScanner::Token HtmlScanner::rawTextState(bool decode)
{
    const char *end = m_end;
    for (const char *p = m_pos; (p = find(p, m_end, '<')); ++p) {
        if (p + 1 < m_end && p[1] == '/' && isAppropriateEndTag(p + 2)) {
            end = p;
            break;
        }
    }
    m_model = ContentModel::Data; // the end tag, if any, is read in the data state
    if (end == m_pos)
        return Token::End;
    const char *begin = m_pos;
    m_pos = end;
    return emitText(begin, end, decode ? TextKind::RcData : TextKind::Verbatim);
}

HtmlScanner::Token HtmlScanner::scriptData()
{
    const char *end = scriptEnd(m_pos);
    m_model = ContentModel::Data;
    if (end == m_pos)
        return Token::End;
    const char *begin = m_pos;
    m_pos = end;
    return emitText(begin, end, TextKind::Verbatim);
}

// Where the script data starting at p ends: at the '<' of its appropriate end tag, or at the end
// of the input. Follows the script data states of the HTML Standard, escaped ("<!--") and double
// escaped ("<!-- <script>") included, so that "</script>" inside a document.write() string of a
// double-escaped section does not end the script, as in browsers.
const char *HtmlScanner::scriptEnd(const char *p) const
{
    enum class State
    {
        Plain,
        Escaped,
        Dash,
        DashDash,
        Double,
        DoubleDash,
        DoubleDashDash
    };
    State state = State::Plain;
    // After "<" + letters in an escaped state: the letters and whether they spell "script" with
    // a delimiter after them (the double escape start and end states).
    auto scriptWord = [this](const char *letters, const char *&after) {
        after = letters;
        while (after < m_end && is(*after, Alpha))
            ++after;
        if (after == m_end || !(is(*after, Space) || *after == '/' || *after == '>'))
            return false;
        const bool script = equalsLower(letters, after, "script");
        ++after; // the delimiter is consumed either way
        return script;
    };
    while (p < m_end) {
        const char c = *p;
        switch (state) {
        case State::Plain: {
            const char *less = find(p, m_end, '<');
            if (!less)
                return m_end;
            p = less + 1;
            if (p < m_end && *p == '/') {
                if (isAppropriateEndTag(p + 1))
                    return less;
                ++p;
            } else if (m_end - p >= 3 && p[0] == '!' && p[1] == '-' && p[2] == '-') {
                p += 3;
                state = State::DashDash;
            }
            continue;
        }
        case State::Escaped:
        case State::Double:
            while (p < m_end && *p != '-' && *p != '<')
                ++p;
            if (p == m_end)
                return m_end;
            if (*p == '-') {
                state = state == State::Escaped ? State::Dash : State::DoubleDash;
                ++p;
                continue;
            }
            break; // '<', below
        case State::Dash:
        case State::DashDash:
        case State::DoubleDash:
        case State::DoubleDashDash: {
            const bool isDouble = state == State::DoubleDash || state == State::DoubleDashDash;
            if (c == '-') {
                state = isDouble ? State::DoubleDashDash : State::DashDash;
                ++p;
                continue;
            }
            if (c == '<')
                break;
            if (c == '>' && (state == State::DashDash || state == State::DoubleDashDash))
                state = State::Plain;
            else
                state = isDouble ? State::Double : State::Escaped;
            ++p;
            continue;
        }
        }
        // *p == '<' in an escaped or double escaped state
        const char *less = p++;
        const bool isDouble =
            state == State::Double || state == State::DoubleDash || state == State::DoubleDashDash;
        if (!isDouble) {
            state = State::Escaped;
            if (p < m_end && *p == '/') {
                if (isAppropriateEndTag(p + 1))
                    return less;
                ++p;
            } else if (p < m_end && is(*p, Alpha)) {
                const char *after = nullptr;
                if (scriptWord(p, after))
                    state = State::Double;
                p = after;
            }
        } else {
            state = State::Double;
            if (p < m_end && *p == '/') {
                const char *after = nullptr;
                if (scriptWord(p + 1, after))
                    state = State::Escaped;
                p = after;
            }
        }
    }
    return m_end;
}

HtmlScanner::Token HtmlScanner::markupDeclaration(const char *p)
{
    if (m_end - p >= 2 && p[0] == '-' && p[1] == '-')
        return comment(p + 2);
    if (m_end - p >= 7 && qstrnicmp(p, "doctype", 7) == 0)
        return doctype(p + 7);
    if (m_cdataAllowed && m_end - p >= 7 && std::memcmp(p, "[CDATA[", 7) == 0) {
        const char *begin = p + 7;
        const char *end = begin;
        while ((end = find(end, m_end, ']'))
               && !(m_end - end >= 3 && end[1] == ']' && end[2] == '>'))
            ++end;
        m_pos = end ? end + 3 : m_end;
        if (!end)
            end = m_end;
        return end > begin ? emitText(begin, end, TextKind::Verbatim) : Token::End;
    }
    return bogusComment(p);
}

HtmlScanner::Token HtmlScanner::bogusComment(const char *body)
{
    const char *end = find(body, m_end, '>');
    m_pos = end ? end + 1 : m_end;
    emitText(body, end ? end : m_end, TextKind::Comment);
    return Token::Comment;
}

// The comment states: the text is everything between "<!--" and the "-->" or "--!>" that ends it
// (an immediate ">" or "->" ends an empty comment); at the end of the input, a trailing "-", "--"
// or "--!" is not part of the text.
HtmlScanner::Token HtmlScanner::comment(const char *body)
{
    auto finish = [&](const char *end, const char *resume) {
        m_pos = resume;
        emitText(body, end, TextKind::Comment);
        return Token::Comment;
    };
    if (body < m_end && *body == '>')
        return finish(body, body + 1);
    if (m_end - body >= 2 && body[0] == '-' && body[1] == '>')
        return finish(body, body + 2);
    for (const char *p = body;;) {
        const char *dash = find(p, m_end, '-');
        if (!dash)
            return finish(m_end, m_end);
        const char *after = dash;
        while (after < m_end && *after == '-')
            ++after;
        if (after - dash < 2) {
            if (after == m_end)
                return finish(dash, m_end);
            p = after;
            continue;
        }
        if (after == m_end)
            return finish(after - 2, m_end);
        if (*after == '>')
            return finish(after - 2, after + 1);
        if (*after == '!') {
            if (after + 1 == m_end)
                return finish(after - 2, m_end);
            if (after[1] == '>')
                return finish(after - 2, after + 2);
            p = after + 1;
            continue;
        }
        p = after;
    }
}

// The DOCTYPE states, after "<!DOCTYPE", as straight-line code. The name (lower-cased), public and
// system identifiers are decoded into the tag buffer. Force-quirks follows gumbo, where a name
// character other than NUL clears what a missing space set.
HtmlScanner::Token HtmlScanner::doctype(const char *p)
{
    const char *begin[3] = {nullptr, nullptr, nullptr}; // name, public and system identifiers
    const char *stop[3] = {nullptr, nullptr, nullptr};
    bool quirks = p == m_end || !is(*p, Space);
    bool bogus = false; // in the bogus DOCTYPE state, where the end of the input is no error
    auto skipSpace = [&] {
        while (p < m_end && is(*p, Space))
            ++p;
    };
    auto more = [&] { return p < m_end && *p != '>'; };
    auto skipBogus = [&](bool setQuirks) {
        quirks = quirks || setQuirks;
        bogus = true;
        const char *close = find(p, m_end, '>');
        p = close ? close : m_end;
    };
    auto quoted = [&] { return p < m_end && (*p == '"' || *p == '\''); };
    auto identifier = [&](int i) { // p at the quote; false when '>' or the end cuts it off
        const char quote = *p++;
        begin[i] = p;
        while (p < m_end && *p != quote && *p != '>')
            ++p;
        stop[i] = p;
        if (p < m_end && *p == quote) {
            ++p;
            return true;
        }
        quirks = true;
        return false;
    };
    skipSpace();
    if (more()) {
        bool allNul = true;
        for (begin[0] = p; more() && !is(*p, Space); ++p)
            allNul = allNul && *p == '\0';
        stop[0] = p;
        quirks = allNul;
    } else {
        quirks = true;
    }
    skipSpace();
    if (more()) {
        const bool isPublic = m_end - p >= 6 && qstrnicmp(p, "public", 6) == 0;
        if (!isPublic && !(m_end - p >= 6 && qstrnicmp(p, "system", 6) == 0)) {
            skipBogus(true);
        } else {
            p += 6;
            skipSpace();
            if (!quoted()) {
                quirks = true;
                if (more())
                    skipBogus(true);
            } else if (identifier(isPublic ? 1 : 2)) {
                skipSpace();
                if (isPublic && quoted()) {
                    if (identifier(2)) {
                        skipSpace();
                        if (more())
                            skipBogus(false);
                    }
                } else if (more()) {
                    skipBogus(isPublic);
                }
            }
        }
    }
    quirks = quirks || (p == m_end && !bogus);
    m_pos = p < m_end ? p + 1 : m_end;
    size_t room = 1;
    for (int i = 0; i < 3; ++i)
        room += begin[i] ? size_t(stop[i] - begin[i]) * 3 : 0;
    if (m_tagBuffer.size() < room)
        m_tagBuffer.resize(room);
    char *out = m_tagBuffer.data();
    QByteArrayView views[3];
    for (int i = 0; i < 3; ++i) {
        if (!begin[i])
            continue;
        char *start = out;
        out = decode(begin[i], stop[i], References::None, false, i == 0, false, out);
        views[i] = QByteArrayView(start, out - start);
    }
    m_text = views[0].isNull() ? QByteArrayView("", 0) : views[0];
    m_textReady = true;
    m_publicId = views[1];
    m_systemId = views[2];
    m_forceQuirks = quirks;
    m_raw = {};
    return Token::Doctype;
}

HtmlScanner::Token HtmlScanner::tag(const char *source, const char *name, bool endTag)
{
    const char *p = name;
    while (p < m_end && !is(*p, NameEnd))
        ++p;
    const char *nameEnd = p;
    m_rawAttributes.clear();
    bool selfClosing = false;
    for (;;) {
        while (p < m_end && is(*p, Space))
            ++p;
        if (p == m_end) {
            m_pos = m_end; // a tag cut off by the end of the input is dropped
            return Token::End;
        }
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (++p < m_end && *p == '>') {
                selfClosing = true;
                ++p;
                break;
            }
            continue;
        }
        // gumbo writes the U+FFFD of a NUL that starts a name to the wrong buffer: it vanishes.
        RawAttribute attribute{m_gumboQuirks && *p == '\0' ? p + 1 : p, nullptr, nullptr, nullptr};
        ++p; // the first character may be anything, '=' included
        while (p < m_end && !is(*p, AttrEnd))
            ++p;
        attribute.nameEnd = p;
        while (p < m_end && is(*p, Space))
            ++p;
        if (p < m_end && *p == '=') {
            ++p;
            while (p < m_end && is(*p, Space))
                ++p;
            if (p < m_end && (*p == '"' || *p == '\'')) {
                const char *close = find(p + 1, m_end, *p);
                if (!close)
                    p = m_end;
                else {
                    attribute.value = p + 1;
                    attribute.valueEnd = close;
                    p = close + 1;
                }
            } else {
                attribute.value = p;
                while (p < m_end && !is(*p, Space) && *p != '>')
                    ++p;
                attribute.valueEnd = p;
            }
        }
        m_rawAttributes.push_back(attribute);
    }
    m_raw = QByteArrayView(source, p - source);
    m_pos = p;
    m_selfClosing = selfClosing;
    // Room for the decoded name and attributes: at most three bytes per source byte.
    const auto room = size_t(p - name) * 3;
    if (m_tagBuffer.size() < room)
        m_tagBuffer.resize(room);
    char *out = m_tagBuffer.data();
    if (isClean(name, nameEnd, Fix | Upper)) {
        m_tagName = QByteArrayView(name, nameEnd - name);
    } else {
        char *start = out;
        out = decode(name, nameEnd, References::None, false, true, false, out);
        m_tagName = QByteArrayView(start, out - start);
    }
    if (endTag) {
        m_rawAttributes.clear();
        return Token::EndTag;
    }
    m_attributesOut = std::size_t(out - m_tagBuffer.data());
    m_attributesReady = m_rawAttributes.empty();
    m_lastStartTag.assign(m_tagName.data(), std::size_t(m_tagName.size()));
    // The content model after this start tag, as a browser's tree builder would switch it.
    m_nextModel = ContentModel::Data;
    const QByteArrayView tagName = m_tagName;
    switch (tagName.size()) {
    case 3:
        if (tagName == "xmp")
            m_nextModel = ContentModel::RawText;
        break;
    case 5:
        if (tagName == "title")
            m_nextModel = ContentModel::RcData;
        else if (tagName == "style")
            m_nextModel = ContentModel::RawText;
        break;
    case 6:
        if (tagName == "iframe")
            m_nextModel = ContentModel::RawText;
        else if (tagName == "script")
            m_nextModel = ContentModel::ScriptData;
        break;
    case 7:
        if (tagName == "noembed")
            m_nextModel = ContentModel::RawText;
        break;
    case 8:
        if (tagName == "textarea")
            m_nextModel = ContentModel::RcData;
        else if (tagName == "noframes")
            m_nextModel = ContentModel::RawText;
        break;
    case 9:
        if (tagName == "plaintext")
            m_nextModel = ContentModel::PlainText;
        break;
    default:
        break;
    }
    m_afterStartTag = true;
    return Token::StartTag;
}

// The attributes of the start tag just read, decoded after its name in the tag buffer.
void HtmlScanner::decodeAttributesNow() const
{
    m_attributesReady = true;
    char *out = m_tagBuffer.data() + m_attributesOut;
    for (const RawAttribute &raw : m_rawAttributes) {
        Attribute attribute;
        if (isClean(raw.name, raw.nameEnd, Fix | Upper)) {
            attribute.name = QByteArrayView(raw.name, raw.nameEnd - raw.name);
        } else {
            char *start = out;
            out = decode(raw.name, raw.nameEnd, References::None, false, true, false, out);
            attribute.name = QByteArrayView(start, out - start);
        }
        if (!raw.value || isClean(raw.value, raw.valueEnd, Fix | Amp)) {
            attribute.value = raw.value ? QByteArrayView(raw.value, raw.valueEnd - raw.value)
                                        : QByteArrayView("", 0);
        } else {
            char *start = out;
            out = decode(raw.value, raw.valueEnd, References::Attribute, false, false,
                         m_gumboQuirks, out);
            attribute.value = QByteArrayView(start, out - start);
        }
        m_attributes.push_back(attribute);
    }
    finishAttributes();
}

// Drops every attribute whose name an earlier one already has (the first one wins), keeping the
// order: one pass, checking each name against the kept ones (a hash set past 16). With the gumbo
// quirks on, the name of a repeated attribute without a value starts the next attribute's name.
void HtmlScanner::finishAttributes() const
{
    const size_t count = m_attributes.size();
    if (count < 2)
        return;
    m_joinedNames.clear();
    std::unordered_set<std::string_view> seen;
    QByteArray prefix;
    size_t kept = 0;
    for (size_t i = 0; i < count; ++i) {
        QByteArrayView name = m_attributes[i].name;
        if (!prefix.isEmpty()) {
            m_joinedNames.push_back(prefix + name.toByteArray());
            name = m_joinedNames.back();
            prefix.clear();
        }
        const bool repeated =
            count > 16 ? !seen.emplace(name.data(), size_t(name.size())).second
                       : std::any_of(m_attributes.begin(), m_attributes.begin() + qsizetype(kept),
                                     [name](const Attribute &a) { return same(a.name, name); });
        if (!repeated)
            m_attributes[kept++] = {name, m_attributes[i].value};
        else if (m_gumboQuirks && !m_rawAttributes[i].value)
            prefix = name.toByteArray();
    }
    m_attributes.resize(kept);
}
