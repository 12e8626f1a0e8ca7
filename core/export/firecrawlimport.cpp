// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/firecrawlimport.h"

#include "export/firecrawlexport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

enum class Flavor
{
    V0,
    V1
};

bool fail(QString *error, const QString &key, const char *reason)
{
    if (error) {
        *error = QCoreApplication::translate("FirecrawlImport", "%1: %2")
                     .arg(key, QCoreApplication::translate("FirecrawlImport", reason));
    }
    return false;
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::floor(number) == number && std::abs(number) < 9007199254740992.0;
}

bool requireInteger(const QJsonObject &object, const QString &key, const QString &path,
                    QString *error)
{
    if (!object.contains(key))
        return fail(error, path + key, QT_TRANSLATE_NOOP("FirecrawlImport", "missing"));
    if (!isInteger(object.value(key)))
        return fail(error, path + key, QT_TRANSLATE_NOOP("FirecrawlImport", "not an integer"));
    return true;
}

// An optional string: absent, null or a string (read into `into`); anything else is an error.
bool optionalString(const QJsonObject &object, const QString &key, const QString &path,
                    QString *into, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString())
        return fail(error, path + key, QT_TRANSLATE_NOOP("FirecrawlImport", "not a string"));
    if (into)
        *into = value.toString();
    return true;
}

