// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <string>
#include <vector>

// A streaming HTML5 tokenizer (the WHATWG tokenization states, without tree construction) over
// UTF-8 bytes, with a pull API. Views returned by the accessors point into the input or into
// buffers the scanner reuses: they stay valid until the next call to next().
//
// Input is read as gumbo reads it (gumbo is what HtmlDocument uses): CR and CR LF become LF,
// invalid UTF-8 sequences become U+FFFD (one per maximal ill-formed subsequence), and so do the
// control and noncharacter code points the HTML Standard calls parse errors (U+0001-U+0008,
// U+000B, U+000E-U+001F, U+007F-U+009F, U+FDD0-U+FDEF, U+xFFFE, U+xFFFF); character references
// are exempt, as in gumbo. Every string handed out is therefore valid UTF-8.
//
// Content models: after a start tag of title or textarea the scanner switches to RCDATA, after
// style, xmp, iframe, noembed or noframes to RAWTEXT, after script to script data and after
// plaintext to PLAINTEXT, as the tree builder of a browser does for HTML elements. A caller that
// builds a tree overrides that with setContentModel() (an <svg><style> or an ignored start tag
// does not switch) and says with setCdataAllowed() when the current node is foreign, where
// <![CDATA[...]]> is a CDATA section (text) rather than a bogus comment.
//
// Nothing recurses, a common token allocates nothing once the buffers have grown, and the work is
// linear in the input (the duplicate-attribute check hashes the names of a tag past 16).
class HtmlScanner final
{
public:
    enum class Token
    {
        StartTag,
        EndTag,
        Text,
        Comment,
        Doctype,
        End
    };
    enum class ContentModel
    {
        Data,
        RcData,
        RawText,
        ScriptData,
        PlainText
    };

    // Reads `utf8`, which must outlive the scanner (it is not copied).
    explicit HtmlScanner(QByteArrayView utf8);
    HtmlScanner(const HtmlScanner &) = delete;
    HtmlScanner &operator=(const HtmlScanner &) = delete;

    // The next token; End at the end of the input, and forever after. Consecutive Text tokens may
    // split a run of text anywhere outside a character reference.
    Token next();

    // StartTag and EndTag: the name, ASCII lower-cased (U+0000 becomes U+FFFD, as everywhere).
    QByteArrayView tagName() const { return m_tagName; }
    bool selfClosing() const { return m_selfClosing; }
    // StartTag: the attributes in source order, names ASCII lower-cased, values with character
    // references decoded; of duplicate names only the first is kept. (End tags have none.) They
    // are decoded on the first call of one of these, so a caller that never asks pays nothing.
    qsizetype attributeCount() const
    {
        decodeAttributes();
        return qsizetype(m_attributes.size());
    }
    QByteArrayView attributeName(qsizetype i) const
    {
        decodeAttributes();
        return m_attributes[size_t(i)].name;
    }
    QByteArrayView attributeValue(qsizetype i) const
    {
        decodeAttributes();
        return m_attributes[size_t(i)].value;
    }
    // Whether the start tag has any attribute, without decoding them.
    bool hasAttributes() const { return !m_rawAttributes.empty(); }
    // The value of the attribute with that (lower-case) name, a null view if there is none; an
    // attribute without a value gives an empty, non-null view.
    QByteArrayView attribute(QByteArrayView name) const;
    bool hasAttribute(QByteArrayView name) const { return !attribute(name).isNull(); }

    // Text: the characters, character references decoded in data and RCDATA, verbatim in RAWTEXT,
    // script data, PLAINTEXT and CDATA sections. U+0000 stays as is in data (a tree builder drops
    // it) and becomes U+FFFD elsewhere. Comment: the comment's text. Doctype: the name,
    // lower-cased. Decoded lazily, on the first call.
    QByteArrayView text() const;
    // Text: the source bytes of the token, before any decoding. StartTag and EndTag: the tag as
    // written, from '<' to '>' (see setGumboQuirks()).
    QByteArrayView rawText() const { return m_raw; }
    // Doctype: the public and system identifiers (null views when missing) and the force-quirks
    // flag.
    QByteArrayView doctypePublicId() const { return m_publicId; }
    QByteArrayView doctypeSystemId() const { return m_systemId; }
    bool forceQuirks() const { return m_forceQuirks; }

