// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"
#include "model/jobstate.h"
#include "model/pagerecord.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMetaObject>
#include <QString>
#include <QStringList>

class RenderService;
class TestHttpServer;

// Runs real crawls for tests the way the application does: a job in a JobStore on an SQLite file,
// a StoreWriter and a CrawlRunner (the crawler on a thread of its own), while the calling thread
// runs its event loop (so a TestHttpServer living there answers). Then reads back what was stored.
// Each crawl gets a database file of its own in `directory`.
class CrawlHarness final
{
public:
    struct Run
    {
        QString databasePath;
        QString jobId;
        bool finished = false; // false: the crawl did not end by itself in time
        JobState state = JobState::Failed;
        qint64 elapsedMs = 0;
    };

    explicit CrawlHarness(QString directory);
    // Where crawls that render JavaScript pages render them (none by default).
    void setRenderService(RenderService *renderer) { m_renderer = renderer; }

    // Creates a job with `options` and runs it until it ends, for at most `timeoutMs`; a crawl
    // still running then is paused (and reported as not finished).
    Run crawl(CrawlOptions options, int timeoutMs = 30000);

    // The run's pages in completion order, every field loaded.
    static QList<PageRecord> pages(const Run &run);
    // The page whose requested URL has this path (and query, when given one); when there is none,
    // an empty record with index -1.
    static PageRecord pageAt(const QList<PageRecord> &pages, const QString &pathAndQuery);
    // The job's log messages, oldest first.
    static QStringList log(const Run &run);

    // A small HTML page with a title and links (and anything else to put in <head>).
    static QByteArray page(const QString &title, const QStringList &links,
                           const QString &head = {});

private:
    QString m_directory;
    int m_counter = 0;
    RenderService *m_renderer = nullptr;
};

// The requests a TestHttpServer receives, each with the time it arrived: for politeness checks.
class RequestLog final
{
public:
    struct Entry
    {
        QByteArray host; // the Host header without its port
        QByteArray path;
        QByteArray target; // path and query
        qint64 atMs = 0;   // on a clock started with the log
    };

    explicit RequestLog(TestHttpServer *server);
    ~RequestLog();
    Q_DISABLE_COPY_MOVE(RequestLog)

    QList<Entry> entries() const { return m_entries; }
    // Requests other than /robots.txt and /sitemap.xml.
    QList<Entry> pageRequests() const;
    // Every request for this path (query ignored).
    QList<Entry> requestsFor(const QByteArray &path) const;

private:
    QElapsedTimer m_clock;
    QList<Entry> m_entries;
    QMetaObject::Connection m_connection;
};
