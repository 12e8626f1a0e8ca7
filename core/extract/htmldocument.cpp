// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldocument.h"

#include <gumbo.h>

#include <algorithm>
#include <cstddef>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Every byte gumbo allocates for one document, released at once when the document goes.
//
// gumbo_destroy_output() in gumbo 0.10.1 frees the tree recursively: a page of 100,000 nested
// <div>s or 10,000 nested <table>s overflows a 1 MB thread stack there. It is never called:
// freeing the arena frees the tree, in a handful of free() calls. gumbo frees little while it
// parses (about 15 % of what it allocates on real pages), so ignoring its frees costs little
// memory, and allocating becomes a pointer bump.
class Arena final
{
public:
    Arena() = default;
    Q_DISABLE_COPY_MOVE(Arena)

    // Out of memory ends the program (noexcept), as gumbo would crash on a null pointer anyway.
    static void *allocate(void *userdata, size_t size) noexcept
    {
        return static_cast<Arena *>(userdata)->take(size);
    }
    static void deallocate(void *, void *) noexcept {}

private:
    static constexpr size_t alignment = alignof(std::max_align_t);
    static constexpr size_t firstBlockSize = 32 * 1024;
    static constexpr size_t largestBlockSize = 1024 * 1024;

    void *take(size_t size)
    {
        size = (std::max<size_t>(size, 1) + alignment - 1) & ~(alignment - 1);
        if (size > m_left) {
            if (size > m_nextBlockSize / 4)
                return newBlock(size); // a large buffer gets a block of its own
            m_next = newBlock(m_nextBlockSize);
            m_left = m_nextBlockSize;
            m_nextBlockSize = std::min(m_nextBlockSize * 2, largestBlockSize);
        }
        std::byte *result = m_next;
        m_next += size;
        m_left -= size;
        return result;
    }

    std::byte *newBlock(size_t size)
    {
        // operator new[] aligns to __STDCPP_DEFAULT_NEW_ALIGNMENT__ (16 on x86-64 and arm64).
        m_blocks.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
        return m_blocks.back().get();
    }

    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::byte *m_next = nullptr;
    size_t m_left = 0;
    size_t m_nextBlockSize = firstBlockSize;
};

bool isHtmlElement(const GumboElement &element, GumboTag tag)
{
    return element.tag == tag && element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

// The attribute's value, nullptr when the element does not have it.
const char *attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? found->value : nullptr;
}

bool isAsciiWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Calls visit(element) for every element in document order until it returns true. Iterative: an
// explicit stack, never recursion. Text and comments are skipped, and so are <template> contents,
// which are inert (not part of the page a browser shows).
template<typename Visit>
void forEachElement(const GumboOutput *output, Visit visit)
{
    if (!output || !output->document)
        return;
    std::vector<const GumboNode *> pending;
    pending.reserve(64);
    pending.push_back(output->document);
    while (!pending.empty()) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        const GumboVector *children = nullptr;
        if (node->type == GUMBO_NODE_ELEMENT) {
            if (visit(node->v.element))
                return;
            children = &node->v.element.children;
        } else {
            children = &node->v.document.children;
        }
        for (unsigned int i = children->length; i > 0; --i) {
            const auto *child = static_cast<const GumboNode *>(children->data[i - 1]);
            if (child->type == GUMBO_NODE_ELEMENT)
                pending.push_back(child);
        }
    }
}

// The value of `name` on the first element of `tag` (HTML namespace) that has it.
QString firstAttribute(const GumboOutput *output, GumboTag tag, const char *name)
{
    QString value;
    forEachElement(output, [&](const GumboElement &element) {
        if (!isHtmlElement(element, tag))
            return false;
        const char *found = attribute(element, name);
        if (!found)
            return false;
        value = QString::fromUtf8(found);
        return true;
    });
    return value;
}

// Whether the space-separated token list holds `token` (ASCII case-insensitive), as in rel.
bool hasToken(const char *list, QByteArrayView token)
{
    const QByteArrayView view(list);
    qsizetype start = 0;
    while (start < view.size()) {
        while (start < view.size() && isAsciiWhitespace(view.at(start)))
            ++start;
        qsizetype end = start;
        while (end < view.size() && !isAsciiWhitespace(view.at(end)))
            ++end;
        const QByteArrayView candidate = view.sliced(start, end - start);
        if (candidate.size() == token.size()
            && qstrnicmp(candidate.data(), token.data(), size_t(token.size())) == 0) {
            return true;
        }
        start = end;
    }
    return false;
}

