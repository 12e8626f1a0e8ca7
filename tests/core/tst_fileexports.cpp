// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvexport.h"
#include "export/jobsnapshot.h"
#include "export/jsonlexport.h"
#include "export/jsonlimport.h"
#include "export/markdownfolderexport.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QDateTime fetchedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15, 250), Qt::UTC);

PageRecord successPage()
{
    PageRecord page;
    page.url = u"http://site.test/docs/intro"_s;
    page.finalUrl = u"http://site.test/docs/intro/"_s;
    page.parentUrl = u"http://site.test/"_s;
    page.depth = 1;
    page.state = PageState::Completed;
    page.httpStatus = 200;
    page.contentType = u"text/html; charset=utf-8"_s;
    page.durationMs = 123;
    page.retryCount = 1;
    page.title = u"Intro, \"quoted\"\nsecond line"_s;
    page.description = u"Grüße aus 日本 🎉"_s;
    page.language = u"de"_s;
    page.metadata = QJsonObject{{u"og:title"_s, u"OG"_s},
                                {u"trawl:private"_s, u"secret"_s},
                                {u"depth"_s, u"a meta tag called depth"_s}};
    page.markdown = u"# Intro\n\nText."_s;
    page.html = u"<h1>Intro</h1>"_s;
    page.rawHtml = u"<html><h1>Intro</h1></html>"_s;
    page.links = {u"http://site.test/a"_s, u"http://site.test/b"_s};
    page.screenshot = QByteArray("\x89PNG\r\n\x1a\nfake", 12);
    page.fetchedAt = fetchedAt;
    return page;
}

PageRecord failedPage()
{
    PageRecord page;
    page.url = u"http://site.test/broken"_s;
    page.parentUrl = u"http://site.test/"_s;
    page.depth = 2;
    page.state = PageState::Failed;
    page.httpStatus = 503;
    page.durationMs = 45;
    page.retryCount = 3;
    page.error = PageError::Http5xx;
    page.errorMessage = u"HTTP 503 Service Unavailable"_s;
    page.title = u"=HYPERLINK(\"http://evil\")"_s;
    page.description = u"-2+3"_s;
    page.language = u"@SUM(A1)"_s;
    page.fetchedAt = fetchedAt.addSecs(1);
    return page;
}

qint64 peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// RFC 4180 reader for the tests: rows of cells.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            cell.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

// The YAML subset the front matter uses: `key: "double-quoted"` or `key: integer`.
QHash<QString, QString> parseFrontMatter(const QString &text, QString *body)
{
    QHash<QString, QString> values;
    const QStringList lines = text.split(u'\n');
    if (lines.value(0) != u"---"_s)
        return values;
    qsizetype i = 1;
    for (; i < lines.size() && lines.at(i) != u"---"_s; ++i) {
        const QString &line = lines.at(i);
        const qsizetype colon = line.indexOf(u": "_s);
        const QString key = line.left(colon);
        const QString raw = line.mid(colon + 2);
        if (!raw.startsWith(u'"')) {
            values.insert(key, raw);
            continue;
        }
        QString value;
        for (qsizetype j = 1; j < raw.size() - 1; ++j) {
            if (raw.at(j) != u'\\') {
                value += raw.at(j);
                continue;
            }
            const QChar escape = raw.at(++j);
            if (escape == u'n')
                value += u'\n';
            else if (escape == u't')
                value += u'\t';
            else if (escape == u'r')
                value += u'\r';
            else if (escape == u'x' || escape == u'u') {
                const int length = escape == u'x' ? 2 : 4;
                value += QChar(raw.mid(j + 1, length).toUShort(nullptr, 16));
                j += length;
            } else
                value += escape;
        }
        values.insert(key, value);
    }
    if (body)
        *body = lines.mid(i + 1).join(u'\n');
    return values;
}

} // namespace

