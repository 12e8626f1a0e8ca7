// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remotemonitor.h"

#include "remote/remotejobrow.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

// Retry-After: seconds, or an HTTP date; nothing when absent or unreadable.
std::optional<qint64> retryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
    return std::nullopt;
}

} // namespace

RemoteMonitor::RemoteMonitor(JobStore &store, StoreWriter &writer, const QString &jobId,
                             std::unique_ptr<RemoteClient> client, MonitorTiming timing,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(writer)
    , m_jobId(jobId)
    , m_client(std::move(client))
    , m_timing(timing)
    , m_network(this)
    , m_timer(this)
    , m_heartbeat(this)
{
    m_timing.minIntervalMs = std::max(1, m_timing.minIntervalMs);
    m_timing.maxIntervalMs = std::max(m_timing.minIntervalMs, m_timing.maxIntervalMs);
    m_intervalMs = m_timing.minIntervalMs;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RemoteMonitor::poll);
    m_heartbeat.setInterval(std::max(100, m_timing.heartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &RemoteMonitor::beat);
    // Redirects are not followed: the key must reach only the base URL the user gave.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

RemoteMonitor::~RemoteMonitor()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_started && !m_finished)
        m_writer.setHeartbeat(m_jobId, 0);
}

QString RemoteMonitor::provider() const
{
    return m_client->provider();
}

void RemoteMonitor::setApiKey(const QString &key)
{
    m_key = key;
    if (m_waitingForKey && !m_finished) {
        m_waitingForKey = false;
        log(u"info"_s, tr("A new API key was given; monitoring goes on."));
        schedule(0);
    }
}

void RemoteMonitor::start()
{
    if (m_started)
        return;
    m_started = true;
    const std::optional<JobInfo> job = m_store.job(m_jobId);
    if (job) {
        m_state = job->state;
        m_extra = job->extra;
    }
    // What earlier runs stored: every page's key entered the job's frontier with it.
    const QStringList keys = m_store.frontierKeys(m_jobId);
    m_seen = QSet<QString>(keys.cbegin(), keys.cend());
    m_nextIndex = m_store.nextPageIndex(m_jobId);
    log(u"info"_s, tr("Monitoring %1 job %2 at %3.")
                       .arg(m_client->provider(), m_client->remoteId(),
                            m_client->baseUrl().toString(QUrl::RemoveUserInfo)));
    beat();
    m_heartbeat.start();
    schedule(0);
}

void RemoteMonitor::cancel()
{
    if (m_finished)
        return;
    const std::optional<RemoteRequest> request = m_client->cancelRequest();
    if (!request) {
        log(u"warning"_s, tr("%1 has no way to cancel a job.").arg(m_client->provider()));
        return;
    }
    QNetworkReply *reply = m_network.sendCustomRequest(networkRequest(*request), request->verb);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { cancelReplied(reply); });
}

void RemoteMonitor::cancelReplied(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        log(u"info"_s, tr("The service accepted the cancellation."));
        m_cancelRequested = true;
        if (!m_reply && !m_finished)
            schedule(0);
        return;
    }
    const QString message =
        RemoteProviders::errorMessage(QJsonDocument::fromJson(reply->readAll()).object());
    log(u"warning"_s, tr("The service refused to cancel the job (HTTP %1): %2")
                          .arg(status)
                          .arg(message.isEmpty() ? reply->errorString() : message));
}

QNetworkRequest RemoteMonitor::networkRequest(const RemoteRequest &request) const
{
    QNetworkRequest network(request.url);
    network.setRawHeader("Accept", "application/json");
    if (!m_key.isEmpty()) {
        const auto [name, value] = m_client->authHeader(m_key);
        network.setRawHeader(name, value);
    }
    if (!request.body.isEmpty())
        network.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    network.setTransferTimeout(m_timing.requestTimeoutMs);
    return network;
}

void RemoteMonitor::poll()
{
    if (m_finished || m_waitingForKey || m_reply)
        return;
    m_cycleState.reset();
    m_cycleError.clear();
    m_cycleChanged = false;
    send(m_client->beginCycle());
}

void RemoteMonitor::send(const RemoteRequest &request)
{
    QNetworkReply *reply =
        request.verb == "GET"
            ? m_network.get(networkRequest(request))
            : m_network.sendCustomRequest(networkRequest(request), request.verb, request.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replied(reply); });
}

