// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/remotejobdialog.h"

#include "remote/remoteclient.h"
#include "remote/secretstore.h"
#include "ui/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RemoteJobDialog::RemoteJobDialog(SecretStore &secrets, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_settings(settings)
{
    m_lookup.setSingleShot(true);
    m_lookup.setInterval(250);
    connect(&m_lookup, &QTimer::timeout, this, &RemoteJobDialog::lookUpStoredKey);
    setWindowTitle(tr("Monitor remote job"));
    m_provider = new QComboBox(this);
    for (const QString &id : RemoteProviders::ids())
        m_provider->addItem(RemoteProviders::displayName(id), id);
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setToolTip(tr("Where the API is: the service's own address, or a self-hosted "
                             "Firecrawl's."));
    m_jobId = new QLineEdit(this);
    m_jobId->setPlaceholderText(tr("The id the service gave the job"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_keyHeader = new QLabel(this);
    m_keyNote = new QLabel(this);
    m_keyNote->setWordWrap(true);
    m_keyNote->setObjectName(u"keyNote"_s);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setObjectName(u"problems"_s);
    m_provider->setObjectName(u"provider"_s);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_jobId->setObjectName(u"jobId"_s);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Monitor"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Job id:"), m_jobId);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_keyHeader);
    form->addRow(QString(), m_keyNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    const int remembered = m_provider->findData(m_settings->remoteProvider());
    if (remembered >= 0)
        m_provider->setCurrentIndex(remembered);
    providerChanged();

    connect(m_provider, &QComboBox::currentIndexChanged, this, &RemoteJobDialog::providerChanged);
    for (QLineEdit *edit : {m_baseUrl, m_jobId, m_apiKey})
        connect(edit, &QLineEdit::textChanged, this, &RemoteJobDialog::validate);
    connect(m_baseUrl, &QLineEdit::textChanged, &m_lookup, qOverload<>(&QTimer::start));
    connect(&m_secrets, &SecretStore::ready, this, &RemoteJobDialog::updateKeyNote);
    connect(&m_secrets, &SecretStore::ready, this, &RemoteJobDialog::lookUpStoredKey);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RemoteJobDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RemoteJobDialog::reject);
    updateKeyNote();
    validate();
    lookUpStoredKey();
}

RemoteJobDialog::~RemoteJobDialog() = default;

QString RemoteJobDialog::provider() const
{
    return m_provider->currentData().toString();
}

QUrl RemoteJobDialog::baseUrl() const
{
    return QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
}

QString RemoteJobDialog::remoteId() const
{
    return m_jobId->text().trimmed();
}

QString RemoteJobDialog::apiKey() const
{
    const QString typed = m_apiKey->text().trimmed();
    return typed.isEmpty() ? m_storedKey : typed;
}

bool RemoteJobDialog::usesStoredKey() const
{
    return m_apiKey->text().trimmed().isEmpty() && !m_storedKey.isEmpty();
}

void RemoteJobDialog::lookUpStoredKey()
{
    const QUrl url = baseUrl();
    const QString name = SecretStore::keyName(provider(), url);
    if (name == m_storedFor)
        return;
    m_storedFor = name;
    m_storedKey.clear();
    updateKeyNote();
    validate();
    if (!m_secrets.isReady() || !url.isValid() || url.host().isEmpty())
        return;
    m_secrets.fetch(name, this, [this, name](const std::optional<QString> &key) {
        if (name != m_storedFor)
            return; // the provider or base URL changed meanwhile
        m_storedKey = key.value_or(QString());
        updateKeyNote();
        validate();
    });
}

void RemoteJobDialog::providerChanged()
{
    const QString id = provider();
    const QString fallback = RemoteProviders::defaultBaseUrl(id).toString();
    // The field follows the provider unless the user typed an address of their own.
    if (m_baseUrl->text().isEmpty() || m_baseUrl->text() == m_defaultShown) {
        const QString remembered = m_settings->remoteBaseUrl(id);
        m_baseUrl->setText(remembered.isEmpty() ? fallback : remembered);
    }
    m_defaultShown = m_baseUrl->text();
    m_baseUrl->setPlaceholderText(fallback);
    m_keyHeader->setText(tr("Sent in the %1 header.").arg(RemoteProviders::authDescription(id)));
    validate();
    lookUpStoredKey();
}

QStringList RemoteJobDialog::problems() const
{
    QStringList reasons;
    const QString text = m_baseUrl->text().trimmed();
    const QUrl url = baseUrl();
    if (text.isEmpty())
        reasons << tr("Base URL: empty (the service's default is %1).")
                       .arg(RemoteProviders::defaultBaseUrl(provider()).toString());
    else if (!url.isValid() || url.host().isEmpty()
             || (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        reasons << tr("Base URL: \"%1\" is not an http or https address.").arg(text);
    else if (!url.query().isEmpty() || !url.fragment().isEmpty())
        reasons << tr("Base URL: no query or fragment, only the API's address.");
    const QString id = remoteId();
    if (id.isEmpty())
        reasons << tr("Job id: empty.");
    else if (id.contains(u'/') || id.contains(u'?') || id.contains(u'#')
             || id.contains(QChar::Space))
        reasons << tr("Job id: \"%1\" holds a space, / ? or #; copy the id alone.").arg(id);
    const QString key = apiKey();
    if (key.isEmpty() && !url.host().startsWith(u"127."_s) && url.host() != u"localhost"_s)
        reasons << tr("API key: empty (only a self-hosted server on this computer may do "
                      "without one).");
    else if (key.contains(QChar::Space))
        reasons << tr("API key: holds a space.");
    return reasons;
}

void RemoteJobDialog::validate()
{
    const QStringList reasons = problems();
    m_problems->setText(reasons.join(u'\n'));
    m_problems->setVisible(!reasons.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(reasons.isEmpty());
}

QString RemoteJobDialog::keyNote(const SecretStore &secrets, bool keyStored)
{
    QString note;
    if (!secrets.isReady())
        note = tr("Looking for the system keychain...");
    else if (secrets.isPersistent())
        note = tr("The key will be kept in the system keychain.");
    else
        note = tr("No system keychain answers: the key is kept only for this session and asked "
                  "for again after a restart.");
    if (keyStored)
        note = tr("A key for this service at this address is stored: leave the field empty to "
                  "use it, or type another to replace it.")
               + u' ' + note;
    return note;
}

void RemoteJobDialog::updateKeyNote()
{
    m_keyNote->setText(keyNote(m_secrets, !m_storedKey.isEmpty()));
    m_apiKey->setPlaceholderText(m_storedKey.isEmpty() ? QString() : tr("Stored key"));
}

void RemoteJobDialog::accept()
{
    if (!problems().isEmpty())
        return;
    m_settings->setRemoteProvider(provider());
    m_settings->setRemoteBaseUrl(provider(), baseUrl().toString());
    QDialog::accept();
}
