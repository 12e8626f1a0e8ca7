// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/htmltree.h"

#include <QString>
#include <QUrl>

#include <functional>

struct MarkdownOptions
{
    // Resolves relative links and images: the page's final URL, or its <base href> resolved.
    QUrl baseUrl;
};

// HTML to GitHub-flavoured markdown, in one iterative pass over an HtmlTree (no recursion: any
// nesting depth is safe; time and memory linear in the page). Pure functions, safe from any
// thread. Where a rendering is a judgment call it follows turndown (headingStyle atx,
// codeBlockStyle fenced), except for GFM tables and strikethrough and the rules below.
//
// What comes out:
// - ATX headings (one line: blocks and <br> inside are spaces); paragraphs and every block element
//   (div, section, figure, details, ...) separated by one blank line; HTML whitespace rules (runs
//   collapse to one space, blocks are trimmed, U+00A0 kept); <br> as a hard break ("  " before
//   the newline; two in a row are a blank line; none at the start or end of a block); <hr> as
//   "---".
// - *em*, **strong**, ~~del~~, <sup>x</sup>, <sub>x</sub> around their trimmed content (empty
//   ones dropped, the same kind nested inside itself merged); `code` with a fence longer than any
//   backtick run inside (padded with spaces when the code starts or ends with a backtick),
//   markup inside code dropped; <pre> as a fenced block (language from a "language-x" or
//   "lang-x" class on the pre or its first code child), its text exactly as written (the newline
//   right after <pre> dropped, trailing newlines dropped, <br> and block boundaries as newlines).
// - links [text](absolute-url "title") resolved against baseUrl; a link without content shows its
//   aria-label, title or URL; javascript: links, links without href or with an empty one are
//   plain text. Inline markers that span blocks (a link around a heading and a paragraph, bold
//   around two paragraphs) are closed before each block break and reopened after it.
// - images ![alt](absolute-src "title") (none without src), data: sources kept as they are.
// - lists "- " and "N. " (ol start kept), item content indented to the marker width, a nested
//   list on the line after its item's text; items with paragraphs make a loose list, as in HTML.
//   Blockquotes "> ", nested "> > ", with any block content.
// - GFM tables: the first row of thead (else the first row) is the header; colspan repeats
//   empty cells (at most 1000 columns); rows are padded to the widest; cell content is one line
//   ("<br>" between its lines and blocks, list items as "- x", code blocks as code spans, "|"
//   escaped); tables inside a cell are flattened into it; a caption (and text outside any cell)
//   comes before the table as a paragraph. A table with a single cell is a layout table: only
//   its content, as blocks. A table whose cells are all empty is dropped.
// - definition lists: each <dt> as a **term** line, each <dd> as a ": definition" line under it
//   (continuation lines indented by two), a blank line before the next term: the PHP Markdown
//   Extra / Pandoc syntax, which plain GFM shows as readable paragraphs.
// - text escaped where it would otherwise be markdown: \ * ` [ ] everywhere; _ unless inside a
//   word (snake_case stays); ~ unless standing alone; < before a letter, / ! or ?; & before an
//   entity-like name; at the start of a line #, >, - and + items, =/- underlines, "1." and "1)";
//   in headings, words of #s (closing sequences).
// - dropped: comments, head, script, style, noscript, template, svg, iframe, object, embed,
//   canvas, video, audio, map, input (hidden or not), datalist, frames. Buttons, labels, selects
//   (options separated by spaces) and textareas keep their text inline.
// The output is stable, ends with one newline (or is empty), has no trailing spaces except hard
// breaks and never more than one blank line in a row (code blocks excepted: kept exactly).
namespace MarkdownWriter {

// Converts the subtree of `scope` (including `scope` itself) to markdown, skipping every node
// for which `skip(node)` is true, with its subtree (main-content filtering is done by the caller
// through this predicate; may be empty).
QString convert(const HtmlTree &tree, HtmlTree::NodeId scope, const MarkdownOptions &options,
                const std::function<bool(HtmlTree::NodeId)> &skip = {});

} // namespace MarkdownWriter
