// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remotejobs.h"

#include "remote/remotejobrow.h"
#include "remote/secretstore.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace {

// A heartbeat younger than this means another process monitors the job.
constexpr qint64 liveHeartbeatMs = 120000;

} // namespace

RemoteJobs::RemoteJobs(JobStore &store, StoreWriter &writer, SecretStore &secrets,
                       MonitorTiming timing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_secrets(secrets)
    , m_timing(timing)
    , m_network(this)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RemoteJobs::~RemoteJobs() = default;

std::optional<QString> RemoteJobs::monitor(const QString &provider, const QUrl &baseUrl,
                                           const QString &remoteId, const QString &key,
                                           QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!RemoteProviders::isKnown(provider))
        return fail(tr("provider: unknown \"%1\"; one of %2.")
                        .arg(provider, RemoteProviders::ids().join(u", "_s)));
    if (!baseUrl.isValid() || baseUrl.isRelative()
        || (baseUrl.scheme() != u"http"_s && baseUrl.scheme() != u"https"_s))
        return fail(tr("base URL: not an http or https URL."));
    if (remoteId.trimmed().isEmpty())
        return fail(tr("job: the provider's job id is empty."));
    QString jobId = RemoteJobRow::findJob(m_store, provider, remoteId);
    if (!jobId.isEmpty()) {
        const std::optional<JobInfo> job = m_store.job(jobId);
        if (job && JobStates::isTerminal(job->state))
            return jobId;
        if (monitorFor(jobId)) {
            setKey(jobId, key);
            return jobId;
        }
    } else {
        JobInfo job;
        job.provider = provider;
        job.remoteId = remoteId;
        // Until an answer names the crawled site, the job's status URL stands for it.
        QUrl statusUrl = RemoteProviders::makeClient(provider, baseUrl, remoteId)->beginCycle().url;
        statusUrl.setQuery(QString());
        job.startUrl = statusUrl.toString();
        if (!m_store.createJob(job, error))
            return std::nullopt;
        jobId = job.id;
    }
    if (!RemoteJobRow::setBaseUrl(m_store, jobId, baseUrl, error))
        return std::nullopt;
    if (!key.isEmpty())
        m_secrets.store(SecretStore::keyName(provider, baseUrl), key);
    attach(jobId, provider, baseUrl, remoteId, key);
    return jobId;
}

void RemoteJobs::start(const QString &provider, const QUrl &baseUrl, const CrawlOptions &options,
                       const QString &key)
{
    QString error;
    const std::optional<RemoteRequest> request =
        RemoteProviders::startRequest(provider, baseUrl, options, &error);
    if (!request) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT startFailed(error); });
        return;
    }
    const auto client = RemoteProviders::makeClient(provider, baseUrl, QString());
    QNetworkRequest network(request->url);
    network.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    network.setRawHeader("Accept", "application/json");
    if (!key.isEmpty()) {
        const auto [name, value] = client->authHeader(key);
        network.setRawHeader(name, value);
    }
    network.setTransferTimeout(m_timing.requestTimeoutMs);
    QNetworkReply *reply = m_network.post(network, request->body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, baseUrl, key] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status < 200 || status >= 300) {
            QString message = RemoteProviders::errorMessage(answer);
            if (message.isEmpty())
                message = reply->errorString();
            Q_EMIT startFailed(
                tr("The service did not start the crawl (HTTP %1): %2").arg(status).arg(message));
            return;
        }
        QString reason;
        const std::optional<QString> remoteId =
            RemoteProviders::remoteIdFromStart(provider, answer, &reason);
        const std::optional<QString> jobId =
            remoteId ? monitor(provider, baseUrl, *remoteId, key, &reason) : std::nullopt;
        if (!jobId) {
            Q_EMIT startFailed(reason);
            return;
        }
        Q_EMIT jobCreated(*jobId);
    });
}

void RemoteJobs::resumeAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 ownPid = QCoreApplication::applicationPid();
    for (const JobInfo &job : m_store.jobs()) {
        if (job.isLocal() || JobStates::isTerminal(job.state) || monitorFor(job.id)
            || !RemoteProviders::isKnown(job.provider))
            continue;
        if (job.runnerPid != 0 && job.runnerPid != ownPid && job.heartbeatAt.isValid()
            && job.heartbeatAt.toMSecsSinceEpoch() > now - liveHeartbeatMs)
            continue; // another process monitors it
        QUrl baseUrl = RemoteJobRow::baseUrl(m_store, job.id);
        if (!baseUrl.isValid() || baseUrl.isEmpty())
            baseUrl = RemoteProviders::defaultBaseUrl(job.provider);
        const QString id = job.id;
        const QString provider = job.provider;
        const QString remoteId = job.remoteId;
        m_secrets.fetch(SecretStore::keyName(provider, baseUrl), this,
                        [this, id, provider, baseUrl, remoteId](std::optional<QString> key) {
                            if (monitorFor(id))
                                return;
                            if (!key) {
                                if (!m_waiting.contains(id))
                                    m_waiting.append(id);
                                Q_EMIT keyNeeded(id);
                                return;
                            }
                            attach(id, provider, baseUrl, remoteId, *key);
                        });
    }
}

void RemoteJobs::attach(const QString &jobId, const QString &provider, const QUrl &baseUrl,
                        const QString &remoteId, const QString &key)
{
    auto *monitor =
        new RemoteMonitor(m_store, m_writer, jobId,
                          RemoteProviders::makeClient(provider, baseUrl, remoteId), m_timing, this);
    m_monitors[jobId] = monitor;
    m_waiting.removeAll(jobId);
    monitor->setApiKey(key);
    connect(monitor, &RemoteMonitor::finished, this,
            [this, jobId](JobState state) { Q_EMIT jobFinished(jobId, state); });
    monitor->start();
    Q_EMIT monitorStarted(jobId);
}

void RemoteJobs::setKey(const QString &jobId, const QString &key)
{
    if (RemoteMonitor *monitor = monitorFor(jobId)) {
        monitor->setApiKey(key);
        return;
    }
    const std::optional<JobInfo> job = m_store.job(jobId);
    if (!job || job->isLocal())
        return;
    QUrl baseUrl = RemoteJobRow::baseUrl(m_store, jobId);
    if (baseUrl.isEmpty())
        baseUrl = RemoteProviders::defaultBaseUrl(job->provider);
    m_secrets.store(SecretStore::keyName(job->provider, baseUrl), key);
    if (!JobStates::isTerminal(job->state))
        attach(jobId, job->provider, baseUrl, job->remoteId, key);
}

void RemoteJobs::cancel(const QString &jobId)
{
    if (RemoteMonitor *monitor = monitorFor(jobId))
        monitor->cancel();
}

RemoteMonitor *RemoteJobs::monitorFor(const QString &jobId) const
{
    const auto it = m_monitors.find(jobId);
    return it == m_monitors.end() ? nullptr : it->second;
}

QStringList RemoteJobs::waitingForKey() const
{
    return m_waiting;
}
