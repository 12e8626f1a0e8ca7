// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/spidraimport.h"

#include "export/spidraexport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

bool fail(QString *error, const QString &key, const char *what)
{
    if (error) {
        *error = QCoreApplication::translate("SpidraImport", "Not a Spidra crawl status: \"%1\" %2")
                     .arg(key, QCoreApplication::translate("SpidraImport", what));
    }
    return false;
}

bool readCount(const QJsonObject &object, const QString &key, const QString &path, qint64 *out,
               QString *error)
{
    const QJsonValue value = object.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number > 9007199254740991.0
        || std::floor(number) != number)
        return fail(error, path, QT_TRANSLATE_NOOP("SpidraImport", "is not a whole number >= 0"));
    *out = qint64(number);
    return true;
}

bool readString(const QJsonObject &object, const QString &key, const QString &path, QString *out,
                QString *error)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(error, path, QT_TRANSLATE_NOOP("SpidraImport", "is missing or not a string"));
    *out = value.toString();
    return true;
}

std::optional<JobState> jobState(const QString &word)
{
    if (word == u"waiting"_s || word == u"queued"_s)
        return JobState::Queued;
    if (word == u"active"_s || word == u"running"_s || word == u"delayed"_s)
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
    if (word == u"success"_s || word == u"completed"_s)
        return PageState::Completed;
    if (word == u"pending"_s)
        return PageState::Queued;
    return PageState::Failed;
}

bool readItem(const QJsonValue &value, qint64 index, PageRecord *page, QString *error)
{
    const QString path = u"result[%1]"_s.arg(index);
    if (!value.isObject())
        return fail(error, path, QT_TRANSLATE_NOOP("SpidraImport", "is not an object"));
    const QJsonObject item = value.toObject();
    QString status;
    if (!readString(item, u"url"_s, path + u".url"_s, &page->url, error)
        || !readString(item, u"title"_s, path + u".title"_s, &page->title, error)
        || !readString(item, u"status"_s, path + u".status"_s, &status, error))
        return false;
    const QJsonValue data = item.value(u"data"_s);
    if (!data.isObject())
        return fail(error, path + u".data"_s,
                    QT_TRANSLATE_NOOP("SpidraImport", "is missing or not an object"));
    page->index = index;
    page->finalUrl = page->url;
    page->state = pageState(status);

    QStringList known{u"url"_s, u"title"_s, u"status"_s, u"data"_s};
    const bool failed = page->state == PageState::Failed;
    if (failed) {
        known << u"errorCode"_s << u"error"_s;
        const QJsonValue code = item.value(u"errorCode"_s);
        if (code.isString()) {
            if (const auto parsed = PageErrors::fromCode(code.toString()))
                page->error = *parsed;
            else
                page->metadata.insert(SpidraExport::errorCodeKey(), code);
        } else if (!code.isUndefined()) {
            return fail(error, path + u".errorCode"_s,
                        QT_TRANSLATE_NOOP("SpidraImport", "is not a string"));
        }
        const QJsonValue message = item.value(u"error"_s);
        if (message.isString())
            page->errorMessage = message.toString();
        else if (!message.isUndefined() && !message.isNull())
            return fail(error, path + u".error"_s,
                        QT_TRANSLATE_NOOP("SpidraImport", "is not a string"));
    }

    // The data object is kept as it is; its markdown and metadata also fill the page, for the
    // other formats.
    const QJsonObject dataObject = data.toObject();
    const QJsonObject meta = dataObject.value(u"metadata"_s).toObject();
    for (auto it = meta.begin(); it != meta.end(); ++it) {
        if (!it.key().startsWith(u"trawl:"_s))
            page->metadata.insert(it.key(), it.value());
    }
    page->markdown = dataObject.value(u"markdown"_s).toString();
    page->metadata.insert(SpidraExport::dataKey(), dataObject);

    QJsonObject extra;
    for (auto it = item.begin(); it != item.end(); ++it) {
        if (!known.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    if (!extra.isEmpty())
        page->metadata.insert(SpidraExport::itemExtraKey(), extra);
    return true;
}

} // namespace

namespace SpidraImport {

bool looksLike(const QJsonObject &doc)
{
    return doc.value(u"status"_s).isString() && doc.value(u"progress"_s).isObject()
           && doc.contains(u"result"_s);
}

std::optional<ImportedJob> read(const QJsonObject &doc, QString *error)
{
    QString status;
    if (!readString(doc, u"status"_s, u"status"_s, &status, error))
        return std::nullopt;
    const std::optional<JobState> state = jobState(status);
    if (!state) {
        fail(error, u"status"_s, QT_TRANSLATE_NOOP("SpidraImport", "is not a known status"));
        return std::nullopt;
    }
    const QJsonValue progressValue = doc.value(u"progress"_s);
    if (!progressValue.isObject()) {
        fail(error, u"progress"_s,
             QT_TRANSLATE_NOOP("SpidraImport", "is missing or not an object"));
        return std::nullopt;
    }
    const QJsonObject progress = progressValue.toObject();
    QString message;
    qint64 pagesCrawled = 0;
    qint64 maxPages = 0;
    if (!readString(progress, u"message"_s, u"progress.message"_s, &message, error)
        || !readCount(progress, u"pagesCrawled"_s, u"progress.pagesCrawled"_s, &pagesCrawled, error)
        || !readCount(progress, u"maxPages"_s, u"progress.maxPages"_s, &maxPages, error))
        return std::nullopt;
    const QJsonValue result = doc.value(u"result"_s);
    if (!result.isArray() && !result.isNull()) {
        fail(error, u"result"_s,
             QT_TRANSLATE_NOOP("SpidraImport", "is missing or neither an array nor null"));
        return std::nullopt;
    }
    const QJsonValue jobError = doc.value(u"error"_s);
    if (!jobError.isString() && !jobError.isNull() && !jobError.isUndefined()) {
        fail(error, u"error"_s, QT_TRANSLATE_NOOP("SpidraImport", "is neither a string nor null"));
        return std::nullopt;
    }

    ImportedJob imported;
    JobInfo &job = imported.job;
    job.provider = u"spidra"_s;
    job.state = *state;
    job.error = jobError.toString();
    // A cancelled job is exported as failed with this error (the schema has no "cancelled").
    if (job.state == JobState::Failed
        && job.error == SpidraExport::progressMessage(JobState::Cancelled, 0, 0)) {
        job.state = JobState::Cancelled;
        job.error.clear();
    }
    job.options.limit = int(std::min<qint64>(maxPages, std::numeric_limits<int>::max()));
    job.extra = doc;
    job.extra.remove(u"result"_s);

    const QJsonArray items = result.toArray();
    imported.pages.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        PageRecord page;
        if (!readItem(items.at(i), i, &page, error))
            return std::nullopt;
        if (page.state == PageState::Completed)
            ++job.pagesCompleted;
        else if (page.state == PageState::Failed)
            ++job.pagesFailed;
        imported.pages.append(std::move(page));
    }
    if (!imported.pages.isEmpty()) {
        job.startUrl = imported.pages.constFirst().url;
        job.options.url = QUrl(job.startUrl);
    }
    job.urlsDiscovered = std::max<qint64>(pagesCrawled, imported.pages.size());
    return imported;
}

} // namespace SpidraImport
