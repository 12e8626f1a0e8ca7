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

// Runs the subcommand; needs a QCoreApplication. Returns the process exit code.
int run(const QStringList &arguments);

} // namespace Cli
