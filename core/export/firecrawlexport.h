// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "model/jobinfo.h"
#include "model/pagerecord.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Firecrawl v0 GET /v0/crawl/status/{jobId} (docs/formats-firecrawl.md).
class FirecrawlV0Export final : public Exporter
{
public:
    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;
};

// Firecrawl v1 GET /v1/crawl/{id} and GET /v1/batch/scrape/{id} (docs/formats-firecrawl.md).
// In a status answer, ExportRequest::skip is the `skip` of `next`, and pageSize (when > 0) is
// the byte budget of one answer instead of the service's 10 MiB.
class FirecrawlV1Export final : public Exporter
{
public:
    static constexpr qint64 defaultChunkBytes = 10485760;

    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;
};

// The per-page documents and the state words, shared with FirecrawlImport so that an import
// records exactly what an export would write differently.
namespace FirecrawlFormat {

inline constexpr int v0PartialMax = 50;
// The metadata key under which an import keeps what the document had beyond the page record:
// {"set": {key: value}, "unset": [key], "metaSet": {...}, "metaUnset": [...]}.
inline QString patchKey()
{
    return QStringLiteral("trawl:patch");
}
// A job.extra key: the envelope keys the imported file did not have (v1: "success").
inline QString absentKey()
{
    return QStringLiteral("trawl:absent");
}

QString v0Status(JobState state);
QString v1Status(JobState state);
std::optional<JobState> stateFromV0(const QString &status);
std::optional<JobState> stateFromV1(const QString &status);

// The document as written, before the page's patch is applied (`formats`: the job's
// scrapeOptions.formats, which decide whether an empty html/rawHtml/links is written).
QJsonObject v0Document(const PageRecord &page, const QStringList &formats);
QJsonObject v1Document(const PageRecord &page, const QStringList &formats);
// Applies the page's "trawl:patch" to a document built above.
QJsonObject applyPatch(QJsonObject doc, const PageRecord &page);

} // namespace FirecrawlFormat
