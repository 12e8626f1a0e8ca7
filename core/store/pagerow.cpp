// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pagerow.h"

#include "codec/gzip.h"
#include "store/jsontext.h"
#include "store/sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString scalarColumns =
    u"job_id, idx, url, final_url, parent_url, depth, state, http_status, content_type, "
    "duration_ms, retry_count, error_code, error_message, title, description, language, "
    "fetched_at, body_bytes, word_count, render_mode"_s;
constexpr int scalarCount = 20;

// The optional columns in the order selectColumns appends them.
constexpr std::pair<PageField, const char16_t *> optionalColumns[] = {
    {PageField::Metadata, u"metadata_json"},
    {PageField::Markdown, u"markdown"},
    {PageField::Html, u"html"},
    {PageField::RawHtml, u"raw_html, raw_html_gzip"}, // two columns: see read()
    {PageField::Links, u"links_json"},
    {PageField::Screenshot, u"screenshot"},
    {PageField::TextContent, u"text_content"},
    {PageField::Headers, u"response_headers"},
};

// A Set-Cookie value is a session credential: the store keeps the cookie's name only.
QString storedHeaderValue(const QString &name, const QString &value)
{
    if (name.compare(u"set-cookie"_s, Qt::CaseInsensitive) != 0)
        return value;
    return value.section(u'=', 0, 0).trimmed() + u"=[value not stored]"_s;
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

namespace PageRow {

QString selectColumns(PageFields fields)
{
    QString columns = scalarColumns;
    for (const auto &[field, column] : optionalColumns) {
        if (fields.testFlag(field))
            columns += u", "_s + QString::fromUtf16(column);
    }
    return columns;
}

PageRecord read(const QSqlQuery &query, PageFields fields)
{
    PageRecord page;
    page.jobId = query.value(0).toString();
    page.index = query.value(1).toLongLong();
    page.url = query.value(2).toString();
    page.finalUrl = query.value(3).toString();
    page.parentUrl = query.value(4).toString();
    page.depth = query.value(5).toInt();
    page.state = PageStates::fromString(query.value(6).toString()).value_or(PageState::Failed);
    page.httpStatus = query.value(7).toInt();
    page.contentType = query.value(8).toString();
    page.durationMs = query.value(9).toLongLong();
    page.retryCount = query.value(10).toInt();
    page.error = PageErrors::fromCode(query.value(11).toString()).value_or(PageError::Network);
    page.errorMessage = query.value(12).toString();
    page.title = query.value(13).toString();
    page.description = query.value(14).toString();
    page.language = query.value(15).toString();
    page.fetchedAt = fromMs(query.value(16));
    page.bodyBytes = query.value(17).toLongLong();
    page.wordCount = query.value(18).toInt();
    page.renderMode = query.value(19).toString();

    int column = scalarCount;
    for (const auto &[field, name] : optionalColumns) {
        if (!fields.testFlag(field))
            continue;
        const QVariant value = query.value(column++);
        switch (field) {
        case PageField::Metadata:
            page.metadata = QJsonDocument::fromJson(value.toByteArray()).object();
            break;
        case PageField::Markdown:
            page.markdown = value.toString();
            break;
        case PageField::Html:
            page.html = value.toString();
            break;
        case PageField::RawHtml:
            page.rawHtml = value.toString();
            if (const QByteArray gzip = query.value(column++).toByteArray(); !gzip.isEmpty()) {
                // The page as the server sent it, gzip: the same UTF-8 text, compressed.
                const std::optional<QByteArray> text =
                    Gzip::inflate(gzip, std::numeric_limits<qint64>::max(), nullptr);
                page.rawHtml = text ? QString::fromUtf8(*text) : QString();
            }
            break;
        case PageField::Links:
            for (const QJsonValue &link : QJsonDocument::fromJson(value.toByteArray()).array())
                page.links << link.toString();
            break;
        case PageField::Screenshot:
            page.screenshot = value.toByteArray();
            break;
        case PageField::TextContent:
            page.textContent = value.toString();
            break;
        case PageField::Headers:
            for (const QJsonValue &pair : QJsonDocument::fromJson(value.toByteArray()).array()) {
                const QJsonArray nameValue = pair.toArray();
                page.responseHeaders.append(
                    {nameValue.at(0).toString(), nameValue.at(1).toString()});
            }
            break;
        default:
            break;
        }
    }
    return page;
}

const char *insertStatement()
{
    return "INSERT INTO pages (job_id, idx, url, final_url, parent_url, depth, state, "
           "http_status, content_type, duration_ms, retry_count, error_code, error_message, "
           "title, description, language, metadata_json, markdown, html, raw_html, links_json, "
           "screenshot, fetched_at, text_content, response_headers, body_bytes, word_count, "
           "render_mode, raw_html_gzip) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
           "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29)";
}

void bindInsert(SqliteStatement &insert, const PageRecord &page)
{
    // Long text goes in as UTF-8 (QString's conversion is far faster than SQLite's own), empty
    // text as such and null text as NULL.
    const auto bindLong = [&insert](int index, const QString &text) {
        if (text.isEmpty())
            insert.bindText(index, text);
        else
            insert.bindUtf8(index, text.toUtf8());
    };
    insert.bindText(1, page.jobId);
    insert.bindInt(2, page.index);
    insert.bindText(3, page.url);
    insert.bindText(4, page.finalUrl);
    insert.bindText(5, page.parentUrl);
    insert.bindInt(6, page.depth);
    insert.bindText(7, PageStates::toString(page.state));
    insert.bindInt(8, page.httpStatus);
    insert.bindText(9, page.contentType);
    insert.bindInt(10, page.durationMs);
    insert.bindInt(11, page.retryCount);
    insert.bindText(12, page.error == PageError::None ? QString() : page.errorCode());
    insert.bindText(13, page.errorMessage);
    insert.bindText(14, page.title);
    insert.bindText(15, page.description);
    insert.bindText(16, page.language);
    if (!page.metadataJson.isEmpty())
        insert.bindUtf8(17, page.metadataJson);
    else
        insert.bindUtf8(17,
                        page.metadata.isEmpty() ? QByteArray() : JsonText::object(page.metadata));
    bindLong(18, page.markdown);
    bindLong(19, page.html);
    if (!page.rawHtmlGzip.isEmpty())
        insert.bindNull(20);
    else if (page.rawHtmlUtf8.isEmpty())
        bindLong(20, page.rawHtml);
    else
        insert.bindUtf8(20, page.rawHtmlUtf8);
    insert.bindUtf8(21, page.links.isEmpty() ? QByteArray() : JsonText::stringArray(page.links));
    insert.bindBlob(22, page.screenshot);
    insert.bindInt(23, page.fetchedAt.isValid() ? page.fetchedAt.toMSecsSinceEpoch()
                                                : QDateTime::currentMSecsSinceEpoch());
    bindLong(24, page.textContent);
    if (page.responseHeaders.isEmpty()) {
        insert.bindNull(25);
    } else {
        QList<std::pair<QString, QString>> headers;
        headers.reserve(page.responseHeaders.size());
        for (const auto &[name, value] : page.responseHeaders)
            headers.append({name, storedHeaderValue(name, value)});
        insert.bindUtf8(25, JsonText::pairs(headers));
    }
    insert.bindInt(26, page.bodyBytes);
    insert.bindInt(27, page.wordCount);
    insert.bindText(28, page.renderMode);
    insert.bindBlob(29, page.rawHtmlGzip.isEmpty() ? QByteArray() : page.rawHtmlGzip);
}

} // namespace PageRow
