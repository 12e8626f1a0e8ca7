// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

// API keys: in the system keychain (QtKeychain: Secret Service, KWallet, ...) when one answers;
// otherwise only in this object's memory for the session, which isPersistent() tells the UI.
// Never in the database, the settings or a log: there is no plain-text fallback.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend
    {
        Auto,       // the keychain if it answers the probe, else memory
        MemoryOnly, // never the keychain (the command line, tests)
    };
    static constexpr int probeTimeoutMs = 3000;

    explicit SecretStore(const QString &service, Backend backend = Backend::Auto,
                         QObject *parent = nullptr);

    // Asks the keychain once whether it works; ready() follows (at once for MemoryOnly).
    void probe();
    bool isReady() const { return m_ready; }
    // Whether keys outlive this session (kept in the system keychain).
    bool isPersistent() const { return m_persistent; }

    // Keeps `secret` under `name`: in memory now, and in the keychain when there is one.
    void store(const QString &name, const QString &secret);
    // The secret under `name`: from memory, else from the keychain; `done` runs on `context`'s
    // thread with nothing when there is none.
    void fetch(const QString &name, QObject *context,
               std::function<void(std::optional<QString>)> done);
    std::optional<QString> cached(const QString &name) const;
    void remove(const QString &name);

    // The name a provider's key is kept under: one key per provider and base URL.
    static QString keyName(const QString &provider, const QUrl &baseUrl);

Q_SIGNALS:
    void ready(bool persistent);
    // A keychain write failed; the key is held in memory for the session.
    void storeFailed(const QString &message);

private:
    void setReady(bool persistent);

    QString m_service;
    Backend m_backend;
    bool m_ready = false;
    bool m_persistent = false;
    bool m_probing = false;
    QHash<QString, QString> m_memory;
};
