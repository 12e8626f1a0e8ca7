// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/appshell.h"

#include "extract/htmldecoder.h"
#include "extract/htmltree.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

using NodeId = HtmlTree::NodeId;

bool isHiddenText(const HtmlTree &tree, NodeId element)
{
    return tree.isElement(element, "script") || tree.isElement(element, "style")
           || tree.isElement(element, "template") || tree.isElement(element, "noscript");
}

// The visible text inside `scope`, whitespace collapsed, stopping once longer than `cap`.
QString visibleText(const HtmlTree &tree, NodeId scope, int cap)
{
    QString text;
    for (NodeId node = scope; node != HtmlTree::none;) {
        if (node != scope && tree.isElement(node) && isHiddenText(tree, node)) {
            node = tree.next(node, scope, true);
            continue;
        }
        if (tree.kind(node) == HtmlTree::Kind::Text) {
            text += QString::fromUtf8(tree.text(node)).simplified();
            if (text.size() > cap)
                break;
        }
        node = tree.next(node, scope);
    }
    return text;
}

bool isAppRoot(const HtmlTree &tree, NodeId element)
{
    static constexpr std::array ids{"root",   "app",        "__next",   "__nuxt",  "___gatsby",
                                    "svelte", "react-root", "app-root", "main-app"};
    const QByteArrayView id = tree.attribute(element, "id");
    for (const char *name : ids) {
        if (id == QByteArrayView(name))
            return true;
    }
    return tree.hasAttribute(element, "data-reactroot") || tree.hasAttribute(element, "ng-app")
           || tree.hasAttribute(element, "data-v-app") || tree.isElement(element, "app-root");
}

} // namespace

namespace AppShell {

bool looksLikeAppShell(const QByteArray &body, const QString &charset)
{
    const DecodedHtml decoded = HtmlDecoder::decode(body, charset);
    const HtmlTree tree = HtmlTree::parse(decoded.utf8);
    const NodeId bodyElement = tree.body() != HtmlTree::none ? tree.body() : tree.root();

    const QString text = visibleText(tree, bodyElement, maxShellText);
    if (text.size() >= maxShellText)
        return false;

    bool scripts = false;
    bool emptyRoot = false;
    bool noscriptHint = false;
    for (NodeId node = tree.root(); node != HtmlTree::none; node = tree.next(node, tree.root())) {
        if (!tree.isElement(node))
            continue;
        if (tree.isElement(node, "script")) {
            const QByteArrayView type = tree.attribute(node, "type");
            scripts |= !type.contains("json") && type != QByteArrayView("text/template");
        } else if (tree.isElement(node, "noscript")) {
            const QString hint = tree.textContent(node).toLower();
            noscriptHint |= hint.contains(u"javascript"_s) || hint.contains(u"enable"_s);
        } else if (isAppRoot(tree, node)) {
            emptyRoot |= visibleText(tree, node, maxPlaceholderText).size() < maxPlaceholderText;
        }
    }
    return scripts && (emptyRoot || noscriptHint || text.isEmpty());
}

} // namespace AppShell
