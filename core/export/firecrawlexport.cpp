// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/firecrawlexport.h"

#include "export/jobsnapshot.h"
#include "export/jsonout.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 secondsKept = 24 * 60 * 60;

// The envelope, written by hand so that pages can be streamed into it.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice &out)
        : m_out(out)
    {}

    void raw(const QByteArray &bytes)
    {
        if (m_ok && m_out.write(bytes) != bytes.size())
            m_ok = false;
    }
    // `"key":` after a comma unless it is the object's first member.
    void key(const QString &name)
    {
        raw(m_firstMember ? QByteArray() : QByteArrayLiteral(","));
        m_firstMember = false;
        raw(JsonOut::encode(name));
        raw(QByteArrayLiteral(":"));
    }
    void member(const QString &name, const QJsonValue &value)
    {
        key(name);
        raw(JsonOut::encode(value));
    }
    void beginArray()
    {
        raw(QByteArrayLiteral("["));
        m_firstItem = true;
    }
    void item(const QJsonObject &object)
    {
        raw(m_firstItem ? QByteArray() : QByteArrayLiteral(","));
        m_firstItem = false;
        raw(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    void endArray() { raw(QByteArrayLiteral("]")); }
    bool ok() const { return m_ok; }

private:
    QIODevice &m_out;
    bool m_ok = true;
    bool m_firstMember = true;
    bool m_firstItem = true;
};

bool finish(JsonWriter &writer, QIODevice &out, QString *error)
{
    writer.raw(QByteArrayLiteral("}\n"));
    if (writer.ok())
        return true;
    if (error) {
        *error = QCoreApplication::translate("FirecrawlExport", "Cannot write the export: %1")
                     .arg(out.errorString());
    }
    return false;
}

// The provider's own fields the envelope does not compute, for a job of that provider.
void writeExtras(JsonWriter &writer, const JobInfo &job, bool own, const QStringList &known)
{
    if (!own)
        return;
    for (auto it = job.extra.constBegin(); it != job.extra.constEnd(); ++it) {
        if (!JsonOut::isPrivateKey(it.key()) && !known.contains(it.key()))
            writer.member(it.key(), it.value());
    }
}

bool absentInOriginal(const JobInfo &job, bool own, const QString &key)
{
    return own && job.extra.value(FirecrawlFormat::absentKey()).toArray().contains(key);
}

// Pages the job will have when it is done: pages stored so far plus the frontier not yet done,
// bounded by the limit.
qint64 expectedPages(const JobInfo &job, qint64 done)
{
    if (JobStates::isTerminal(job.state))
        return done;
    qint64 discovered = job.urlsDiscovered;
    if (job.options.limit > 0)
        discovered = std::min<qint64>(discovered, job.options.limit);
    return std::max(discovered, done);
}

QString errorText(const PageRecord &page)
{
    if (!page.errorMessage.isEmpty())
        return page.errorMessage;
    if (page.error != PageError::None)
        return page.errorCode();
    return PageStates::toString(page.state);
}

QJsonObject baseMetadata(const PageRecord &page)
{
    QJsonObject meta;
    for (auto it = page.metadata.constBegin(); it != page.metadata.constEnd(); ++it) {
        if (!JsonOut::isPrivateKey(it.key()))
            meta.insert(it.key(), it.value());
    }
    if (!page.title.isEmpty())
        meta.insert(u"title"_s, page.title);
    if (!page.description.isEmpty())
        meta.insert(u"description"_s, page.description);
    if (!page.language.isEmpty())
        meta.insert(u"language"_s, page.language);
    meta.insert(u"sourceURL"_s, page.url);
    return meta;
}

void insertFormat(QJsonObject &doc, const QString &key, const QString &text,
                  const QStringList &formats)
{
    if (!text.isEmpty() || formats.contains(key))
        doc.insert(key, text);
}

QString expiresAt(const JobInfo &job)
{
    const QJsonValue given = job.extra.value(u"expiresAt"_s);
    if (given.isString())
        return given.toString();
    QDateTime last = job.finishedAt.isValid() ? job.finishedAt : job.updatedAt;
    if (!last.isValid())
        last = job.createdAt;
    return last.addSecs(secondsKept).toUTC().toString(Qt::ISODate);
}

QJsonValue ownNumber(const JobInfo &job, bool own, const QString &key, qint64 computed)
{
    const QJsonValue given = job.extra.value(key);
    return own && given.isDouble() ? given : QJsonValue(computed);
}

} // namespace

