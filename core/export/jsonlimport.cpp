// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonlimport.h"

#include "export/jsonlexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

QString stringOf(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

// Reads one document; returns an empty string on success, else why the line is malformed.
QString readPage(const QJsonObject &document, PageRecord &page)
{
    const QJsonValue metadataValue = document.value(u"metadata"_s);
    if (!metadataValue.isObject())
        return u"no \"metadata\" object"_s;
    const QJsonObject metadata = metadataValue.toObject();

    page.url = stringOf(metadata, u"sourceURL"_s);
    if (page.url.isEmpty())
        page.url = stringOf(metadata, u"url"_s);
    if (page.url.isEmpty())
        return u"no \"metadata.sourceURL\""_s;
    page.finalUrl = stringOf(metadata, u"url"_s);
    page.parentUrl = stringOf(metadata, u"parentURL"_s);
    page.depth = metadata.value(u"depth"_s).toInt();
    page.httpStatus = metadata.value(u"statusCode"_s).toInt();
    page.contentType = stringOf(metadata, u"contentType"_s);
    page.durationMs = qint64(metadata.value(u"durationMs"_s).toDouble());
    page.retryCount = metadata.value(u"retryCount"_s).toInt();
    page.errorMessage = stringOf(metadata, u"error"_s);
    page.title = stringOf(metadata, u"title"_s);
    page.description = stringOf(metadata, u"description"_s);
    page.language = stringOf(metadata, u"language"_s);

    const QString code = stringOf(metadata, u"errorCode"_s);
    const QString state = stringOf(metadata, u"state"_s);
    if (!state.isEmpty()) {
        // Trawl's own file: the state and the error code are written as they are.
        const std::optional<PageState> known = PageStates::fromString(state);
        if (!known)
            return u"unknown \"metadata.state\" %1"_s.arg(state);
        page.state = *known;
        page.error = PageErrors::fromCode(code).value_or(PageError::Network);
    } else {
        // A plain Firecrawl v1 document: a page with an error failed.
        if (!code.isEmpty())
            page.error = PageErrors::fromCode(code).value_or(PageError::Network);
        else if (!page.errorMessage.isEmpty())
            page.error = page.httpStatus >= 400 ? PageErrors::fromHttpStatus(page.httpStatus)
                                                : PageError::Network;
        page.state = page.error == PageError::None ? PageState::Completed : PageState::Failed;
    }

    const QString fetchedAt = stringOf(metadata, u"fetchedAt"_s);
    if (!fetchedAt.isEmpty()) {
        page.fetchedAt = QDateTime::fromString(fetchedAt, Qt::ISODateWithMs);
        if (!page.fetchedAt.isValid())
            return u"bad \"metadata.fetchedAt\" %1"_s.arg(fetchedAt);
        page.fetchedAt = page.fetchedAt.toUTC();
    }

    static const QStringList reserved = JsonlExport::reservedMetadataKeys();
    const QString privatePrefix = JsonlExport::privateKeyPrefix();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!reserved.contains(it.key()) && !it.key().startsWith(privatePrefix))
            page.metadata.insert(it.key(), it.value());
    }

    page.markdown = stringOf(document, u"markdown"_s);
    page.html = stringOf(document, u"html"_s);
    page.rawHtml = stringOf(document, u"rawHtml"_s);
    const QJsonValue links = document.value(u"links"_s);
    if (!links.isUndefined() && !links.isNull() && !links.isArray())
        return u"\"links\" is not an array"_s;
    for (const QJsonValue &link : links.toArray())
        page.links << link.toString();
    // Only an inline PNG can be kept: a screenshot URL (Firecrawl's own) is not fetched.
    const QString screenshot = stringOf(document, u"screenshot"_s);
    const QString inlinePng = u"data:image/png;base64,"_s;
    if (screenshot.startsWith(inlinePng)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(QStringView(screenshot).mid(inlinePng.size()).toLatin1(),
                                           QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return u"bad base64 in \"screenshot\""_s;
        page.screenshot = *decoded;
    }
    return {};
}

} // namespace

namespace JsonlImport {

std::optional<ImportedJob> read(QIODevice &in, QString *error)
{
    auto fail = [error](qint64 lineNumber, const QString &why) {
        if (error)
            *error = u"line %1: %2"_s.arg(lineNumber).arg(why);
        return std::nullopt;
    };

    ImportedJob imported;
    imported.job.provider = JobInfo::localProvider();
    imported.job.state = JobState::Completed;
    qint64 lineNumber = 0;
    while (!in.atEnd()) {
        QByteArray line = in.readLine();
        ++lineNumber;
        if (line.isEmpty() && !in.atEnd())
            return fail(lineNumber, in.errorString());
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineNumber,
                        u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
        if (!json.isObject())
            return fail(lineNumber, u"not a JSON object"_s);
        PageRecord page;
        const QString why = readPage(json.object(), page);
        if (!why.isEmpty())
            return fail(lineNumber, why);
        page.index = imported.pages.size();
        if (page.isSuccess())
            ++imported.job.pagesCompleted;
        else
            ++imported.job.pagesFailed;
        imported.pages.append(std::move(page));
    }
    if (!imported.pages.isEmpty()) {
        imported.job.startUrl = imported.pages.constFirst().url;
        imported.job.options.url = QUrl(imported.job.startUrl);
    }
    imported.job.urlsDiscovered = imported.pages.size();
    return imported;
}

} // namespace JsonlImport
