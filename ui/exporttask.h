// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

// One export, run on a worker thread: it opens its own read connection to the database, takes
// a JobSnapshot (one read transaction) and writes the format to a file (QSaveFile: the file
// appears only when complete) or, for markdown-dir, a folder. cancel() is thread-safe.
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
    void progress(qint64 bytesWritten);
    // ok, or why not (cancelled: `cancelled` true).
    void finished(bool ok, bool cancelled, const QString &error);

private:
    bool runMarkdownDir(class JobSnapshot &snapshot, QString *error);

    QString m_databasePath;
    QString m_jobId;
    QString m_format;
    QString m_outputPath;
    std::atomic_bool m_cancelled = false;
};
