// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingsdialog.h"

#include "crawl/renderservice.h"
#include "store/database.h"
#include "ui/appsettings.h"
#include "ui/crawloptionsform.h"
#include "ui/languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
const QString dialogName = u"settings"_s;
}

SettingsDialog::SettingsDialog(AppSettings *settings, Languages *languages, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_defaults(new CrawlOptionsForm(this))
    , m_dataFolder(new QLineEdit(this))
    , m_retention(new QSpinBox(this))
    , m_pagesRendered(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_dataFolder->setObjectName(u"dataFolder"_s);
    m_dataFolder->setPlaceholderText(
        QDir::toNativeSeparators(QFileInfo(Database::defaultPath()).absolutePath()));
    m_dataFolder->setText(m_settings->dataFolder());
    m_dataFolder->setToolTip(tr("Where Trawl keeps its job database (trawl.sqlite). Empty: the "
                                "default folder."));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDataFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Data folder:"), folderRow);
    auto *restartNote = new QLabel(tr("A new data folder is used from the next start of Trawl; "
                                      "jobs are not moved."),
                                   this);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);
    form->addRow(QString(), restartNote);

    m_retention->setObjectName(u"retentionDays"_s);
    m_retention->setRange(0, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setSpecialValueText(tr("Keep forever"));
    m_retention->setValue(m_settings->retentionDays());
    m_retention->setToolTip(tr("At each start, delete finished jobs (with their pages) that "
                               "ended longer ago than this."));
    form->addRow(tr("Delete finished jobs &after:"), m_retention);

    m_pagesRendered->setObjectName(u"pagesRenderedAtOnce"_s);
    m_pagesRendered->setRange(1, RenderService::maxPagesAtOnce);
    m_pagesRendered->setValue(m_settings->pagesRenderedAtOnce());
    m_pagesRendered->setToolTip(tr("How many pages of crawls that run JavaScript are rendered at "
                                   "the same time. More is faster and takes more memory; applies "
                                   "from the next page rendered."));
    form->addRow(tr("Pages &rendered at once:"), m_pagesRendered);

    m_language->setObjectName(u"language"_s);
    for (const Languages::Language &language : Languages::available())
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    m_language->setToolTip(tr("The language of the window."));
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote =
        new QLabel(tr("The window changes to the new language as soon as you press OK."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    auto *defaultsPage = new QWidget(this);
    auto *defaultsLayout = new QVBoxLayout(defaultsPage);
    auto *defaultsNote = new QLabel(tr("Every new crawl starts with these options."), this);
    defaultsLayout->addWidget(defaultsNote);
    defaultsLayout->addWidget(m_defaults, 1);
    m_defaults->setOptions(m_settings->crawlDefaults());
    connect(m_defaults, &CrawlOptionsForm::changed, this, &SettingsDialog::validate);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(general, tr("General"));
    tabs->addTab(defaultsPage, tr("New Crawl Defaults"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_buttons);
    if (!restoreGeometry(m_settings->dialogGeometry(dialogName)))
        resize(680, 560);
    validate();
}

SettingsDialog::~SettingsDialog()
{
    m_settings->setDialogGeometry(dialogName, saveGeometry());
}

void SettingsDialog::browseDataFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Data Folder"),
        m_dataFolder->text().isEmpty() ? m_dataFolder->placeholderText() : m_dataFolder->text());
    if (!folder.isEmpty())
        m_dataFolder->setText(folder);
}

void SettingsDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_defaults->problems().isEmpty());
}

void SettingsDialog::accept()
{
    if (!m_defaults->problems().isEmpty())
        return;
    m_settings->setCrawlDefaults(m_defaults->options());
    m_settings->setDataFolder(m_dataFolder->text().trimmed());
    m_settings->setRetentionDays(m_retention->value());
    m_settings->setPagesRenderedAtOnce(m_pagesRendered->value());
    const QString language = m_language->currentData().toString();
    if (language != m_settings->language()) {
        m_settings->setLanguage(language);
        if (m_languages)
            m_languages->install(language);
    }
    m_settings->sync();
    QDialog::accept();
}
