// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// One function per subcommand; each takes its arguments starting with its own name.
namespace Cli {

int runCrawl(const QStringList &arguments);
int runJobs(const QStringList &arguments);
int runResume(const QStringList &arguments);
int runCancel(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runMonitor(const QStringList &arguments);

} // namespace Cli
