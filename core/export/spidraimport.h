// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads a Spidra crawl status document (what SpidraExport writes, or the service's answer) back
// into a job: job-level fields into job.extra by their own names, each item's `data` object as it
// is into the page's metadata "trawl:spidraData", so that exporting it again gives the same bytes.
namespace SpidraImport {

// nullopt on malformed input, with `error` naming the offending key.
std::optional<ImportedJob> read(const QJsonObject &doc, QString *error);
bool looksLike(const QJsonObject &doc);

} // namespace SpidraImport
