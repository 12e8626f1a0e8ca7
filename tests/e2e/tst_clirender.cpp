// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl crawl --render js --renderers N` and `trawl resume`: the pool renders N pages at once,
// and a resumed crawl renders as many as it was started with. Each page of the site loads an
// image from a second server, which counts the requests it holds open at once: one per page
// being rendered.
#include "support/testhttpserver.h"
#include "support/testsignal.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

constexpr int sitePages = 6; // linked from the start page, each with an image

const QByteArray pixel = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADU"
                                                "lEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runTrawl(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TRAWL_BINARY), arguments);
    if (!process.waitForStarted() || !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCliRender final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    void resumeRendersAsManyAtOnceAsTheCrawl()
    {
        // The first run's images never come (its renders stay in flight until the interrupt);
        // the resumed run's come after a while, from a server of their own.
        TestHttpServer stalled;
        TestResponse never;
        never.contentType = "image/png";
        never.body = pixel;
        never.stallAfterBytes = 0;
        stalled.setHandler([never](const TestRequest &) { return never; });
        QVERIFY(stalled.listen());
        TestHttpServer slow;
        TestResponse late = TestResponse::html(pixel);
        late.contentType = "image/png";
        late.delayMs = 3000;
        slow.setHandler([late](const TestRequest &) { return late; });
        QVERIFY(slow.listen());
        TestHttpServer *images = &stalled;
        TestHttpServer site;
        site.setHandler([&images](const TestRequest &request) {
            if (request.path == "/") {
                QByteArray links;
                for (int i = 0; i < sitePages; ++i)
                    links += "<a href=/page-" + QByteArray::number(i) + ">page</a> ";
                return TestResponse::html("<html><body><p>Start</p>" + links + "</body></html>");
            }
            return TestResponse::html("<html><body><p>A page with an image.</p><img src=\""
                                      + images->url(QString::fromUtf8(request.path)).toEncoded()
                                      + "\"></body></html>");
        });
        QVERIFY(site.listen());

        const QString db = m_dir.filePath(u"resume.sqlite"_s);
        QProcess crawl;
        QSignalSpy finished(&crawl, &QProcess::finished);
        crawl.start(QStringLiteral(TRAWL_BINARY),
                    {u"crawl"_s, site.url().toString(), u"--db"_s, db, u"--render"_s, u"js"_s,
                     u"--renderers"_s, u"3"_s, u"--ignore-sitemap"_s, u"--ignore-robots"_s,
                     u"--retries"_s, u"0"_s, u"--quiet"_s});
        QVERIFY(crawl.waitForStarted());
        // Three pages rendering at once, each waiting for its image.
        QTRY_COMPARE_WITH_TIMEOUT(stalled.requests().size(), 3, 60000);
        QCOMPARE(stalled.maxConcurrentRequests(), 3);
        QVERIFY(TestSignal::send(crawl, SIGINT));
        QVERIFY(finished.wait(30000));
        QCOMPARE(crawl.exitCode(), 1); // paused
        const QString jobId = QString::fromUtf8(crawl.readAllStandardOutput()).trimmed();
        QVERIFY(!jobId.isEmpty());

        // A bad --renderers is refused with the reason, and nothing runs.
        const Result refused =
            runTrawl({u"resume"_s, jobId, u"--db"_s, db, u"--renderers"_s, u"0"_s});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--renderers must be at least 1"_s),
                 qPrintable(refused.err));

        images = &slow;
        const Result resumed = runTrawl({u"resume"_s, jobId, u"--db"_s, db, u"--quiet"_s});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(slow.requests().size(), sitePages);
        // As many at once as the crawl was started with (the default is 2).
        QCOMPARE(slow.maxConcurrentRequests(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_clirender.moc"
