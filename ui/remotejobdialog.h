// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class AppSettings;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class SecretStore;

// "Monitor remote job": which API (provider and base URL, each provider's default offered),
// the service's job id and the API key. The key field echoes as a password; a line says whether
// the key will be kept in the system keychain or only for this session. A key already stored
// for the provider and base URL is used when the field is left empty (it is not shown). OK is
// enabled only when every field is valid; otherwise the reasons are listed. The provider and base
// URL (never the key) are remembered in the settings.
class RemoteJobDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteJobDialog)

public:
    // `settings` (which must outlive the dialog) keeps the provider and base URL.
    RemoteJobDialog(SecretStore &secrets, AppSettings *settings, QWidget *parent = nullptr);
    ~RemoteJobDialog() override;

    QString provider() const;
    QUrl baseUrl() const;
    QString remoteId() const;
    // The key typed, else the one stored for this provider and base URL.
    QString apiKey() const;
    bool usesStoredKey() const;

    // Where API keys go, for people: the system keychain, or this session's memory only; and
    // when `keyStored`, that the stored one is used if none is typed.
    static QString keyNote(const SecretStore &secrets, bool keyStored = false);

    // Why the input cannot be used yet, one reason per field (empty: it can).
    QStringList problems() const;

    void accept() override;

private:
    void providerChanged();
    void validate();
    void updateKeyNote();
    void lookUpStoredKey();

    SecretStore &m_secrets;
    AppSettings *m_settings;
    QTimer m_lookup;     // the stored key is looked up once typing pauses
    QString m_storedKey; // for the provider and base URL shown
    QString m_storedFor; // the key name it was looked up under
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