namespace FirecrawlFormat {

QString v0Status(JobState state)
{
    switch (state) {
    case JobState::Queued:
    case JobState::Running:
        return u"active"_s;
    case JobState::Paused:
        return u"paused"_s;
    case JobState::Completed:
    case JobState::Expired:
        return u"completed"_s;
    case JobState::Failed:
    case JobState::Cancelled:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString v1Status(JobState state)
{
    switch (state) {
    case JobState::Queued:
    case JobState::Running:
    case JobState::Paused:
        return u"scraping"_s;
    case JobState::Completed:
    case JobState::Expired:
        return u"completed"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
}

std::optional<JobState> stateFromV0(const QString &status)
{
    if (status == u"active")
        return JobState::Running;
    if (status == u"paused")
        return JobState::Paused;
    if (status == u"completed")
        return JobState::Completed;
    if (status == u"failed")
        return JobState::Failed;
    return std::nullopt;
}

std::optional<JobState> stateFromV1(const QString &status)
{
    if (status == u"scraping")
        return JobState::Running;
    if (status == u"completed")
        return JobState::Completed;
    if (status == u"failed")
        return JobState::Failed;
    if (status == u"cancelled")
        return JobState::Cancelled;
    return std::nullopt;
}

QJsonObject v0Document(const PageRecord &page, const QStringList &formats)
{
    QJsonObject meta = baseMetadata(page);
    meta.insert(u"pageStatusCode"_s, page.httpStatus);
    if (!page.isSuccess())
        meta.insert(u"pageError"_s, errorText(page));
    QJsonObject doc;
    doc.insert(u"markdown"_s, page.markdown);
    doc.insert(u"content"_s, page.textContent);
    insertFormat(doc, u"html"_s, page.html, formats);
    insertFormat(doc, u"rawHtml"_s, page.rawHtml, formats);
    doc.insert(u"index"_s, page.index);
    doc.insert(u"metadata"_s, meta);
    return doc;
}

QJsonObject v1Document(const PageRecord &page, const QStringList &formats)
{
    QJsonObject meta = baseMetadata(page);
    meta.insert(u"url"_s, page.finalUrl.isEmpty() ? page.url : page.finalUrl);
    meta.insert(u"statusCode"_s, page.httpStatus);
    if (!page.isSuccess())
        meta.insert(u"error"_s, errorText(page));
    QJsonObject doc;
    doc.insert(u"markdown"_s, page.markdown);
    insertFormat(doc, u"html"_s, page.html, formats);
    insertFormat(doc, u"rawHtml"_s, page.rawHtml, formats);
    if (!page.links.isEmpty() || formats.contains(u"links"_s))
        doc.insert(u"links"_s, QJsonArray::fromStringList(page.links));
    // Firecrawl gives a URL to the picture; Trawl's is a data: URL holding the PNG itself.
    if (!page.screenshot.isEmpty())
        doc.insert(u"screenshot"_s,
                   u"data:image/png;base64,"_s + QString::fromLatin1(page.screenshot.toBase64()));
    doc.insert(u"metadata"_s, meta);
    return doc;
}

QJsonObject applyPatch(QJsonObject doc, const PageRecord &page)
{
    const QJsonObject patch = page.metadata.value(patchKey()).toObject();
    if (patch.isEmpty())
        return doc;
    QJsonObject meta = doc.value(u"metadata"_s).toObject();
    const QJsonObject metaSet = patch.value(u"metaSet"_s).toObject();
    for (auto it = metaSet.constBegin(); it != metaSet.constEnd(); ++it)
        meta.insert(it.key(), it.value());
    for (const QJsonValue &key : patch.value(u"metaUnset"_s).toArray())
        meta.remove(key.toString());
    doc.insert(u"metadata"_s, meta);
    const QJsonObject set = patch.value(u"set"_s).toObject();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        doc.insert(it.key(), it.value());
    for (const QJsonValue &key : patch.value(u"unset"_s).toArray())
        doc.remove(key.toString());
    return doc;
}

} // namespace FirecrawlFormat

QString FirecrawlV0Export::format() const
{
    return u"firecrawl-v0"_s;
}

QString FirecrawlV0Export::fileExtension() const
{
    return u".json"_s;
}

bool FirecrawlV0Export::write(const JobSnapshot &snapshot, const ExportRequest &request,
                              QIODevice &out, QString *error) const
{
    Q_UNUSED(request) // v0 has no pagination: a file and a status answer are the same document
    const JobInfo &job = snapshot.job();
    const bool own = job.provider == format();
    const QStringList &formats = job.options.formats;
    const qint64 done = snapshot.pageCount();
    const bool completed = FirecrawlFormat::v0Status(job.state) == u"completed";

    JsonWriter writer(out);
    writer.raw(QByteArrayLiteral("{"));
    writer.member(u"status"_s, FirecrawlFormat::v0Status(job.state));
    writer.member(u"current"_s, ownNumber(job, own, u"current"_s, done));
    writer.member(u"total"_s, ownNumber(job, own, u"total"_s, expectedPages(job, done)));
    writeExtras(writer, job, own,
                {u"status"_s, u"current"_s, u"total"_s, u"data"_s, u"partial_data"_s});
    auto document = [&formats](const PageRecord &page) {
        return FirecrawlFormat::applyPatch(FirecrawlFormat::v0Document(page, formats), page);
    };
    writer.key(u"data"_s);
    if (completed) {
        writer.beginArray();
        snapshot.forEachPage(PageField::All, [&](const PageRecord &page) {
            writer.item(document(page));
            return writer.ok();
        });
        writer.endArray();
    } else {
        writer.raw(QByteArrayLiteral("null"));
    }
    writer.key(u"partial_data"_s);
    writer.beginArray();
    if (!completed) {
        // The 50 most recent pages, oldest first: what the service keeps while it crawls.
        const QList<PageRecord> recent =
            snapshot.lastPages(FirecrawlFormat::v0PartialMax, PageField::All);
        for (const PageRecord &page : recent)
            writer.item(document(page));
    }
    writer.endArray();
    return finish(writer, out, error);
}

QString FirecrawlV1Export::format() const
{
    return u"firecrawl-v1"_s;
}

QString FirecrawlV1Export::fileExtension() const
{
    return u".json"_s;
}

bool FirecrawlV1Export::write(const JobSnapshot &snapshot, const ExportRequest &request,
                              QIODevice &out, QString *error) const
{
    const JobInfo &job = snapshot.job();
    const bool own = job.provider == format() || job.provider == u"firecrawl-v1-batch";
    const QStringList &formats = job.options.formats;
    const QList<PageState> successful{PageState::Completed};
    const qint64 done = snapshot.pageCount();
    const qint64 succeeded = snapshot.pageCount(successful);
    // Firecrawl counts successful pages only: failed ones would be in /errors.
    const qint64 pending = expectedPages(job, done) - done;
    const QJsonValue completed = ownNumber(job, own, u"completed"_s, succeeded);
    const QJsonValue total = ownNumber(job, own, u"total"_s, succeeded + pending);
    const QJsonValue given = job.extra.value(u"creditsUsed"_s);

    JsonWriter writer(out);
    writer.raw(QByteArrayLiteral("{"));
    if (!absentInOriginal(job, own, u"success"_s))
        writer.member(u"success"_s, own && job.extra.contains(u"success"_s)
                                        ? job.extra.value(u"success"_s)
                                        : QJsonValue(true));
    writer.member(u"status"_s, FirecrawlFormat::v1Status(job.state));
    writer.member(u"completed"_s, completed);
    writer.member(u"total"_s, total);
    writer.member(u"creditsUsed"_s, given.isDouble() ? given : QJsonValue(succeeded));
    writer.member(u"expiresAt"_s, expiresAt(job));
    writeExtras(writer, job, own,
                {u"success"_s, u"status"_s, u"completed"_s, u"total"_s, u"creditsUsed"_s,
                 u"expiresAt"_s, u"data"_s, u"next"_s});
    auto document = [&formats](const PageRecord &page) {
        return FirecrawlFormat::applyPatch(FirecrawlFormat::v1Document(page, formats), page);
    };
    writer.key(u"data"_s);
    writer.beginArray();
    if (request.isFile) {
        // Every stored page, failed ones with metadata.error: a file has no /errors beside it.
        snapshot.forEachPage(PageField::All, [&](const PageRecord &page) {
            writer.item(document(page));
            return writer.ok();
        });
        writer.endArray();
        if (own && job.extra.contains(u"next"_s))
            writer.member(u"next"_s, job.extra.value(u"next"_s));
        return finish(writer, out, error);
    }

    // A status answer: successful pages from `skip`, until their JSON passes the byte budget
    // (the page that passes it is dropped unless it is the only one).
    const qint64 skip = std::max<qint64>(0, request.skip);
    const qint64 budget = request.pageSize > 0 ? request.pageSize : defaultChunkBytes;
    qint64 returned = 0;
    const QList<PageRecord> first = snapshot.pageRange(skip, 1, PageField::Summary, successful);
    if (!first.isEmpty()) {
        qint64 bytes = 0;
        snapshot.forEachPage(
            PageField::All,
            [&](const PageRecord &page) {
                const QByteArray json =
                    QJsonDocument(document(page)).toJson(QJsonDocument::Compact);
                bytes += json.size();
                if (bytes > budget && returned > 0)
                    return false;
                writer.raw(returned > 0 ? QByteArrayLiteral(",") : QByteArray());
                writer.raw(json);
                ++returned;
                if (request.maxDocuments > 0 && returned >= request.maxDocuments)
                    return false;
                return bytes <= budget && writer.ok();
            },
            successful, first.constFirst().index);
    }
    writer.endArray();
    // Present while pages remain past this answer, also while the crawl still runs.
    if (skip + returned < succeeded || total.toInteger() > skip + returned) {
        QString next = u"%1?skip=%2"_s.arg(request.nextBaseUrl).arg(skip + returned);
        if (request.maxDocuments > 0)
            next += u"&limit=%1"_s.arg(request.maxDocuments); // Firecrawl keeps the limit
        writer.member(u"next"_s, next);
    }
    return finish(writer, out, error);
}
