// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvexport.h"

#include "export/jobsnapshot.h"
#include "model/pagerecord.h"

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &cell)
{
    const bool needsQuotes =
        cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!needsQuotes)
        return cell;
    QString escaped = cell;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString numberCell(qint64 value)
{
    return QString::number(value);
}

QString rowOf(const PageRecord &page)
{
    const QStringList cells = {
        numberCell(page.index),
        CsvExport::textCell(page.url),
        CsvExport::textCell(page.finalUrl),
        CsvExport::textCell(page.parentUrl),
        numberCell(page.depth),
        CsvExport::textCell(PageStates::toString(page.state)),
        numberCell(page.httpStatus),
        CsvExport::textCell(page.contentType),
        numberCell(page.durationMs),
        numberCell(page.retryCount),
        CsvExport::textCell(page.error == PageError::None ? QString() : page.errorCode()),
        CsvExport::textCell(page.errorMessage),
        CsvExport::textCell(page.title),
        CsvExport::textCell(page.description),
        CsvExport::textCell(page.language),
        CsvExport::textCell(page.fetchedAt.isValid()
                                ? page.fetchedAt.toUTC().toString(Qt::ISODateWithMs)
                                : QString()),
    };
    return cells.join(u',') + u"\r\n"_s;
}

} // namespace

QString CsvExport::format() const
{
    return u"csv"_s;
}

QString CsvExport::fileExtension() const
{
    return u".csv"_s;
}

QStringList CsvExport::columns()
{
    return {u"index"_s,       u"url"_s,         u"final_url"_s,   u"parent_url"_s,
            u"depth"_s,       u"state"_s,       u"http_status"_s, u"content_type"_s,
            u"duration_ms"_s, u"retry_count"_s, u"error_code"_s,  u"error_message"_s,
            u"title"_s,       u"description"_s, u"language"_s,    u"fetched_at"_s};
}

QString CsvExport::textCell(const QString &text)
{
    // OWASP, "CSV Injection": a cell that starts with one of these may be run as a formula.
    static constexpr char16_t formulaStarts[] = {u'=', u'+', u'-', u'@', u'\t', u'\r'};
    if (!text.isEmpty()
        && std::find(std::begin(formulaStarts), std::end(formulaStarts), text.front().unicode())
               != std::end(formulaStarts))
        return quoted(u'\'' + text);
    return quoted(text);
}

bool CsvExport::write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
                      QString *error) const
{
    Q_UNUSED(request) // a file holds every page
    QString failure;
    auto writeText = [&](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (out.write(bytes) != bytes.size()) {
            failure = out.errorString();
            return false;
        }
        return true;
    };
    bool ok = writeText(columns().join(u',') + u"\r\n"_s);
    if (ok) {
        ok = snapshot.forEachPage(PageField::Summary,
                                  [&](const PageRecord &page) { return writeText(rowOf(page)); });
    }
    if (!ok && error)
        *error = failure.isEmpty() ? u"writing failed"_s : failure;
    return ok;
}
