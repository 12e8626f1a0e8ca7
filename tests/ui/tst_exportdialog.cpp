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
#include <QProgressBar>
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
    JobInfo m_bigJob; // written straight into the store: enough pages to stop in the middle
    static constexpr int pageCount = 25;
    static constexpr int bigPageCount = 3000;

    // Every entry of `folder`, hidden ones too (a temporary file or folder left behind).
    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                      | QDir::NoDotAndDotDot);
    }

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

        m_bigJob.options.url = QUrl(u"https://big.example/"_s);
        QVERIFY(store.createJob(m_bigJob, &error));
        writer.setJobState(m_bigJob.id, JobState::Running);
        const QString text = u"Some words of a page, long enough to take a while. "_s.repeated(40);
        for (int i = 0; i < bigPageCount; ++i) {
            PageRecord page;
            page.jobId = m_bigJob.id;
            page.index = i;
            page.url = u"https://big.example/section-%1/page-%2"_s.arg(i % 50).arg(i);
            page.finalUrl = page.url;
            page.depth = 1;
            page.state = PageState::Completed;
            page.httpStatus = 200;
            page.title = u"Page %1"_s.arg(i);
            page.markdown = u"# Page %1\n\n"_s.arg(i) + text;
            page.html = u"<p>"_s + text + u"</p>"_s;
            writer.storePage(page, page.url);
        }
        writer.setJobState(m_bigJob.id, JobState::Completed);
        writer.flush();
        m_job = *store.job(m_job.id);
        m_bigJob = *store.job(m_bigJob.id);
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

    // The bar counts pages: every percent of a large job is shown, and it ends full.
    void progressIsAPercentageOfThePages()
    {
        AppSettings settings(m_dir.filePath(u"progress.ini"_s));
        ExportDialog dialog(m_db, m_bigJob, &settings);
        dialog.setFormat(u"jsonl"_s);
        dialog.setOutputPath(m_dir.filePath(u"progress.jsonl"_s));
        auto *bar = dialog.findChild<QProgressBar *>(u"progress"_s);
        QList<int> values;
        connect(bar, &QProgressBar::valueChanged, this, [&values](int value) { values << value; });
        QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(bar->maximum(), bigPageCount);
        QCOMPARE(bar->value(), bigPageCount);
        QVERIFY(bar->isTextVisible());
        QCOMPARE(bar->text(), u"100%"_s);
        // The pages written as they were written: a hundred steps, one after the other.
        QList<int> between;
        for (int value : std::as_const(values)) {
            if (value > 0 && value < bigPageCount)
                between << value;
        }
        QVERIFY2(between.size() >= 90, qPrintable(QString::number(between.size())));
        QVERIFY(std::is_sorted(between.cbegin(), between.cend()));
    }

    // A cancel while the pages are being written stops the export there and leaves nothing
    // behind: no file, no temporary file, no folder.
    void cancelInTheMiddleLeavesNothing_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &format : {u"jsonl"_s, u"csv"_s, u"firecrawl-v1"_s, u"markdown-dir"_s})
            QTest::newRow(qPrintable(format)) << format;
    }

    void cancelInTheMiddleLeavesNothing()
    {
        QFETCH(QString, format);
        const QString folder = m_dir.filePath(u"cancel-middle-"_s + format);
        QVERIFY(QDir().mkpath(folder));
        const QString output = QDir(folder).filePath(u"export"_s + ExportTask::extensionOf(format));
        ExportTask task(m_db, m_bigJob.id, format, output);
        qint64 total = 0;
        qint64 lastSeen = 0;
        connect(&task, &ExportTask::started, this, [&total](qint64 pages) { total = pages; });
        // On the exporting thread (here the test's own), at a third of the pages.
        connect(
            &task, &ExportTask::progress, this,
            [&](qint64 pages) {
                lastSeen = pages;
                if (pages >= total / 3)
                    task.cancel();
            },
            Qt::DirectConnection);
        QSignalSpy finished(&task, &ExportTask::finished);
        task.run();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(total, qint64(bigPageCount));
        QVERIFY(!finished.at(0).at(0).toBool()); // not ok
        QVERIFY(finished.at(0).at(1).toBool());  // cancelled
        QVERIFY2(lastSeen >= total / 3 && lastSeen < total, qPrintable(QString::number(lastSeen)));
        QCOMPARE(entries(folder), QStringList());
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
