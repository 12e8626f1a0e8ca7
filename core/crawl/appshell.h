// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Whether a page's static HTML looks like the empty shell of a JavaScript application, so that
// `--render auto` renders it. The rule (the README says the same), all three must hold:
//   1. little text: the body's visible text (not counting <script>, <style>, <template>,
//      <noscript>), whitespace collapsed, is shorter than `maxShellText` (200) characters;
//   2. scripts: the page has at least one <script> (inline or src) whose type is not JSON data
//      (a type containing "json") or "text/template";
//   3. a sign that scripts fill the page, any of:
//      - an app root element left empty or holding only a placeholder ("Loading...", shorter
//        than `maxPlaceholderText` (40) characters): id root, app, __next, __nuxt, ___gatsby,
//        svelte, react-root, app-root or main-app, or an attribute data-reactroot, ng-app or
//        data-v-app, or an element <app-root>;
//      - a <noscript> whose text mentions JavaScript or asks to enable something (contains
//        "javascript" or "enable", any case);
//      - a body with no visible text at all.
// Plain pages (any article, list or form with some text) fail rule 1 and are never rendered;
// pages without scripts cannot change when rendered.
namespace AppShell {

constexpr int maxShellText = 200;
constexpr int maxPlaceholderText = 40;

bool looksLikeAppShell(const QByteArray &body, const QString &charset);

} // namespace AppShell
