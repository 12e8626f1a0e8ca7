// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <initializer_list>

// The tag names the tree builder (htmltree.cpp) decides on, as small numbers: a start or end tag
// is looked up once, and the builder's questions ("does it close a <p>?", "is a <table> open?")
// become integer and bit tests. Other names are Tag::Other, compared as text. A name the builder
// needs goes into both the enum and lookup().
namespace HtmlTags {

enum class Tag : quint8
{
    Other,
    A,
    Address,
    Applet,
    Area,
    Article,
    Aside,
    Base,
    Basefont,
    Blockquote,
    Body,
    Br,
    Button,
    Caption,
    Center,
    Col,
    Dd,
    Details,
    Dialog,
    Dir,
    Div,
    Dl,
    Dt,
    Embed,
    Fieldset,
    Figcaption,
    Figure,
    Footer,
    Form,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Head,
    Header,
    Hgroup,
    Hr,
    Html,
    Img,
    Input,
    Li,
    Link,
    Main,
    Marquee,
    Math,
    Menu,
    Meta,
    Nav,
    Nobr,
    Noscript,
    Object,
    Ol,
    Optgroup,
    Option,
    P,
    Param,
    Pre,
    Script,
    Search,
    Section,
    Source,
    Style,
    Summary,
    Svg,
    Table,
    Tbody,
    Td,
    Template,
    Tfoot,
    Th,
    Thead,
    Title,
    Tr,
    Track,
    Ul,
    Wbr,
    Count
};

// The Tag of a lower-case tag name.
inline Tag lookup(QByteArrayView name)
{
    if (name.size() > 8) {
        if (name == "blockquote")
            return Tag::Blockquote;
        if (name == "figcaption")
            return Tag::Figcaption;
        return Tag::Other;
    }
    // Up to eight bytes, read as one little-endian number (zero-padded).
    quint64 packed = 0;
    for (qsizetype i = 0; i < name.size(); ++i)
        packed |= quint64(uchar(name[i])) << (8 * i);
    switch (packed) {
    case 0x61ULL: // a
        return Tag::A;
    case 0x73736572646461ULL: // address
        return Tag::Address;
    case 0x74656c707061ULL: // applet
        return Tag::Applet;
    case 0x61657261ULL: // area
        return Tag::Area;
    case 0x656c6369747261ULL: // article
        return Tag::Article;
    case 0x6564697361ULL: // aside
        return Tag::Aside;
    case 0x65736162ULL: // base
        return Tag::Base;
    case 0x746e6f6665736162ULL: // basefont
        return Tag::Basefont;
    case 0x79646f62ULL: // body
        return Tag::Body;
    case 0x7262ULL: // br
        return Tag::Br;
    case 0x6e6f74747562ULL: // button
        return Tag::Button;
    case 0x6e6f6974706163ULL: // caption
        return Tag::Caption;
    case 0x7265746e6563ULL: // center
        return Tag::Center;
    case 0x6c6f63ULL: // col
        return Tag::Col;
    case 0x6464ULL: // dd
        return Tag::Dd;
    case 0x736c6961746564ULL: // details
        return Tag::Details;
    case 0x676f6c616964ULL: // dialog
        return Tag::Dialog;
    case 0x726964ULL: // dir
        return Tag::Dir;
    case 0x766964ULL: // div
        return Tag::Div;
    case 0x6c64ULL: // dl
        return Tag::Dl;
    case 0x7464ULL: // dt
        return Tag::Dt;
    case 0x6465626d65ULL: // embed
        return Tag::Embed;
    case 0x746573646c656966ULL: // fieldset
        return Tag::Fieldset;
    case 0x657275676966ULL: // figure
        return Tag::Figure;
    case 0x7265746f6f66ULL: // footer
        return Tag::Footer;
    case 0x6d726f66ULL: // form
        return Tag::Form;
    case 0x3168ULL: // h1
        return Tag::H1;
    case 0x3268ULL: // h2
        return Tag::H2;
    case 0x3368ULL: // h3
        return Tag::H3;
    case 0x3468ULL: // h4
        return Tag::H4;
    case 0x3568ULL: // h5
        return Tag::H5;
    case 0x3668ULL: // h6
        return Tag::H6;
    case 0x64616568ULL: // head
        return Tag::Head;
    case 0x726564616568ULL: // header
        return Tag::Header;
    case 0x70756f726768ULL: // hgroup
        return Tag::Hgroup;
    case 0x7268ULL: // hr
        return Tag::Hr;
    case 0x6c6d7468ULL: // html
        return Tag::Html;
    case 0x676d69ULL: // img
        return Tag::Img;
    case 0x7475706e69ULL: // input
        return Tag::Input;
    case 0x696cULL: // li
        return Tag::Li;
    case 0x6b6e696cULL: // link
        return Tag::Link;
    case 0x6e69616dULL: // main
        return Tag::Main;
    case 0x6565757172616dULL: // marquee
        return Tag::Marquee;
    case 0x6874616dULL: // math
        return Tag::Math;
    case 0x756e656dULL: // menu
        return Tag::Menu;
    case 0x6174656dULL: // meta
        return Tag::Meta;
    case 0x76616eULL: // nav
        return Tag::Nav;
    case 0x72626f6eULL: // nobr
        return Tag::Nobr;
    case 0x7470697263736f6eULL: // noscript
        return Tag::Noscript;
    case 0x7463656a626fULL: // object
        return Tag::Object;
    case 0x6c6fULL: // ol
        return Tag::Ol;
    case 0x70756f726774706fULL: // optgroup
        return Tag::Optgroup;
    case 0x6e6f6974706fULL: // option
        return Tag::Option;
    case 0x70ULL: // p
        return Tag::P;
    case 0x6d61726170ULL: // param
        return Tag::Param;
    case 0x657270ULL: // pre
        return Tag::Pre;
    case 0x747069726373ULL: // script
        return Tag::Script;
    case 0x686372616573ULL: // search
        return Tag::Search;
    case 0x6e6f6974636573ULL: // section
        return Tag::Section;
    case 0x656372756f73ULL: // source
        return Tag::Source;
    case 0x656c797473ULL: // style
        return Tag::Style;
    case 0x7972616d6d7573ULL: // summary
        return Tag::Summary;
    case 0x677673ULL: // svg
        return Tag::Svg;
    case 0x656c626174ULL: // table
        return Tag::Table;
    case 0x79646f6274ULL: // tbody
        return Tag::Tbody;
    case 0x6474ULL: // td
        return Tag::Td;
    case 0x6574616c706d6574ULL: // template
        return Tag::Template;
    case 0x746f6f6674ULL: // tfoot
        return Tag::Tfoot;
    case 0x6874ULL: // th
        return Tag::Th;
    case 0x6461656874ULL: // thead
        return Tag::Thead;
    case 0x656c746974ULL: // title
        return Tag::Title;
    case 0x7274ULL: // tr
        return Tag::Tr;
    case 0x6b63617274ULL: // track
        return Tag::Track;
    case 0x6c75ULL: // ul
        return Tag::Ul;
    case 0x726277ULL: // wbr
        return Tag::Wbr;
    default:
        return Tag::Other;
    }
}

// A set of Tags.
class Set
{
public:
    constexpr Set(std::initializer_list<Tag> tags)
    {
        for (const Tag tag : tags)
            m_bits[unsigned(tag) / 64] |= quint64(1) << (unsigned(tag) % 64);
    }
    constexpr bool has(Tag tag) const
    {
        return (m_bits[unsigned(tag) / 64] >> (unsigned(tag) % 64)) & 1;
    }

private:
    quint64 m_bits[2] = {0, 0};
};

static_assert(unsigned(Tag::Count) <= 128);

} // namespace HtmlTags
