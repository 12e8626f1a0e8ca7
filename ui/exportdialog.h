// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"

#include <QDialog>
#include <QThread>

class AppSettings;
class ExportTask;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Exports one job in any format of the Exporters registry (and markdown-dir) to a file or a
// folder. The export runs on a worker thread with its own database connection; the dialog shows
// its progress, can cancel it, and offers to open the folder when it is done.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const QString &databasePath, const JobInfo &job, AppSettings *settings,
                 QWidget *parent = nullptr);
    ~ExportDialog() override; // cancels a running export and waits for it

    QString format() const;
    void setFormat(const QString &format);
    QString outputPath() const;
    void setOutputPath(const QString &path);

    void startExport();
    bool isExporting() const { return m_thread.isRunning(); }
    void cancelExport();

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void formatChanged();
    void browse();
    void showProgress(qint64 pages, qint64 bytes);
    void finish(bool ok, bool cancelled, const QString &error);
    void openFolder();
    QString suggestedPath(const QString &format) const;

    QString m_databasePath;
    JobInfo m_job;
    AppSettings *m_settings;
    QComboBox *m_format;
    QLabel *m_formatHelp;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_openFolder;
    QDialogButtonBox *m_buttons;
    QThread m_thread;
    ExportTask *m_task = nullptr;
    qint64 m_pages = 0;
    bool m_pathEdited = false;
    bool m_closeRequested = false;
};
