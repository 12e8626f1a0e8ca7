// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remotejobs.h"

#include "remote/remotejobrow.h"
#include "remote/secretstore.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>

#include <cerrno>
#include <signal.h>

using namespace Qt::StringLiterals;

namespace {

// Whether process `pid` exists and is not a zombie (a killed child its parent has not reaped).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true; // no /proc: kill() said enough
    const QByteArray line = stat.readAll();
    // "pid (command) S ...": the state follows the last ')' (the command may hold one).
    const qsizetype close = line.lastIndexOf(')');
    const char state = close >= 0 && close + 2 < line.size() ? line.at(close + 2) : 'R';
    return state != 'Z' && state != 'X';
}

} // namespace

RemoteJobs::RemoteJobs(JobStore &store, StoreWriter &writer, SecretStore &secrets,
                       MonitorTiming timing, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_secrets(secrets)
    , m_timing(timing)
    , m_network(this)
    , m_recheck(this)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_recheck.setInterval(std::max(100, m_timing.resumeCheckMs));
    connect(&m_recheck, &QTimer::timeout, this, &RemoteJobs::resumeAll);
}

RemoteJobs::~RemoteJobs() = default;

bool RemoteJobs::monitoredElsewhere(const JobInfo &job)
{
    if (job.runnerPid <= 0 || job.runnerPid == QCoreApplication::applicationPid()
        || !job.heartbeatAt.isValid())
        return false;
    if (job.heartbeatAt.msecsTo(QDateTime::currentDateTimeUtc()) > staleHeartbeatMs)
        return false;
    return processAlive(job.runnerPid);
}

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
        // A job whose monitor stopped on its own (a wrong base URL) goes on; others that ended
        // stay as they are.
        if (job && JobStates::isTerminal(job->state)
            && !job->extra.contains(RemoteJobRow::monitorStoppedField))
            return jobId;
        if (const RemoteMonitor *existing = monitorFor(jobId);
            existing && !existing->isFinished()) {
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
    if (const std::optional<JobInfo> job = m_store.job(jobId); job && monitoredElsewhere(*job))
        return fail(busyReason(*job));
    if (!RemoteJobRow::setBaseUrl(m_store, jobId, baseUrl, error))
        return std::nullopt;
    if (!key.isEmpty())
        m_secrets.store(SecretStore::keyName(provider, baseUrl), key);
    QString why;
    if (!attach(jobId, provider, baseUrl, remoteId, key, &why))
        return fail(why);
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
    if (!m_recheck.isActive())
        m_recheck.start();
    for (const JobInfo &job : m_store.jobs()) {
        if (job.isLocal() || JobStates::isTerminal(job.state) || monitorFor(job.id)
            || !RemoteProviders::isKnown(job.provider) || m_waiting.contains(job.id)
            || m_fetching.contains(job.id) || monitoredElsewhere(job))
            continue;
        QUrl baseUrl = RemoteJobRow::baseUrl(m_store, job.id);
        if (!baseUrl.isValid() || baseUrl.isEmpty())
            baseUrl = RemoteProviders::defaultBaseUrl(job.provider);
        const QString id = job.id;
        const QString provider = job.provider;
        const QString remoteId = job.remoteId;
        m_fetching.insert(id);
        m_secrets.fetch(
            SecretStore::keyName(provider, baseUrl), this,
            [this, id, provider, baseUrl, remoteId](std::optional<QString> key) {
                m_fetching.remove(id);
                if (monitorFor(id))
                    return;
                if (!key) {
                    waitForKey(
                        id,
                        tr("No API key is stored for %1 at %2.").arg(provider, baseUrl.toString()));
                    Q_EMIT keyNeeded(id);
                    return;
                }
                attach(id, provider, baseUrl, remoteId, *key);
            });
    }
}

