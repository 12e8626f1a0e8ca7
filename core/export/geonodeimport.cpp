// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/geonodeimport.h"

#include "export/geonodeexport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *error, const QString &key, const char *what)
{
    if (error) {
        *error =
            QCoreApplication::translate("GeonodeImport", "Not a Geonode crawl status: \"%1\" %2")
                .arg(key, QCoreApplication::translate("GeonodeImport", what));
    }
    return false;
}

bool readCount(const QJsonObject &object, const QString &key, const QString &path, qint64 *out,
               QString *error, qint64 minimum = 0)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < double(minimum) || number > 9007199254740991.0
        || std::floor(number) != number) {
        return fail(error, path,
                    minimum > 0 ? QT_TRANSLATE_NOOP("GeonodeImport", "is not a whole number >= 1")
                                : QT_TRANSLATE_NOOP("GeonodeImport", "is not a whole number >= 0"));
    }
    *out = qint64(number);
    return true;
}

bool readString(const QJsonObject &object, const QString &key, const QString &path, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(error, path, QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not a string"));
    *out = value.toString();
    return true;
}

// A key that must be present, a string or null (null reads as empty).
bool readNullableString(const QJsonObject &object, const QString &key, const QString &path,
                        QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() && !value.isNull()) {
        return fail(error, path,
                    QT_TRANSLATE_NOOP("GeonodeImport", "is missing or neither a string nor null"));
    }
    *out = value.toString();
    return true;
}

bool readTime(const QJsonObject &object, const QString &key, QDateTime *out, QString *error)
{
    QString text;
    if (!readNullableString(object, key, key, &text, error))
        return false;
    if (text.isEmpty())
        return true;
    *out = QDateTime::fromString(text, Qt::ISODate);
    if (!out->isValid())
        return fail(error, key, QT_TRANSLATE_NOOP("GeonodeImport", "is not an ISO 8601 time"));
    return true;
}

std::optional<JobState> jobState(const QString &word)
{
    if (word == u"queued"_s)
        return JobState::Queued;
    if (word == u"processing"_s)
        return JobState::Running;
    if (word == u"completed"_s)
        return JobState::Completed;
    if (word == u"failed"_s)
        return JobState::Failed;
    if (word == u"cancelled"_s)
        return JobState::Cancelled;
    return std::nullopt;
}

PageState pageState(const QString &word)
{
    if (word == u"completed"_s)
        return PageState::Completed;
    if (word == u"queued"_s)
        return PageState::Queued;
    if (word == u"processing"_s)
        return PageState::Fetching;
    if (word == u"cancelled"_s)
        return PageState::Cancelled;
    return PageState::Failed;
}

bool readResult(const QJsonValue &value, qint64 index, PageRecord *page, QString *error)
{
    const QString path = u"results[%1]"_s.arg(index);
    if (!value.isObject())
        return fail(error, path, QT_TRANSLATE_NOOP("GeonodeImport", "is not an object"));
    const QJsonObject result = value.toObject();
    QString status;
    QString errorCode;
    qint64 depth = 0;
    if (!readString(result, u"url"_s, path + u".url"_s, &page->url, error)
        || !readNullableString(result, u"parent_url"_s, path + u".parent_url"_s, &page->parentUrl,
                               error)
        || !readCount(result, u"depth"_s, path + u".depth"_s, &depth, error, 1)
        || !readString(result, u"status"_s, path + u".status"_s, &status, error)
        || !readNullableString(result, u"error_code"_s, path + u".error_code"_s, &errorCode, error)
        || !readNullableString(result, u"error_message"_s, path + u".error_message"_s,
                               &page->errorMessage, error))
        return false;
    page->index = index;
    page->finalUrl = page->url;
    page->depth = int(std::min<qint64>(depth - 1, std::numeric_limits<int>::max()));
    page->state = pageState(status);
    if (!errorCode.isEmpty()) {
        if (const auto parsed = PageErrors::fromCode(errorCode))
            page->error = *parsed;
        else
            page->metadata.insert(GeonodeExport::errorCodeKey(), errorCode);
    }

    const QJsonValue links = result.value(u"links"_s);
    if (!links.isArray())
        return fail(error, path + u".links"_s,
                    QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not an array"));
    for (const QJsonValue &link : links.toArray()) {
        if (!link.isString())
            return fail(error, path + u".links"_s,
                        QT_TRANSLATE_NOOP("GeonodeImport", "holds something not a string"));
        page->links.append(link.toString());
    }

    const QJsonValue data = result.value(u"data"_s);
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        if (!readNullableString(object, u"markdown"_s, path + u".data.markdown"_s, &page->markdown,
                                error)
            || !readNullableString(object, u"html"_s, path + u".data.html"_s, &page->html, error))
            return false;
    } else if (!data.isNull() && !data.isUndefined()) {
        return fail(error, path + u".data"_s,
                    QT_TRANSLATE_NOOP("GeonodeImport", "is neither an object nor null"));
    }

    const QJsonValue metaValue = result.value(u"metadata"_s);
    if (!metaValue.isObject())
        return fail(error, path + u".metadata"_s,
                    QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not an object"));
    const QJsonObject meta = metaValue.toObject();
    const QJsonValue httpStatus = meta.value(u"http_status"_s);
    if (!httpStatus.isNull()) {
        qint64 code = 0;
        if (!readCount(meta, u"http_status"_s, path + u".metadata.http_status"_s, &code, error))
            return false;
        page->httpStatus = int(std::min<qint64>(code, 999));
    }
    qint64 retries = 0;
    if (!readCount(meta, u"duration_ms"_s, path + u".metadata.duration_ms"_s, &page->durationMs,
                   error)
        || !readCount(meta, u"retry_count"_s, path + u".metadata.retry_count"_s, &retries, error))
        return false;
    page->retryCount = int(std::min<qint64>(retries, std::numeric_limits<int>::max()));
    if (meta.contains(u"tokens_charged"_s)) {
        qint64 tokens = 0;
        if (!readCount(meta, u"tokens_charged"_s, path + u".metadata.tokens_charged"_s, &tokens,
                       error))
            return false;
        page->metadata.insert(GeonodeExport::tokensChargedKey(), tokens);
    }

    static const QStringList known{u"url"_s,    u"parent_url"_s, u"depth"_s,
                                   u"status"_s, u"error_code"_s, u"error_message"_s,
                                   u"links"_s,  u"data"_s,       u"metadata"_s};
    QJsonObject extra;
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    if (!extra.isEmpty())
        page->metadata.insert(GeonodeExport::resultExtraKey(), extra);
    return true;
}

} // namespace