    // For a tree builder: the content model to continue in after the start tag just returned.
    void setContentModel(ContentModel model) { m_nextModel = model; }
    // For a tree builder: whether the current node is foreign (SVG or MathML).
    void setCdataAllowed(bool allowed) { m_cdataAllowed = allowed; }
    // Reproduces bugs of gumbo 0.10.1 as HtmlDocument runs it (error collection off), for callers
    // that must give gumbo's answers. Off by default (then the HTML Standard is followed).
    // - After a repeated attribute without a value gumbo does not clear its name buffer, so the
    //   next attribute's name starts with the repeated one: <a rel rel href=x> has the attributes
    //   rel and relhref, and no href.
    // - Numeric character references are computed in 32-bit int arithmetic that wraps, so that
    //   &#4294967361; is "A"; a value that wraps negative comes out as its low byte, possibly a NUL
    //   or a byte that is not UTF-8 (the one case of output that is not valid UTF-8), and -1 as
    //   gumbo's "no character": a literal '&', and the character after the reference is lost.
    // - The source of a tag (rawText()) starts after the previous token, so it includes the "</>"s
    //   dropped right before it (gumbo reads foreign tag names from that source).
    // - A NUL that starts an attribute name is dropped (gumbo writes its U+FFFD to the wrong
    //   buffer): <a \0href=x> has an href.
    void setGumboQuirks(bool on) { m_gumboQuirks = on; }

private:
    enum class TextKind : unsigned char
    {
        Data,
        RcData,
        Verbatim,
        Comment
    };
    struct Attribute
    {
        QByteArrayView name;
        QByteArrayView value;
    };
    struct RawAttribute
    {
        const char *name;
        const char *nameEnd;
        const char *value; // nullptr: no value
        const char *valueEnd;
    };

    Token data();
    Token rawTextState(bool decode);
    Token scriptData();
    Token emitText(const char *begin, const char *end, TextKind kind);
    Token tag(const char *source, const char *name, bool endTag);
    Token markupDeclaration(const char *p);
    Token comment(const char *body);
    Token bogusComment(const char *body);
    Token doctype(const char *p);
    void decodeAttributes() const
    {
        if (!m_attributesReady)
            decodeAttributesNow();
    }
    void decodeAttributesNow() const;
    void finishAttributes() const;
    const char *scriptEnd(const char *p) const;
    bool isAppropriateEndTag(const char *p) const;

    const char *m_end;
    const char *m_pos;
    ContentModel m_model = ContentModel::Data;
    ContentModel m_nextModel = ContentModel::Data;
    bool m_cdataAllowed = false;
    bool m_afterStartTag = false;
    bool m_gumboQuirks = false;
    std::string m_lastStartTag; // for "appropriate end tag"

    QByteArrayView m_tagName;
    bool m_selfClosing = false;
    std::vector<RawAttribute> m_rawAttributes;
    mutable std::vector<Attribute> m_attributes;
    mutable bool m_attributesReady = true;
    mutable std::vector<char> m_tagBuffer;         // decoded names and values of the current tag
    std::size_t m_attributesOut = 0;               // where in it the attributes go
    mutable std::vector<QByteArray> m_joinedNames; // names made by the gumbo quirk

    QByteArrayView m_raw;
    TextKind m_textKind = TextKind::Data;
    mutable std::vector<char> m_textBuffer;
    mutable QByteArrayView m_text;
    mutable bool m_textReady = false;
    QByteArrayView m_publicId;
    QByteArrayView m_systemId;
    bool m_forceQuirks = false;
};
