// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSettings;
class CrawlOptionsForm;
class Languages;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

// Settings: the defaults of new crawls, the data folder (used from the next start), how long
// finished jobs are kept, pages rendered at once (from the next page rendered), and the language
// (applied to windows opened from now on).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `languages` may be null (then the language is only stored).
    SettingsDialog(AppSettings *settings, Languages *languages, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override; // stores everything

private:
    void browseDataFolder();
    void validate();

    AppSettings *m_settings;
    Languages *m_languages;
    CrawlOptionsForm *m_defaults;
    QLineEdit *m_dataFolder;
    QSpinBox *m_retention;
    QSpinBox *m_pagesRendered;
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};