namespace GeonodeImport {

bool looksLike(const QJsonObject &doc)
{
    return doc.contains(u"job_id"_s) && doc.contains(u"total_pages"_s)
           && doc.contains(u"results"_s);
}

std::optional<ImportedJob> read(const QJsonObject &doc, QString *error)
{
    ImportedJob imported;
    JobInfo &job = imported.job;
    job.provider = u"geonode"_s;
    QString status;
    qint64 totalPages = 0;
    qint64 cancelledPages = 0;
    if (!readString(doc, u"job_id"_s, u"job_id"_s, &job.remoteId, error)
        || !readString(doc, u"url"_s, u"url"_s, &job.startUrl, error)
        || !readString(doc, u"status"_s, u"status"_s, &status, error))
        return std::nullopt;
    const std::optional<JobState> state = jobState(status);
    if (!state) {
        fail(error, u"status"_s, QT_TRANSLATE_NOOP("GeonodeImport", "is not a known status"));
        return std::nullopt;
    }
    job.state = *state;
    if (!readCount(doc, u"total_pages"_s, u"total_pages"_s, &totalPages, error)
        || !readCount(doc, u"completed_pages"_s, u"completed_pages"_s, &job.pagesCompleted, error)
        || !readCount(doc, u"failed_pages"_s, u"failed_pages"_s, &job.pagesFailed, error)
        || !readCount(doc, u"cancelled_pages"_s, u"cancelled_pages"_s, &cancelledPages, error)
        || !readTime(doc, u"created_at"_s, &job.createdAt, error)
        || !readTime(doc, u"completed_at"_s, &job.finishedAt, error))
        return std::nullopt;
    if (!doc.value(u"created_at"_s).isString()) {
        fail(error, u"created_at"_s,
             QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not a string"));
        return std::nullopt;
    }
    job.urlsDiscovered = totalPages;
    const QJsonValue tokens = doc.value(u"token_summary"_s);
    if (!tokens.isObject()) {
        fail(error, u"token_summary"_s,
             QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not an object"));
        return std::nullopt;
    }
    qint64 charged = 0;
    qint64 reserved = 0;
    if (!readCount(tokens.toObject(), u"tokens_charged_total"_s,
                   u"token_summary.tokens_charged_total"_s, &charged, error)
        || !readCount(tokens.toObject(), u"tokens_reserved"_s, u"token_summary.tokens_reserved"_s,
                      &reserved, error))
        return std::nullopt;
    const QJsonValue results = doc.value(u"results"_s);
    if (!results.isArray()) {
        fail(error, u"results"_s, QT_TRANSLATE_NOOP("GeonodeImport", "is missing or not an array"));
        return std::nullopt;
    }
    job.options.url = QUrl(job.startUrl);
    // Job-level fields by their own names; results, and the pagination of a status answer, not.
    job.extra = doc;
    for (const QString &key : {u"results"_s, u"page"_s, u"page_size"_s})
        job.extra.remove(key);

    const QJsonArray items = results.toArray();
    imported.pages.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        PageRecord page;
        if (!readResult(items.at(i), i, &page, error))
            return std::nullopt;
        imported.pages.append(std::move(page));
    }
    return imported;
}

} // namespace GeonodeImport