QString RemoteJobs::busyReason(const JobInfo &job) const
{
    return tr("job %1 is monitored by process %2 (alive %3 s ago); a job has one monitor at a "
              "time: stop that one first.")
        .arg(job.id)
        .arg(job.runnerPid)
        .arg(std::max<qint64>(0, job.heartbeatAt.secsTo(QDateTime::currentDateTimeUtc())));
}

bool RemoteJobs::attach(const QString &jobId, const QString &provider, const QUrl &baseUrl,
                        const QString &remoteId, const QString &key, QString *error)
{
    // What this process's monitors wrote (their last heartbeats) is in the database first.
    m_writer.flush();
    const std::optional<JobInfo> job = m_store.job(jobId);
    if (!job)
        return false;
    if (monitoredElsewhere(*job)
        || !RemoteJobRow::claim(m_store, *job, QCoreApplication::applicationPid())) {
        if (error)
            *error = busyReason(*m_store.job(jobId));
        return false;
    }
    if (const auto it = m_monitors.find(jobId); it != m_monitors.end()) {
        it->second->deleteLater(); // one that finished (its monitoring stopped on its own)
        m_monitors.erase(it);
    }
    RemoteJobRow::setTrawlField(m_store, jobId, RemoteJobRow::monitorStoppedField, {});
    RemoteJobRow::setTrawlField(m_store, jobId, RemoteJobRow::keyRefusedField, {});
    auto *monitor =
        new RemoteMonitor(m_store, m_writer, jobId,
                          RemoteProviders::makeClient(provider, baseUrl, remoteId), m_timing, this);
    m_monitors[jobId] = monitor;
    m_waiting.removeAll(jobId);
    monitor->setApiKey(key);
    connect(monitor, &RemoteMonitor::keyRejected, this,
            [this, monitor](const QString &message) { rejected(monitor, message); });
    connect(monitor, &RemoteMonitor::finished, this, [this, jobId](JobState state) {
        m_waiting.removeAll(jobId);
        RemoteJobRow::setTrawlField(m_store, jobId, RemoteJobRow::keyRefusedField, {});
        Q_EMIT jobFinished(jobId, state);
    });
    monitor->start();
    Q_EMIT monitorStarted(jobId);
    return true;
}

void RemoteJobs::waitForKey(const QString &jobId, const QString &reason)
{
    if (!m_waiting.contains(jobId))
        m_waiting.append(jobId);
    RemoteJobRow::setTrawlField(m_store, jobId, RemoteJobRow::keyRefusedField, reason);
}

void RemoteJobs::rejected(RemoteMonitor *monitor, const QString &message)
{
    const QString jobId = monitor->jobId();
    if (const std::optional<JobInfo> job = m_store.job(jobId)) {
        QUrl baseUrl = RemoteJobRow::baseUrl(m_store, jobId);
        if (baseUrl.isEmpty())
            baseUrl = RemoteProviders::defaultBaseUrl(job->provider);
        // The refused key is forgotten (unless another one replaced it meanwhile).
        const QString name = SecretStore::keyName(job->provider, baseUrl);
        const std::optional<QString> stored = m_secrets.cached(name);
        if (!stored || *stored == monitor->apiKey())
            m_secrets.remove(name);
    }
    waitForKey(jobId, message);
    Q_EMIT keyRejected(jobId, message);
}

void RemoteJobs::setKey(const QString &jobId, const QString &key)
{
    const std::optional<JobInfo> job = m_store.job(jobId);
    if (!job || job->isLocal())
        return;
    QUrl baseUrl = RemoteJobRow::baseUrl(m_store, jobId);
    if (baseUrl.isEmpty())
        baseUrl = RemoteProviders::defaultBaseUrl(job->provider);
    if (!key.isEmpty())
        m_secrets.store(SecretStore::keyName(job->provider, baseUrl), key);
    m_waiting.removeAll(jobId);
    RemoteJobRow::setTrawlField(m_store, jobId, RemoteJobRow::keyRefusedField, {});
    if (RemoteMonitor *monitor = monitorFor(jobId); monitor && !monitor->isFinished()) {
        monitor->setApiKey(key);
        return;
    }
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
