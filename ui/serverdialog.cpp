// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/serverdialog.h"

#include "server/localapiserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QWidget *withCopyButton(QLineEdit *edit, const QString &copyText, QWidget *extra, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *copy = new QPushButton(copyText, row);
    QObject::connect(copy, &QPushButton::clicked, edit,
                     [edit] { QGuiApplication::clipboard()->setText(edit->text()); });
    layout->addWidget(copy);
    if (extra)
        layout->addWidget(extra);
    return row;
}

} // namespace

ServerDialog::ServerDialog(LocalApiServer *server, const QString &token, QWidget *parent)
    : QDialog(parent)
    , m_server(server)
    , m_token(token.isEmpty() ? LocalApiServer::generateToken() : token)
    , m_enabled(new QCheckBox(tr("&Answer Firecrawl's API on this computer"), this))
    , m_port(new QSpinBox(this))
    , m_tokenEdit(new QLineEdit(m_token, this))
    , m_urlEdit(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_otherPort(new QPushButton(this))
{
    setWindowTitle(tr("Local API server"));
    m_port->setRange(1, 65535);
    m_port->setValue(server->isListening() && server->options().port != 0
                         ? server->options().port
                         : LocalApiOptions::defaultPort);
    m_tokenEdit->setObjectName(u"token"_s);
    m_urlEdit->setObjectName(u"baseUrl"_s);
    m_tokenEdit->setReadOnly(true);
    m_urlEdit->setReadOnly(true);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *regenerate = new QPushButton(tr("&Regenerate"), this);
    regenerate->setToolTip(tr("A new token: scripts using the old one are refused from now on."));
    connect(regenerate, &QPushButton::clicked, this, &ServerDialog::regenerateToken);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Token:"), withCopyButton(m_tokenEdit, tr("Copy &token"), regenerate, this));
    form->addRow(tr("Base URL:"), withCopyButton(m_urlEdit, tr("Copy &URL"), nullptr, this));
    auto *hint = new QLabel(tr("Give SDKs the base URL as their API URL and the token as their "
                               "API key. Only programs on this computer can connect; jobs they "
                               "start appear in the job list."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_state);
    m_otherPort->setObjectName(u"otherPort"_s);
    m_otherPort->hide();
    connect(m_otherPort, &QPushButton::clicked, this, [this] {
        m_port->setValue(m_freePort);
        m_enabled->setChecked(true);
    });
    layout->addWidget(m_otherPort, 0, Qt::AlignLeft);
    layout->addWidget(buttons);

    m_enabled->setChecked(server->isListening());
    connect(m_enabled, &QCheckBox::toggled, this, &ServerDialog::setRunning);
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        if (m_server->isListening() && m_server->baseUrl().port() != m_port->value()) {
            setRunning(false);
            setRunning(true);
        }
    });
    updateState();
}

ServerDialog::~ServerDialog() = default;

int ServerDialog::port() const
{
    return m_port->value();
}

void ServerDialog::setPort(int port)
{
    if (!m_server->isListening() && port > 0) {
        m_port->setValue(port);
        updateState();
    }
}

void ServerDialog::setRunning(bool running)
{
    m_freePort = 0;
    if (!running) {
        m_server->stop();
        updateState();
        Q_EMIT switched(false, m_port->value());
        return;
    }
    LocalApiOptions options = m_server->options();
    options.port = quint16(m_port->value());
    options.token = m_token;
    QString error;
    const bool started = m_server->start(options, &error);
    if (!started) {
        const QSignalBlocker blocker(m_enabled);
        m_enabled->setChecked(false);
        // The port is taken: offer the next free one.
        if (m_server->portInUse())
            m_freePort = LocalApiServer::freePortAfter(options.address, options.port);
    }
    updateState(error);
    Q_EMIT switched(started, m_port->value());
}

void ServerDialog::regenerateToken()
{
    m_token = LocalApiServer::generateToken();
    m_tokenEdit->setText(m_token);
    m_server->setToken(m_token);
    Q_EMIT tokenChanged(m_token);
}

void ServerDialog::updateState(const QString &error)
{
    const bool listening = m_server->isListening();
    m_port->setEnabled(true);
    m_urlEdit->setText(listening ? m_server->baseUrl().toString()
                                 : u"http://127.0.0.1:%1"_s.arg(m_port->value()));
    m_otherPort->setVisible(m_freePort > 0);
    m_otherPort->setText(tr("Use port %1 &instead").arg(m_freePort));
    if (!error.isEmpty())
        m_state->setText(tr("Not running: %1").arg(error));
    else if (listening)
        m_state->setText(tr("Listening on %1.").arg(m_server->baseUrl().toString()));
    else
        m_state->setText(tr("Stopped."));
}
