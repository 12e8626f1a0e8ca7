// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/pagerow.h"

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
    {PageField::RawHtml, u"raw_html"},
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

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Long text bound as its UTF-8 bytes, for a `CAST(? AS TEXT)` placeholder: SQLite then stores
// the bytes as they are (the database is UTF-8) instead of converting UTF-16 character by
// character. Null and empty text are bound as before.
QVariant utf8OrNull(const QString &text)
{
    return text.isEmpty() ? textOrNull(text) : QVariant(text.toUtf8());
}

QVariant jsonOrNull(const QJsonDocument &document, bool empty)
{
    return empty ? QVariant(QMetaType::fromType<QString>())
                 : QVariant(document.toJson(QJsonDocument::Compact));
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

QString insertStatement()
{
    return u"INSERT INTO pages (job_id, idx, url, final_url, parent_url, depth, state, "
           "http_status, content_type, duration_ms, retry_count, error_code, error_message, "
           "title, description, language, metadata_json, markdown, html, raw_html, links_json, "
           "screenshot, fetched_at, text_content, response_headers, body_bytes, word_count, "
           "render_mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
           "?, ?, CAST(? AS TEXT), CAST(? AS TEXT), ?, ?, ?)"_s;
}

void bindInsert(QSqlQuery &query, const PageRecord &page)
{
    query.addBindValue(page.jobId);
    query.addBindValue(page.index);
    query.addBindValue(page.url);
    query.addBindValue(textOrNull(page.finalUrl));
    query.addBindValue(textOrNull(page.parentUrl));
    query.addBindValue(page.depth);
    query.addBindValue(PageStates::toString(page.state));
    query.addBindValue(page.httpStatus);
    query.addBindValue(textOrNull(page.contentType));
    query.addBindValue(page.durationMs);
    query.addBindValue(page.retryCount);
    query.addBindValue(page.error == PageError::None ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(page.errorCode()));
    query.addBindValue(textOrNull(page.errorMessage));
    query.addBindValue(textOrNull(page.title));
    query.addBindValue(textOrNull(page.description));
    query.addBindValue(textOrNull(page.language));
    query.addBindValue(jsonOrNull(QJsonDocument(page.metadata), page.metadata.isEmpty()));
    query.addBindValue(utf8OrNull(page.markdown));
    query.addBindValue(utf8OrNull(page.html));
    query.addBindValue(page.rawHtmlUtf8.isEmpty() ? utf8OrNull(page.rawHtml)
                                                  : QVariant(page.rawHtmlUtf8));
    query.addBindValue(
        page.links.isEmpty()
            ? QVariant(QMetaType::fromType<QString>())
            : jsonOrNull(QJsonDocument(QJsonArray::fromStringList(page.links)), false));
    query.addBindValue(page.screenshot.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                : QVariant(page.screenshot));
    query.addBindValue(page.fetchedAt.isValid() ? page.fetchedAt.toMSecsSinceEpoch()
                                                : QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(utf8OrNull(page.textContent));
    QJsonArray headers;
    for (const auto &[name, value] : page.responseHeaders)
        headers.append(QJsonArray{name, storedHeaderValue(name, value)});
    query.addBindValue(jsonOrNull(QJsonDocument(headers), headers.isEmpty()));
    query.addBindValue(page.bodyBytes);
    query.addBindValue(page.wordCount);
    query.addBindValue(textOrNull(page.renderMode));
}

} // namespace PageRow
