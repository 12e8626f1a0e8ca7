// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads a Geonode crawl status document (what GeonodeExport writes, or the service's answer) back
// into a job: job-level fields (counters, created_at, completed_at, token_summary) into job.extra
// by their own names, per-result extras into "trawl:" metadata keys, depth - 1 into the page's
// depth, so that exporting it again gives the same bytes.
namespace GeonodeImport {

// nullopt on malformed input, with `error` naming the offending key.
std::optional<ImportedJob> read(const QJsonObject &doc, QString *error);
bool looksLike(const QJsonObject &doc);

} // namespace GeonodeImport
