// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/crawloptions.h"
#include "model/crawlrequest.h"
#include "model/jobstate.h"
#include "model/pageerror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestJobState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsRoundTrip()
    {
        for (JobState state :
             {JobState::Queued, JobState::Running, JobState::Paused, JobState::Completed,
              JobState::Failed, JobState::Cancelled, JobState::Expired}) {
            const QString word = JobStates::toString(state);
            QVERIFY(!word.isEmpty());
            QCOMPARE(JobStates::fromString(word), state);
            QVERIFY(!JobStates::displayName(state).isEmpty());
        }
        QCOMPARE(JobStates::fromString(u"scraping"), std::nullopt);
    }

    void transitions_data()
    {
        QTest::addColumn<JobState>("from");
        QTest::addColumn<JobState>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("queued starts") << JobState::Queued << JobState::Running << true;
        QTest::newRow("queued is cancelled") << JobState::Queued << JobState::Cancelled << true;
        QTest::newRow("queued cannot complete") << JobState::Queued << JobState::Completed << false;
        QTest::newRow("running pauses") << JobState::Running << JobState::Paused << true;
        QTest::newRow("running completes") << JobState::Running << JobState::Completed << true;
        QTest::newRow("running fails") << JobState::Running << JobState::Failed << true;
        QTest::newRow("running is cancelled") << JobState::Running << JobState::Cancelled << true;
        QTest::newRow("running cannot go back to queued")
            << JobState::Running << JobState::Queued << false;
        QTest::newRow("paused resumes") << JobState::Paused << JobState::Running << true;
        QTest::newRow("paused is cancelled") << JobState::Paused << JobState::Cancelled << true;
        QTest::newRow("paused cannot complete") << JobState::Paused << JobState::Completed << false;
        QTest::newRow("failed resumes") << JobState::Failed << JobState::Running << true;
        QTest::newRow("completed expires") << JobState::Completed << JobState::Expired << true;
        QTest::newRow("completed never runs again")
            << JobState::Completed << JobState::Running << false;
        QTest::newRow("cancelled is final") << JobState::Cancelled << JobState::Running << false;
        QTest::newRow("expired is final") << JobState::Expired << JobState::Completed << false;
    }

    void transitions()
    {
        QFETCH(JobState, from);
        QFETCH(JobState, to);
        QFETCH(bool, allowed);
        QCOMPARE(JobStates::canTransition(from, to), allowed);
    }

    void terminalStates()
    {
        QVERIFY(JobStates::isTerminal(JobState::Completed));
        QVERIFY(JobStates::isTerminal(JobState::Cancelled));
        QVERIFY(!JobStates::isTerminal(JobState::Paused));
        QVERIFY(!JobStates::isTerminal(JobState::Running));
    }

    void pageErrorCodesAreStable()
    {
        // Exports and scripts match these words: renaming one is a breaking change.
        QCOMPARE(PageErrors::code(PageError::Timeout), u"TIMEOUT"_s);
        QCOMPARE(PageErrors::code(PageError::Http5xx), u"HTTP_5XX"_s);
        QCOMPARE(PageErrors::code(PageError::RobotsBlocked), u"ROBOTS_BLOCKED"_s);
        QCOMPARE(PageErrors::code(PageError::TooManyRedirects), u"TOO_MANY_REDIRECTS"_s);
        QCOMPARE(PageErrors::fromCode(u"NOT_HTML"), PageError::NotHtml);
        QCOMPARE(PageErrors::fromCode(u""), PageError::None);
        QCOMPARE(PageErrors::fromCode(u"NOPE"), std::nullopt);
        QCOMPARE(PageErrors::fromHttpStatus(404), PageError::Http4xx);
        QCOMPARE(PageErrors::fromHttpStatus(503), PageError::Http5xx);
        QVERIFY(PageErrors::isRetryable(PageError::Http4xx, 429));
        QVERIFY(!PageErrors::isRetryable(PageError::Http4xx, 404));
    }

    void startUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("https") << u"https://example.com/a"_s << u"https://example.com/a"_s;
        QTest::newRow("scheme added") << u"example.com"_s << u"http://example.com"_s;
        QTest::newRow("spaces trimmed") << u"  http://a.test/ "_s << u"http://a.test/"_s;
        QTest::newRow("fragment dropped") << u"http://a.test/p#x"_s << u"http://a.test/p"_s;
        QTest::newRow("ftp rejected") << u"ftp://a.test/"_s << QString();
        QTest::newRow("empty rejected") << u""_s << QString();
        QTest::newRow("no host rejected") << u"http://"_s << QString();
        QTest::newRow("bad port rejected") << u"http://a.test:99999999/"_s << QString();
        QTest::newRow("space in host rejected") << u"http://a b.test/"_s << QString();
    }

    void startUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = parseStartUrl(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
            QVERIFY(!error.isEmpty());
        } else {
            QCOMPARE(url.toString(), expected);
            QVERIFY(error.isEmpty());
        }
    }

    void optionsValidateAndRoundTrip()
    {
        CrawlOptions options;
        options.url = QUrl(u"https://example.com/"_s);
        options.limit = 50;
        options.maxDepth = 2;
        options.concurrency = 4;
        options.userAgent = u"Bot/1"_s;
        QVERIFY(options.validate().isEmpty());
        QCOMPARE(CrawlRequest::fromJson(CrawlRequest::toJson(options), nullptr), options);

        options.limit = 0;
        options.concurrency = 0;
        QCOMPARE(options.validate().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestJobState)
#include "tst_jobstate.moc"
