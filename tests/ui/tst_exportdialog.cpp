// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/exportdialog.h"
#include "ui/exporttask.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    JobInfo m_job;
    static constexpr int pageCount = 25;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"export.sqlite"_s);
        JobStore store(m_db);
        QString error;
        QVERIFY(store.open(&error));
        m_job.options.url = QUrl(u"https://site.example/"_s);
        QVERIFY(store.createJob(m_job, &error));
        StoreWriter writer(m_db);
        QVERIFY(writer.start(&error));
        writer.setJobState(m_job.id, JobState::Running);
        for (int i = 0; i < pageCount; ++i) {
            PageRecord page;
            page.jobId = m_job.id;
            page.index = i;
            page.url = u"https://site.example/page/%1"_s.arg(i);
            page.finalUrl = page.url;
            page.depth = i == 0 ? 0 : 1;
            page.state = i == 3 ? PageState::Failed : PageState::Completed;
            page.httpStatus = i == 3 ? 500 : 200;
            page.title = u"Page %1"_s.arg(i);
            page.markdown = u"# Page %1\n\nText."_s.arg(i);
            writer.storePage(page, page.url);
        }
        writer.setJobState(m_job.id, JobState::Completed);
        writer.flush();
        m_job = *store.job(m_job.id);
    }

    void offersEveryFormat()
    {
        AppSettings settings(m_dir.filePath(u"formats.ini"_s));
        ExportDialog dialog(m_db, m_job, &settings);
        auto *combo = dialog.findChild<QComboBox *>(u"format"_s);
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemData(i).toString();
        QCOMPARE(offered, ExportTask::formats());
        QVERIFY(offered.contains(u"markdown-dir"_s));
        // The suggested path follows the format's extension.
        dialog.setFormat(u"csv"_s);
        QVERIFY(dialog.outputPath().endsWith(u".csv"_s));
        dialog.setFormat(u"jsonl"_s);
        QVERIFY(dialog.outputPath().endsWith(u".jsonl"_s));
    }

    void exportsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : ExportTask::formats())
            QTest::newRow(qPrintable(format)) << format;
    }

    void exportsEachFormat()
    {
        QFETCH(QString, format);
        AppSettings settings(m_dir.filePath(u"each.ini"_s));
        ExportDialog dialog(m_db, m_job, &settings);
        dialog.setFormat(format);
        const QString output = m_dir.filePath(u"out-"_s + format + ExportTask::extensionOf(format));
        dialog.setOutputPath(output);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.findChild<QPushButton *>(u"export"_s)->click();
        QVERIFY(dialog.isExporting() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(dialog.findChild<QPushButton *>(u"openFolder"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"status"_s)->text().contains(u"25"_s));

        if (format == u"markdown-dir"_s) {
            QVERIFY(QFileInfo(output).isDir());
            QVERIFY(QFile::exists(QDir(output).filePath(u"index.md"_s)));
            return;
        }
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"jsonl"_s) {
            QCOMPARE(bytes.trimmed().split('\n').size(), pageCount);
        } else if (format == u"csv"_s) {
            QCOMPARE(bytes.trimmed().split('\n').size(), pageCount + 1); // a header row
        } else {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            QVERIFY(bytes.contains("https://site.example/page/24"));
        }
        // The choice is remembered for the next export.
        QCOMPARE(settings.exportFormat(), format);
    }

    void cancelLeavesNothing()
    {
        AppSettings settings(m_dir.filePath(u"cancel.ini"_s));
        ExportDialog dialog(m_db, m_job, &settings);
        dialog.setFormat(u"firecrawl-v1"_s);
        const QString output = m_dir.filePath(u"cancelled.json"_s);
        dialog.setOutputPath(output);
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        // The task runs on its thread once that thread's event loop starts: cancelled before.
        dialog.cancelExport();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(u"Cancelled"_s));
        QVERIFY(!QFile::exists(output));
        QVERIFY(!dialog.findChild<QPushButton *>(u"openFolder"_s)->isEnabled());
    }

    void aBadPathIsReported()
    {
        AppSettings settings(m_dir.filePath(u"bad.ini"_s));
        ExportDialog dialog(m_db, m_job, &settings);
        dialog.setFormat(u"csv"_s);
        dialog.setOutputPath(m_dir.filePath(u"no/such/folder/out.csv"_s));
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY(finished.at(0).at(1).toString().contains(u"no/such/folder"_s));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
