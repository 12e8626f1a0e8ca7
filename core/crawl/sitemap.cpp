// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/sitemap.h"

#include "codec/gzip.h"
#include "crawl/urlnormalizer.h"

#include <QBuffer>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The content being collected, with the per-file cap and the problems met on the way.
struct Reading
{
    SitemapContent content;
    int taken = 0;
    bool capped = false;
    QStringList problems;

    // Adds `text` to `list` when it is an absolute http(s) URL. Returns false when the file
    // already gave maxUrls entries: the caller stops reading.
    bool take(QList<QUrl> &list, const QString &text)
    {
        // Against an empty base only absolute http(s) URLs survive.
        const QUrl url = UrlNormalizer::resolve(QUrl(), text);
        if (!url.isValid())
            return true;
        if (taken == Sitemap::maxUrls) {
            capped = true;
            return false;
        }
        list.append(url);
        ++taken;
        return true;
    }
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QByteArrayView withoutUtf8Bom(QByteArrayView data)
{
    return data.startsWith("\xef\xbb\xbf") ? data.sliced(3) : data;
}

// Where the XML starts: at a UTF-16 byte-order mark (a plain-text sitemap is UTF-8), or at a "<"
// after an optional UTF-8 byte-order mark and blanks, which are skipped because an XML declaration
// must come first and generators often emit blank lines before it. -1 when this is not XML.
qsizetype xmlStart(QByteArrayView data)
{
    if (data.startsWith("\xfe\xff") || data.startsWith("\xff\xfe"))
        return 0;
    const qsizetype bom = data.size() - withoutUtf8Bom(data).size();
    for (qsizetype i = bom; i < data.size(); ++i) {
        if (!isBlank(data.at(i)))
            return data.at(i) == '<' ? i : -1;
    }
    return -1;
}

// "sm:urlset" -> "urlset": namespace processing is off, so that undeclared prefixes are no error.
bool hasLocalName(QStringView qualifiedName, QLatin1StringView name)
{
    const qsizetype colon = qualifiedName.lastIndexOf(u':');
    const QStringView local = colon < 0 ? qualifiedName : qualifiedName.sliced(colon + 1);
    return local.compare(name, Qt::CaseInsensitive) == 0;
}

void readXml(const QByteArray &data, Reading &reading)
{
    // Read through a device: QXmlStreamReader then decodes 8 KiB at a time, where from a byte array
    // it would decode the whole file into one string of twice its size.
    QBuffer device;
    device.setData(data);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader reader(&device);
    reader.setNamespaceProcessing(false);
    QList<QUrl> *entries = nullptr;
    QLatin1StringView entryName;
    int depth = 0;
    bool inEntry = false;
    bool entryTaken = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QStringView name = reader.qualifiedName();
        if (depth == 1) {
            if (hasLocalName(name, "urlset"_L1)) {
                entries = &reading.content.pages;
                entryName = "url"_L1;
            } else if (hasLocalName(name, "sitemapindex"_L1)) {
                entries = &reading.content.sitemaps;
                entryName = "sitemap"_L1;
            } else {
                reading.problems << QCoreApplication::translate(
                                        "Sitemap",
                                        "This is not a sitemap: its root element is <%1>.")
                                        .arg(name);
                return;
            }
        } else if (depth == 2) {
            inEntry = hasLocalName(name, entryName);
            entryTaken = false;
        } else if (depth == 3 && inEntry && !entryTaken && hasLocalName(name, "loc"_L1)) {
            const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
            --depth; // readElementText() read the end tag too.
            if (reader.hasError())
                break;
            entryTaken = true;
            if (!reading.take(*entries, text))
                return;
        }
    }
    if (reader.hasError()) {
        reading.problems << QCoreApplication::translate(
                                "Sitemap", "The XML is malformed at line %1, column %2: %3")
                                .arg(reader.lineNumber())
                                .arg(reader.columnNumber())
                                .arg(reader.errorString());
    }
}

void readText(QByteArrayView data, Reading &reading)
{
    data = withoutUtf8Bom(data);
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty() && !reading.take(reading.content.pages, QString::fromUtf8(line)))
            return;
    }
    if (reading.taken == 0)
        reading.problems << QCoreApplication::translate("Sitemap", "The sitemap lists no URLs.");
}

void read(const QByteArray &body, Reading &reading)
{
    if (body.isEmpty()) {
        reading.problems << QCoreApplication::translate("Sitemap", "The sitemap is empty.");
        return;
    }
    QByteArray data = body;
    bool truncated = false;
    if (Gzip::looksCompressed(body)) {
        QString reason;
        std::optional<QByteArray> inflated = Gzip::inflate(body, Sitemap::maxDecodedBytes, &reason);
        if (!inflated) {
            reading.problems << QCoreApplication::translate(
                                    "Sitemap", "The sitemap could not be decompressed: %1.")
                                    .arg(reason);
            return;
        }
        data = std::move(*inflated);
    } else if (body.size() > Sitemap::maxDecodedBytes) {
        // A view, not a copy: `body` outlives it.
        data = QByteArray::fromRawData(body.constData(), Sitemap::maxDecodedBytes);
        truncated = true;
        reading.problems << QCoreApplication::translate(
                                "Sitemap", "The sitemap is larger than %1 bytes; the rest was "
                                           "ignored.")
                                .arg(Sitemap::maxDecodedBytes);
    }
    if (const qsizetype start = xmlStart(data); start >= 0) {
        readXml(QByteArray::fromRawData(data.constData() + start, data.size() - start), reading);
        return;
    }
    if (truncated) {
        // The last line may be a URL cut in the middle.
        readText(QByteArrayView(data).first(data.lastIndexOf('\n') + 1), reading);
        return;
    }
    readText(data, reading);
}

} // namespace

namespace Sitemap {

SitemapContent parse(const QByteArray &body, const QUrl &base)
{
    Reading reading;
    read(body, reading);
    if (reading.capped) {
        reading.problems << QCoreApplication::translate(
                                "Sitemap", "The sitemap lists more than %1 URLs; the rest was "
                                           "ignored.")
                                .arg(maxUrls);
    }
    if (!reading.problems.isEmpty()) {
        const QString problems = reading.problems.join(u' ');
        reading.content.error =
            base.isEmpty() ? problems : u"%1: %2"_s.arg(base.toDisplayString(), problems);
    }
    return std::move(reading.content);
}

} // namespace Sitemap
