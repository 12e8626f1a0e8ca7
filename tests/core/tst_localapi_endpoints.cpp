// SPDX-License-Identifier: GPL-3.0-or-later
// Every endpoint of the local API against a real site on 127.0.0.1, answered in Firecrawl's
// shapes, and the jobs it starts stored as ordinary local jobs.
#include "export/firecrawlexport.h"
#include "localapiharness.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QSet<QString> sourceUrls(const QJsonArray &documents)
{
    QSet<QString> urls;
    for (const QJsonValue &document : documents)
        urls.insert(document[u"metadata"_s][u"sourceURL"_s].toString());
    return urls;
}

} // namespace

class TestLocalApiEndpoints final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LocalApiHarness> m_api;
    TestHttpServer m_site;

    QString site(const QString &path = u"/"_s) const { return m_site.url(path).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_api = std::make_unique<LocalApiHarness>();
        QVERIFY(m_api->isReady());
        QVERIFY(m_site.listen());
        SmallSite::serve(m_site);
    }

    void cleanupTestCase() { m_api.reset(); }

    void crawlV1()
    {
        const auto started =
            m_api->post(u"/v1/crawl"_s,
                        {{u"url"_s, site()}, {u"limit"_s, 100}, {u"origin"_s, u"js-sdk@1.29.3"_s}});
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json.value(u"success"_s), QJsonValue(true));
        const QString id = started.json.value(u"id"_s).toString();
        const QString url = started.json.value(u"url"_s).toString();
        QCOMPARE(url, m_api->base() + u"/v1/crawl/"_s + id);

        // An ordinary local job in the store, so the window shows it.
        const auto job = m_api->store().job(id);
        QVERIFY(job);
        QVERIFY(job->isLocal());
        QCOMPARE(job->options.limit, 100);
        QVERIFY(!LocalApiServer::isApiScrape(*job)); // listed in the window

        const auto done = m_api->waitForStatus(url, u"completed"_s);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json.value(u"status"_s).toString(), u"completed"_s);
        // Firecrawl counts successful pages only; /missing (404) is in /errors.
        const int successful = SmallSite::pageCount - 1;
        QCOMPARE(done.json.value(u"completed"_s).toInt(), successful);
        QCOMPARE(done.json.value(u"total"_s).toInt(), successful);
        QVERIFY(!done.json.contains(u"next"_s));
        const QJsonArray data = done.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), successful);
        QCOMPARE(sourceUrls(data).size(), successful);
        for (const QJsonValue &document : data) {
            QVERIFY(!document[u"markdown"_s].toString().isEmpty());
            QCOMPARE(document[u"metadata"_s][u"statusCode"_s].toInt(), 200);
        }
        QVERIFY(QDateTime::fromString(done.json.value(u"expiresAt"_s).toString(), Qt::ISODate)
                    .isValid());

        const auto errors = m_api->get(url + u"/errors"_s);
        QCOMPARE(errors.status, 200);
        const QJsonArray list = errors.json.value(u"errors"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0)[u"url"_s].toString(), site(u"/missing"_s));
        QCOMPARE(list.at(0)[u"code"_s].toString(), u"HTTP_4XX"_s);
        QVERIFY(errors.json.value(u"robotsBlocked"_s).isArray());

        // Ended, it is not ongoing.
        const auto ongoing = m_api->get(u"/v1/crawl/ongoing"_s);
        QCOMPARE(ongoing.json.value(u"success"_s), QJsonValue(true));
        QVERIFY(ongoing.json.value(u"crawls"_s).toArray().isEmpty());
        m_lastCrawl = url;
    }

    void statusPages()
    {
        QVERIFY(!m_lastCrawl.isEmpty());
        // limit: at most that many documents; next keeps the limit and moves skip on.
        QString next = m_lastCrawl + u"?limit=5"_s;
        QJsonArray all;
        int answers = 0;
        while (!next.isEmpty() && answers < 20) {
            const auto page = m_api->get(next);
            QCOMPARE(page.status, 200);
            const QJsonArray data = page.json.value(u"data"_s).toArray();
            QVERIFY(data.size() <= 5);
            for (const QJsonValue &document : data)
                all.append(document);
            const QString following = page.json.value(u"next"_s).toString();
            if (!following.isEmpty()) {
                const QUrlQuery query(QUrl(following).query());
                QCOMPARE(query.queryItemValue(u"skip"_s).toInt(), all.size());
                QCOMPARE(query.queryItemValue(u"limit"_s), u"5"_s);
            }
            next = following;
            ++answers;
        }
        QCOMPARE(answers, 6); // 28 documents, 5 at a time
        QCOMPARE(all.size(), SmallSite::pageCount - 1);
        QCOMPARE(sourceUrls(all).size(), SmallSite::pageCount - 1);
        const auto skipped = m_api->get(m_lastCrawl + u"?skip=27"_s);
        QCOMPARE(skipped.json.value(u"data"_s).toArray().size(), 1);
        QVERIFY(!skipped.json.contains(u"next"_s));
        QCOMPARE(m_api->get(m_lastCrawl + u"?skip=-1"_s).status, 400);
    }

    void identicalPollsShareOneRead()
    {
        QVERIFY(!m_lastCrawl.isEmpty());
        // 20 polls of the same answer and 5 of another, pipelined on one connection: all are
        // in the server before the first read ends.
        const QByteArray path = QUrl(m_lastCrawl).path().toLatin1();
        const QByteArray poll = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Authorization: Bearer " + LocalApiHarness::token + "\r\n\r\n";
        const QByteArray other = "GET " + path + "?limit=5 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                 + "Authorization: Bearer " + LocalApiHarness::token + "\r\n\r\n";
        const qint64 readsBefore = m_api->server().statusReadCount();
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_api->server().baseUrl().port());
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.write(poll.repeated(20) + other.repeated(5));
        QByteArray received;
        QList<QByteArray> bodies;
        QDeadlineTimer deadline(30000);
        while (bodies.size() < 25 && !deadline.hasExpired()) {
            QTest::qWait(10); // the server answers on this thread
            received += socket.readAll();
            while (true) {
                const qsizetype end = received.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                const QByteArray head = received.left(end);
                const qsizetype at = head.indexOf("Content-Length: ");
                const qint64 length =
                    head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
                if (received.size() < end + 4 + length)
                    break;
                QVERIFY2(head.startsWith("HTTP/1.1 200 "), head.constData());
                bodies << received.mid(end + 4, length);
                received.remove(0, end + 4 + length);
            }
        }
        QCOMPARE(bodies.size(), 25);
        // Answered in order, each the same as the others of its kind.
        for (int i = 1; i < 20; ++i)
            QCOMPARE(bodies.at(i), bodies.at(0));
        QCOMPARE(QJsonDocument::fromJson(bodies.at(0)).object().value(u"data"_s).toArray().size(),
                 SmallSite::pageCount - 1);
        for (int i = 21; i < 25; ++i)
            QCOMPARE(bodies.at(i), bodies.at(20));
        QCOMPARE(QJsonDocument::fromJson(bodies.at(20)).object().value(u"data"_s).toArray().size(),
                 5);
        // One read of the store for each distinct answer.
        QCOMPARE(m_api->server().statusReadCount() - readsBefore, 2);
    }

    void batchScrape()
    {
        m_site.clearRequests();
        const QStringList urls{site(u"/a/1"_s), site(u"/b/2"_s), site(u"/c/3"_s)};
        const auto started = m_api->post(u"/v1/batch/scrape"_s,
                                         {{u"urls"_s, QJsonArray::fromStringList(urls)},
                                          {u"formats"_s, QJsonArray{u"markdown"_s, u"links"_s}}});
        QCOMPARE(started.status, 200);
        const QString url = started.json.value(u"url"_s).toString();
        QVERIFY(url.contains(u"/v1/batch/scrape/"_s));
        const auto done = m_api->waitForStatus(url, u"completed"_s);
        const QJsonArray data = done.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(sourceUrls(data), QSet<QString>(urls.begin(), urls.end()));
        for (const QJsonValue &document : data)
            QVERIFY(!document[u"links"_s].toArray().isEmpty());
        // Only those pages: no link followed.
        QCOMPARE(SmallSite::pageRequests(m_site), 3);
        // The SDK polls a batch at /v1/crawl/{id}, as Firecrawl allows.
        const QString id = started.json.value(u"id"_s).toString();
        QCOMPARE(m_api->get(u"/v1/crawl/"_s + id).json.value(u"completed"_s).toInt(), 3);
    }

    void batchScrapeIgnoringInvalidUrls()
    {
        const auto started = m_api->post(u"/v1/batch/scrape"_s,
                                         {{u"urls"_s, QJsonArray{site(u"/a/"_s), u"not a url"_s}},
                                          {u"ignoreInvalidURLs"_s, true}});
        QCOMPARE(started.status, 200);
        QCOMPARE(started.json.value(u"invalidURLs"_s).toArray(), QJsonArray{u"not a url"_s});
        const auto done =
            m_api->waitForStatus(started.json.value(u"url"_s).toString(), u"completed"_s);
        QCOMPARE(done.json.value(u"data"_s).toArray().size(), 1);
    }

    void scrape()
    {
        const auto reply =
            m_api->post(u"/v1/scrape"_s, {{u"url"_s, site(u"/b/"_s)},
                                          {u"formats"_s, QJsonArray{u"markdown"_s, u"html"_s}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(true));
        const QJsonObject data = reply.json.value(u"data"_s).toObject();
        QVERIFY(data.value(u"markdown"_s).toString().contains(u"/b/1"_s));
        QVERIFY(data.contains(u"html"_s));
        QCOMPARE(data[u"metadata"_s][u"title"_s].toString(), u"Section b"_s);
        QCOMPARE(data[u"metadata"_s][u"statusCode"_s].toInt(), 200);
        QCOMPARE(data[u"metadata"_s][u"sourceURL"_s].toString(), site(u"/b/"_s));
        // Its job is stored (the API answers from it), marked so the window can hide it.
        const QList<JobInfo> jobs = m_api->store().jobs();
        const auto scrapeJob = std::find_if(jobs.begin(), jobs.end(), [&](const JobInfo &job) {
            return job.options.url == QUrl(site(u"/b/"_s)) && job.options.maxDepth == 0;
        });
        QVERIFY(scrapeJob != jobs.end());
        QVERIFY(LocalApiServer::isApiScrape(*scrapeJob));

        // A page the site refuses is still a scrape: its status code says so.
        const auto missing = m_api->post(u"/v1/scrape"_s, {{u"url"_s, site(u"/missing"_s)}});
        QCOMPARE(missing.status, 200);
        QCOMPARE(missing.json[u"data"_s][u"metadata"_s][u"statusCode"_s].toInt(), 404);
    }

    void map()
    {
        TestResponse sitemap;
        sitemap.contentType = "application/xml";
        sitemap.body = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/"
                       "sitemap/0.9\"><url><loc>"
                       + site(u"/deep/c4"_s).toUtf8()
                       + "</loc></url><url><loc>http://elsewhere.invalid/x</loc></url></urlset>";
        m_site.addRoute("/sitemap.xml", sitemap);
        m_site.clearRequests();
        const auto reply = m_api->post(u"/v1/map"_s, {{u"url"_s, site()}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(u"success"_s), QJsonValue(true));
        const QJsonArray links = reply.json.value(u"links"_s).toArray();
        QStringList texts;
        for (const QJsonValue &link : links)
            texts << link.toString();
        QVERIFY2(texts.contains(site(u"/a/"_s)), qPrintable(texts.join(u' ')));
        QVERIFY(texts.contains(site(u"/c/"_s)));
        QVERIFY(texts.contains(site(u"/deep/c4"_s))); // from the sitemap
        QCOMPARE(texts.filter(u"elsewhere"_s).size(), 0);
        QCOMPARE(texts.removeDuplicates(), 0);
        // No content: only the start page itself was fetched.
        QCOMPARE(SmallSite::pageRequests(m_site), 1);

        const auto searched =
            m_api->post(u"/v1/map"_s, {{u"url"_s, site()}, {u"search"_s, u"deep"_s}});
        QCOMPARE(searched.json.value(u"links"_s).toArray(), QJsonArray{site(u"/deep/c4"_s)});
        const auto limited = m_api->post(u"/v1/map"_s, {{u"url"_s, site()}, {u"limit"_s, 2}});
        QCOMPARE(limited.json.value(u"links"_s).toArray().size(), 2);
    }

    void crawlV0()
    {
        const auto started = m_api->post(
            u"/v0/crawl"_s, {{u"url"_s, site()},
                             {u"crawlerOptions"_s, QJsonObject{{u"limit"_s, 5}}},
                             {u"pageOptions"_s, QJsonObject{{u"includeHtml"_s, true}}}});
        QCOMPARE(started.status, 200);
        const QString id = started.json.value(u"jobId"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_api->store().job(id)->options.limit, 5);
        const auto done = m_api->waitForStatus(u"/v0/crawl/status/"_s + id, u"completed"_s);
        QCOMPARE(done.status, 200);
        const QJsonArray data = done.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 5);
        QCOMPARE(done.json.value(u"current"_s).toInt(), 5);
        // v0 lists failed pages too (pageError); the sitemap map() added can lead to /missing.
        for (const QJsonValue &document : data) {
            const bool ok = document[u"metadata"_s][u"pageStatusCode"_s].toInt() == 200;
            QVERIFY2(ok != document[u"content"_s].toString().isEmpty(),
                     QJsonDocument(document.toObject()).toJson().constData());
            QCOMPARE(document[u"metadata"_s].toObject().contains(u"pageError"_s), !ok);
            QVERIFY(document.toObject().contains(u"html"_s));
        }
        QCOMPARE(done.json.value(u"partial_data"_s).toArray().size(), 0);
        // Ended: cancelling it is refused, with the reason.
        const auto cancel = m_api->call("DELETE", u"/v0/crawl/cancel/"_s + id);
        QCOMPARE(cancel.status, 409);
        QVERIFY(cancel.json.value(u"error"_s).toString().contains(u"completed"_s));
    }

    void tenMegabyteChunks()
    {
        // A finished job of 40 pages of about 300 KB of markdown each (12 MB), written into the
        // real store as a crawl leaves it.
        constexpr int pages = 40;
        JobInfo job;
        job.options.url = QUrl(u"http://big.test/"_s);
        job.options.formats = {u"markdown"_s};
        QString error;
        QVERIFY2(m_api->store().createJob(job, &error), qPrintable(error));
        {
            StoreWriter writer(m_api->store().path());
            QVERIFY2(writer.start(&error), qPrintable(error));
            writer.setJobState(job.id, JobState::Running);
            const QString filler = u"Every page of this job is long enough. "_s.repeated(7700);
            for (int i = 0; i < pages; ++i) {
                PageRecord page;
                page.jobId = job.id;
                page.index = i;
                page.url = u"http://big.test/page/%1"_s.arg(i);
                page.finalUrl = page.url;
                page.state = PageState::Completed;
                page.httpStatus = 200;
                page.contentType = u"text/html"_s;
                page.title = u"Page %1"_s.arg(i);
                page.markdown = u"# Page %1\n\n"_s.arg(i) + filler;
                writer.storePage(page, page.url);
            }
            writer.setJobState(job.id, JobState::Completed);
            writer.flush();
        }
        const qint64 chunk = FirecrawlV1Export::defaultChunkBytes;
        const QString url = m_api->base() + u"/v1/crawl/"_s + job.id;
        auto first = m_api->get(url);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(u"completed"_s).toInt(), pages);
        const QJsonArray firstData = first.json.value(u"data"_s).toArray();
        QVERIFY(!firstData.isEmpty());
        const qint64 document =
            QJsonDocument(firstData.at(0).toObject()).toJson(QJsonDocument::Compact).size();
        QVERIFY(document > 300000);
        // The first answer is one 10 MB chunk: full up to one document, over it by at most one.
        QVERIFY2(first.body.size() <= chunk + document,
                 qPrintable(QString::number(first.body.size())));
        QVERIFY2(first.body.size() > chunk - document,
                 qPrintable(QString::number(first.body.size())));
        QVERIFY(firstData.size() < pages);
        QString next = first.json.value(u"next"_s).toString();
        QCOMPARE(next, url + u"?skip=%1"_s.arg(firstData.size()));

        // Following next yields the rest: every page once.
        QStringList urls;
        for (const QJsonValue &value : firstData)
            urls << value[u"metadata"_s][u"sourceURL"_s].toString();
        int answers = 1;
        while (!next.isEmpty() && answers < 10) {
            const auto reply = m_api->get(next);
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.body.size() <= chunk + document);
            for (const QJsonValue &value : reply.json.value(u"data"_s).toArray())
                urls << value[u"metadata"_s][u"sourceURL"_s].toString();
            next = reply.json.value(u"next"_s).toString();
            ++answers;
        }
        QCOMPARE(answers, 2);
        QCOMPARE(urls.size(), pages);
        QCOMPARE(QSet<QString>(urls.begin(), urls.end()).size(), pages);
        QVERIFY(urls.contains(u"http://big.test/page/0"_s));
        QVERIFY(urls.contains(u"http://big.test/page/%1"_s.arg(pages - 1)));
    }

    void cancelV0()
    {
        TestResponse slow = TestResponse::html("<html><body>slow</body></html>");
        slow.delayMs = 60000;
        m_site.addRoute("/slow", slow);
        const auto started = m_api->post(u"/v0/crawl"_s, {{u"url"_s, site(u"/slow"_s)}});
        const QString id = started.json.value(u"jobId"_s).toString();
        const auto running = m_api->get(u"/v0/crawl/status/"_s + id);
        QCOMPARE(running.json.value(u"status"_s).toString(), u"active"_s);
        QVERIFY(running.json.value(u"data"_s).isNull());
        const auto cancel = m_api->call("DELETE", u"/v0/crawl/cancel/"_s + id);
        QCOMPARE(cancel.status, 200);
        QCOMPARE(cancel.json.value(u"status"_s).toString(), u"cancelled"_s);
        // v0 shows a cancelled crawl as failed.
        QCOMPARE(m_api->waitForStatus(u"/v0/crawl/status/"_s + id, u"failed"_s)
                     .json.value(u"status"_s)
                     .toString(),
                 u"failed"_s);
        QTRY_COMPARE(m_api->store().job(id)->state, JobState::Cancelled);
    }

private:
    QString m_lastCrawl;
};

QTEST_GUILESS_MAIN(TestLocalApiEndpoints)
#include "tst_localapi_endpoints.moc"
