// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/importer.h"

#include "export/firecrawlimport.h"
#include "export/geonodeimport.h"
#include "export/jsonlimport.h"
#include "export/spidraimport.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Importer {

QStringList formats()
{
    return {u"firecrawl-v0"_s, u"firecrawl-v1"_s, u"spidra"_s, u"geonode"_s, u"jsonl"_s};
}

std::optional<ImportedJob> read(const QString &path, const QString &format, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString reason;
    auto fail = [&](const QString &why) -> std::optional<ImportedJob> {
        if (error)
            *error = u"%1: %2"_s.arg(path, why);
        return std::nullopt;
    };
    const bool jsonl = format == u"jsonl"_s
                       || (format.isEmpty() && path.endsWith(u".jsonl"_s, Qt::CaseInsensitive));
    if (jsonl) {
        auto job = JsonlImport::read(file, &reason);
        return job ? job : fail(reason);
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("Importer", "not JSON: %1 (at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate("Importer", "expected a JSON object."));
    const QJsonObject object = document.object();
    QString chosen = format;
    if (chosen.isEmpty()) {
        // The v1 shape is checked first: a v0 check alone would also accept some v1 files.
        if (FirecrawlImport::looksLikeV1(object))
            chosen = u"firecrawl-v1"_s;
        else if (FirecrawlImport::looksLikeV0(object))
            chosen = u"firecrawl-v0"_s;
        else if (GeonodeImport::looksLike(object))
            chosen = u"geonode"_s;
        else if (SpidraImport::looksLike(object))
            chosen = u"spidra"_s;
        else
            return fail(QCoreApplication::translate(
                "Importer", "not a Firecrawl, Spidra or Geonode status document; give --format."));
    }
    std::optional<ImportedJob> job;
    if (chosen == u"firecrawl-v0"_s)
        job = FirecrawlImport::readV0(object, &reason);
    else if (chosen == u"firecrawl-v1"_s)
        job = FirecrawlImport::readV1(object, &reason);
    else if (chosen == u"spidra"_s)
        job = SpidraImport::read(object, &reason);
    else if (chosen == u"geonode"_s)
        job = GeonodeImport::read(object, &reason);
    else
        return fail(QCoreApplication::translate("Importer", "unknown format \"%1\".").arg(chosen));
    return job ? job : fail(reason);
}

std::optional<QString> store(JobStore &store, StoreWriter &writer, ImportedJob imported,
                             QString *error)
{
    JobInfo job = imported.job;
    const JobState finalState = job.state;
    job.state = JobState::Queued;
    if (!store.createJob(job, error))
        return std::nullopt;
    for (PageRecord &page : imported.pages) {
        page.jobId = job.id;
        writer.storePage(page, page.url);
    }
    // Imported jobs arrive in their final state; the writer does not check transitions.
    writer.setJobState(job.id, finalState, imported.job.error);
    writer.flush();
    return job.id;
}

} // namespace Importer
