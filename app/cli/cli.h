// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The headless command line (ARCHITECTURE.md, "The command line"): same core, no window.
namespace Cli {

// Exit codes: a contract that scripts rely on.
enum ExitCode
{
    Completed = 0,
    FailedOrCancelled = 1,
    BadUsage = 2
};

// True when the arguments (without the program name) ask for a subcommand, --help or --version
// rather than the window.
bool wantsCli(const QStringList &arguments);
// Whether the command may render pages with QtWebEngine, and so runs in trawl-gui on a
// QApplication: `resume` and `serve` may; `crawl` when its render mode may not be static (--render
// other than static, or options from a --config file; screenshots need a render mode too). Other
// commands, and a static crawl, run in `trawl` itself on a QCoreApplication (no QtWebEngine, GUI
// or platform plugin to load: it starts in a few milliseconds).
bool mayRender(const QStringList &arguments);

// Runs the subcommand; needs a QCoreApplication. Returns the process exit code.
int run(const QStringList &arguments);

} // namespace Cli
