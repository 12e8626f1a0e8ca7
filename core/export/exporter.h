// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

class JobSnapshot;

// What a status answer or an export is asked for.
struct ExportRequest
{
    // A file (trawl export): everything in one document, `next` null. A status answer (trawl
    // status): what the service's status endpoint would answer now, paginated as it paginates.
    bool isFile = true;
    int page = 1;            // 1-based page of a paginated status answer (Geonode: page)
    int pageSize = 0;        // 0: the format's default (Geonode: 10, 1..50)
    qint64 skip = 0;         // Firecrawl v1: documents already returned (the `skip` of `next`)
    QString nextBaseUrl;     // Firecrawl v1: where `next` points (a status answer only)
    qint64 maxDocuments = 0; // Firecrawl v1: the `limit` query (0: only the byte budget)
};

// Writes one job in one format, streaming: pages are read from the snapshot a batch at a time
// and written as they come, so memory does not grow with the job.
class Exporter
{
public:
    virtual ~Exporter() = default;
    virtual QString format() const = 0;
    // For a file: the extension (".json", ".jsonl", ".csv"); empty for a folder (markdown-dir).
    virtual QString fileExtension() const = 0;
    virtual bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
                       QString *error) const = 0;
};

namespace Exporters {

// firecrawl-v0, firecrawl-v1, spidra, geonode, jsonl, csv (markdown-dir is written to a folder
// by MarkdownFolderExport, not through a QIODevice).
QStringList formats();
std::unique_ptr<Exporter> create(const QString &format);

} // namespace Exporters
