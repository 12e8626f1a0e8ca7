// SPDX-License-Identifier: GPL-3.0-or-later
// An export taken while a crawl writes is one consistent snapshot: the counts in the document's
// head and the pages it lists come from the same moment, however long the export takes.
#include "export/exporter.h"
#include "export/jobsnapshot.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

class TestExportSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportWhileTheCrawlWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"snapshot.sqlite"_s);
        JobStore store(path);
        QString error;
        QVERIFY(store.open(&error));
        JobInfo job;
        job.options.url = QUrl(u"http://site.test/"_s);
        QVERIFY(store.createJob(job, &error));
        StoreWriter writer(path);
        QVERIFY(writer.start(&error));
        writer.setJobState(job.id, JobState::Running);

        // Pages keep arriving in small commits while the exports run.
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QThread *producer = QThread::create([&] {
            for (int i = 0; !stop; ++i) {
                PageRecord page;
                page.jobId = job.id;
                page.index = i;
                page.url = u"http://site.test/%1"_s.arg(i);
                page.state = i % 7 == 6 ? PageState::Failed : PageState::Completed;
                page.markdown = u"# %1\n"_s.arg(i).repeated(20);
                writer.storePage(page, page.url);
                if (i % 50 == 49) {
                    writer.flush();
                    written = i + 1;
                }
            }
            writer.flush();
        });
        producer->start();
        // A failed check returns early: stop the producer before the writer goes away.
        auto join = qScopeGuard([&] {
            stop = true;
            producer->wait();
            delete producer;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written > 2 * JobSnapshot::batchSize, 20000);

        const auto exporter = Exporters::create(u"geonode"_s);
        int exports = 0;
        int grewDuringExport = 0;
        while (exports < 5) {
            // Read before the snapshot: `written` counts pages committed by then (it is set
            // after each commit), all of which the snapshot must hold.
            const int before = written;
            const JobSnapshot snapshot(store, *store.job(job.id));
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(exporter->write(snapshot, ExportRequest{}, buffer, &error));
            grewDuringExport += written > before ? 1 : 0;
            const QJsonObject document = QJsonDocument::fromJson(buffer.data()).object();
            const qint64 listed = document.value(u"results"_s).toArray().size();
            const qint64 counted = document.value(u"completed_pages"_s).toInteger()
                                   + document.value(u"failed_pages"_s).toInteger();
            QCOMPARE(listed, counted);
            QVERIFY(listed >= before);
            ++exports;
        }
        join.dismiss();
        stop = true;
        producer->wait();
        delete producer;
        // The check means something only if pages did arrive while exports ran.
        QVERIFY2(grewDuringExport > 0, "the crawl wrote nothing during the exports");
    }
};

QTEST_GUILESS_MAIN(TestExportSnapshot)
#include "tst_exportsnapshot.moc"
