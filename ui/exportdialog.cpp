// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportdialog.h"

#include "ui/appsettings.h"
#include "ui/exporttask.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString describe(const QString &format)
{
    if (format == u"firecrawl-v0"_s)
        return ExportDialog::tr(
            "Firecrawl v0: the answer of GET /v0/crawl/status (one JSON file).");
    if (format == u"firecrawl-v1"_s)
        return ExportDialog::tr("Firecrawl v1: the answer of GET /v1/crawl/{id} (one JSON file).");
    if (format == u"spidra"_s)
        return ExportDialog::tr("Spidra: the crawl status document (one JSON file).");
    if (format == u"geonode"_s)
        return ExportDialog::tr("Geonode: the crawl results document (one JSON file).");
    if (format == u"jsonl"_s)
        return ExportDialog::tr(
            "JSON Lines: one Firecrawl v1 document per page, failed pages too.");
    if (format == u"csv"_s)
        return ExportDialog::tr("CSV: one row per page (URL, status, title, errors…), for a "
                                "spreadsheet.");
    if (format == ExportTask::markdownDir)
        return ExportDialog::tr("A folder of Markdown files, one per page, with an index.md.");
    return {};
}

} // namespace

ExportDialog::ExportDialog(const QString &databasePath, const JobInfo &job, AppSettings *settings,
                           QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_job(job)
    , m_settings(settings)
    , m_format(new QComboBox(this))
    , m_formatHelp(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("&Cancel Export"), this))
    , m_openFolder(new QPushButton(tr("&Open Folder"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Job"));
    setObjectName(u"exportDialog"_s);
    m_thread.setObjectName(u"export"_s);

    m_format->setObjectName(u"format"_s);
    for (const QString &format : ExportTask::formats())
        m_format->addItem(format, format);
    m_format->setToolTip(tr("The documented status formats of the hosted APIs, JSON Lines, CSV "
                            "or a folder of Markdown files."));
    m_formatHelp->setWordWrap(true);
    m_output->setObjectName(u"outputPath"_s);
    m_output->setMinimumWidth(m_output->fontMetrics().horizontalAdvance(u'x') * 50);
    connect(m_output, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_output, &QLineEdit::textChanged, this,
            [this] { m_export->setEnabled(!isExporting() && !outputPath().isEmpty()); });
    m_browse->setObjectName(u"browse"_s);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);

    m_progress->setObjectName(u"progress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p%"));
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export->setObjectName(u"export"_s);
    m_export->setDefault(true);
    m_cancel->setObjectName(u"cancelExport"_s);
    m_cancel->setEnabled(false);
    m_openFolder->setObjectName(u"openFolder"_s);
    m_openFolder->setEnabled(false);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_openFolder, QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportDialog::openFolder);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *jobLabel =
        new QLabel(tr("%1 — %n page(s)", nullptr, int(std::min<qint64>(job.pagesDone(), INT_MAX)))
                       .arg(job.startUrl),
                   this);
    jobLabel->setWordWrap(true);
    form->addRow(tr("Job:"), jobLabel);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_formatHelp);
    form->addRow(tr("&Save to:"), outputRow);
    form->addRow(tr("Progress:"), m_progress);
    form->addRow(QString(), m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    const int stored = m_format->findData(m_settings->exportFormat());
    m_format->setCurrentIndex(stored >= 0 ? stored : 0);
    formatChanged();
}

ExportDialog::~ExportDialog()
{
    if (m_task)
        m_task->cancel();
    m_thread.quit();
    m_thread.wait();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(m_format->findData(format));
}

QString ExportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
    m_pathEdited = true;
}

QString ExportDialog::suggestedPath(const QString &format) const
{
    QString host = QUrl(m_job.startUrl).host();
    host.replace(u'.', u'-');
    const QString base = u"trawl-%1-%2"_s.arg(host.isEmpty() ? u"job"_s : host, m_job.id.left(8));
    const QString name =
        format == ExportTask::markdownDir
            ? base + u"-markdown"_s
            : base
                  + (format == u"firecrawl-v0"_s || format == u"firecrawl-v1"_s ? u"-"_s + format
                                                                                : QString())
                  + ExportTask::extensionOf(format);
    return QDir(m_settings->exportFolder()).filePath(name);
}

