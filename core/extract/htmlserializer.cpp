// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlserializer.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<QByteArrayView, 14> voidElements{
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr"};

constexpr std::array<QByteArrayView, 11> droppedElements{
    "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object",
    "embed", "base", "link"};

template<std::size_t N>
bool oneOf(QByteArrayView tag, const std::array<QByteArrayView, N> &set)
{
    return std::find(set.begin(), set.end(), tag) != set.end();
}

void appendEscaped(QByteArray &out, QByteArrayView text, bool attribute)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += attribute ? QByteArrayView("<") : QByteArrayView("&lt;");
            break;
        case '>':
            out += attribute ? QByteArrayView(">") : QByteArrayView("&gt;");
            break;
        case '"':
            out += attribute ? QByteArrayView("&quot;") : QByteArrayView("\"");
            break;
        default:
            out += c;
        }
    }
}

bool isUrlAttribute(QByteArrayView tag, QByteArrayView name)
{
    return (name == "href" && (tag == "a" || tag == "area"))
           || (name == "src" && (tag == "img" || tag == "source" || tag == "video"
                                 || tag == "audio" || tag == "track"))
           || (name == "poster" && tag == "video");
}

} // namespace

namespace HtmlSerializer {

QString serialize(const HtmlTree &tree, const QList<HtmlTree::NodeId> &roots, const QUrl &baseUrl,
                  const std::function<bool(HtmlTree::NodeId)> &skip)
{
    QByteArray out;
    auto openTag = [&](HtmlTree::NodeId node) {
        const QByteArrayView tag = tree.tag(node);
        out += '<';
        out += tag;
        for (qsizetype i = 0; i < tree.attributeCount(node); ++i) {
            const QByteArrayView name = tree.attributeName(node, i);
            if (name.startsWith("on") || name == "style")
                continue;
            QByteArrayView value = tree.attributeValue(node, i);
            QByteArray absolute;
            if (isUrlAttribute(tag, name) && baseUrl.isValid() && !value.startsWith("data:")) {
                const QUrl resolved =
                    baseUrl.resolved(QUrl(QString::fromUtf8(value).trimmed()));
                if (resolved.isValid())
                    value = absolute = resolved.toEncoded();
            }
            out += ' ';
            out += name;
            out += "=\"";
            appendEscaped(out, value, true);
            out += '"';
        }
        out += '>';
    };
    auto closeTag = [&](HtmlTree::NodeId node) {
        out += "</";
        out += tree.tag(node);
        out += '>';
    };

    for (const HtmlTree::NodeId root : roots) {
        // An explicit walk: tags open on the way down and close on the way back up.
        HtmlTree::NodeId node = root;
        for (;;) {
            bool descended = false;
            const bool element = tree.isElement(node);
            const bool dropped = (node != root && skip && skip(node))
                                 || (element && oneOf(tree.tag(node), droppedElements));
            if (!dropped && tree.kind(node) == HtmlTree::Kind::Text) {
                appendEscaped(out, tree.text(node), false);
            } else if (!dropped && element) {
                openTag(node);
                if (tree.firstChild(node) != HtmlTree::none) {
                    node = tree.firstChild(node);
                    descended = true;
                } else if (!oneOf(tree.tag(node), voidElements)) {
                    closeTag(node);
                }
            }
            if (descended)
                continue;
            // Move on: the next sibling, or up, closing the elements left.
            while (node != root && tree.nextSibling(node) == HtmlTree::none) {
                node = tree.parent(node);
                closeTag(node);
            }
            if (node == root)
                break;
            node = tree.nextSibling(node);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace HtmlSerializer
