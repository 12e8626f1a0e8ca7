// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl serve` renders JavaScript when a request asks for it: a scrape with `waitFor` (Firecrawl
// renders such a page in its browser) returns the text only the page's script writes; and it
// renders as many pages at once as --renderers says.
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

    // `trawl serve --renderers 3`: a batch scrape of six pages that render (waitFor) renders three
    // at once. Each page loads an image from a second server that answers after a while and
    // counts the requests it holds open at once: one per page being rendered.
    void serveRendersAsManyAtOnceAsAsked()
    {
        TestHttpServer images;
        TestResponse late =
            TestResponse::html(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ"
                                                      "AAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5E"
                                                      "rkJggg=="));
        late.contentType = "image/png";
        late.delayMs = 3000;
        images.setHandler([late](const TestRequest &) { return late; });
        QVERIFY(images.listen());
        TestHttpServer site;
        site.setHandler([&images](const TestRequest &request) {
            return TestResponse::html("<html><body><p>A page with an image.</p><img src=\""
                                      + images.url(QString::fromUtf8(request.path)).toEncoded()
                                      + "\"></body></html>");
        });
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
                     u"--renderers"_s, u"3"_s, u"--db"_s, dir.filePath(u"jobs.sqlite"_s)});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 20000);
        const QUrl api(QString::fromUtf8(serve.readLine().trimmed()));
        QVERIFY2(api.isValid(), qPrintable(api.toString()));

        QNetworkAccessManager network;
        const auto call = [&](const QByteArray &verb, const QString &path,
                              const QJsonObject &body) {
            QNetworkRequest request(api.resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setRawHeader("Authorization", "Bearer fc-render-test");
            QNetworkReply *reply = network.sendCustomRequest(
                request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson());
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->deleteLater();
            return QJsonDocument::fromJson(reply->readAll()).object();
        };
        QJsonArray urls;
        for (int i = 0; i < 6; ++i)
            urls.append(site.url(u"/page-%1"_s.arg(i)).toString());
        const QJsonObject started = call(
            "POST", u"/v1/batch/scrape"_s,
            {{u"urls"_s, urls}, {u"formats"_s, QJsonArray{u"markdown"_s}}, {u"waitFor"_s, 100}});
        const QString id = started.value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), QJsonDocument(started).toJson().constData());
        QJsonObject status;
        QTRY_VERIFY_WITH_TIMEOUT(
            (status = call("GET", u"/v1/batch/scrape/"_s + id, {})).value(u"status"_s)
                == u"completed"_s,
            120000);
        QCOMPARE(status.value(u"completed"_s).toInt(), 6);
        QCOMPARE(images.requests().size(), 6);
        QCOMPARE(images.maxConcurrentRequests(), 3); // the default would be 2

        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
    }
};

QTEST_MAIN(TestServeRender)
#include "tst_serverender.moc"