class TestFileExports final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A store with one job holding `pages` (indexes assigned in order), completed.
    struct Fixture
    {
        std::unique_ptr<JobStore> store;
        JobInfo job;
    };
    Fixture makeJob(const QList<PageRecord> &pages)
    {
        Fixture fixture;
        const QString path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++m_counter));
        fixture.store = std::make_unique<JobStore>(path);
        QString error;
        if (!fixture.store->open(&error))
            qFatal("open: %s", qPrintable(error));
        addJob(fixture, pages);
        return fixture;
    }
    void addJob(Fixture &fixture, const QList<PageRecord> &pages)
    {
        QString error;
        fixture.job = JobInfo();
        fixture.job.options.url = QUrl(pages.isEmpty() ? u"http://site.test/"_s : pages[0].url);
        fixture.job.startUrl = fixture.job.options.url.toString();
        if (!fixture.store->createJob(fixture.job, &error))
            qFatal("createJob: %s", qPrintable(error));
        StoreWriter writer(fixture.store->path());
        if (!writer.start(&error))
            qFatal("writer: %s", qPrintable(error));
        writer.setJobState(fixture.job.id, JobState::Running);
        qint64 index = 0;
        for (PageRecord page : pages) {
            page.jobId = fixture.job.id;
            page.index = index++;
            writer.storePage(page, page.url);
        }
        writer.setJobState(fixture.job.id, JobState::Completed);
        writer.flush();
    }
    static QByteArray exportWith(const Exporter &exporter, Fixture &fixture)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        JobSnapshot snapshot(*fixture.store, fixture.job);
        QString error;
        if (!exporter.write(snapshot, ExportRequest(), buffer, &error))
            qWarning("export: %s", qPrintable(error));
        return buffer.data();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonlCarriesEveryField()
    {
        Fixture fixture = makeJob({successPage(), failedPage()});
        const JsonlExport exporter;
        QCOMPARE(exporter.format(), u"jsonl"_s);
        QCOMPARE(exporter.fileExtension(), u".jsonl"_s);
        const QByteArray bytes = exportWith(exporter, fixture);
        QVERIFY(bytes.endsWith('\n'));
        const QList<QByteArray> lines = bytes.chopped(1).split('\n');
        QCOMPARE(lines.size(), 2);

        QJsonParseError parseError;
        const QJsonObject ok = QJsonDocument::fromJson(lines[0], &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(ok.value(u"markdown"_s).toString(), u"# Intro\n\nText."_s);
        QCOMPARE(ok.value(u"html"_s).toString(), u"<h1>Intro</h1>"_s);
        QCOMPARE(ok.value(u"rawHtml"_s).toString(), u"<html><h1>Intro</h1></html>"_s);
        QCOMPARE(ok.value(u"links"_s).toArray().size(), 2);
        QCOMPARE(ok.value(u"screenshot"_s).toString(),
                 u"data:image/png;base64,"_s
                     + QString::fromLatin1(successPage().screenshot.toBase64()));
        const QJsonObject m = ok.value(u"metadata"_s).toObject();
        QCOMPARE(m.value(u"title"_s).toString(), successPage().title);
        QCOMPARE(m.value(u"description"_s).toString(), successPage().description);
        QCOMPARE(m.value(u"language"_s).toString(), u"de"_s);
        QCOMPARE(m.value(u"sourceURL"_s).toString(), u"http://site.test/docs/intro"_s);
        QCOMPARE(m.value(u"url"_s).toString(), u"http://site.test/docs/intro/"_s);
        QCOMPARE(m.value(u"statusCode"_s).toInt(), 200);
        QVERIFY(m.value(u"error"_s).isNull());
        QVERIFY(m.value(u"errorCode"_s).isNull());
        QCOMPARE(m.value(u"depth"_s).toInt(), 1); // the record wins over a meta tag "depth"
        QCOMPARE(m.value(u"parentURL"_s).toString(), u"http://site.test/"_s);
        QCOMPARE(m.value(u"retryCount"_s).toInt(), 1);
        QCOMPARE(m.value(u"durationMs"_s).toInt(), 123);
        QCOMPARE(m.value(u"contentType"_s).toString(), u"text/html; charset=utf-8"_s);
        QCOMPARE(m.value(u"fetchedAt"_s).toString(), u"2024-05-01T12:30:15.250Z"_s);
        QCOMPARE(m.value(u"state"_s).toString(), u"completed"_s);
        QCOMPARE(m.value(u"og:title"_s).toString(), u"OG"_s);
        QVERIFY(!m.contains(u"trawl:private"_s));

        const QJsonObject bad = QJsonDocument::fromJson(lines[1], &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(bad.value(u"markdown"_s).toString(), QString());
        QVERIFY(!bad.contains(u"html"_s) && !bad.contains(u"links"_s));
        const QJsonObject f = bad.value(u"metadata"_s).toObject();
        QCOMPARE(f.value(u"sourceURL"_s).toString(), u"http://site.test/broken"_s);
        QVERIFY(f.value(u"url"_s).isNull());
        QCOMPARE(f.value(u"statusCode"_s).toInt(), 503);
        QCOMPARE(f.value(u"error"_s).toString(), u"HTTP 503 Service Unavailable"_s);
        QCOMPARE(f.value(u"errorCode"_s).toString(), u"HTTP_5XX"_s);
        QCOMPARE(f.value(u"depth"_s).toInt(), 2);
        QCOMPARE(f.value(u"parentURL"_s).toString(), u"http://site.test/"_s);
        QCOMPARE(f.value(u"retryCount"_s).toInt(), 3);
        QCOMPARE(f.value(u"durationMs"_s).toInt(), 45);
        QVERIFY(f.value(u"contentType"_s).isNull());
        QCOMPARE(f.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(f.value(u"fetchedAt"_s).toString(), u"2024-05-01T12:30:16.250Z"_s);
    }

    void jsonlRoundTripIsByteIdentical()
    {
        PageRecord skipped = failedPage();
        skipped.url = u"http://site.test/private"_s;
        skipped.state = PageState::Skipped;
        skipped.error = PageError::RobotsBlocked;
        skipped.errorMessage.clear();
        PageRecord noError = successPage();
        noError.url = u"http://site.test/odd"_s;
        noError.errorMessage = u"a message without a code"_s;
        Fixture fixture = makeJob({successPage(), failedPage(), skipped, noError});
        const JsonlExport exporter;
        const QByteArray first = exportWith(exporter, fixture);

        QBuffer in;
        in.setData(first);
        in.open(QIODevice::ReadOnly);
        QString error;
        const std::optional<ImportedJob> imported = JsonlImport::read(in, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->pages.size(), 4);
        QCOMPARE(imported->job.provider, u"local"_s);
        QCOMPARE(imported->job.state, JobState::Completed);
        QCOMPARE(imported->job.startUrl, u"http://site.test/docs/intro"_s);
        QCOMPARE(imported->pages[1].index, 1);
        QCOMPARE(imported->pages[1].error, PageError::Http5xx);

        addJob(fixture, imported->pages);
        const QByteArray second = exportWith(exporter, fixture);
        QCOMPARE(second, first);
    }

    void jsonlImportRejectsMalformedLine()
    {
        QBuffer in;
        in.setData(QByteArray("{\"metadata\":{\"sourceURL\":\"http://a/\"}}\n\n{\"metadata\":"));
        in.open(QIODevice::ReadOnly);
        QString error;
        QVERIFY(!JsonlImport::read(in, &error));
        QVERIFY2(error.startsWith(u"line 3:"_s), qPrintable(error));

        QBuffer noUrl;
        noUrl.setData(QByteArray("{\"metadata\":{}}\n"));
        noUrl.open(QIODevice::ReadOnly);
        QVERIFY(!JsonlImport::read(noUrl, &error));
        QVERIFY2(error.startsWith(u"line 1:"_s), qPrintable(error));
    }

    void csvQuotingAndFormulaGuard()
    {
        Fixture fixture = makeJob({successPage(), failedPage()});
        const CsvExport exporter;
        QCOMPARE(exporter.format(), u"csv"_s);
        const QByteArray bytes = exportWith(exporter, fixture);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.startsWith("index,url,final_url,parent_url,depth,state,http_status,"
                                 "content_type,duration_ms,retry_count,error_code,error_message,"
                                 "title,description,language,fetched_at\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], CsvExport::columns());
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 16);
        const QStringList ok = rows[1];
        QCOMPARE(ok[0], u"0"_s);
        QCOMPARE(ok[1], u"http://site.test/docs/intro"_s);
        QCOMPARE(ok[2], u"http://site.test/docs/intro/"_s);
        QCOMPARE(ok[3], u"http://site.test/"_s);
        QCOMPARE(ok[4], u"1"_s);
        QCOMPARE(ok[5], u"completed"_s);
        QCOMPARE(ok[6], u"200"_s);
        QCOMPARE(ok[7], u"text/html; charset=utf-8"_s);
        QCOMPARE(ok[8], u"123"_s);
        QCOMPARE(ok[9], u"1"_s);
        QCOMPARE(ok[10], QString());
        QCOMPARE(ok[12], successPage().title);       // comma, quotes and a newline survive
        QCOMPARE(ok[13], successPage().description); // unicode survives
        QCOMPARE(ok[15], u"2024-05-01T12:30:15.250Z"_s);
        const QStringList bad = rows[2];
        QCOMPARE(bad[5], u"failed"_s);
        QCOMPARE(bad[10], u"HTTP_5XX"_s);
        QCOMPARE(bad[11], u"HTTP 503 Service Unavailable"_s);
        QCOMPARE(bad[12], u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(bad[13], u"'-2+3"_s);
        QCOMPARE(bad[14], u"'@SUM(A1)"_s);
        QCOMPARE(CsvExport::textCell(u"+1"_s), u"'+1"_s);
        QCOMPARE(CsvExport::textCell(u"\tx"_s), u"'\tx"_s);
        QCOMPARE(CsvExport::textCell(u"a=b"_s), u"a=b"_s);
        QCOMPARE(CsvExport::textCell(u"=1,2"_s), u"\"'=1,2\""_s);
    }

    void markdownFolder()
    {
        PageRecord root = successPage();
        root.url = u"http://site.test/"_s;
        root.title = u"Home [1]"_s;
        Fixture fixture = makeJob({root, successPage(), failedPage()});
        const QString folder = m_dir.filePath(u"md-%1"_s.arg(++m_counter));
        {
            JobSnapshot snapshot(*fixture.store, fixture.job);
            QString error;
            QVERIFY2(MarkdownFolderExport::write(snapshot, folder, &error), qPrintable(error));
        }
        QFile index(folder + u"/index.md"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString indexText = QString::fromUtf8(index.readAll());
        QVERIFY2(indexText.contains(u"- [Home \\[1\\]](site.test/index.md)\n"_s),
                 qPrintable(indexText));
        QVERIFY(indexText.contains(u"](site.test/docs/intro.md)\n"_s));
        QVERIFY(indexText.contains(u"](site.test/broken.md) (failed: HTTP_5XX)\n"_s));

        QFile page(folder + u"/site.test/docs/intro.md"_s);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QString body;
        const auto front = parseFrontMatter(QString::fromUtf8(page.readAll()), &body);
        QCOMPARE(front.value(u"url"_s), u"http://site.test/docs/intro"_s);
        QCOMPARE(front.value(u"title"_s), successPage().title);
        QCOMPARE(front.value(u"description"_s), successPage().description);
        QCOMPARE(front.value(u"language"_s), u"de"_s);
        QCOMPARE(front.value(u"status_code"_s), u"200"_s);
        QCOMPARE(front.value(u"fetched_at"_s), u"2024-05-01T12:30:15.250Z"_s);
        QCOMPARE(body, u"\n# Intro\n\nText.\n"_s);

        QFile failed(folder + u"/site.test/broken.md"_s);
        QVERIFY(failed.open(QIODevice::ReadOnly));
        const auto failedFront = parseFrontMatter(QString::fromUtf8(failed.readAll()), nullptr);
        QCOMPARE(failedFront.value(u"status_code"_s), u"503"_s);
        QCOMPARE(failedFront.value(u"error_code"_s), u"HTTP_5XX"_s);

        // No temporary folder is left behind.
        QDir parent(m_dir.path());
        QVERIFY(parent.entryList({u".md-*"_s}, QDir::Dirs | QDir::Hidden).isEmpty());

        // A non-empty folder is refused unless told; then replaced.
        JobSnapshot snapshot(*fixture.store, fixture.job);
        QString error;
        QVERIFY(!MarkdownFolderExport::write(snapshot, folder, &error));
        QVERIFY(!error.isEmpty());
        QFile stray(folder + u"/stray.txt"_s);
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY2(MarkdownFolderExport::write(snapshot, folder, &error,
                                             MarkdownFolderExport::ExistingFolder::Replace),
                 qPrintable(error));
        QVERIFY(!QFile::exists(folder + u"/stray.txt"_s));
        QVERIFY(QFile::exists(folder + u"/index.md"_s));
    }

    void yamlQuoting()
    {
        using MarkdownFolderExport::yamlQuoted;
        QCOMPARE(yamlQuoted(u"plain"_s), u"\"plain\""_s);
        QCOMPARE(yamlQuoted(u"a\"b\\c"_s), u"\"a\\\"b\\\\c\""_s);
        QCOMPARE(yamlQuoted(u"x\ny\u2028"_s), u"\"x\\ny\\u2028\""_s);
        QCOMPARE(yamlQuoted(QString(QChar(0)) + u"---"_s), u"\"\\x00---\""_s);
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root") << u"http://x.test/"_s << u"x.test/index.md"_s;
        QTest::newRow("no path") << u"http://x.test"_s << u"x.test/index.md"_s;
        QTest::newRow("folder") << u"http://x.test/docs/"_s << u"x.test/docs/index.md"_s;
        QTest::newRow("file") << u"http://x.test/docs/a.html"_s << u"x.test/docs/a.md"_s;
        QTest::newRow("port") << u"http://x.test:8080/a"_s << u"x.test_8080/a.md"_s;
        QTest::newRow("query") << u"http://x.test/s?q=a b&p=2"_s << u"x.test/s_q_a_b_p_2.md"_s;
        QTest::newRow("dot dot") << u"http://x/../../etc/passwd"_s << u"x/etc/passwd.md"_s;
        QTest::newRow("encoded dot dot") << u"http://x/%2e%2e/%2e%2e/x"_s << u"x/x.md"_s;
        QTest::newRow("encoded slash") << u"http://x/a/..%2f..%2fb"_s << u"x/a/b.md"_s;
        QTest::newRow("backslash") << u"http://x/a\\..\\..\\b"_s << u"x/a/b.md"_s;
        QTest::newRow("reserved") << u"http://x/CON"_s << u"x/CON_.md"_s;
        QTest::newRow("reserved ext") << u"http://x/nul.txt"_s << u"x/nul_.txt.md"_s;
        QTest::newRow("hidden") << u"http://x/.git/config"_s << u"x/git/config.md"_s;
        QTest::newRow("md folder") << u"http://x/a.md/b"_s << u"x/a.md_/b.md"_s;
    }

    void fileNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(MarkdownFolderExport::fileNameFor(url), expected);
    }

    void pathTraversal()
    {
        QStringList urls = {
            u"http://x/../../etc/passwd"_s,
            u"http://x/%2e%2e/%2e%2e/x"_s,
            u"http://x/a/..%2f..%2fb"_s,
            u"http://x//etc/passwd"_s,
            u"file:///etc/passwd"_s,
            u"/etc/shadow"_s,
            u"C:\\Windows\\system32"_s,
            u"http://x/a\\..\\..\\..\\b"_s,
            u"http://x/a%00b/c%00"_s,
            u"http://x/"_s + QString(3000, u'a'),
            u"http://x/"_s + QString(3000, u'a') + u"b"_s,
            u"http://x/CON"_s,
            u"http://x/con"_s,
            u"http://x/Page"_s,
            u"http://x/page"_s,
            u"http://x/PAGE"_s,
            u"http://x/%E2%80%AE%E2%80%8Bevil"_s,
            u"http://%2e%2e/x"_s,
            u"http://x/~/$HOME/`id`"_s,
            u"http://x/"_s + u"d/"_s.repeated(300) + u"deep"_s,
            u"not a url at all ../../.."_s,
            u""_s,
        };
        // 100 different URLs that all map to x/same_.md.
        for (int i = 0; i < 100; ++i)
            urls << u"http://x/same"_s + QString(i + 1, u'~');
        QList<PageRecord> pages;
        for (const QString &url : std::as_const(urls)) {
            PageRecord page = successPage();
            page.url = url;
            pages << page;
        }
        Fixture fixture = makeJob(pages);
        const QString folder = m_dir.filePath(u"hostile"_s);
        {
            JobSnapshot snapshot(*fixture.store, fixture.job);
            QString error;
            QVERIFY2(MarkdownFolderExport::write(snapshot, folder, &error), qPrintable(error));
        }
        const QString canonicalRoot = QFileInfo(folder).canonicalFilePath() + u'/';
        QSet<QString> lowerPaths;
        int files = 0;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString canonical = QFileInfo(path).canonicalFilePath();
            QVERIFY2(canonical.startsWith(canonicalRoot), qPrintable(canonical));
            const QString relative = canonical.mid(canonicalRoot.size());
            for (const QString &segment : relative.split(u'/')) {
                QVERIFY2(segment.size() <= 64, qPrintable(relative));
                QVERIFY(!segment.startsWith(u'.'));
                for (const QChar c : segment)
                    QVERIFY2((c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_'
                                 || c == u'-',
                             qPrintable(relative));
            }
            QVERIFY2(!lowerPaths.contains(relative.toLower()), qPrintable(relative));
            lowerPaths.insert(relative.toLower());
            ++files;
        }
        QCOMPARE(files, urls.size() + 1); // every page has its own file, plus index.md
        QFile index(folder + u"/index.md"_s);
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(index.readAll()).split(u'\n');
        QCOMPARE(lines.count(u"- [Intro, \"quoted\" second line](x/same_-100.md)"_s), 1);
        qsizetype links = 0;
        for (const QString &line : lines) {
            if (line.startsWith(u"- ["_s)) {
                ++links;
                const QString target = line.section(u"]("_s, -1).section(u')', 0, 0);
                QVERIFY2(lowerPaths.contains(target.toLower()), qPrintable(line));
            }
        }
        QCOMPARE(links, urls.size());
    }

    void jsonlMemoryStaysFlat()
    {
        constexpr int pageCount = 20000;
        const QString filler = u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s;
        QList<PageRecord> none;
        Fixture fixture = makeJob(none);
        {
            StoreWriter writer(fixture.store->path());
            QString error;
            QVERIFY(writer.start(&error));
            for (int i = 0; i < pageCount; ++i) {
                PageRecord page;
                page.jobId = fixture.job.id;
                page.index = i;
                page.url = u"http://big.test/p/%1"_s.arg(i);
                page.state = PageState::Completed;
                page.httpStatus = 200;
                page.markdown = filler.repeated(70) + QString::number(i);
                page.rawHtml = page.markdown;
                page.fetchedAt = fetchedAt;
                writer.storePage(page, page.url);
                if (i % 1000 == 999)
                    writer.flush();
            }
            writer.flush();
        }
        const qint64 before = peakRssKb();
        QFile out(m_dir.filePath(u"big.jsonl"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        {
            JobSnapshot snapshot(*fixture.store, fixture.job);
            QString error;
            QVERIFY2(JsonlExport().write(snapshot, ExportRequest(), out, &error),
                     qPrintable(error));
        }
        out.close();
        const qint64 growthKb = peakRssKb() - before;
        qInfo("jsonl export of %d pages (%lld MB): peak RSS grew by %lld KB", pageCount,
              out.size() / (1024 * 1024), growthKb);
        QVERIFY(out.size() > 150 * 1024 * 1024); // bigger than the allowed growth
        QVERIFY(growthKb < 100 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestFileExports)
#include "tst_fileexports.moc"
