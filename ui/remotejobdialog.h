// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <QUrl>

class AppSettings;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SecretStore;

// "Monitor remote job": which API (provider and base URL, each provider's default offered),
// the service's job id and the API key. The key field echoes as a password; a line says whether
// the key will be kept in the system keychain or only for this session. OK is enabled only when
// every field is valid; otherwise the reasons are listed. The provider and base URL (never the
// key) are remembered in the settings.
class RemoteJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobDialog)

public:
    // `settings` (which must outlive the dialog) keeps the provider and base URL.
    RemoteJobDialog(const SecretStore &secrets, AppSettings *settings, QWidget *parent = nullptr);
    ~RemoteJobDialog() override;

    QString provider() const;
    QUrl baseUrl() const;
    QString remoteId() const;
    QString apiKey() const;

    // Why the input cannot be used yet, one reason per field (empty: it can).
    QStringList problems() const;

    void accept() override;

private:
    void providerChanged();
    void validate();
    void updateKeyNote();

    const SecretStore &m_secrets;
    AppSettings *m_settings;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_jobId = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_keyHeader = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_defaultShown; // the default base URL the field shows (not the user's own)
};
