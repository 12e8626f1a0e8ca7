// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// Reads a Firecrawl status document (a file written by FirecrawlV0Export / FirecrawlV1Export, or
// saved from the service) back into a job and its pages. Whatever the page record has no field
// for is kept (job.extra by the provider's key names, page metadata under "trawl:" keys), so
// that exporting the job again in the same format gives the same bytes.
namespace FirecrawlImport {

// job.provider is "firecrawl-v0" / "firecrawl-v1". On malformed input: nullopt, and `error`
// names the offending key (for example "data[3].metadata.statusCode").
std::optional<ImportedJob> readV0(const QJsonObject &doc, QString *error);
std::optional<ImportedJob> readV1(const QJsonObject &doc, QString *error);

// Whether a document has the shape of that format (its required envelope keys).
bool looksLikeV0(const QJsonObject &doc);
bool looksLikeV1(const QJsonObject &doc);

} // namespace FirecrawlImport
