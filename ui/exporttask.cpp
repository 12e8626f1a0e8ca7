// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exporttask.h"

#include "export/exporter.h"
#include "export/jobsnapshot.h"
#include "export/markdownfolderexport.h"
#include "store/jobstore.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Passes writes on to the file, counts them, and fails every write once the export is
// cancelled (the exporter then stops and the file is discarded).
class CountingDevice final : public QIODevice
{
public:
    CountingDevice(QIODevice &target, const std::atomic_bool &cancelled, qint64 &bytes)
        : m_target(target)
        , m_cancelled(cancelled)
        , m_bytes(bytes)
    {
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
        return written;
    }

private:
    QIODevice &m_target;
    const std::atomic_bool &m_cancelled;
    qint64 &m_bytes;
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
    const qint64 total = snapshot.pageCount();
    Q_EMIT started(total);
    snapshot.setPageObserver(
        [this, total](qint64 visited) { return pageWritten(std::min(visited, total), total); });
    if (m_format == markdownDir) {
        const bool ok = runMarkdownDir(snapshot, &error);
        if (ok && !m_cancelled)
            Q_EMIT progress(total, 0);
        if (m_cancelled)
            error = tr("The export was cancelled.");
        return Q_EMIT finished(ok && !m_cancelled, m_cancelled, error);
    }
    const auto exporter = Exporters::create(m_format);
    if (!exporter)
        return Q_EMIT finished(false, false, tr("Unknown format \"%1\".").arg(m_format));
    QSaveFile file(m_outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Q_EMIT finished(false, false,
                               tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()));
    CountingDevice counter(file, m_cancelled, m_bytes);
    if (!exporter->write(snapshot, ExportRequest{}, counter, &error) || m_cancelled) {
        file.cancelWriting();
        return Q_EMIT finished(false, m_cancelled.load(), error);
    }
    if (!file.commit())
        return Q_EMIT finished(false, false,
                               tr("Cannot write %1: %2").arg(m_outputPath, file.errorString()));
    Q_EMIT progress(total, file.size());
    Q_EMIT finished(true, false, {});
}

bool ExportTask::pageWritten(qint64 visited, qint64 total)
{
    if (m_cancelled)
        return false;
    const int percent = total > 0 ? int(visited * 100 / total) : 100;
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        Q_EMIT progress(visited, m_bytes);
    }
    return true;
}

bool ExportTask::runMarkdownDir(JobSnapshot &snapshot, QString *error)
{
    // A cancel stops the walk over the pages: the folder exporter then removes its temporary
    // folder. One that came after the last page removes the finished folder (it appears only
    // complete, so nothing half-written is ever seen).
    const bool existed = QFileInfo::exists(m_outputPath);
    // A folder that holds something already is refused (with the reason), never replaced.
    const bool ok = MarkdownFolderExport::write(snapshot, m_outputPath, error);
    if (ok && m_cancelled) {
        QDir(m_outputPath).removeRecursively();
        if (existed) // it was empty (a folder with something in it is refused): empty again
            QDir().mkpath(m_outputPath);
    }
    return ok;
}