bool sameJson(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

// What `original` has that `rendered` does not have the same way.
void diff(const QJsonObject &original, const QJsonObject &rendered, const QString &skip,
          QJsonObject *set, QJsonArray *unset)
{
    for (auto it = original.constBegin(); it != original.constEnd(); ++it) {
        if (it.key() != skip && !sameJson(rendered.value(it.key()), it.value()))
            set->insert(it.key(), it.value());
    }
    for (auto it = rendered.constBegin(); it != rendered.constEnd(); ++it) {
        if (it.key() != skip && !original.contains(it.key()))
            unset->append(it.key());
    }
}

std::optional<PageRecord> readPage(const QJsonValue &value, const QString &path, Flavor flavor,
                                   qint64 index, const QStringList &formats, QString *error)
{
    if (!value.isObject()) {
        fail(error, path, QT_TRANSLATE_NOOP("FirecrawlImport", "not an object"));
        return std::nullopt;
    }
    const QJsonObject doc = value.toObject();
    const QString metaPath = path + u".metadata"_s;
    if (!doc.value(u"metadata"_s).isObject()) {
        fail(error, metaPath,
             doc.contains(u"metadata"_s) ? QT_TRANSLATE_NOOP("FirecrawlImport", "not an object")
                                         : QT_TRANSLATE_NOOP("FirecrawlImport", "missing"));
        return std::nullopt;
    }
    const QJsonObject meta = doc.value(u"metadata"_s).toObject();
    const QString statusKey = flavor == Flavor::V0 ? u"pageStatusCode"_s : u"statusCode"_s;
    const QString errorKey = flavor == Flavor::V0 ? u"pageError"_s : u"error"_s;
    const QString m = metaPath + u'.';
    const QString d = path + u'.';

    PageRecord page;
    page.index = index;
    if (!meta.value(u"sourceURL"_s).isString()) {
        fail(error, m + u"sourceURL"_s,
             meta.contains(u"sourceURL"_s) ? QT_TRANSLATE_NOOP("FirecrawlImport", "not a string")
                                           : QT_TRANSLATE_NOOP("FirecrawlImport", "missing"));
        return std::nullopt;
    }
    page.url = meta.value(u"sourceURL"_s).toString();
    if (!requireInteger(meta, statusKey, m, error))
        return std::nullopt;
    page.httpStatus = meta.value(statusKey).toInt();
    QString errorText;
    QString screenshot;
    if (!optionalString(meta, errorKey, m, &errorText, error)
        || !optionalString(meta, u"title"_s, m, &page.title, error)
        || !optionalString(meta, u"description"_s, m, &page.description, error)
        || !optionalString(meta, u"language"_s, m, &page.language, error)
        || !optionalString(doc, u"markdown"_s, d, &page.markdown, error)
        || !optionalString(doc, u"html"_s, d, &page.html, error)
        || !optionalString(doc, u"rawHtml"_s, d, &page.rawHtml, error))
        return std::nullopt;
    QStringList mapped{u"sourceURL"_s, statusKey,        errorKey,
                       u"title"_s,     u"description"_s, u"language"_s};
    if (flavor == Flavor::V0) {
        if (!optionalString(doc, u"content"_s, d, &page.textContent, error))
            return std::nullopt;
        if (doc.contains(u"index"_s) && !isInteger(doc.value(u"index"_s))) {
            fail(error, d + u"index"_s, QT_TRANSLATE_NOOP("FirecrawlImport", "not an integer"));
            return std::nullopt;
        }
    } else {
        if (!optionalString(meta, u"url"_s, m, &page.finalUrl, error)
            || !optionalString(doc, u"screenshot"_s, d, &screenshot, error))
            return std::nullopt;
        mapped.append(u"url"_s);
        const QJsonValue linkValue = doc.value(u"links"_s);
        if (!linkValue.isUndefined() && !linkValue.isNull() && !linkValue.isArray()) {
            fail(error, d + u"links"_s, QT_TRANSLATE_NOOP("FirecrawlImport", "not an array"));
            return std::nullopt;
        }
        const QJsonArray linkArray = linkValue.toArray();
        for (qsizetype i = 0; i < linkArray.size(); ++i) {
            if (!linkArray.at(i).isString()) {
                fail(error, d + u"links[%1]"_s.arg(i),
                     QT_TRANSLATE_NOOP("FirecrawlImport", "not a string"));
                return std::nullopt;
            }
            page.links.append(linkArray.at(i).toString());
        }
        // Base64 PNG data (bare, or a data: URL as Trawl writes it) is kept as bytes; anything
        // else (an http URL) only through the patch.
        if (screenshot.startsWith(u"data:image/png;base64,"_s))
            screenshot = screenshot.mid(qsizetype(sizeof("data:image/png;base64,")) - 1);
        const auto decoded = QByteArray::fromBase64Encoding(
            screenshot.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!screenshot.isEmpty() && decoded
            && QString::fromLatin1(decoded.decoded.toBase64()) == screenshot)
            page.screenshot = decoded.decoded;
    }
    for (auto it = meta.constBegin(); it != meta.constEnd(); ++it) {
        if (!mapped.contains(it.key()) && !it.key().startsWith(u"trawl:"_s))
            page.metadata.insert(it.key(), it.value());
    }
    if (!errorText.isEmpty() || page.httpStatus >= 400) {
        page.state = PageState::Failed;
        page.errorMessage = errorText;
        page.error = PageErrors::fromHttpStatus(page.httpStatus);
        if (page.error == PageError::None)
            page.error = PageError::Network;
    } else {
        page.state = PageState::Completed;
    }

    // Whatever the export would write differently is kept, to be written back as it was.
    const QJsonObject rendered = flavor == Flavor::V0 ? FirecrawlFormat::v0Document(page, formats)
                                                      : FirecrawlFormat::v1Document(page, formats);
    QJsonObject set;
    QJsonArray unset;
    QJsonObject metaSet;
    QJsonArray metaUnset;
    diff(doc, rendered, u"metadata"_s, &set, &unset);
    diff(meta, rendered.value(u"metadata"_s).toObject(), QString(), &metaSet, &metaUnset);
    QJsonObject patch;
    if (!set.isEmpty())
        patch.insert(u"set"_s, set);
    if (!unset.isEmpty())
        patch.insert(u"unset"_s, unset);
    if (!metaSet.isEmpty())
        patch.insert(u"metaSet"_s, metaSet);
    if (!metaUnset.isEmpty())
        patch.insert(u"metaUnset"_s, metaUnset);
    if (!patch.isEmpty())
        page.metadata.insert(FirecrawlFormat::patchKey(), patch);
    return page;
}

bool readPages(const QJsonArray &array, const QString &key, Flavor flavor, ImportedJob &imported,
               QString *error)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto page = readPage(array.at(i), u"%1[%2]"_s.arg(key).arg(i), flavor, i,
                             imported.job.options.formats, error);
        if (!page)
            return false;
        if (page->isSuccess())
            ++imported.job.pagesCompleted;
        else
            ++imported.job.pagesFailed;
        imported.pages.append(*page);
    }
    if (!imported.pages.isEmpty())
        imported.job.startUrl = imported.pages.constFirst().url;
    imported.job.urlsDiscovered = imported.pages.size();
    return true;
}

bool readStatus(const QJsonObject &doc, Flavor flavor, JobState *state, QString *error)
{
    const QJsonValue status = doc.value(u"status"_s);
    if (!status.isString()) {
        return fail(error, u"status"_s,
                    status.isUndefined() ? QT_TRANSLATE_NOOP("FirecrawlImport", "missing")
                                         : QT_TRANSLATE_NOOP("FirecrawlImport", "not a string"));
    }
    const auto mapped = flavor == Flavor::V0 ? FirecrawlFormat::stateFromV0(status.toString())
                                             : FirecrawlFormat::stateFromV1(status.toString());
    if (!mapped)
        return fail(error, u"status"_s, QT_TRANSLATE_NOOP("FirecrawlImport", "unknown status"));
    *state = *mapped;
    return true;
}

} // namespace

