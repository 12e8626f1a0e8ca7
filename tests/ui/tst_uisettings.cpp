// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/joblistmodel.h"
#include "ui/jobview.h"
#include "ui/languages.h"
#include "ui/mainwindow.h"
#include "ui/retention.h"
#include "ui/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void defaultsWhenNothingIsStored()
    {
        AppSettings settings(m_dir.filePath(u"empty.ini"_s));
        QCOMPARE(settings.retentionDays(), 0);
        QCOMPARE(settings.pagesRenderedAtOnce(), 2);
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.dataFolder(), QString());
        QCOMPARE(settings.exportFormat(), u"firecrawl-v1"_s);
        QCOMPARE(settings.crawlDefaults().limit, CrawlOptions::defaultLimit);
        QVERIFY(settings.crawlDefaults().onlyMainContent);
    }

    void settingsPersist()
    {
        const QString path = m_dir.filePath(u"persist.ini"_s);
        CrawlOptions defaults;
        defaults.limit = 55;
        defaults.excludePaths = {u"^/admin/"_s};
        defaults.headers = {{u"Accept-Language"_s, u"fr"_s}};
        {
            AppSettings settings(path);
            SettingsDialog dialog(&settings, nullptr);
            dialog.findChild<QLineEdit *>(u"dataFolder"_s)->setText(m_dir.filePath(u"data"_s));
            dialog.findChild<QSpinBox *>(u"retentionDays"_s)->setValue(30);
            dialog.findChild<QSpinBox *>(u"pagesRenderedAtOnce"_s)->setValue(4);
            auto *language = dialog.findChild<QComboBox *>(u"language"_s);
            language->setCurrentIndex(language->findData(u"de"_s));
            dialog.findChild<QSpinBox *>(u"limit"_s)->setValue(55);
            dialog.findChild<QPlainTextEdit *>(u"excludePaths"_s)->setPlainText(u"^/admin/"_s);
            dialog.findChild<QPlainTextEdit *>(u"headers"_s)
                ->setPlainText(u"Accept-Language: fr"_s);
            dialog.accept();
        }
        AppSettings settings(path);
        QCOMPARE(settings.dataFolder(), m_dir.filePath(u"data"_s));
        QCOMPARE(settings.databasePath(), m_dir.filePath(u"data/trawl.sqlite"_s));
        QCOMPARE(settings.retentionDays(), 30);
        QCOMPARE(settings.pagesRenderedAtOnce(), 4);
        QCOMPARE(settings.language(), u"de"_s);
        CrawlOptions stored = settings.crawlDefaults();
        QCOMPARE(stored.limit, 55);
        QCOMPARE(stored.excludePaths, defaults.excludePaths);
        QCOMPARE(stored.headers, defaults.headers);
    }

    void invalidDefaultsCannotBeSaved()
    {
        AppSettings settings(m_dir.filePath(u"invalid.ini"_s));
        SettingsDialog dialog(&settings, nullptr);
        dialog.findChild<QPlainTextEdit *>(u"includePaths"_s)->setPlainText(u"(unclosed"_s);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        QVERIFY(
            AppSettings(m_dir.filePath(u"invalid.ini"_s)).crawlDefaults().includePaths.isEmpty());
    }

    // The catalogues are those built into the application (trawl_ui's :/i18n); a window that is
    // open when the language changes says everything again in the new one.
    void switchingLanguageRetranslatesTheOpenWindow()
    {
        QCOMPARE(Languages::available().size(), 4);
        Languages languages;
        QVERIFY(languages.install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("JobListModel", "Pages"), u"Pages"_s);

        const QString db = m_dir.filePath(u"language.sqlite"_s);
        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job;
        job.options.url = QUrl(u"http://language.test/"_s);
        QVERIFY(store.createJob(job, &error));
        StoreWriter writer(db);
        QVERIFY(writer.start(&error));
        CrawlRunner runner(db, &writer);
        AppSettings settings(m_dir.filePath(u"language.ini"_s));
        MainWindow window(&store, &writer, &runner, &settings, &languages);
        window.show();
        auto *newCrawl = window.findChild<QAction *>(u"actionNewCrawl"_s);
        QMenu *fileMenu = window.menuBar()->actions().constFirst()->menu();
        JobListModel *jobs = window.jobListModel();
        QTabWidget *tabs = window.jobView()->tabs();
        QCOMPARE(newCrawl->text(), u"&New Crawl…"_s);
        QCOMPARE(fileMenu->title(), u"&File"_s);
        QCOMPARE(jobs->headerData(JobListModel::PagesColumn, Qt::Horizontal).toString(),
                 u"Pages"_s);
        QCOMPARE(tabs->tabText(JobView::PagesTab), u"Pages"_s);

        // German, from the .qm built from translations/trawl_de.ts.
        QVERIFY(languages.install(u"de"_s));
        QCOMPARE(QCoreApplication::translate("JobListModel", "Pages"), u"Seiten"_s);
        QTRY_COMPARE(newCrawl->text(), u"&Neuer Crawl…"_s);
        QCOMPARE(fileMenu->title(), QCoreApplication::translate("MainWindow", "&File"));
        QVERIFY(fileMenu->title() != u"&File"_s);
        QCOMPARE(jobs->headerData(JobListModel::PagesColumn, Qt::Horizontal).toString(),
                 u"Seiten"_s);
        QCOMPARE(tabs->tabText(JobView::PagesTab), u"Seiten"_s);
        QCOMPARE(jobs->index(0, JobListModel::ProviderColumn).data().toString(),
                 QCoreApplication::translate("JobListModel", "This computer"));

        // Simplified Chinese, then back to English.
        QVERIFY(languages.install(u"zh_CN"_s));
        QTRY_COMPARE(newCrawl->text(), u"新建爬取(&N)…"_s);
        QVERIFY(languages.install(u"en"_s));
        QTRY_COMPARE(newCrawl->text(), u"&New Crawl…"_s);
        QCOMPARE(tabs->tabText(JobView::PagesTab), u"Pages"_s);
    }

    void retentionDeletesOnlyOldFinishedJobs()
    {
        const QString db = m_dir.filePath(u"retention.sqlite"_s);
        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        auto make = [&](JobState state) {
            JobInfo job;
            job.options.url = QUrl(u"http://retention.test/"_s);
            if (!store.createJob(job, &error))
                qFatal("%s", qPrintable(error));
            if (state != JobState::Queued) {
                store.setJobState(job.id, JobState::Running, {}, &error);
                if (state != JobState::Running)
                    store.setJobState(job.id, state, {}, &error);
            }
            return job.id;
        };
        const QString oldCompleted = make(JobState::Completed);
        const QString oldCancelled = make(JobState::Cancelled);
        const QString oldPaused = make(JobState::Paused);
        const QString recentCompleted = make(JobState::Completed);
        // Age three of them by 40 days.
        for (const QString &id : {oldCompleted, oldCancelled, oldPaused}) {
            QSqlQuery query(store.database());
            query.prepare(u"UPDATE jobs SET finished_at = ?, updated_at = ? WHERE id = ?"_s);
            const qint64 old = QDateTime::currentDateTimeUtc().addDays(-40).toMSecsSinceEpoch();
            query.addBindValue(old);
            query.addBindValue(old);
            query.addBindValue(id);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QCOMPARE(Retention::apply(store, 0), QStringList()); // keep forever
        QCOMPARE(store.jobs().size(), 4);
        QStringList deleted = Retention::apply(store, 30);
        deleted.sort();
        QStringList expected{oldCompleted, oldCancelled};
        expected.sort();
        QCOMPARE(deleted, expected);
        QVERIFY(store.job(oldPaused)); // not finished: kept however old
        QVERIFY(store.job(recentCompleted));
    }
};

QTEST_MAIN(TestUiSettings)
#include "tst_uisettings.moc"
