// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class LocalApiServer;
class QCheckBox;
class QLabel;
class QLineEdit;
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

Q_SIGNALS:
    void tokenChanged(const QString &token);

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
};