void RemoteMonitor::replied(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply.clear();
    if (m_finished)
        return;
    const QString url = reply->url().toString(QUrl::RemoveUserInfo);
    const QVariant statusValue = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    // A response that hangs (before or after its headers) is cut by the transfer timeout.
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError) {
        failCycle(
            tr("No answer from %1 within %2 s.").arg(url).arg(m_timing.requestTimeoutMs / 1000.0));
        return;
    }
    if (!statusValue.isValid()) {
        failCycle(tr("%1: %2").arg(url, reply->errorString()));
        return;
    }
    const int status = statusValue.toInt();
    const QJsonObject errorBody = QJsonDocument::fromJson(body).object();
    QString message = RemoteProviders::errorMessage(errorBody);
    if (message.isEmpty())
        message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 401 || status == 402 || status == 403) {
        m_waitingForKey = true;
        log(u"error"_s, tr("The service refused the request (HTTP %1: %2). Monitoring stops until "
                           "the API key is fixed.")
                            .arg(status)
                            .arg(message));
        Q_EMIT keyRejected(tr("HTTP %1: %2").arg(status).arg(message));
        return;
    }
    if (status >= 300 && status < 400) {
        const QString location =
            reply->header(QNetworkRequest::LocationHeader).toUrl().toString(QUrl::RemoveUserInfo);
        refused(tr("%1 redirects to %2 (HTTP %3); the API key is sent to the base URL only, so "
                   "redirects are not followed.")
                    .arg(url, location.isEmpty() ? tr("nowhere") : location)
                    .arg(status));
        return;
    }
    if (status == 400 || status == 422) {
        refused(tr("The service rejected the request to %1 (HTTP %2: %3).")
                    .arg(url)
                    .arg(status)
                    .arg(message));
        return;
    }
    if (status == 404 && m_client->optionalRequest()) {
        if (message.contains(u"expired"_s, Qt::CaseInsensitive)) {
            // The job is gone before its failed pages could be read (the status answered just
            // before): what was stored stays, the failed pages not read yet are lost.
            log(u"warning"_s, tr("The service forgot the job before its failed pages could be "
                                 "read (%1: HTTP 404, %2); the %3 pages stored are kept.")
                                  .arg(url, message)
                                  .arg(m_nextIndex));
            finish(JobState::Expired, message);
            return;
        }
        const QString note =
            tr("%1 does not exist on this server (HTTP 404); read as empty.")
                .arg(reply->url().adjusted(QUrl::RemoveQuery).toString(QUrl::RemoveUserInfo));
        if (!m_notes.contains(note)) {
            m_notes.insert(note);
            log(u"warning"_s, note);
        }
        readAnswer({});
        return;
    }
    if (status == 404) {
        if (message.isEmpty())
            message = tr("Job not found");
        // A job seen before (or one the service says expired) has been forgotten: its pages stay.
        if (m_state == JobState::Queued && !message.contains(u"expired"_s, Qt::CaseInsensitive)) {
            log(u"error"_s,
                tr("The service does not know job %1: %2").arg(m_client->remoteId(), message));
            finish(JobState::Failed, message);
        } else {
            log(u"warning"_s, tr("The service no longer has the job (HTTP 404: %1); the %2 pages "
                                 "stored are kept.")
                                  .arg(message)
                                  .arg(m_nextIndex));
            finish(JobState::Expired, message);
        }
        return;
    }
    if (status == 429) {
        const std::optional<qint64> wait = retryAfterMs(reply->rawHeader("Retry-After"));
        const qint64 delay = wait ? std::min<qint64>(*wait, m_timing.maxRetryAfterMs)
                                  : std::min(m_intervalMs * 2, m_timing.maxIntervalMs);
        log(u"warning"_s, tr("Rate limited (HTTP 429: %1); asking again in %2 s.")
                              .arg(message)
                              .arg(delay / 1000.0));
        schedule(int(std::max<qint64>(delay, m_timing.minIntervalMs)));
        return;
    }
    if (status < 200 || status >= 300) {
        failCycle(tr("HTTP %1 from %2: %3").arg(status).arg(url, message));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        failCycle(tr("The answer from %1 was cut off: %2").arg(url, reply->errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        failCycle(parseError.error != QJsonParseError::NoError
                      ? tr("The answer from %1 is not valid JSON: %2 at byte %3 of %4.")
                            .arg(url, parseError.errorString())
                            .arg(parseError.offset)
                            .arg(body.size())
                      : tr("The answer from %1 is not a JSON object.").arg(url));
        return;
    }
    readAnswer(document.object());
}

void RemoteMonitor::readAnswer(const QJsonObject &answer)
{
    RemoteUpdate update;
    const std::optional<RemoteRequest> next = m_client->read(answer, &update);
    apply(update);
    if (m_finished)
        return;
    if (next)
        send(*next);
    else
        endCycle();
}

void RemoteMonitor::apply(const RemoteUpdate &update)
{
    for (const QString &note : update.notes) {
        if (!m_notes.contains(note)) {
            m_notes.insert(note);
            log(u"warning"_s, note);
        }
    }
    const qint64 before = m_pagesStored;
    const bool first = m_nextIndex == 0;
    for (const RemoteProblem &problem : update.problems) {
        log(u"warning"_s, tr("Part of the answer could not be read: %1").arg(problem.reason));
        if (problem.url.isEmpty() || m_seen.contains(problem.url))
            continue;
        PageRecord page;
        page.url = problem.url;
        page.state = PageState::Failed;
        page.error = PageError::Network;
        page.errorMessage =
            tr("The service's answer for this page could not be read: %1").arg(problem.reason);
        storePage(page);
    }
    for (const PageRecord &page : update.pages)
        storePage(page);
    if (m_pagesStored > before) {
        m_cycleChanged = true;
        Q_EMIT pagesAdded(m_pagesStored - before);
    }
    if (update.state) {
        m_cycleState = update.state;
        m_cycleError = update.jobError;
    }
    // The crawled site: as the answer names it, else the first page stored.
    QString startUrl = update.startUrl;
    if (startUrl.isEmpty() && first && m_nextIndex > 0 && !update.pages.isEmpty())
        startUrl = update.pages.constFirst().url;
    if (update.state && (update.extra != m_extra || startUrl != m_startUrl)) {
        if (update.extra != m_extra)
            m_cycleChanged = true;
        m_extra = update.extra;
        if (!startUrl.isEmpty())
            m_startUrl = startUrl;
        QString error;
        if (!RemoteJobRow::updateExtra(m_store, m_jobId, m_extra, startUrl, &error))
            log(u"warning"_s, error);
    }
}

void RemoteMonitor::storePage(PageRecord page)
{
    const QString key = page.url;
    if (key.isEmpty() || m_seen.contains(key))
        return;
    m_seen.insert(key);
    page.jobId = m_jobId;
    page.index = m_nextIndex++;
    // A failed page always has a code (Spidra, for one, sends only a message).
    if (page.state != PageState::Completed && page.error == PageError::None) {
        page.error = PageErrors::fromHttpStatus(page.httpStatus);
        if (page.error == PageError::None)
            page.error = PageError::Network;
    }
    if (!page.fetchedAt.isValid())
        page.fetchedAt = QDateTime::currentDateTimeUtc();
    m_writer.addFrontier(m_jobId, {FrontierEntry{page.url, key, page.parentUrl, page.depth, 0}});
    m_writer.storePage(page, key);
    ++m_pagesStored;
}

void RemoteMonitor::endCycle()
{
    m_failures = 0;
    m_refusals = 0;
    if (m_cycleState) {
        JobState state = *m_cycleState;
        // Firecrawl v0 reports a cancelled job as failed.
        if (m_cancelRequested && state == JobState::Failed)
            state = JobState::Cancelled;
        if (JobStates::isTerminal(state) && m_client->collectedEverything()) {
            finish(state, m_cycleError);
            return;
        }
        if (!JobStates::isTerminal(state) && state != m_state) {
            setState(state);
            m_cycleChanged = true;
        }
    }
    if (m_cancelRequested) {
        finish(JobState::Cancelled, {});
        return;
    }
    m_intervalMs = m_cycleChanged ? m_timing.minIntervalMs
                                  : std::min(m_intervalMs * 2, m_timing.maxIntervalMs);
    schedule(m_intervalMs);
}

void RemoteMonitor::failCycle(const QString &message)
{
    ++m_failures;
    log(u"warning"_s, message);
    m_intervalMs =
        std::min(std::max(m_intervalMs, m_timing.minIntervalMs) * 2, m_timing.maxIntervalMs);
    schedule(m_intervalMs);
}

void RemoteMonitor::refused(const QString &message)
{
    if (++m_refusals < m_timing.maxRefusals) {
        failCycle(message);
        return;
    }
    const QString reason =
        tr("Monitoring stopped: %1 Check the base URL (%2), then monitor the job again; the %3 "
           "pages stored are kept.")
            .arg(message, m_client->baseUrl().toString(QUrl::RemoveUserInfo))
            .arg(m_nextIndex);
    log(u"error"_s, reason);
    QString error;
    if (!RemoteJobRow::setTrawlField(m_store, m_jobId, RemoteJobRow::monitorStoppedField, reason,
                                     &error))
        log(u"warning"_s, error);
    finish(JobState::Failed, reason);
}

void RemoteMonitor::beat()
{
    m_writer.setHeartbeat(m_jobId, QCoreApplication::applicationPid());
}

void RemoteMonitor::schedule(int delayMs)
{
    if (m_finished || m_waitingForKey)
        return;
    m_timer.start(std::max(0, delayMs));
    Q_EMIT scheduled(std::max(0, delayMs));
}

void RemoteMonitor::setState(JobState state, const QString &error)
{
    if (state == m_state)
        return;
    m_state = state;
    m_writer.setJobState(m_jobId, state, error);
    Q_EMIT stateChanged(state);
}

void RemoteMonitor::finish(JobState state, const QString &error)
{
    m_timer.stop();
    m_heartbeat.stop();
    // A job seen only as queued passes through running, as a local one does.
    if (m_state == JobState::Queued && state != JobState::Failed && state != JobState::Cancelled)
        setState(JobState::Running);
    setState(state, error);
    m_finished = true;
    log(u"info"_s, tr("The job ended %1 with %2 pages stored by this monitor.")
                       .arg(JobStates::toString(state))
                       .arg(m_pagesStored));
    m_writer.setHeartbeat(m_jobId, 0);
    m_writer.flush();
    Q_EMIT finished(state);
}

void RemoteMonitor::log(const QString &level, QString message)
{
    // An error body could echo what was sent: the key never reaches the log.
    if (!m_key.isEmpty())
        message.replace(m_key, u"[API key]"_s);
    m_writer.appendLog(m_jobId, level, message);
    Q_EMIT logged(level, message);
}
