// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class JobStore;

namespace Cli {

// Runs a local job's crawl in this process until it ends: progress on stderr when that is a
// terminal, Ctrl+C (or SIGTERM) pauses it, a summary at the end (unless `quiet`). Returns the
// exit code for the job's final state.
int runCrawlSession(JobStore &store, const QString &jobId, bool quiet);

} // namespace Cli
