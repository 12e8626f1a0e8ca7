// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplesite/samplecrawl.h"

#include "crawl/crawlrunner.h"
#include "model/jobinfo.h"
#include "samplesite/samplesiteserver.h"
#include "store/jobstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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
