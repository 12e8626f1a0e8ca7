// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QCommandLineParser>

#include <optional>

// The options of `trawl crawl`: every field of CrawlOptions as a flag, and --config FILE holding
// a Firecrawl `POST /v1/crawl` body. Flags given on the command line win over the file.
namespace Cli {

void addCrawlFlags(QCommandLineParser &parser);
// --renderers N: the size of the renderer pool, pages rendered at once (not a crawl option: it
// belongs to the process; `trawl crawl` keeps it with the job, under renderersKey() in its extra
// fields, so that `trawl resume` renders as many at once).
void addRenderersFlag(QCommandLineParser &parser);
// --renderers, or `fallback` when not given; prints the reason and returns nothing when bad.
std::optional<int> renderersFromFlags(const QCommandLineParser &parser, const QString &command,
                                      int fallback);
QString renderersKey();
// Prints the reason (one line, naming the flag or key) and returns nothing on bad input.
// A valid `startUrl` (the sample site's) is the start page; then a URL argument is refused.
std::optional<CrawlOptions> crawlOptionsFromFlags(const QCommandLineParser &parser,
                                                  const QString &command,
                                                  const QUrl &startUrl = {});

} // namespace Cli
