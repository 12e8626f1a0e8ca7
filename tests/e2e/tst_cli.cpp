// SPDX-License-Identifier: GPL-3.0-or-later
// The built `trawl` binary against servers the test starts: the command-line contract of
// ARCHITECTURE.md (output, exit codes, one-line reasons).
#include "store/database.h"
#include "store/jobstore.h"
#include "support/smallsite.h"
#include "support/testhttpserver.h"
#include "support/testsignal.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QRegularExpression
    uuidLine(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);

// Runs trawl without blocking the event loop, so servers of this test keep answering.
Result runTrawl(const QStringList &arguments, int timeoutMs = 60000)
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

// `trawl serve ARGUMENTS` until it prints its URL (or ends): the first stdout line and what it
// wrote on stderr by then; the process is stopped. The token comes from the environment.
Result runServe(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"TRAWL_CLI_TOKEN"_s, u"fc-cli-test"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRAWL_BINARY),
                  QStringList{u"serve"_s, u"--token-env"_s, u"TRAWL_CLI_TOKEN"_s} + arguments);
    Result result;
    if (!process.waitForStarted())
        return result;
    QDeadlineTimer deadline(30000);
    while (!process.canReadLine() && process.state() == QProcess::Running && !deadline.hasExpired())
        process.waitForReadyRead(100);
    result.out = QString::fromUtf8(process.readLine()).trimmed();
    if (process.state() == QProcess::Running) {
        process.terminate();
        process.waitForFinished(30000);
    } else {
        result.exitCode = process.exitCode();
    }
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshDb() { return m_dir.filePath(u"cli-%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Keep the default database of a developer's machine out of the tests.
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"xdg"_s).toUtf8());
    }

    void version()
    {
        const Result result = runTrawl({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"trawl " TRAWL_VERSION ""_s);
    }

    // A crawl that cannot render runs without a GUI application: it does not load a platform
    // plugin (here one that does not exist, which a QApplication would abort on).
    void plainCrawlNeedsNoGuiPlatform()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<title>Home</title><a href='/a'>a</a>");
        server.addPage("/a", "<title>A</title>");
        const QByteArray previous = qgetenv("QT_QPA_PLATFORM");
        qputenv("QT_QPA_PLATFORM", "trawl-no-such-platform");
        const auto restore = qScopeGuard([&previous] {
            if (previous.isEmpty())
                qunsetenv("QT_QPA_PLATFORM");
            else
                qputenv("QT_QPA_PLATFORM", previous);
        });
        for (const QStringList &extra : {QStringList{}, QStringList{u"--render"_s, u"static"_s}}) {
            const QString db = freshDb();
            const Result result =
                runTrawl(QStringList{u"crawl"_s, server.url(u"/"_s).toString(), u"--db"_s, db,
                                     u"--quiet"_s, u"--ignore-sitemap"_s}
                         + extra);
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(uuidLine.match(result.out.trimmed()).hasMatch(), qPrintable(result.out));
            JobStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QCOMPARE(store.pageCount(result.out.trimmed()), 2);
        }
    }

    void theCommandLineLeavesWindowAndRenderingToTrawlGui()
    {
        // trawl itself loads no QtWebEngine, widgets or GUI library: the dynamic loader's list.
        QProcess loader;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s);
        loader.setProcessEnvironment(environment);
        loader.start(QStringLiteral(TRAWL_BINARY), {u"--version"_s});
        QVERIFY(loader.waitForFinished(30000));
        const QString loaded = QString::fromUtf8(loader.readAllStandardOutput());
        QVERIFY2(loaded.contains(u"libQt6Core.so"_s), qPrintable(loaded));
        for (const QString &library :
             {u"libQt6WebEngineCore"_s, u"libQt6Widgets"_s, u"libQt6Gui"_s, u"libQt6Quick"_s})
            QVERIFY2(!loaded.contains(library), qPrintable(library + u" is loaded"_s));

        // A copy of trawl without trawl-gui beside it: a static crawl needs nothing else, a
        // crawl that renders says what is missing.
        TestHttpServer server;
        QVERIFY(server.listen());
        server.addPage("/", "<title>Home</title>");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir().mkpath(dir.filePath(u"bin"_s)));
        const QString copy = dir.filePath(u"bin/trawl"_s);
        QVERIFY(QFile::copy(QStringLiteral(TRAWL_BINARY), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFile::ExeOwner));
        const auto runCopy = [&copy](const QStringList &arguments) {
            QProcess process;
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(copy, arguments);
            finished.wait(60000); // the server answers meanwhile
            return Result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                          QString::fromUtf8(process.readAllStandardError())};
        };
        const QStringList crawl{u"crawl"_s, server.url(u"/"_s).toString(), u"--quiet"_s,
                                u"--ignore-sitemap"_s};
        const Result plain = runCopy(crawl + QStringList{u"--db"_s, freshDb()});
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(uuidLine.match(plain.out.trimmed()).hasMatch(), qPrintable(plain.err));
        const Result rendering =
            runCopy(crawl + QStringList{u"--db"_s, freshDb(), u"--render"_s, u"js"_s});
        QCOMPARE(rendering.exitCode, 1);
        QVERIFY2(rendering.err.contains(u"cannot start"_s)
                     && rendering.err.contains(u"libexec/trawl/trawl-gui"_s),
                 qPrintable(rendering.err));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("global") << QStringList{u"--help"_s} << u"crawl URL"_s;
        QTest::newRow("crawl") << QStringList{u"crawl"_s, u"--help"_s} << u"--max-depth"_s;
        QTest::newRow("jobs") << QStringList{u"jobs"_s, u"-h"_s} << u"--db"_s;
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Result result = runTrawl(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(mentions), qPrintable(result.out));
        QVERIFY(result.err.isEmpty());
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString url = u"http://127.0.0.1:9/"_s;
        QTest::newRow("no url") << QStringList{u"crawl"_s} << u"start URL"_s;
        QTest::newRow("two urls") << QStringList{u"crawl"_s, url, url} << u"one start URL"_s;
        QTest::newRow("ftp url") << QStringList{u"crawl"_s, u"ftp://a.test/"_s} << u"ftp://"_s;
        QTest::newRow("malformed url") << QStringList{u"crawl"_s, u"http://a b/"_s} << u"a b"_s;
        QTest::newRow("limit not a number")
            << QStringList{u"crawl"_s, url, u"--limit"_s, u"ten"_s} << u"--limit"_s;
        QTest::newRow("limit zero")
            << QStringList{u"crawl"_s, url, u"--limit"_s, u"0"_s} << u"--limit"_s;
        QTest::newRow("negative depth")
            << QStringList{u"crawl"_s, url, u"--max-depth"_s, u"-1"_s} << u"--max-depth"_s;
        QTest::newRow("concurrency too high")
            << QStringList{u"crawl"_s, url, u"--concurrency"_s, u"1000"_s} << u"256"_s;
        QTest::newRow("no renderers")
            << QStringList{u"crawl"_s, url, u"--render"_s, u"js"_s, u"--renderers"_s, u"0"_s}
            << u"--renderers must be at least 1"_s;
        QTest::newRow("too many renderers")
            << QStringList{u"crawl"_s, url, u"--render"_s, u"js"_s, u"--renderers"_s, u"33"_s}
            << u"--renderers must be at most 32"_s;
        QTest::newRow("serve with no renderers")
            << QStringList{u"serve"_s, u"--renderers"_s, u"0"_s}
            << u"--renderers must be at least 1"_s;
        QTest::newRow("serve with too many renderers")
            << QStringList{u"serve"_s, u"--renderers"_s, u"100"_s}
            << u"--renderers must be at most 32"_s;
        QTest::newRow("waitFor not shorter than the render timeout")
            << QStringList{u"crawl"_s,      url,       u"--render"_s,         u"js"_s,
                           u"--wait-for"_s, u"5000"_s, u"--render-timeout"_s, u"5000"_s}
            << u"render timeout (5000 ms)"_s;
        QTest::newRow("unknown option") << QStringList{u"crawl"_s, url, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("option without value")
            << QStringList{u"crawl"_s, url, u"--limit"_s} << u"limit"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown global option")
            << QStringList{u"--frobnicate"_s} << u"--frobnicate"_s;
        QTest::newRow("jobs takes no argument")
            << QStringList{u"jobs"_s, u"x"_s} << u"no arguments"_s;
        QTest::newRow("serve: --listen not an address")
            << QStringList{u"serve"_s, u"--listen"_s, u"foo"_s}
            << u"--listen expects an IP address, not \"foo\""_s;
        QTest::newRow("serve: port too high")
            << QStringList{u"serve"_s, u"--port"_s, u"70000"_s} << u"--port"_s;
    }

    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        const QString db = freshDb();
        QStringList withDb = arguments;
        withDb.insert(1, u"--db"_s);
        withDb.insert(2, db);
        const Result result = runTrawl(withDb);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        const QStringList lines = result.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"trawl"_s), qPrintable(result.err));
        QVERIFY2(lines.constFirst().contains(reason), qPrintable(result.err));
        // Nothing was started: no job in the database.
        if (QFile::exists(db)) {
            JobStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QVERIFY(store.jobs().isEmpty());
        }
    }

    void refusesADatabaseFromANewerTrawl()
    {
        const QString db = freshDb();
        {
            JobStore store(db);
            QString error;
            QVERIFY(store.open(&error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
        }
        const Result result = runTrawl({u"jobs"_s, u"--db"_s, db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"999"_s) && result.err.contains(u"newer"_s),
                 qPrintable(result.err));
    }

    void serveListen_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("allInterfaces");
        QTest::newRow("default: 127.0.0.1") << QStringList{u"--port"_s, u"0"_s} << false;
        QTest::newRow("--listen 127.0.0.1")
            << QStringList{u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s} << false;
        QTest::newRow("--listen 0.0.0.0")
            << QStringList{u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s} << true;
    }

    void serveListen()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, allInterfaces);
        const Result serve = runServe(arguments + QStringList{u"--db"_s, freshDb()});
        // The URL to give SDKs on this machine, also when it listens everywhere.
        QVERIFY2(serve.out.startsWith(u"http://127.0.0.1:"_s), qPrintable(serve.out + serve.err));
        QVERIFY(QUrl(serve.out).port() > 0);
        QCOMPARE(serve.err.contains(u"Warning: listening on 0.0.0.0"_s), allInterfaces);
        QCOMPARE(serve.err.contains(u"all interfaces"_s), allInterfaces);
        if (!allInterfaces)
            QVERIFY2(!serve.err.contains(u"Warning"_s), qPrintable(serve.err));
    }

    void serveRefusesATakenPort()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const Result serve =
            runServe({u"--port"_s, QString::number(taken.serverPort()), u"--db"_s, freshDb()});
        QCOMPARE(serve.exitCode, 2);
        QVERIFY(serve.out.isEmpty());
        const QStringList lines = serve.err.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.constFirst().startsWith(u"trawl serve: "_s), qPrintable(serve.err));
        QVERIFY2(lines.constFirst().contains(u"already in use"_s)
                     && lines.constFirst().contains(QString::number(taken.serverPort()))
                     && lines.constFirst().contains(u"--port"_s),
                 qPrintable(serve.err));
    }

    void crawlsASiteAndListsTheJob()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString db = freshDb();
        const Result crawl = runTrawl({u"crawl"_s, server.url().toString(), u"--db"_s, db,
                                       u"--concurrency"_s, u"3"_s, u"--max-depth"_s, u"3"_s});
        QCOMPARE(crawl.exitCode, 0);
        const QStringList lines = crawl.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        const QString jobId = lines.constFirst();
        QVERIFY2(uuidLine.match(jobId).hasMatch(), qPrintable(jobId));
        // Not a terminal: no progress line, but a summary.
        QVERIFY2(!crawl.err.contains(u'\r'), qPrintable(crawl.err));
        QVERIFY2(crawl.err.contains(u"completed"_s), qPrintable(crawl.err));
        QCOMPARE(SmallSite::pageRequests(server), SmallSite::pagesWithinDepth[3]);

        const Result jobs = runTrawl({u"jobs"_s, u"--db"_s, db});
        QCOMPARE(jobs.exitCode, 0);
        const QStringList rows = jobs.out.trimmed().split(u'\n');
        QCOMPARE(rows.size(), 1);
        const QStringList fields = rows.constFirst().split(u'\t');
        QCOMPARE(fields.value(0), jobId);
        QCOMPARE(fields.value(1), u"local"_s);
        QCOMPARE(fields.value(2), u"completed"_s);
        const QString count = QString::number(SmallSite::pagesWithinDepth[3]);
        QCOMPARE(fields.value(3), count + u'/' + count);
        QCOMPARE(fields.value(5), server.url().toString());

        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.pageCount(jobId), SmallSite::pagesWithinDepth[3]);
    }

    void quietPrintsOnlyTheJobId()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const Result crawl =
            runTrawl({u"crawl"_s, server.url().toString(), u"--db"_s, freshDb(), u"--quiet"_s});
        QCOMPARE(crawl.exitCode, 0);
        QVERIFY(uuidLine.match(crawl.out.trimmed()).hasMatch());
        QCOMPARE(crawl.err, QString());
    }

    void printsTheJobIdBeforeTheCrawlEndsAndPausesOnInterrupt()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QStringList links;
        for (int i = 0; i < 50; ++i)
            links << u"/slow/%1"_s.arg(i);
        server.addPage("/", SmallSite::page(u"Hub"_s, links));
        server.setHandler([](const TestRequest &) {
            TestResponse response = TestResponse::html("<title>slow</title>");
            response.delayMs = 300;
            return response;
        });
        const QString db = freshDb();
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TRAWL_BINARY), {u"crawl"_s, server.url().toString(), u"--db"_s,
                                                     db, u"--concurrency"_s, u"2"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString jobId = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY(uuidLine.match(jobId).hasMatch());
        QCOMPARE(process.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().size() >= 4, 10000);

        QVERIFY(TestSignal::send(process, SIGINT));
        QVERIFY(finished.wait(15000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"paused"_s));

        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        const auto job = store.job(jobId);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Paused);
        QVERIFY(job->pagesDone() < 51);
        // What was not fetched is still in the frontier, ready for a resume.
        QCOMPARE(store.pendingFrontier(jobId, 0, 1000).size() + job->pagesDone(), 51);
    }
    void configFileIsAFirecrawlBody_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions"); // in stderr when rejected
        const QByteArray ok = "{'url': '%URL%', 'maxDepth': 1, 'limit': 3}";
        QTest::newRow("valid") << ok << QStringList{} << 0 << QString();
        QTest::newRow("flags win over the file")
            << ok << QStringList{u"--limit"_s, u"2"_s} << 0 << QString();
        QTest::newRow("unknown key")
            << QByteArray("{'url': '%URL%', 'maxDeph': 1}") << QStringList{} << 2 << u"maxDeph"_s;
        QTest::newRow("wrong type")
            << QByteArray("{'url': '%URL%', 'limit': 'ten'}") << QStringList{} << 2 << u"limit"_s;
        QTest::newRow("invalid regex") << QByteArray("{'url': '%URL%', 'excludePaths': ['([a-z']}")
                                       << QStringList{} << 2 << u"excludePaths"_s;
        QTest::newRow("not JSON") << QByteArray("{'url': ") << QStringList{} << 2 << u"not JSON"_s;
        QTest::newRow("not an object")
            << QByteArray("['%URL%']") << QStringList{} << 2 << u"object"_s;
        QTest::newRow("invalid --include")
            << ok << QStringList{u"--include"_s, u"*.html"_s} << 2 << u"*.html"_s;
        QTest::newRow("bad --header")
            << ok << QStringList{u"--header"_s, u"no colon"_s} << 2 << u"--header"_s;
        QTest::newRow("bad --include-tags")
            << ok << QStringList{u"--include-tags"_s, u"div["_s} << 2 << u"includeTags"_s;
        QTest::newRow("pseudo-class in --exclude-tags")
            << ok << QStringList{u"--exclude-tags"_s, u"a:hover"_s} << 2 << u"a:hover"_s;
        QTest::newRow("bad selector in the file")
            << QByteArray("{'url': '%URL%', 'scrapeOptions': {'excludeTags': ['>>']}}")
            << QStringList{} << 2 << u"excludeTags"_s;
    }

    void configFileIsAFirecrawlBody()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, flags);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString path = m_dir.filePath(u"config-%1.json"_s.arg(++m_counter));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(config.replace('\'', '"').replace("%URL%", server.url().toEncoded()));
        file.close();
        const QString db = freshDb();
        const Result result =
            runTrawl(QStringList{u"crawl"_s, u"--config"_s, path, u"--db"_s, db} + flags);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0) {
            QCOMPARE(result.err.trimmed().count(u'\n'), 0);
            QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
            return;
        }
        const QString expected = flags.contains(u"--limit"_s) ? flags.last() : u"3"_s;
        QCOMPARE(QString::number(SmallSite::pageRequests(server)), expected);
    }

    void resumeFinishesAPausedCrawl()
    {
        const QString db = freshDb();
        // A paused job, as Ctrl+C leaves it: create it through the CLI with a server that
        // answers slowly, then interrupt.
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        TestHttpServer slow;
        QVERIFY(slow.listen());
        slow.setHandler([](const TestRequest &request) {
            TestResponse response = TestResponse::html(SmallSite::page(
                u"Slow"_s, {u"/next-"_s + QString::fromUtf8(request.path.mid(1)) + u"x"_s}));
            response.delayMs = 200;
            return response;
        });
        process.start(QStringLiteral(TRAWL_BINARY),
                      {u"crawl"_s, slow.url().toString(), u"--db"_s, db, u"--max-depth"_s, u"50"_s,
                       u"--limit"_s, u"12"_s, u"--concurrency"_s, u"1"_s, u"--ignore-sitemap"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(slow.requests().size() >= 4, 10000);
        QVERIFY(TestSignal::send(process, SIGINT));
        QVERIFY(finished.wait(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString jobId = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        const int before = SmallSite::pageRequests(slow);

        const Result resumed = runTrawl({u"resume"_s, jobId.left(8), u"--db"_s, db});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.out.trimmed(), jobId);
        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(store.job(jobId)->state, JobState::Completed);
        QCOMPARE(store.pageCount(jobId), 12);
        // Nothing stored was fetched again: at most the page in flight at the interrupt.
        QVERIFY2(SmallSite::pageRequests(slow) <= 12 + 1,
                 qPrintable(
                     u"%1 page requests, %2 before the resume"_s.arg(SmallSite::pageRequests(slow))
                         .arg(before)));

        const Result again = runTrawl({u"resume"_s, jobId, u"--db"_s, db});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"completed"_s), qPrintable(again.err));
        const Result unknown = runTrawl({u"resume"_s, u"ffffffff"_s, u"--db"_s, db});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"no job"_s));
    }

    void cancelStopsACrawlRunningElsewhere()
    {
        TestHttpServer slow;
        QVERIFY(slow.listen());
        slow.setHandler([](const TestRequest &request) {
            TestResponse response = TestResponse::html(SmallSite::page(
                u"Slow"_s, {u"/n"_s + QString::fromUtf8(request.path.mid(1)) + u"x"_s,
                            u"/m"_s + QString::fromUtf8(request.path.mid(1))}));
            response.delayMs = 100;
            return response;
        });
        const QString db = freshDb();
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TRAWL_BINARY),
                      {u"crawl"_s, slow.url().toString(), u"--db"_s, db, u"--ignore-sitemap"_s,
                       u"--concurrency"_s, u"2"_s});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        const QString jobId = QString::fromUtf8(process.readLine()).trimmed();
        QTRY_VERIFY_WITH_TIMEOUT(slow.requests().size() >= 5, 10000);

        // `trawl cancel` blocks until the other process has stopped, so run it asynchronously
        // while this thread keeps serving.
        const Result cancel = runTrawl({u"cancel"_s, jobId, u"--db"_s, db});
        QCOMPARE(cancel.exitCode, 0);
        QVERIFY(!finished.isEmpty() || finished.wait(10000)); // it may have ended already
        QCOMPARE(process.exitCode(), 1);
        const int requestsAtCancel = int(slow.requests().size());
        QTest::qWait(500);
        QCOMPARE(slow.requests().size(), requestsAtCancel); // nothing more was fetched

        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        const auto job = store.job(jobId);
        QCOMPARE(job->state, JobState::Cancelled);
        QCOMPARE(job->runnerPid, 0);
        QVERIFY(job->pagesDone() > 0);

        const Result again = runTrawl({u"cancel"_s, jobId, u"--db"_s, db});
        QCOMPARE(again.exitCode, 2);
        const Result resume = runTrawl({u"resume"_s, jobId, u"--db"_s, db});
        QCOMPARE(resume.exitCode, 2);
        QVERIFY2(resume.err.contains(u"cancelled"_s), qPrintable(resume.err));
    }
    void exportsImportsAndAnswersStatus()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        SmallSite::serve(server);
        const QString db = freshDb();
        const QString folder = m_dir.filePath(u"exports-%1"_s.arg(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        const Result crawl =
            runTrawl({u"crawl"_s, server.url().toString(), u"--db"_s, db, u"--formats"_s,
                      u"markdown,links"_s, u"--quiet"_s, u"--export"_s, u"jsonl"_s, u"--output"_s,
                      folder + u"/crawl.jsonl"_s});
        QCOMPARE(crawl.exitCode, 0);
        const QString jobId = crawl.out.trimmed();
        QFile lines(folder + u"/crawl.jsonl"_s);
        QVERIFY(lines.open(QIODevice::ReadOnly));
        QCOMPARE(lines.readAll().count('\n'), SmallSite::pageCount);

        for (const QString &format :
             {u"firecrawl-v0"_s, u"firecrawl-v1"_s, u"spidra"_s, u"geonode"_s}) {
            const QString file = folder + u'/' + format + u".json"_s;
            const Result exported = runTrawl({u"export"_s, jobId.left(6), u"--format"_s, format,
                                              u"--output"_s, file, u"--db"_s, db});
            QCOMPARE(exported.exitCode, 0);
            QProcess validate;
            validate.start(u"/usr/bin/python3"_s,
                           {QStringLiteral(TRAWL_FORMATS_DIR "/validate.py"), format, file});
            QVERIFY(validate.waitForFinished(30000));
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());

            // What `trawl status` prints for a finished job is what the file holds.
            const Result status =
                runTrawl({u"status"_s, jobId, u"--format"_s, format, u"--db"_s, db});
            QCOMPARE(status.exitCode, 0);
            QVERIFY(QJsonDocument::fromJson(status.out.toUtf8()).isObject());

            // Import, export again: the same bytes.
            const Result imported = runTrawl({u"import"_s, file, u"--db"_s, db});
            QCOMPARE(imported.exitCode, 0);
            const QString copy = file + u".again"_s;
            QCOMPARE(runTrawl({u"export"_s, imported.out.trimmed(), u"--format"_s, format,
                               u"--output"_s, copy, u"--db"_s, db})
                         .exitCode,
                     0);
            QFile a(file), b(copy);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(), qPrintable(format));
        }

        const Result geonode =
            runTrawl({u"status"_s, jobId, u"--format"_s, u"geonode"_s, u"--page"_s, u"2"_s,
                      u"--page-size"_s, u"5"_s, u"--db"_s, db});
        const QJsonObject page = QJsonDocument::fromJson(geonode.out.toUtf8()).object();
        QCOMPARE(page.value(u"page"_s).toInt(), 2);
        QCOMPARE(page.value(u"page_size"_s).toInt(), 5);
        QCOMPARE(page.value(u"results"_s).toArray().size(), 5);

        // Bad input: a reason, exit 2, and nothing written.
        const QString target = folder + u"/nothing.json"_s;
        QCOMPARE(runTrawl({u"export"_s, jobId, u"--format"_s, u"pdf"_s, u"--output"_s, target,
                           u"--db"_s, db})
                     .exitCode,
                 2);
        QCOMPARE(runTrawl({u"export"_s, u"ffffffff"_s, u"--format"_s, u"csv"_s, u"--output"_s,
                           target, u"--db"_s, db})
                     .exitCode,
                 2);
        QCOMPARE(runTrawl({u"export"_s, jobId, u"--format"_s, u"csv"_s, u"--output"_s,
                           folder + u"/missing/dir/x.csv"_s, u"--db"_s, db})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(target));
        QFile bad(folder + u"/bad.json"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"status\": \"completed\", \"data\": 5}");
        bad.close();
        const Result rejected = runTrawl({u"import"_s, bad.fileName(), u"--db"_s, db});
        QCOMPARE(rejected.exitCode, 2);
        QVERIFY(rejected.err.startsWith(u"trawl import: "_s));
        QCOMPARE(runTrawl({u"import"_s, folder + u"/absent.json"_s, u"--db"_s, db}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