namespace FirecrawlImport {

std::optional<ImportedJob> readV0(const QJsonObject &doc, QString *error)
{
    ImportedJob imported;
    imported.job.provider = u"firecrawl-v0"_s;
    if (!readStatus(doc, Flavor::V0, &imported.job.state, error)
        || !requireInteger(doc, u"current"_s, QString(), error)
        || !requireInteger(doc, u"total"_s, QString(), error))
        return std::nullopt;
    const QJsonValue data = doc.value(u"data"_s);
    if (data.isUndefined() || (!data.isNull() && !data.isArray())) {
        fail(error, u"data"_s,
             data.isUndefined() ? QT_TRANSLATE_NOOP("FirecrawlImport", "missing")
                                : QT_TRANSLATE_NOOP("FirecrawlImport", "not an array or null"));
        return std::nullopt;
    }
    const QJsonValue partial = doc.value(u"partial_data"_s);
    if (!partial.isArray()) {
        fail(error, u"partial_data"_s,
             partial.isUndefined() ? QT_TRANSLATE_NOOP("FirecrawlImport", "missing")
                                   : QT_TRANSLATE_NOOP("FirecrawlImport", "not an array"));
        return std::nullopt;
    }
    // `data` holds every page once the job completed; until then the recent ones are in
    // partial_data.
    const bool whole = data.isArray();
    if (!readPages(whole ? data.toArray() : partial.toArray(),
                   whole ? u"data"_s : u"partial_data"_s, Flavor::V0, imported, error))
        return std::nullopt;
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
        if (it.key() != u"status" && it.key() != u"data" && it.key() != u"partial_data")
            imported.job.extra.insert(it.key(), it.value());
    }
    imported.job.urlsDiscovered =
        std::max<qint64>(imported.job.urlsDiscovered, doc.value(u"total"_s).toInteger());
    return imported;
}

std::optional<ImportedJob> readV1(const QJsonObject &doc, QString *error)
{
    ImportedJob imported;
    imported.job.provider = u"firecrawl-v1"_s;
    if (!readStatus(doc, Flavor::V1, &imported.job.state, error)
        || !requireInteger(doc, u"total"_s, QString(), error)
        || !requireInteger(doc, u"completed"_s, QString(), error)
        || !requireInteger(doc, u"creditsUsed"_s, QString(), error)
        || !optionalString(doc, u"next"_s, QString(), nullptr, error))
        return std::nullopt;
    if (!doc.value(u"expiresAt"_s).isString()) {
        fail(error, u"expiresAt"_s,
             doc.contains(u"expiresAt"_s) ? QT_TRANSLATE_NOOP("FirecrawlImport", "not a string")
                                          : QT_TRANSLATE_NOOP("FirecrawlImport", "missing"));
        return std::nullopt;
    }
    const QJsonValue data = doc.value(u"data"_s);
    if (!data.isArray()) {
        fail(error, u"data"_s,
             data.isUndefined() ? QT_TRANSLATE_NOOP("FirecrawlImport", "missing")
                                : QT_TRANSLATE_NOOP("FirecrawlImport", "not an array"));
        return std::nullopt;
    }
    if (!readPages(data.toArray(), u"data"_s, Flavor::V1, imported, error))
        return std::nullopt;
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
        if (it.key() != u"status" && it.key() != u"data")
            imported.job.extra.insert(it.key(), it.value());
    }
    if (!doc.contains(u"success"_s))
        imported.job.extra.insert(FirecrawlFormat::absentKey(), QJsonArray{u"success"_s});
    imported.job.urlsDiscovered =
        std::max<qint64>(imported.job.urlsDiscovered, doc.value(u"total"_s).toInteger());
    return imported;
}

bool looksLikeV0(const QJsonObject &doc)
{
    return doc.contains(u"status"_s) && doc.contains(u"current"_s)
           && doc.contains(u"partial_data"_s);
}

bool looksLikeV1(const QJsonObject &doc)
{
    return doc.contains(u"status"_s) && doc.contains(u"completed"_s) && doc.contains(u"data"_s)
           && (doc.contains(u"expiresAt"_s) || doc.contains(u"creditsUsed"_s));
}

} // namespace FirecrawlImport
