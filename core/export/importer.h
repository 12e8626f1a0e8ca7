// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/importedjob.h"

#include <QString>

#include <optional>

class JobStore;
class StoreWriter;

// `trawl import FILE`: a file in one of the status formats (or jsonl) becomes a new job.
namespace Importer {

// The formats a file can be read from.
QStringList formats();
// Reads `path`; `format` empty means: recognize it (jsonl by its lines, the JSON formats by their
// keys). Says why not, naming the key or line, when the file is not one of them.
std::optional<ImportedJob> read(const QString &path, const QString &format, QString *error);
// Stores the job and its pages; returns the new job's id.
std::optional<QString> store(JobStore &store, StoreWriter &writer, ImportedJob job, QString *error);

} // namespace Importer
