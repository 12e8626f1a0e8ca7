// SPDX-License-Identifier: GPL-3.0-or-later
// The window's requests beyond itself, through AppServices as app/main.cpp builds it: a job on a
// hosted API followed from "Monitor remote job" and cancelled with the window's Cancel, a crawl
// started on a hosted API from the New crawl dialog's request, a refused key asked for again
// (the job waiting for it in the list), keys stored for a service used without retyping, and the
// local API server switched on from its dialog with a token kept like an API key.
#include "crawl/crawlrunner.h"
#include "remote/remotejobs.h"
#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/fakeproviders.h"
#include "support/testhttpserver.h"
#include "ui/appservices.h"
#include "ui/appsettings.h"
#include "ui/joblistmodel.h"
#include "ui/mainwindow.h"
#include "ui/newcrawldialog.h"
#include "ui/remotejobdialog.h"
#include "ui/serverdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString apiKey = u"fc-window-test-key"_s;

struct Window
{
    explicit Window(const QString &dir)
        : store(dir + u"/jobs.sqlite"_s)
        , writer(dir + u"/jobs.sqlite"_s)
        , runner(dir + u"/jobs.sqlite"_s, &writer)
        , settings(dir + u"/trawl.ini"_s)
        , window(&store, &writer, &runner, &settings)
        , services(&window, &store, &writer, &runner, SecretStore::Backend::MemoryOnly)
    {}
    bool open()
    {
        QString error;
        return store.open(&error) && writer.start(&error);
    }
    JobStore store;
    StoreWriter writer;
    CrawlRunner runner;
    AppSettings settings;
    MainWindow window;
    AppServices services;
};

// What the jobs list shows for `jobId` in `column` (`role`).
QString listed(MainWindow &window, const QString &jobId, int column, int role = Qt::DisplayRole)
{
    JobListModel *model = window.jobListModel();
    return model->index(model->rowOf(jobId), column).data(role).toString();
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// One request to the local API: its status and JSON body.
std::pair<int, QJsonObject> apiCall(const QUrl &base, const QString &token, const QString &path,
                                    const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString() + path));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply =
        body.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

// The Local API Server dialog, opened from the window's action.
ServerDialog *openServerDialog(MainWindow &window)
{
    window.findChild<QAction *>(u"actionLocalApi"_s)->trigger();
    ServerDialog *dialog = nullptr;
    QDeadlineTimer deadline(10000);
    while (!(dialog = window.findChild<ServerDialog *>()) && !deadline.hasExpired())
        QTest::qWait(20);
    return dialog;
}

} // namespace

