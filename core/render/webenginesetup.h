// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a process must do before it creates its application object to use QtWebEngine headless:
// Qt::AA_ShareOpenGLContexts, and, unless already set in the environment, the Chromium flags
// Trawl runs with (no GPU, no background networking, component updates, sync or QUIC) and,
// when running as root (CI), QTWEBENGINE_DISABLE_SANDBOX=1 (Chromium refuses its sandbox as
// root). Two flags are always added: --disable-background-timer-throttling and
// --disable-renderer-backgrounding (pages without a view count as hidden). With `headless`,
// QT_QPA_PLATFORM=offscreen unless a platform is set, and XDG_RUNTIME_DIR a private folder in
// /tmp when unset (what Qt falls back to, without its warning on stderr).
// README.md ("Developing with QtWebEngine") says the same for people running tests by hand.
namespace WebEngineSetup {

void prepareProcess(bool headless);

} // namespace WebEngineSetup
