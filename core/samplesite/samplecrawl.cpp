// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesite/samplecrawl.h"

#include "crawl/crawlrunner.h"
#include "model/jobinfo.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
const QString sampleSiteKey = u"trawl:sampleSite"_s;
} // namespace

SampleCrawl::SampleCrawl(QObject *parent)
    : QObject(parent)
    , m_server(new SampleSiteServer(this))
{}

SampleCrawl::~SampleCrawl() = default;

CrawlOptions SampleCrawl::options(const QUrl &startUrl)
{
    CrawlOptions options;
    options.url = startUrl;
    options.formats = {u"markdown"_s, u"html"_s, u"links"_s};
    return options;
}

bool SampleCrawl::ensureListening(QString *error)
{
    return m_server->listen(0, error);
}

QString SampleCrawl::createJob(JobStore &store, QString *error)
{
    if (!ensureListening(error))
        return {};
    JobInfo job;
    job.options = options(m_server->url());
    mark(job);
    if (!store.createJob(job, error))
        return {};
    return job.id;
}

QString SampleCrawl::start(JobStore &store, CrawlRunner &runner, QString *error)
{
    const QString id = createJob(store, error);
    if (id.isEmpty())
        return {};
    if (!runner.start(id)) {
        if (error)
            *error = QCoreApplication::translate("SampleCrawl",
                                                 "The sample crawl %1 is already running.")
                         .arg(id);
        return {};
    }
    return id;
}

void SampleCrawl::mark(JobInfo &job)
{
    job.extra.insert(sampleSiteKey, true);
}

bool SampleCrawl::isSampleJob(const JobInfo &job)
{
    return job.isLocal() && job.extra.value(sampleSiteKey).toBool();
}

bool SampleCrawl::serve(const JobInfo &job, QString *error)
{
    if (!isSampleJob(job))
        return true;
    const QUrl url = job.options.url;
    const int port = url.port();
    if (port <= 0 || port > 65535) {
        if (error)
            *error = QCoreApplication::translate("SampleCrawl",
                                                 "The sample job's address %1 names no port.")
                         .arg(url.toString());
        return false;
    }
    if (m_server->isListening() && m_server->port() == port)
        return true;
    for (const SampleSiteServer *server : std::as_const(m_resumed)) {
        if (server->port() == port)
            return true;
    }
    auto *server = new SampleSiteServer(this);
    server->setSlowPageDelay(m_server->slowPageDelay());
    QString reason;
    if (!server->listenOn(quint16(port), &reason)) {
        delete server;
        if (error)
            *error = QCoreApplication::translate("SampleCrawl",
                                                 "%1. The sample job's pages are at that port; "
                                                 "start a new sample crawl instead.")
                         .arg(reason);
        return false;
    }
    m_resumed << server;
    return true;
}
