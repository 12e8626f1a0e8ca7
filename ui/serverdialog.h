// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class LocalApiServer;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// "Local API server": switches the Firecrawl-compatible API on and off, its port, the bearer
// token (shown, copied, regenerated) and the base URL to give SDKs. It holds the token only in
// memory: whoever stores it (the keychain) listens to tokenChanged().
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    ServerDialog(LocalApiServer *server, const QString &token, QWidget *parent = nullptr);
    ~ServerDialog() override;

    QString token() const { return m_token; }
    int port() const;
    // The port shown while the server is off.
    void setPort(int port);

Q_SIGNALS:
    void tokenChanged(const QString &token);
    // The user switched the server (or changed its port): whether it now runs, and its port.
    void switched(bool running, int port);

private:
    void setRunning(bool running);
    void regenerateToken();
    void updateState(const QString &error = {});

    LocalApiServer *m_server;
    QString m_token;
    QCheckBox *m_enabled;
    QSpinBox *m_port;
    QLineEdit *m_tokenEdit;
    QLineEdit *m_urlEdit;
    QLabel *m_state;
    QPushButton *m_otherPort; // offered when the port is taken
    int m_freePort = 0;
};
