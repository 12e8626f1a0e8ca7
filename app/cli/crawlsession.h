// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JobStore;

namespace Cli {

// Runs a local job's crawl in this process until it ends: progress on stderr when that is a
// terminal, Ctrl+C (or SIGTERM) pauses it, a summary at the end (unless `quiet`). Returns the
// exit code for the job's final state. A crawl that renders JavaScript gets a pool of `renderers`
// pages from Cli::rendering() (set by trawl-gui, which renders).
int runCrawlSession(JobStore &store, const QString &jobId, bool quiet, int renderers);

} // namespace Cli
