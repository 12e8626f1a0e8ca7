// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/crawlharness.h"

#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

CrawlHarness::CrawlHarness(QString directory)
    : m_directory(std::move(directory))
{}

CrawlHarness::Run CrawlHarness::crawl(CrawlOptions options, int timeoutMs)
{
    Run run;
    run.databasePath = QDir(m_directory).filePath(u"crawl-%1.sqlite"_s.arg(++m_counter));
    JobStore store(run.databasePath);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    JobInfo job;
    job.options = std::move(options);
    if (!store.createJob(job, &error))
        qFatal("%s", qPrintable(error));
    run.jobId = job.id;
    StoreWriter writer(run.databasePath);
    if (!writer.start(&error))
        qFatal("%s", qPrintable(error));
    // Declared after the writer: destroyed first, pausing a crawl that did not end.
    CrawlRunner runner(run.databasePath, &writer);
    runner.setRenderService(m_renderer);
    QSignalSpy finished(&runner, &CrawlRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(job.id);
    run.finished = finished.wait(timeoutMs);
    run.elapsedMs = clock.elapsed();
    if (run.finished)
        run.state = finished.constFirst().at(1).value<JobState>();
    return run;
}

QList<PageRecord> CrawlHarness::pages(const Run &run)
{
    JobStore store(run.databasePath);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    PageQuery query;
    query.jobId = run.jobId;
    query.limit = 100000;
    query.fields = PageField::All;
    return store.pages(query);
}

PageRecord CrawlHarness::pageAt(const QList<PageRecord> &pages, const QString &pathAndQuery)
{
    const bool withQuery = pathAndQuery.contains(u'?');
    for (const PageRecord &page : pages) {
        const QUrl url(page.url);
        const QString key = withQuery ? url.path() + u'?' + url.query() : url.path();
        if (key == pathAndQuery)
            return page;
    }
    return {};
}

QStringList CrawlHarness::log(const Run &run)
{
    JobStore store(run.databasePath);
    QString error;
    if (!store.open(&error))
        qFatal("%s", qPrintable(error));
    QStringList messages;
    for (const LogEntry &entry : store.log(run.jobId))
        messages << entry.message;
    return messages;
}

QByteArray CrawlHarness::page(const QString &title, const QStringList &links, const QString &head)
{
    QString html =
        u"<!doctype html><html lang=en><head><title>%1</title>%2</head><body>"_s.arg(title, head);
    for (const QString &link : links)
        html += u"<a href=\"%1\">%1</a>\n"_s.arg(link);
    html += u"</body></html>"_s;
    return html.toUtf8();
}

RequestLog::RequestLog(TestHttpServer *server)
{
    m_clock.start();
    m_connection = QObject::connect(
        server, &TestHttpServer::requestReceived, server, [this](const TestRequest &request) {
            const QByteArray host = request.header("Host");
            const qsizetype colon = host.lastIndexOf(':');
            m_entries.append({colon < 0 ? host : host.left(colon), request.path, request.target,
                              m_clock.elapsed()});
        });
}

RequestLog::~RequestLog()
{
    QObject::disconnect(m_connection);
}

QList<RequestLog::Entry> RequestLog::pageRequests() const
{
    QList<Entry> result;
    for (const Entry &entry : m_entries) {
        if (entry.path != "/robots.txt" && entry.path != "/sitemap.xml")
            result << entry;
    }
    return result;
}

QList<RequestLog::Entry> RequestLog::requestsFor(const QByteArray &path) const
{
    QList<Entry> result;
    for (const Entry &entry : m_entries) {
        if (entry.path == path)
            result << entry;
    }
    return result;
}
