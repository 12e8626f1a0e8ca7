// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

// One export, run on a worker thread: it opens its own read connection to the database, takes
// a JobSnapshot (one read transaction) and writes the format to a file (QSaveFile: the file
// appears only when complete) or, for markdown-dir, a folder (written beside its place and
// moved there when complete). cancel() is thread-safe and stops the export at the next page;
// nothing of a cancelled export is left behind.
class ExportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTask)

public:
    static inline const QString markdownDir = QStringLiteral("markdown-dir");

    ExportTask(const QString &databasePath, const QString &jobId, const QString &format,
               const QString &outputPath, QObject *parent = nullptr);

    // Every format, for a file or a folder.
    static QStringList formats();
    // ".json", ".jsonl", ".csv"; empty for markdown-dir (a folder).
    static QString extensionOf(const QString &format);

    void run(); // on the worker thread
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void started(qint64 pages);
    // Pages written so far (of the `pages` of started()) and the bytes of a file: at each
    // percent, and once more at the end.
    void progress(qint64 pagesWritten, qint64 bytesWritten);
    // ok, or why not (cancelled: `cancelled` true).
    void finished(bool ok, bool cancelled, const QString &error);

private:
    bool runMarkdownDir(class JobSnapshot &snapshot, QString *error);
    // Reports `visited` of `total` pages when the percentage changed; false once cancelled.
    bool pageWritten(qint64 visited, qint64 total);

    QString m_databasePath;
    QString m_jobId;
    QString m_format;
    QString m_outputPath;
    std::atomic_bool m_cancelled = false;
    qint64 m_bytes = 0; // written to the file so far (on the worker thread)
    int m_lastPercent = -1;
};