void ExportDialog::formatChanged()
{
    m_formatHelp->setText(describe(format()));
    m_browse->setToolTip(format() == ExportTask::markdownDir ? tr("Choose the folder to create")
                                                             : tr("Choose the file to write"));
    if (!m_pathEdited) {
        m_output->setText(suggestedPath(format()));
    } else if (format() != ExportTask::markdownDir) {
        // Keep the name the person chose; fix only its extension.
        QFileInfo info(outputPath());
        const QString extension = ExportTask::extensionOf(format());
        if (!info.fileName().endsWith(extension))
            m_output->setText(info.dir().filePath(info.completeBaseName() + extension));
    }
}

void ExportDialog::browse()
{
    QString chosen;
    if (format() == ExportTask::markdownDir) {
        const QString parent =
            QFileDialog::getExistingDirectory(this, tr("Folder to Create the Markdown Folder In"),
                                              QFileInfo(outputPath()).absolutePath());
        if (!parent.isEmpty())
            chosen = QDir(parent).filePath(QFileInfo(outputPath()).fileName());
    } else {
        const QString extension = ExportTask::extensionOf(format());
        chosen = QFileDialog::getSaveFileName(this, tr("Export To"), outputPath(),
                                              tr("%1 files (*%2)").arg(format(), extension));
    }
    if (!chosen.isEmpty())
        setOutputPath(chosen);
}

void ExportDialog::startExport()
{
    if (isExporting() || outputPath().isEmpty())
        return;
    m_settings->setExportFormat(format());
    m_settings->setExportFolder(QFileInfo(outputPath()).absolutePath());
    m_task = new ExportTask(m_databasePath, m_job.id, format(), outputPath());
    m_task->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_task, &QObject::deleteLater);
    connect(m_task, &ExportTask::started, this, [this](qint64 pages) {
        m_pages = pages;
        m_progress->setRange(0, int(std::clamp<qint64>(pages, 1, INT_MAX)));
        m_progress->setValue(0);
        m_status->setText(
            tr("Exporting %n page(s)…", nullptr, int(std::min<qint64>(pages, INT_MAX))));
    });
    connect(m_task, &ExportTask::progress, this, &ExportDialog::showProgress);
    connect(m_task, &ExportTask::finished, this, &ExportDialog::finish);
    m_progress->setRange(0, 0); // busy until the pages are counted
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    m_openFolder->setEnabled(false);
    m_format->setEnabled(false);
    m_output->setEnabled(false);
    m_browse->setEnabled(false);
    m_status->setText(tr("Starting…"));
    m_thread.start();
    QMetaObject::invokeMethod(m_task, &ExportTask::run, Qt::QueuedConnection);
}

void ExportDialog::showProgress(qint64 pages, qint64 bytes)
{
    if (!isExporting())
        return; // a report that arrived after the end
    m_progress->setValue(int(std::min<qint64>(pages, m_progress->maximum())));
    const QLocale locale;
    const QString count =
        tr("%1 of %2 pages").arg(locale.toString(pages), locale.toString(m_pages));
    m_status->setText(
        bytes > 0 ? tr("Exporting: %1, %2 written…").arg(count, locale.formattedDataSize(bytes))
                  : tr("Exporting: %1…").arg(count));
}

void ExportDialog::cancelExport()
{
    if (m_task)
        m_task->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::finish(bool ok, bool cancelled, const QString &error)
{
    m_thread.quit();
    m_thread.wait();
    m_task = nullptr;
    m_progress->setRange(0, int(std::clamp<qint64>(m_pages, 1, INT_MAX)));
    m_progress->setValue(ok ? m_progress->maximum() : 0);
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    m_format->setEnabled(true);
    m_output->setEnabled(true);
    m_browse->setEnabled(true);
    m_openFolder->setEnabled(ok);
    QString message;
    if (ok)
        message = tr("Exported %n page(s) to %1.", nullptr, int(std::min<qint64>(m_pages, INT_MAX)))
                      .arg(QDir::toNativeSeparators(outputPath()));
    else if (cancelled)
        message = tr("Cancelled: nothing was written.");
    else
        message = tr("The export failed: %1").arg(error);
    m_status->setText(message);
    Q_EMIT exportFinished(ok, message);
    if (m_closeRequested)
        QDialog::reject();
}

void ExportDialog::openFolder()
{
    const QFileInfo info(outputPath());
    const QString folder =
        format() == ExportTask::markdownDir ? info.absoluteFilePath() : info.absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        m_closeRequested = true;
        cancelExport();
        return; // closes once the export has stopped
    }
    QDialog::reject();
}
