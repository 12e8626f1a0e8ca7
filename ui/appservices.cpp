// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appservices.h"

#include "model/crawlrequest.h"
#include "remote/remotejobs.h"
#include "samplesite/samplecrawl.h"
#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "ui/appsettings.h"
#include "ui/jobcontroller.h"
#include "ui/mainwindow.h"
#include "ui/remotejobdialog.h"
#include "ui/serverdialog.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
// The local API's bearer token is kept like an API key, under the name `trawl serve` uses too.
const QString localApiTokenName = LocalApiServer::tokenSecretName();
} // namespace

AppServices::AppServices(MainWindow *window, JobStore *store, StoreWriter *writer,
                         CrawlRunner *runner, SecretStore::Backend secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(store)
    , m_runner(runner)
    , m_sampleCrawl(new SampleCrawl(this))
    , m_secrets(new SecretStore(u"trawl"_s, secrets, this))
    , m_remoteJobs(new RemoteJobs(*store, *writer, *m_secrets, {}, this))
    , m_localApi(new LocalApiServer(store->path(), writer, runner, this))
{
    window->controller()->setRemoteJobs(m_remoteJobs);
    window->setSecretStore(m_secrets);
    // A sample job of an earlier session goes on with its site served where its URLs point.
    window->controller()->setPreparation(
        [this](const JobInfo &job, QString *error) { return m_sampleCrawl->serve(job, error); });
    connect(window, &MainWindow::sampleCrawlRequested, this, &AppServices::startSampleCrawl);
    connect(window, &MainWindow::monitorRemoteJobRequested, this, &AppServices::monitorRemoteJob);
    connect(window, &MainWindow::remoteCrawlRequested, this, &AppServices::startRemoteCrawl);
    connect(window, &MainWindow::localApiRequested, this, &AppServices::showLocalApi);

    connect(m_remoteJobs, &RemoteJobs::jobCreated, this, &AppServices::showJob);
    connect(m_remoteJobs, &RemoteJobs::startFailed, this, [this](const QString &message) {
        warn(tr("Remote crawl"), tr("The crawl could not be started: %1").arg(message));
    });
    connect(m_remoteJobs, &RemoteJobs::monitorStarted, m_window, &MainWindow::refresh);
    connect(m_remoteJobs, &RemoteJobs::jobFinished, m_window, &MainWindow::refresh);
    connect(m_remoteJobs, &RemoteJobs::keyNeeded, this, [this](const QString &jobId) {
        m_window->refresh();
        askForKey(jobId);
    });
    connect(m_remoteJobs, &RemoteJobs::keyRejected, this,
            [this](const QString &jobId, const QString &message) {
                m_window->refresh();
                askForKey(jobId, message);
            });
    connect(m_localApi, &LocalApiServer::jobStarted, m_window, &MainWindow::refresh);

    // Remote jobs that were being followed when the application last closed go on as soon as
    // the keychain has answered (their keys are there, or asked for).
    connect(m_secrets, &SecretStore::ready, this, [this](bool persistent) {
        if (!persistent)
            m_window->statusBar()->showMessage(
                tr("No system keychain answered: API keys are kept for this session only."), 10000);
        m_remoteJobs->resumeAll();
    });
    connect(m_secrets, &SecretStore::storeFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(
            tr("The key could not be saved in the keychain (%1); it is kept for this session "
               "only.")
                .arg(message),
            10000);
    });
    m_secrets->probe();
}

AppServices::~AppServices() = default;

QString AppServices::startSampleCrawl()
{
    QString error;
    const QString jobId = m_sampleCrawl->start(*m_store, *m_runner, &error);
    if (jobId.isEmpty()) {
        warn(tr("Sample crawl"), tr("The sample crawl cannot start: %1").arg(error));
        return {};
    }
    showJob(jobId);
    return jobId;
}

void AppServices::monitorRemoteJob()
{
    auto *dialog = new RemoteJobDialog(*m_secrets, m_window->settings(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        const auto jobId = m_remoteJobs->monitor(dialog->provider(), dialog->baseUrl(),
                                                 dialog->remoteId(), dialog->apiKey(), &error);
        if (!jobId) {
            warn(tr("Monitor remote job"), error);
            return;
        }
        showJob(*jobId);
    });
    dialog->open();
}

