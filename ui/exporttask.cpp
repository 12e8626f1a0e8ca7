// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporttask.h"

#include "export/exporter.h"
#include "export/jobsnapshot.h"
#include "export/markdownfolderexport.h"
#include "store/jobstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Passes writes on to the file, counts them, reports every so often, and fails every write
// once the export is cancelled (the exporter then stops and the file is discarded).
class CountingDevice final : public QIODevice
{
public:
    CountingDevice(QIODevice &target, const std::atomic_bool &cancelled,
                   std::function<void(qint64)> report)
        : m_target(target)
        , m_cancelled(cancelled)
        , m_report(std::move(report))
    {
        m_clock.start();
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_cancelled) {
            setErrorString(ExportTask::tr("The export was cancelled."));
            return -1;
        }
        const qint64 written = m_target.write(data, size);
        if (written < 0) {
            setErrorString(m_target.errorString());
            return -1;
        }
        m_bytes += written;
        if (m_clock.elapsed() - m_lastReport >= 100) {
            m_lastReport = m_clock.elapsed();
            m_report(m_bytes);
        }
        return written;
    }

private:
    QIODevice &m_target;
    const std::atomic_bool &m_cancelled;
    std::function<void(qint64)> m_report;
    QElapsedTimer m_clock;
    qint64 m_lastReport = 0;
    qint64 m_bytes = 0;
};

} // namespace

ExportTask::ExportTask(const QString &databasePath, const QString &jobId, const QString &format,
                       const QString &outputPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_jobId(jobId)
    , m_format(format)
    , m_outputPath(outputPath)
{}

QStringList ExportTask::formats()
{
    return Exporters::formats() << markdownDir;
}

QString ExportTask::extensionOf(const QString &format)
{
    const auto exporter = Exporters::create(format);
    return exporter ? exporter->fileExtension() : QString();
}

void ExportTask::run()
{
    QString error;
    JobStore store(m_databasePath);
    if (!store.open(&error))
        return Q_EMIT finished(false, false, error);
    const auto job = store.job(m_jobId);
    if (!job)
        return Q_EMIT finished(false, false, tr("The job %1 no longer exists.").arg(m_jobId));
    JobSnapshot snapshot(store, *job);
    Q_EMIT started(snapshot.pageCount());
    if (m_format == markdownDir) {
        const bool ok = runMarkdownDir(snapshot, &error);
        return Q_EMIT finished(ok && !m_cancelled, m_cancelled, error);
    }
    const auto exporter = Exporters::create(m_format);
    if (!exporter)
        return Q_EMIT finished(false, false, tr("Unknown format \"%1\".").arg(m_format));
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Q_EMIT finished(false, false,
                               tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()));
    CountingDevice counter(file, m_cancelled, [this](qint64 bytes) { Q_EMIT progress(bytes); });
    if (!exporter->write(snapshot, ExportRequest{}, counter, &error) || m_cancelled) {
        file.cancelWriting();
        return Q_EMIT finished(false, m_cancelled.load(), error);
    }
    if (!file.commit())
        return Q_EMIT finished(false, false,
                               tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()));
    Q_EMIT progress(file.size());
    Q_EMIT finished(true, false, {});
}

bool ExportTask::runMarkdownDir(JobSnapshot &snapshot, QString *error)
{
    // The folder exporter cannot be interrupted; a cancelled export is removed when it ends
    // (it appears only complete, so nothing half-written is ever seen).
    const bool existed = QFileInfo::exists(m_outputPath);
    // A folder that holds something already is refused (with the reason), never replaced.
    const bool ok = MarkdownFolderExport::write(snapshot, m_outputPath, error);
    if (ok && m_cancelled && !existed)
        QDir(m_outputPath).removeRecursively();
    return ok;
}
