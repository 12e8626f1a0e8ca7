// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

// A parsed HTML page (gumbo: the WHATWG tree construction, as browsers do it) with the lookups a
// crawler needs. Every tree walk is iterative and the whole tree lives in one arena freed at once,
// so no nesting depth can overflow the stack. Movable, not copyable; a moved-from document answers
// like an empty one. Parsing is CPU work: do it off the GUI thread.
class HtmlDocument final
{
public:
    // Parses any bytes (assumed UTF-8; gumbo replaces invalid sequences). Never crashes on garbage,
    // binary data, empty input, 100,000 nested <div>s or 10,000 nested <table>s.
    static HtmlDocument parse(const QByteArray &html);

    HtmlDocument(HtmlDocument &&) noexcept = default;
    HtmlDocument &operator=(HtmlDocument &&) noexcept = default;
    HtmlDocument(const HtmlDocument &) = delete;
    HtmlDocument &operator=(const HtmlDocument &) = delete;
    ~HtmlDocument() = default;

    // Text of the first <title>, whitespace collapsed and trimmed.
    QString title() const;
    // <html lang>, trimmed.
    QString language() const;
    // href of the first <base href> (raw: trimming and resolution are the caller's job), empty if
    // none.
    QString baseHref() const;
    // href of the first <link rel=canonical href> (rel may hold several tokens, case-insensitive),
    // raw, empty if none.
    QString canonicalHref() const;
    // content of the first <meta name=NAME content> or <meta property=NAME content>, NAME
    // case-insensitive, raw, empty if none.
    QString metaContent(const QString &name) const;
    // Raw href attribute values of every <a href> and <area href>, in document order, duplicates
    // kept. Links inside <template> are inert and left out.
    QStringList hrefs() const;

private:
    struct Tree;
    struct TreeDeleter
    {
        void operator()(Tree *tree) const noexcept;
    };

    explicit HtmlDocument(std::unique_ptr<Tree, TreeDeleter> tree);

    std::unique_ptr<Tree, TreeDeleter> m_tree;
};
