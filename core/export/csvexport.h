// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"

#include <QStringList>

// `csv`: one row per page (successful and failed, in completion order) with the page record's
// scalar fields, RFC 4180 (comma, CRLF, double quotes), UTF-8 without a byte order mark, one
// header row. Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or
// carriage return) are prefixed with a single quote, as OWASP recommends (docs/formats-files.md).
class CsvExport final : public Exporter
{
public:
    QString format() const override;
    QString fileExtension() const override;
    bool write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
               QString *error) const override;

    // The header row's cells, in column order.
    static QStringList columns();
    // One text cell, guarded against formula injection and quoted when it must be.
    static QString textCell(const QString &text);
};
