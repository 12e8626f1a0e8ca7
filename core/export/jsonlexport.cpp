// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/jsonlexport.h"

#include "export/jobsnapshot.h"
#include "model/pagerecord.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QString JsonlExport::format() const
{
    return u"jsonl"_s;
}

QString JsonlExport::fileExtension() const
{
    return u".jsonl"_s;
}

QStringList JsonlExport::reservedMetadataKeys()
{
    return {u"title"_s,      u"description"_s, u"language"_s,    u"sourceURL"_s, u"url"_s,
            u"statusCode"_s, u"error"_s,       u"errorCode"_s,   u"depth"_s,     u"parentURL"_s,
            u"retryCount"_s, u"durationMs"_s,  u"contentType"_s, u"fetchedAt"_s, u"state"_s};
}

QString JsonlExport::privateKeyPrefix()
{
    return u"trawl:"_s;
}

QJsonObject JsonlExport::document(const PageRecord &page)
{
    static const QStringList reserved = reservedMetadataKeys();
    const QString privatePrefix = privateKeyPrefix();

    QJsonObject metadata;
    for (auto it = page.metadata.constBegin(); it != page.metadata.constEnd(); ++it) {
        if (!it.key().startsWith(privatePrefix) && !reserved.contains(it.key()))
            metadata.insert(it.key(), it.value());
    }
    metadata.insert(u"title"_s, page.title);
    metadata.insert(u"description"_s, page.description);
    metadata.insert(u"language"_s, page.language);
    metadata.insert(u"sourceURL"_s, page.url);
    metadata.insert(u"url"_s, textOrNull(page.finalUrl));
    metadata.insert(u"statusCode"_s, page.httpStatus);
    const bool failed = page.error != PageError::None || !page.errorMessage.isEmpty();
    metadata.insert(u"error"_s, failed ? QJsonValue(page.errorMessage.isEmpty()
                                                        ? PageErrors::describe(page.error)
                                                        : page.errorMessage)
                                       : QJsonValue(QJsonValue::Null));
    metadata.insert(u"errorCode"_s, page.error == PageError::None ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(page.errorCode()));
    metadata.insert(u"depth"_s, page.depth);
    metadata.insert(u"parentURL"_s, textOrNull(page.parentUrl));
    metadata.insert(u"retryCount"_s, page.retryCount);
    metadata.insert(u"durationMs"_s, double(page.durationMs));
    metadata.insert(u"contentType"_s, textOrNull(page.contentType));
    metadata.insert(u"fetchedAt"_s, page.fetchedAt.isValid() ? QJsonValue(
                                        page.fetchedAt.toUTC().toString(Qt::ISODateWithMs))
                                                             : QJsonValue(QJsonValue::Null));
    metadata.insert(u"state"_s, PageStates::toString(page.state));

    QJsonObject document;
    document.insert(u"markdown"_s, page.markdown);
    if (!page.html.isEmpty())
        document.insert(u"html"_s, page.html);
    if (!page.rawHtml.isEmpty())
        document.insert(u"rawHtml"_s, page.rawHtml);
    if (!page.links.isEmpty())
        document.insert(u"links"_s, QJsonArray::fromStringList(page.links));
    if (!page.screenshot.isEmpty()) {
        document.insert(u"screenshot"_s, u"data:image/png;base64,"_s
                                             + QString::fromLatin1(page.screenshot.toBase64()));
    }
    document.insert(u"metadata"_s, metadata);
    return document;
}

bool JsonlExport::write(const JobSnapshot &snapshot, const ExportRequest &request, QIODevice &out,
                        QString *error) const
{
    Q_UNUSED(request) // a file holds every page; jsonl has no paginated status answer
    const PageFields fields = PageField::Metadata | PageField::Markdown | PageField::Html
                              | PageField::RawHtml | PageField::Links | PageField::Screenshot;
    QString failure;
    const bool complete = snapshot.forEachPage(fields, [&](const PageRecord &page) {
        QByteArray line = QJsonDocument(document(page)).toJson(QJsonDocument::Compact);
        line += '\n';
        if (out.write(line) != line.size()) {
            failure = out.errorString();
            return false;
        }
        return true;
    });
    if (!complete) {
        if (error)
            *error = failure.isEmpty() ? u"writing failed"_s : failure;
        return false;
    }
    return true;
}