void AppServices::startRemoteCrawl(const QString &provider, const QString &baseUrl,
                                   const QString &apiKey, const QJsonObject &firecrawlBody)
{
    QString error;
    const auto options = CrawlRequest::fromJson(firecrawlBody, &error);
    if (!options) {
        warn(tr("Remote crawl"), error);
        return;
    }
    m_remoteJobs->start(provider, QUrl(baseUrl), *options, apiKey);
    m_window->statusBar()->showMessage(tr("Starting the crawl on %1…").arg(provider), 5000);
}

void AppServices::whenSecretsReady(std::function<void()> then)
{
    if (m_secrets->isReady())
        return then();
    auto *once = new QObject(this);
    connect(m_secrets, &SecretStore::ready, once, [once, then = std::move(then)] {
        once->deleteLater();
        then();
    });
}

void AppServices::showLocalApi()
{
    // The token of an earlier session comes from the keychain; a first one is generated by the
    // dialog and kept from then on.
    whenSecretsReady([this] {
        m_secrets->fetch(localApiTokenName, this, [this](const std::optional<QString> &token) {
            auto *dialog = new ServerDialog(m_localApi, token.value_or(QString()), m_window);
            dialog->setObjectName(u"localApiDialog"_s);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (dialog->token() != token.value_or(QString()))
                m_secrets->store(localApiTokenName, dialog->token());
            connect(dialog, &ServerDialog::tokenChanged, this, [this](const QString &newToken) {
                m_secrets->store(localApiTokenName, newToken);
            });
            if (m_settings) {
                dialog->setPort(m_settings->localApiPort());
                connect(dialog, &ServerDialog::switched, this,
                        [this](bool running, int port) { m_settings->setLocalApi(running, port); });
            }
            dialog->show();
        });
    });
}

void AppServices::restoreLocalApi(AppSettings *settings)
{
    m_settings = settings;
    if (!settings->localApiEnabled() || m_localApi->isListening())
        return;
    whenSecretsReady([this] {
        m_secrets->fetch(localApiTokenName, this, [this](const std::optional<QString> &kept) {
            LocalApiOptions options;
            if (m_settings->localApiPort() > 0)
                options.port = quint16(m_settings->localApiPort());
            options.token = kept.value_or(QString());
            if (options.token.isEmpty()) {
                options.token = LocalApiServer::generateToken();
                m_secrets->store(localApiTokenName, options.token);
            }
            QString error;
            if (!m_localApi->start(options, &error)) {
                warn(tr("Local API server"),
                     tr("The local API server was on when Trawl last closed, but it cannot start "
                        "again: %1\n\nChoose another port in File → Local API Server.")
                         .arg(error));
                return;
            }
            m_window->statusBar()->showMessage(
                tr("Local API server listening on %1.").arg(m_localApi->baseUrl().toString()),
                10000);
        });
    });
}

void AppServices::showJob(const QString &jobId)
{
    m_window->refresh();
    m_window->selectJob(jobId);
}

void AppServices::askForKey(const QString &jobId, const QString &refusal)
{
    const auto job = m_store->job(jobId);
    if (!job)
        return;
    QString text = tr("Trawl needs the %1 API key to go on following job %2 (%3).")
                       .arg(job->provider, job->remoteId, job->startUrl);
    if (!refusal.isEmpty())
        text += u"\n\n"_s + tr("The service refused the key: %1").arg(refusal);
    text += u"\n\n"_s + RemoteJobDialog::keyNote(*m_secrets);
    // One question per job: a second refusal updates the open one.
    QInputDialog *dialog = m_keyDialogs.value(jobId);
    if (!dialog) {
        dialog = new QInputDialog(m_window);
        dialog->setObjectName(u"apiKeyNeeded"_s);
        dialog->setProperty("jobId", jobId);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("API key needed"));
        dialog->setTextEchoMode(QLineEdit::Password);
        connect(dialog, &QInputDialog::textValueSelected, this, [this, jobId](const QString &key) {
            if (!key.trimmed().isEmpty())
                m_remoteJobs->setKey(jobId, key.trimmed());
            m_window->refresh();
        });
        m_keyDialogs.insert(jobId, dialog);
    }
    dialog->setLabelText(text);
    dialog->open();
}

void AppServices::warn(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
