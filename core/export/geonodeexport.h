// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/jobstate.h"

// Geonode scraper `GET /v1/crawl/{job_id}?page=&page_size=` (seed 004): progress counters, token
// accounting and a page of `results`. The mapping is in docs/formats-spidra-geonode.md.
class GeonodeExport final : public Exporter
{
public:
    static constexpr int defaultPageSize = 10;
    static constexpr int maxPageSize = 50;

    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;

    // queued, processing, completed, failed or cancelled.
    static QString statusWord(JobState state);
    // The page size a status answer uses for `requested` (0: the default 10; clamped to 1..50).
    static int effectivePageSize(int requested);

    // Private page metadata keys (never exported as metadata): tokens charged for the page, an
    // imported result's keys beyond the known ones, and an error code that is not one of ours.
    static QString tokensChargedKey() { return QStringLiteral("trawl:tokensCharged"); }
    static QString resultExtraKey() { return QStringLiteral("trawl:geonodeExtra"); }
    static QString errorCodeKey() { return QStringLiteral("trawl:errorCode"); }
};
