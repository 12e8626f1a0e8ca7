// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl serve` renders JavaScript when a request asks for it: a scrape with `waitFor` (Firecrawl
// renders such a page in its browser) returns the text only the page's script writes.
#include "support/testhttpserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray shellPage =
    "<!DOCTYPE html><html><head><title>Shell</title></head><body><div id=\"root\"></div>"
    "<script>setTimeout(function () {"
    "  document.getElementById('root').innerHTML = '<h1>Made by script</h1>'"
    "    + '<p>Only the script writes this.</p>';"
    "}, 100);</script></body></html>";

} // namespace

class TestServeRender final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scrapeWithWaitForRenders()
    {
        TestHttpServer site;
        site.setHandler([](const TestRequest &) { return TestResponse::html(shellPage); });
        QVERIFY(site.listen());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        QProcess serve;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TRAWL_TEST_TOKEN"_s, u"fc-render-test"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(TRAWL_BINARY),
                    {u"serve"_s, u"--port"_s, u"0"_s, u"--token-env"_s, u"TRAWL_TEST_TOKEN"_s,
                     u"--db"_s, dir.filePath(u"jobs.sqlite"_s)});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 20000);
        const QUrl api(QString::fromUtf8(serve.readLine().trimmed()));
        QVERIFY2(api.isValid() && api.host() == u"127.0.0.1"_s, qPrintable(api.toString()));

        auto scrape = [&](const QJsonObject &body) {
            QNetworkAccessManager network;
            QNetworkRequest request(api.resolved(QUrl(u"/v1/scrape"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer fc-render-test");
            request.setTransferTimeout(90000);
            QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson());
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        const QString url = site.url(u"/"_s).toString();
        // Without waitFor: the page as fetched, an empty shell.
        const QJsonObject plain =
            scrape({{u"url"_s, url}, {u"formats"_s, QJsonArray{u"markdown"_s}}});
        QVERIFY2(plain.value(u"success"_s).toBool(), QJsonDocument(plain).toJson().constData());
        QVERIFY(!plain[u"data"_s][u"markdown"_s].toString().contains(u"Only the script"_s));
        // With waitFor: rendered.
        const QJsonObject rendered = scrape(
            {{u"url"_s, url}, {u"formats"_s, QJsonArray{u"markdown"_s}}, {u"waitFor"_s, 300}});
        QVERIFY2(rendered.value(u"success"_s).toBool(),
                 QJsonDocument(rendered).toJson().constData());
        QVERIFY2(rendered[u"data"_s][u"markdown"_s].toString().contains(
                     u"Only the script writes this."_s),
                 QJsonDocument(rendered).toJson().constData());

        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
    }
};

QTEST_MAIN(TestServeRender)
#include "tst_serverender.moc"