// Runs of ASCII whitespace become one space, leading and trailing ones go (as document.title).
QString collapseWhitespace(const QByteArray &text)
{
    QByteArray collapsed;
    collapsed.reserve(text.size());
    bool pendingSpace = false;
    for (char c : text) {
        if (isAsciiWhitespace(c)) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace)
            collapsed.append(' ');
        pendingSpace = false;
        collapsed.append(c);
    }
    return QString::fromUtf8(collapsed);
}

} // namespace

struct HtmlDocument::Tree
{
    QByteArray source; // gumbo's nodes point into it (original_text, original_tag)
    Arena arena;
    GumboOutput *output = nullptr;
};

void HtmlDocument::TreeDeleter::operator()(Tree *tree) const noexcept
{
    delete tree;
}

HtmlDocument::HtmlDocument(std::unique_ptr<Tree, TreeDeleter> tree)
    : m_tree(std::move(tree))
{}

HtmlDocument HtmlDocument::parse(const QByteArray &html)
{
    std::unique_ptr<Tree, TreeDeleter> tree(new Tree);
    tree->source = html;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = &tree->arena;
    options.max_errors = 0; // parse errors are not collected: faster, and nothing reads them
    tree->output =
        gumbo_parse_with_options(&options, tree->source.constData(), size_t(tree->source.size()));
    return HtmlDocument(std::move(tree));
}

QString HtmlDocument::title() const
{
    if (!m_tree)
        return {};
    QByteArray text;
    forEachElement(m_tree->output, [&text](const GumboElement &element) {
        if (!isHtmlElement(element, GUMBO_TAG_TITLE))
            return false;
        for (unsigned int i = 0; i < element.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(element.children.data[i]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE
                || child->type == GUMBO_NODE_CDATA) {
                text.append(child->v.text.text);
            }
        }
        return true;
    });
    return collapseWhitespace(text);
}

QString HtmlDocument::language() const
{
    if (!m_tree || !m_tree->output->root || m_tree->output->root->type != GUMBO_NODE_ELEMENT)
        return {};
    const char *lang = attribute(m_tree->output->root->v.element, "lang");
    return lang ? QString::fromUtf8(lang).trimmed() : QString();
}

QString HtmlDocument::baseHref() const
{
    if (!m_tree)
        return {};
    return firstAttribute(m_tree->output, GUMBO_TAG_BASE, "href");
}

QString HtmlDocument::canonicalHref() const
{
    if (!m_tree)
        return {};
    QString href;
    forEachElement(m_tree->output, [&href](const GumboElement &element) {
        if (!isHtmlElement(element, GUMBO_TAG_LINK))
            return false;
        const char *rel = attribute(element, "rel");
        const char *value = attribute(element, "href");
        if (!rel || !value || !hasToken(rel, "canonical"))
            return false;
        href = QString::fromUtf8(value);
        return true;
    });
    return href;
}

QString HtmlDocument::metaContent(const QString &name) const
{
    if (!m_tree || name.isEmpty())
        return {};
    auto matches = [&name](const char *value) {
        return value && QString::fromUtf8(value).compare(name, Qt::CaseInsensitive) == 0;
    };
    QString content;
    forEachElement(m_tree->output, [&](const GumboElement &element) {
        if (!isHtmlElement(element, GUMBO_TAG_META))
            return false;
        const char *value = attribute(element, "content");
        if (!value
            || !(matches(attribute(element, "name")) || matches(attribute(element, "property"))))
            return false;
        content = QString::fromUtf8(value);
        return true;
    });
    return content;
}

QStringList HtmlDocument::hrefs() const
{
    if (!m_tree)
        return {};
    QStringList found;
    forEachElement(m_tree->output, [&found](const GumboElement &element) {
        if (element.tag != GUMBO_TAG_A && element.tag != GUMBO_TAG_AREA)
            return false;
        if (const char *href = attribute(element, "href"))
            found.append(QString::fromUtf8(href));
        return false;
    });
    return found;
}
