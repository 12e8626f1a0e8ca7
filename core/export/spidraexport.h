// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/jobstate.h"

// Spidra `GET /crawl/{jobId}` (seed 002): {status, progress{message, pagesCrawled, maxPages},
// result[]{url, title, status, data}, error}. The mapping is in docs/formats-spidra-geonode.md.
class SpidraExport final : public Exporter
{
public:
    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;

    // The status word for a job state: waiting, active, completed or failed (the schema's enum:
    // a cancelled job is "failed" with the error "Crawl cancelled").
    static QString statusWord(JobState state);
    // progress.message, a sentence for people ("Crawling: 12 of 50 pages", "Crawl complete").
    static QString progressMessage(JobState state, qint64 pagesCrawled, qint64 maxPages);

    // Private page metadata keys (never exported as metadata): an imported item's `data` object,
    // its keys beyond the known ones, and an error code that is not one of ours.
    static QString dataKey() { return QStringLiteral("trawl:spidraData"); }
    static QString itemExtraKey() { return QStringLiteral("trawl:spidraExtra"); }
    static QString errorCodeKey() { return QStringLiteral("trawl:errorCode"); }
};