class TestAppServices final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshDir()
    {
        const QString path = m_dir.filePath(QString::number(++m_counter));
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void monitorAndCancelFromTheWindow()
    {
        FakeProviders providers(apiKey);
        QVERIFY(providers.listen());
        FakeJob fake;
        fake.provider = u"firecrawl-v1"_s;
        fake.id = u"remote-job-1"_s;
        fake.pages = FakeProviders::samplePages(40, 7);
        fake.pagesPerRequest = 1;
        providers.addJob(fake);

        Window w(freshDir());
        QVERIFY(w.open());
        w.window.show();
        w.window.findChild<QAction *>(u"actionMonitorRemote"_s)->trigger();
        RemoteJobDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<RemoteJobDialog *>()));
        auto *provider = dialog->findChild<QComboBox *>(u"provider"_s);
        provider->setCurrentIndex(provider->findData(u"firecrawl-v1"_s));
        dialog->findChild<QLineEdit *>(u"baseUrl"_s)
            ->setText(providers.baseUrl(u"firecrawl-v1"_s).toString());
        dialog->findChild<QLineEdit *>(u"jobId"_s)->setText(fake.id);
        dialog->findChild<QLineEdit *>(u"apiKey"_s)->setText(apiKey);
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u' ')));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        // The job joins the list, selected, with the provider's id, and pages arrive.
        QTRY_COMPARE(w.store.jobs().size(), 1);
        const JobInfo job = w.store.jobs().constFirst();
        QCOMPARE(job.provider, u"firecrawl-v1"_s);
        QCOMPARE(job.remoteId, fake.id);
        QCOMPARE(w.window.selectedJobId(), job.id);
        QTRY_VERIFY_WITH_TIMEOUT(w.store.pageCount(job.id) >= 1, 20000);

        // Cancel in the window reaches the service (its DELETE) and ends the job cancelled.
        auto *cancel = w.window.findChild<QAction *>(u"actionCancel"_s);
        QTRY_VERIFY(cancel->isEnabled());
        cancel->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(providers.job(fake.id)->cancelled, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(w.store.job(job.id)->state, JobState::Cancelled, 20000);
    }

    void remoteCrawlFromTheDialogsRequest()
    {
        FakeProviders providers(apiKey);
        QVERIFY(providers.listen());
        providers.setStartedPages(FakeProviders::samplePages(3));
        Window w(freshDir());
        QVERIFY(w.open());
        const QJsonObject body{{u"url"_s, u"https://example.com/"_s}, {u"limit"_s, 3}};
        Q_EMIT w.window.remoteCrawlRequested(
            u"firecrawl-v1"_s, providers.baseUrl(u"firecrawl-v1"_s).toString(), apiKey, body);
        QTRY_COMPARE_WITH_TIMEOUT(w.store.jobs().size(), 1, 10000);
        const JobInfo job = w.store.jobs().constFirst();
        QCOMPARE(job.provider, u"firecrawl-v1"_s);
        QVERIFY(!job.remoteId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(w.store.job(job.id)->state, JobState::Completed, 30000);
        QCOMPARE(w.store.pageCount(job.id), 3);
    }

    void refusedKeyAskedForAgain()
    {
        FakeProviders providers(apiKey);
        QVERIFY(providers.listen());
        FakeJob fake;
        fake.provider = u"firecrawl-v1"_s;
        fake.id = u"refused-key"_s;
        fake.pages = FakeProviders::samplePages(5, 3);
        fake.pagesPerRequest = 5;
        fake.queuedRequests = 0;
        providers.addJob(fake);
        const QUrl base = providers.baseUrl(fake.provider);
        const QString keyName = SecretStore::keyName(fake.provider, base);

        Window w(freshDir());
        QVERIFY(w.open());
        w.window.show();
        w.window.findChild<QAction *>(u"actionMonitorRemote"_s)->trigger();
        RemoteJobDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<RemoteJobDialog *>()));
        auto *provider = dialog->findChild<QComboBox *>(u"provider"_s);
        provider->setCurrentIndex(provider->findData(fake.provider));
        dialog->findChild<QLineEdit *>(u"baseUrl"_s)->setText(base.toString());
        dialog->findChild<QLineEdit *>(u"jobId"_s)->setText(fake.id);
        dialog->findChild<QLineEdit *>(u"apiKey"_s)->setText(u"fc-mistyped"_s);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(w.store.jobs().size(), 1);
        const QString jobId = w.store.jobs().constFirst().id;

        // The service's answer reaches the user, who is asked for the key again...
        QInputDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((ask = w.window.findChild<QInputDialog *>(u"apiKeyNeeded"_s))
                                     && ask->isVisible(),
                                 10000);
        QCOMPARE(ask->property("jobId").toString(), jobId);
        QVERIFY2(ask->labelText().contains(u"HTTP 401: Unauthorized: Invalid token"_s),
                 qPrintable(ask->labelText()));
        QVERIFY(ask->labelText().contains(RemoteJobDialog::keyNote(*w.services.secrets())));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        // ...the list shows the job waiting for it, with the reason...
        QTRY_COMPARE(listed(w.window, jobId, JobListModel::StateColumn), u"Waiting for API key"_s);
        QCOMPARE(listed(w.window, jobId, JobListModel::StateColumn, Qt::ToolTipRole),
                 u"HTTP 401: Unauthorized: Invalid token"_s);
        // ...and the refused key is not kept.
        QCOMPARE(w.services.secrets()->cached(keyName), std::nullopt);
        QCOMPARE(w.store.pageCount(jobId), 0);

        // The right key resumes the job, and is kept.
        ask->setTextValue(apiKey);
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(w.store.job(jobId)->state, JobState::Completed, 20000);
        QCOMPARE(w.store.pageCount(jobId), 5);
        QCOMPARE(w.services.secrets()->cached(keyName), std::optional<QString>(apiKey));
        QTRY_COMPARE(listed(w.window, jobId, JobListModel::StateColumn),
                     JobStates::displayName(JobState::Completed));
    }

    void storedKeysAreNotRetyped()
    {
        FakeProviders providers(apiKey);
        QVERIFY(providers.listen());
        providers.setStartedPages(FakeProviders::samplePages(3));
        FakeJob fake;
        fake.provider = u"firecrawl-v1"_s;
        fake.id = u"with-stored-key"_s;
        fake.pages = FakeProviders::samplePages(4);
        fake.pagesPerRequest = 4;
        providers.addJob(fake);
        const QUrl base = providers.baseUrl(fake.provider);
        Window w(freshDir());
        QVERIFY(w.open());
        w.window.show();
        SecretStore *secrets = w.services.secrets();
        QTRY_VERIFY(secrets->isReady());
        // A key given in an earlier session (kept in the keychain).
        secrets->store(SecretStore::keyName(fake.provider, base), apiKey);

        // The New crawl dialog: the note is the secret store's own (session-only here, not a
        // promise that keys never reach the disk), and the stored key is used, not shown.
        NewCrawlDialog *crawl = w.window.newCrawl({u"https://example.com/"_s});
        auto *runOn = crawl->findChild<QComboBox *>(u"runOn"_s);
        runOn->setCurrentIndex(runOn->findData(u"firecrawl-v1"_s));
        auto *baseUrl = crawl->findChild<QLineEdit *>(u"baseUrl"_s);
        auto *key = crawl->findChild<QLineEdit *>(u"apiKey"_s);
        auto *note = crawl->findChild<QLabel *>(u"apiKeyNote"_s);
        baseUrl->setText(base.toString());
        QTRY_COMPARE(crawl->apiKey(), apiKey);
        QVERIFY(key->text().isEmpty());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(key->placeholderText(), u"Stored key"_s);
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), RemoteJobDialog::keyNote(*secrets, true));
        QVERIFY(note->text().contains(u"only for this session"_s));
        // Another address has no stored key; Spidra needs one.
        baseUrl->setText(u"https://firecrawl.internal.example"_s);
        QTRY_VERIFY(crawl->apiKey().isEmpty());
        QCOMPARE(note->text(), RemoteJobDialog::keyNote(*secrets, false));
        runOn->setCurrentIndex(runOn->findData(u"spidra"_s));
        QTRY_VERIFY(crawl->problems().join(u' ').contains(u"needs an API key"_s));
        runOn->setCurrentIndex(runOn->findData(u"firecrawl-v1"_s));
        baseUrl->setText(base.toString());
        QTRY_COMPARE(crawl->apiKey(), apiKey);
        // Started with the stored key, the crawl runs on the service.
        crawl->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.store.jobs().size(), 1, 10000);
        const QString started = w.store.jobs().constFirst().id;
        QTRY_COMPARE_WITH_TIMEOUT(w.store.job(started)->state, JobState::Completed, 20000);
        QCOMPARE(w.store.pageCount(started), 3);

        // "Monitor remote job": the same.
        w.window.findChild<QAction *>(u"actionMonitorRemote"_s)->trigger();
        RemoteJobDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<RemoteJobDialog *>()));
        auto *provider = dialog->findChild<QComboBox *>(u"provider"_s);
        provider->setCurrentIndex(provider->findData(fake.provider));
        dialog->findChild<QLineEdit *>(u"baseUrl"_s)->setText(base.toString());
        dialog->findChild<QLineEdit *>(u"jobId"_s)->setText(fake.id);
        QTRY_VERIFY(dialog->usesStoredKey());
        QCOMPARE(dialog->apiKey(), apiKey);
        QVERIFY(dialog->findChild<QLineEdit *>(u"apiKey"_s)->text().isEmpty());
        QCOMPARE(dialog->findChild<QLabel *>(u"keyNote"_s)->text(),
                 RemoteJobDialog::keyNote(*secrets, true));
        QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().join(u' ')));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.store.jobs().size(), 2, 10000);
        QString monitored;
        for (const JobInfo &job : w.store.jobs()) {
            if (job.remoteId == fake.id)
                monitored = job.id;
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.store.job(monitored)->state, JobState::Completed, 20000);
        QCOMPARE(w.store.pageCount(monitored), 4);
    }

    void localApiFromItsDialog()
    {
        Window w(freshDir());
        QVERIFY(w.open());
        w.window.show();
        w.window.findChild<QAction *>(u"actionLocalApi"_s)->trigger();
        ServerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.window.findChild<ServerDialog *>()));
        const QString token = dialog->token();
        QVERIFY(token.startsWith(u"fc-"_s));
        // The token is kept like an API key (here: the session's memory), for the next opening.
        QCOMPARE(w.services.secrets()->cached(u"local-api-token"_s).value_or(QString()), token);

        dialog->findChild<QSpinBox *>()->setValue(freePort());
        dialog->findChild<QCheckBox *>()->setChecked(true);
        QTRY_VERIFY(w.services.localApi()->isListening());

        QNetworkAccessManager network;
        auto get = [&](const QString &bearer) {
            QNetworkRequest request(
                w.services.localApi()->baseUrl().resolved(QUrl(u"/v1/crawl/ongoing"_s)));
            if (!bearer.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
            QNetworkReply *reply = network.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(get(token), 200);
        QCOMPARE(get(u"fc-wrong"_s), 401);

        // Reopened, the dialog shows the same token.
        dialog->close();
        QTRY_VERIFY(!w.window.findChild<ServerDialog *>());
        w.window.findChild<QAction *>(u"actionLocalApi"_s)->trigger();
        QTRY_VERIFY((dialog = w.window.findChild<ServerDialog *>()));
        QCOMPARE(dialog->token(), token);
    }

    void localApiSwitchRemembered()
    {
        const QString dir = freshDir();
        const int port = freePort();
        {
            Window w(dir);
            QVERIFY(w.open());
            w.services.restoreLocalApi(&w.settings);
            QVERIFY(!w.services.localApi()->isListening()); // off until switched on
            ServerDialog *dialog = openServerDialog(w.window);
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>()->setValue(port);
            dialog->findChild<QCheckBox *>()->setChecked(true);
            QVERIFY(w.services.localApi()->isListening());
            QVERIFY(w.settings.localApiEnabled());
            QCOMPARE(w.settings.localApiPort(), port);
        }
        {
            // The next launch: on again, on that port, with the token kept as an API key.
            Window w(dir);
            QVERIFY(w.open());
            w.services.restoreLocalApi(&w.settings);
            QTRY_VERIFY(w.services.localApi()->isListening());
            QCOMPARE(w.services.localApi()->baseUrl().port(), port);
            const QString token =
                w.services.secrets()->cached(LocalApiServer::tokenSecretName()).value_or(QString());
            QVERIFY(token.startsWith(u"fc-"_s));
            QCOMPARE(apiCall(w.services.localApi()->baseUrl(), token, u"/v1/crawl/ongoing"_s).first,
                     200);
            // Switched off in its dialog, it stays off at the next launch.
            ServerDialog *dialog = openServerDialog(w.window);
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QCheckBox *>()->isChecked());
            dialog->findChild<QCheckBox *>()->setChecked(false);
            QVERIFY(!w.settings.localApiEnabled());
        }
        Window w(dir);
        QVERIFY(w.open());
        w.services.restoreLocalApi(&w.settings);
        QTest::qWait(200);
        QVERIFY(!w.services.localApi()->isListening());
    }

    void localApiPortTaken()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        Window w(freshDir());
        QVERIFY(w.open());
        w.settings.setLocalApi(true, taken.serverPort());
        w.window.show();
        // At launch: not started, and the user is told why.
        w.services.restoreLocalApi(&w.settings);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = w.window.findChild<QMessageBox *>()));
        QVERIFY2(box->text().contains(u"already in use"_s)
                     && box->text().contains(QString::number(taken.serverPort())),
                 qPrintable(box->text()));
        QVERIFY(!w.services.localApi()->isListening());
        box->close();

        // The dialog offers another port, and takes it.
        ServerDialog *dialog = openServerDialog(w.window);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QSpinBox *>()->value(), int(taken.serverPort()));
        auto *other = dialog->findChild<QPushButton *>(u"otherPort"_s);
        QVERIFY(other && other->isHidden());
        dialog->findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(!w.services.localApi()->isListening());
        QVERIFY(!other->isHidden());
        const QString offer = other->text();
        other->click();
        QVERIFY(w.services.localApi()->isListening());
        QVERIFY(w.services.localApi()->baseUrl().port() != taken.serverPort());
        QVERIFY2(offer.contains(QString::number(w.services.localApi()->baseUrl().port())),
                 qPrintable(offer));
        QCOMPARE(w.settings.localApiPort(), w.services.localApi()->baseUrl().port());
        QVERIFY(other->isHidden());
    }

    void apiScrapesHiddenFromTheJobList()
    {
        TestHttpServer site;
        site.addPage("/", "<html><head><title>Scraped</title></head><body>hello</body></html>");
        QVERIFY(site.listen());
        Window w(freshDir());
        QVERIFY(w.open());
        w.window.show();
        LocalApiOptions options;
        options.port = 0;
        options.token = u"fc-scrapes"_s;
        QString error;
        QVERIFY2(w.services.localApi()->start(options, &error), qPrintable(error));
        const QUrl base = w.services.localApi()->baseUrl();
        const auto scraped =
            apiCall(base, options.token, u"/v1/scrape"_s, {{u"url"_s, site.url().toString()}});
        QCOMPARE(scraped.first, 200);
        const auto crawl = apiCall(base, options.token, u"/v1/crawl"_s,
                                   {{u"url"_s, site.url().toString()}, {u"limit"_s, 1}});
        QCOMPARE(crawl.first, 200);
        QTRY_COMPARE(w.store.jobs().size(), 2); // both stored: the API answers from the store
        w.window.refresh();
        // Only the crawl is listed.
        QTRY_COMPARE(w.window.jobListModel()->rowCount(), 1);
        QCOMPARE(w.window.jobListModel()->job(0).id, crawl.second.value(u"id"_s).toString());
        auto *show = w.window.findChild<QAction *>(u"actionShowApiScrapes"_s);
        QVERIFY(show && show->isCheckable() && !show->isChecked());
        show->trigger();
        QCOMPARE(w.window.jobListModel()->rowCount(), 2);
        QVERIFY(w.settings.showApiScrapes());
        show->trigger();
        QCOMPARE(w.window.jobListModel()->rowCount(), 1);
    }

    void windowHasTrawlsIcon()
    {
        Window w(freshDir());
        QVERIFY(w.open());
        const QIcon icon = w.window.windowIcon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(48, 48).toImage();
        QVERIFY(!image.isNull());
        // Drawn, not an empty pixmap.
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 0;
        }
        QVERIFY(opaque > image.width() * image.height() / 4);
    }
};

QTEST_MAIN(TestAppServices)
#include "tst_appservices.moc"
