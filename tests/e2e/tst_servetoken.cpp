// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl serve` without --token-env uses the token the window's Local API server dialog keeps in
// the system keychain: made on the first run, the same on the next runs, and read from the same
// place the window reads it (SecretStore, service "trawl"). Without a keychain, a token for the
// run only, saying so. Run as
//   with_secret_service.sh tst_servetoken keptInTheKeychain
//   DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent tst_servetoken withoutKeychain
#include "remote/secretstore.h"
#include "server/localapiserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    QUrl url;
    QString token;
    QString err;
    int ongoingStatus = 0; // GET /v1/crawl/ongoing with the token
};

// One `trawl serve` (no --token-env) until it prints its URL; then one request with the token it
// printed, and the process is stopped.
Run serveOnce(const QString &db)
{
    QProcess process;
    process.start(QStringLiteral(TRAWL_BINARY), {u"serve"_s, u"--port"_s, u"0"_s, u"--db"_s, db});
    Run run;
    if (!process.waitForStarted())
        return run;
    QDeadlineTimer deadline(30000);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(100);
    run.url = QUrl(QString::fromUtf8(process.readLine()).trimmed());
    run.err = QString::fromUtf8(process.readAllStandardError());
    static const QRegularExpression tokenLine(u"^Token: (fc-[0-9a-f]{32}) "_s,
                                              QRegularExpression::MultilineOption);
    run.token = tokenLine.match(run.err).captured(1);
    if (run.url.isValid() && !run.token.isEmpty()) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(run.url.toString() + u"/v1/crawl/ongoing"_s));
        request.setRawHeader("Authorization", "Bearer " + run.token.toUtf8());
        QNetworkReply *reply = network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        run.ongoingStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
    }
    process.terminate();
    process.waitForFinished(30000);
    return run;
}

} // namespace

class TestServeToken final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void keptInTheKeychain()
    {
        const QString db = m_dir.filePath(u"kept.sqlite"_s);
        const Run first = serveOnce(db);
        QVERIFY2(!first.token.isEmpty(), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"new, kept in the system keychain"_s), qPrintable(first.err));
        QCOMPARE(first.ongoingStatus, 200);

        // The next run serves with the same token.
        const Run second = serveOnce(db);
        QCOMPARE(second.token, first.token);
        QVERIFY2(second.err.contains(u"kept in the system keychain"_s)
                     && !second.err.contains(u"new,"_s),
                 qPrintable(second.err));
        QCOMPARE(second.ongoingStatus, 200);

        // Where the window's Local API server dialog reads it.
        SecretStore secrets(u"trawl"_s);
        QSignalSpy ready(&secrets, &SecretStore::ready);
        secrets.probe();
        QVERIFY(ready.wait(10000) || secrets.isReady());
        QVERIFY(secrets.isPersistent());
        std::optional<QString> kept;
        QEventLoop loop;
        secrets.fetch(LocalApiServer::tokenSecretName(), &loop,
                      [&](const std::optional<QString> &value) {
                          kept = value;
                          loop.quit();
                      });
        loop.exec();
        QCOMPARE(kept.value_or(QString()), first.token);
    }

    void withoutKeychain()
    {
        const QString db = m_dir.filePath(u"memory.sqlite"_s);
        const Run first = serveOnce(db);
        QVERIFY2(!first.token.isEmpty(), qPrintable(first.err));
        QVERIFY2(first.err.contains(u"for this run only"_s), qPrintable(first.err));
        QCOMPARE(first.ongoingStatus, 200);
        const Run second = serveOnce(db);
        QVERIFY(!second.token.isEmpty());
        QVERIFY(second.token != first.token);
        QCOMPARE(second.ongoingStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestServeToken)
#include "tst_servetoken.moc"
