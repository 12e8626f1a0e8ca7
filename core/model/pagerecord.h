// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"
#include "model/pageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>

// One page of a job: the union of what every export format needs (ARCHITECTURE.md).
struct PageRecord
{
    QString jobId;
    qint64 index = -1; // completion order within the job, from 0
    QString url;       // as requested
    QString finalUrl;  // after redirects
    QString parentUrl; // the page the link was found on (empty for the start page)
    int depth = 0;     // link hops from the start page (start = 0)
    PageState state = PageState::Queued;
    int httpStatus = 0; // 0 when no response arrived
    QString contentType;
    qint64 durationMs = 0;
    int retryCount = 0;
    PageError error = PageError::None;
    QString errorMessage; // for people
    QString title;
    QString description;
    QString language;
    QJsonObject metadata; // every meta tag, under its own key
    // The metadata as compact JSON with sorted keys, as a crawl has it (then metadata stays
    // empty): the store writes this text as it is. Readers get metadata back from the store.
    QByteArray metadataJson;
    QString markdown;
    QString textContent; // plain text of the content (Firecrawl v0's `content`)
    QString html;        // cleaned HTML
    QString rawHtml;
    // The raw HTML as UTF-8, as a crawl has it (then rawHtml stays empty): the store writes these
    // bytes as they are. Readers get rawHtml back from the store.
    QByteArray rawHtmlUtf8;
    // The same raw HTML as the server sent it, gzip, when those bytes decode to rawHtmlUtf8
    // exactly: the store keeps these (a third to a quarter of the size) instead.
    QByteArray rawHtmlGzip;
    QStringList links;     // absolute, in document order, deduplicated
    QByteArray screenshot; // PNG
    QString renderMode;    // how the content was read: "static" (as fetched), "js" (rendered)
    QDateTime fetchedAt;
    // The last response's headers as received (the store keeps no Set-Cookie value).
    QList<std::pair<QString, QString>> responseHeaders;
    qint64 bodyBytes = 0; // size of the (decoded) body
    int wordCount = 0;    // words of the text content

    bool isSuccess() const { return state == PageState::Completed; }
    // Adds `value` under `key` to the metadata, whichever of the two forms holds it.
    void addMetadata(const QString &key, const QJsonValue &value);
    QString errorCode() const { return PageErrors::code(error); }
    // Words in `text`: runs of letters or digits (a CJK character counts as one).
    static int countWords(QStringView text);
};

// Which columns a reader loads: the large text columns only when asked for.
enum class PageField
{
    Summary = 0x0, // every scalar column
    Metadata = 0x1,
    Markdown = 0x2,
    Html = 0x4,
    RawHtml = 0x8,
    Links = 0x10,
    Screenshot = 0x20,
    TextContent = 0x40,
    Headers = 0x80,
    All = 0xff,
};
Q_DECLARE_FLAGS(PageFields, PageField)
Q_DECLARE_OPERATORS_FOR_FLAGS(PageFields)
