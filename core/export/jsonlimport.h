// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"

#include <QIODevice>
#include <QString>

#include <optional>

// Reads a `jsonl` file (JsonlExport, or Firecrawl v1 documents one per line) as one local job:
// provider "local", state completed, startUrl the first page's url, pages indexed from 0 in line
// order. Blank lines are skipped. A malformed line fails the whole read with its line number.
namespace JsonlImport {

std::optional<ImportedJob> read(QIODevice &in, QString *error);

} // namespace JsonlImport
