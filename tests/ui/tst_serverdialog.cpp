// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"
#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/serverdialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerDialog final : public QObject
{
    Q_OBJECT

private:
    // The status of GET /v1/crawl/ongoing with `token`.
    static int ongoingStatus(const QUrl &base, const QString &token)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(base.toString() + u"/v1/crawl/ongoing"_s));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

private Q_SLOTS:
    void switchPortAndToken()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.sqlite"_s);
        JobStore store(path);
        QVERIFY(store.open(nullptr));
        StoreWriter writer(path);
        QVERIFY(writer.start(nullptr));
        CrawlRunner runner(path, &writer);
        LocalApiServer server(path, &writer, &runner);

        // A free port for the dialog to use.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();

        ServerDialog dialog(&server, u"fc-first"_s);
        auto *enabled = dialog.findChild<QCheckBox *>();
        auto *portBox = dialog.findChild<QSpinBox *>();
        const QList<QLineEdit *> edits{dialog.findChild<QLineEdit *>(u"token"_s),
                                       dialog.findChild<QLineEdit *>(u"baseUrl"_s)};
        QVERIFY(enabled && portBox && edits.at(0) && edits.at(1));
        QCOMPARE(edits.at(0)->text(), u"fc-first"_s);
        QVERIFY(!server.isListening());

        portBox->setValue(port);
        enabled->setChecked(true);
        QVERIFY(server.isListening());
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        QCOMPARE(edits.at(1)->text(), url);
        QCOMPARE(ongoingStatus(QUrl(url), u"fc-first"_s), 200);

        // Regenerated: the old token is refused, the new one (also signalled) accepted.
        QSignalSpy changed(&dialog, &ServerDialog::tokenChanged);
        QPushButton *regenerate = nullptr;
        for (auto *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == ServerDialog::tr("&Regenerate"))
                regenerate = button;
        }
        QVERIFY(regenerate);
        regenerate->click();
        QCOMPARE(changed.size(), 1);
        const QString token = changed.at(0).at(0).toString();
        QVERIFY(token.startsWith(u"fc-"_s) && token != u"fc-first"_s);
        QCOMPARE(edits.at(0)->text(), token);
        QCOMPARE(ongoingStatus(QUrl(url), u"fc-first"_s), 401);
        QCOMPARE(ongoingStatus(QUrl(url), token), 200);

        enabled->setChecked(false);
        QVERIFY(!server.isListening());
    }
};

QTEST_MAIN(TestServerDialog)
#include "tst_serverdialog.moc"
