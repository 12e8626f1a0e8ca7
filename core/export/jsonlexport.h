// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QJsonObject>
#include <QStringList>

struct PageRecord;

// `jsonl`: one line per page (successful and failed, in completion order), each a Firecrawl v1
// document whose `metadata` also carries the page record's scalar fields
// (docs/formats-files.md). JsonlImport reads it back: export -> import -> export is byte-identical.
class JsonlExport final : public Exporter
{
public:
    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;

    // The document of one page (what one line holds, before compact serialization).
    static QJsonObject document(const PageRecord &page);
    // The metadata keys this format fills from the page record: a meta tag by one of these names
    // is not exported (the record's own field wins), and import never stores them as meta tags.
    static QStringList reservedMetadataKeys();
    // Metadata keys starting with this are private to Trawl and never exported.
    static QString privateKeyPrefix();
};
