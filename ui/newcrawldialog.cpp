// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/newcrawldialog.h"

#include "model/crawlrequest.h"
#include "remote/secretstore.h"
#include "ui/appsettings.h"
#include "ui/crawloptionsform.h"
#include "ui/presets.h"
#include "ui/remotejobdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString localProvider = u"local"_s;
const QString dialogName = u"newCrawl"_s;

QString defaultBaseUrl(const QString &provider)
{
    if (provider == u"firecrawl-v1"_s)
        return u"https://api.firecrawl.dev"_s;
    if (provider == u"spidra"_s)
        return u"https://api.spidra.io/api"_s;
    if (provider == u"geonode"_s)
        return u"https://scraper.geonode.io"_s;
    return {};
}

QLabel *errorLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: #c01c28;"_s);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

} // namespace

NewCrawlDialog::NewCrawlDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_presets(std::make_unique<Presets>(settings->presetsFolder()))
    , m_url(new QLineEdit(this))
    , m_urlError(errorLabel(u"urlError"_s, this))
    , m_batch(new QLabel(this))
    , m_runOn(new QComboBox(this))
    , m_remoteBox(new QWidget(this))
    , m_baseUrl(new QLineEdit(this))
    , m_baseUrlError(errorLabel(u"baseUrlError"_s, this))
    , m_apiKey(new QLineEdit(this))
    , m_keyNote(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_savePreset(new QPushButton(tr("Sa&ve as preset…"), this))
    , m_deletePreset(new QPushButton(tr("&Delete preset"), this))
    , m_pages(new QStackedWidget(this))
    , m_form(new CrawlOptionsForm(this))
    , m_json(new QPlainTextEdit(this))
    , m_jsonError(errorLabel(u"requestJsonError"_s, this))
    , m_showRequest(new QPushButton(tr("Show as &Firecrawl request"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Crawl"));
    setObjectName(u"newCrawlDialog"_s);

    m_url->setObjectName(u"url"_s);
    m_url->setPlaceholderText(tr("https://example.com/docs/"));
    m_url->setToolTip(tr("The first page of the crawl. Links are followed from here; by "
                         "default only pages under this path are crawled."));
    m_url->setClearButtonEnabled(true);
    connect(m_url, &QLineEdit::textChanged, this, &NewCrawlDialog::validate);
    m_batch->setObjectName(u"batch"_s);
    m_batch->setWordWrap(true);
    m_batch->hide();

    m_runOn->setObjectName(u"runOn"_s);
    m_runOn->addItem(tr("This computer"), localProvider);
    m_runOn->addItem(tr("Firecrawl"), u"firecrawl-v1"_s);
    m_runOn->addItem(tr("Spidra"), u"spidra"_s);
    m_runOn->addItem(tr("Geonode"), u"geonode"_s);
    m_runOn->setToolTip(tr("Crawl from this computer, or start the crawl on a hosted crawl API "
                           "and follow it here."));
    connect(m_runOn, &QComboBox::currentIndexChanged, this, &NewCrawlDialog::providerChanged);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_baseUrl->setToolTip(tr("Where the service's API is (a self-hosted Firecrawl has its own)."));
    connect(m_baseUrl, &QLineEdit::textChanged, this, &NewCrawlDialog::validate);
    m_apiKey->setObjectName(u"apiKey"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setToolTip(tr("The service's API key, sent only to the API base URL."));
    connect(m_apiKey, &QLineEdit::textChanged, this, &NewCrawlDialog::validate);
    m_keyNote->setObjectName(u"apiKeyNote"_s);
    m_keyNote->setWordWrap(true);
    m_keyNote->hide();
    m_keyLookup.setSingleShot(true);
    m_keyLookup.setInterval(250);
    connect(&m_keyLookup, &QTimer::timeout, this, &NewCrawlDialog::lookUpStoredKey);
    connect(m_baseUrl, &QLineEdit::textChanged, &m_keyLookup, qOverload<>(&QTimer::start));
    auto *remoteForm = new QFormLayout(m_remoteBox);
    remoteForm->setContentsMargins(0, 0, 0, 0);
    auto *baseUrlBox = new QWidget(this);
    auto *baseUrlLayout = new QVBoxLayout(baseUrlBox);
    baseUrlLayout->setContentsMargins(0, 0, 0, 0);
    baseUrlLayout->addWidget(m_baseUrl);
    baseUrlLayout->addWidget(m_baseUrlError);
    remoteForm->addRow(tr("API base URL:"), baseUrlBox);
    remoteForm->addRow(tr("API key:"), m_apiKey);
    remoteForm->addRow(QString(), m_keyNote);
    m_remoteBox->hide();

    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *urlBox = new QWidget(this);
    auto *urlLayout = new QVBoxLayout(urlBox);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->setSpacing(2);
    urlLayout->addWidget(m_url);
    urlLayout->addWidget(m_urlError);
    urlLayout->addWidget(m_batch);
    top->addRow(tr("Start &URL:"), urlBox);
    top->addRow(tr("&Run on:"), m_runOn);
    top->addRow(m_remoteBox);
    createPresetRow();
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_deletePreset);
    auto *presetLabel = new QLabel(tr("&Preset:"), this);
    presetLabel->setBuddy(m_preset);
    top->addRow(presetLabel, presetRow);

    m_json->setObjectName(u"requestJson"_s);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setToolTip(tr("The same crawl as the body of Firecrawl's POST /v1/crawl. Edit it "
                          "or paste one: a valid request fills the form."));
    connect(m_json, &QPlainTextEdit::textChanged, this, &NewCrawlDialog::requestEdited);
    auto *jsonPage = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    jsonLayout->setContentsMargins(0, 0, 0, 0);
    auto *jsonNote = new QLabel(tr("POST /v1/crawl: edit this request or paste one; options "
                                   "only Trawl has are under \"trawl\"."),
                                this);
    jsonNote->setWordWrap(true);
    jsonLayout->addWidget(jsonNote);
    jsonLayout->addWidget(m_json, 1);
    jsonLayout->addWidget(m_jsonError);
    m_pages->addWidget(m_form);
    m_pages->addWidget(jsonPage);
    connect(m_form, &CrawlOptionsForm::changed, this, &NewCrawlDialog::validate);

    m_showRequest->setObjectName(u"showRequest"_s);
    m_showRequest->setCheckable(true);
    m_showRequest->setToolTip(tr("Show these options as a Firecrawl request, to copy, edit or "
                                 "replace by a pasted one."));
    connect(m_showRequest, &QPushButton::toggled, this, &NewCrawlDialog::showRequest);
    m_buttons->addButton(m_showRequest, QDialogButtonBox::ResetRole);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start crawl"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewCrawlDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewCrawlDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_form->setOptions(m_settings->crawlDefaults());
    if (!restoreGeometry(m_settings->dialogGeometry(dialogName)))
        resize(720, 620);
    validate();
    m_url->setFocus();
}

NewCrawlDialog::~NewCrawlDialog()
{
    m_settings->setDialogGeometry(dialogName, saveGeometry());
}

void NewCrawlDialog::createPresetRow()
{
    m_preset->setObjectName(u"preset"_s);
    m_preset->setToolTip(tr("Fill the options from a saved set. Your own presets are kept in "
                            "%1.")
                             .arg(m_settings->presetsFolder()));
    m_savePreset->setObjectName(u"savePreset"_s);
    m_savePreset->setToolTip(tr("Keep the options below (not the URL) under a name."));
    m_deletePreset->setObjectName(u"deletePreset"_s);
    fillPresets();
    connect(m_preset, &QComboBox::activated, this,
            [this](int index) { applyPreset(m_preset->itemData(index).toString()); });
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_deletePreset->setEnabled(m_preset->currentData(Qt::UserRole + 1).toBool());
    });
    connect(m_savePreset, &QPushButton::clicked, this, &NewCrawlDialog::askPresetName);
    connect(m_deletePreset, &QPushButton::clicked, this, &NewCrawlDialog::deletePreset);
    m_deletePreset->setEnabled(false);
}

void NewCrawlDialog::fillPresets(const QString &select)
{
    m_preset->clear();
    m_preset->addItem(tr("Defaults (from Settings)"), QString());
    for (const Presets::Preset &preset : m_presets->all()) {
        m_preset->addItem(preset.builtIn ? preset.name : tr("%1 (yours)").arg(preset.name),
                          preset.name);
        m_preset->setItemData(m_preset->count() - 1, !preset.builtIn, Qt::UserRole + 1);
    }
    const int index = select.isEmpty() ? 0 : m_preset->findData(select);
    m_preset->setCurrentIndex(std::max(0, index));
}

bool NewCrawlDialog::applyPreset(const QString &name)
{
    CrawlOptions options = m_settings->crawlDefaults();
    if (!name.isEmpty()) {
        const auto preset = m_presets->find(name);
        if (!preset)
            return false;
        options = preset->options;
    }
    m_form->setOptions(options);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(name)));
    return true;
}

bool NewCrawlDialog::savePreset(const QString &name, QString *error)
{
    if (!m_presets->save(name, m_form->options(), error))
        return false;
    fillPresets(name.trimmed());
    return true;
}

void NewCrawlDialog::askPresetName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Preset"),
                                               tr("Name of the preset (the URL is not saved):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (!savePreset(name, &error))
        QMessageBox::warning(this, tr("Save Preset"), error);
}

void NewCrawlDialog::deletePreset()
{
    const QString name = m_preset->currentData().toString();
    QString error;
    if (!m_presets->remove(name, &error)) {
        QMessageBox::warning(this, tr("Delete Preset"), error);
        return;
    }
    fillPresets();
}

void NewCrawlDialog::setStartUrls(const QStringList &urls)
{
    m_url->setText(urls.value(0));
    m_extraUrls = urls.mid(1);
    validate();
}

void NewCrawlDialog::setOptions(const CrawlOptions &options)
{
    m_url->setText(options.url.toString());
    m_form->setOptions(options);
}

CrawlOptions NewCrawlDialog::options() const
{
    CrawlOptions options = m_form->options();
    options.url = parseStartUrl(m_url->text(), nullptr);
    return options;
}

QList<QUrl> NewCrawlDialog::startUrls() const
{
    QList<QUrl> urls;
    for (const QString &text : QStringList{m_url->text()} + m_extraUrls) {
        const QUrl url = parseStartUrl(text, nullptr);
        if (url.isValid())
            urls << url;
    }
    return urls;
}

QString NewCrawlDialog::provider() const
{
    return m_runOn->currentData().toString();
}

QString NewCrawlDialog::baseUrl() const
{
    return provider() == localProvider ? QString() : m_baseUrl->text().trimmed();
}

QString NewCrawlDialog::apiKey() const
{
    if (provider() == localProvider)
        return {};
    const QString typed = m_apiKey->text().trimmed();
    return typed.isEmpty() ? m_storedKey : typed;
}

void NewCrawlDialog::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    connect(m_secrets, &SecretStore::ready, this, [this] {
        m_storedFor.clear();
        lookUpStoredKey();
    });
    lookUpStoredKey();
}

void NewCrawlDialog::lookUpStoredKey()
{
    const QString name = SecretStore::keyName(provider(), QUrl(m_baseUrl->text().trimmed()));
    if (!m_secrets || provider() == localProvider || name == m_storedFor) {
        updateKeyNote();
        return;
    }
    m_storedFor = name;
    m_storedKey.clear();
    updateKeyNote();
    validate();
    if (!m_secrets->isReady())
        return;
    m_secrets->fetch(name, this, [this, name](const std::optional<QString> &key) {
        if (name != m_storedFor)
            return; // the provider or base URL changed meanwhile
        m_storedKey = key.value_or(QString());
        updateKeyNote();
        validate();
    });
}

void NewCrawlDialog::updateKeyNote()
{
    m_keyNote->setVisible(m_secrets != nullptr);
    if (!m_secrets)
        return;
    m_keyNote->setText(RemoteJobDialog::keyNote(*m_secrets, !m_storedKey.isEmpty()));
    m_apiKey->setPlaceholderText(m_storedKey.isEmpty() ? QString() : tr("Stored key"));
}

QJsonObject NewCrawlDialog::firecrawlRequest() const
{
    return CrawlRequest::toJson(options());
}

void NewCrawlDialog::providerChanged()
{
    const QString id = provider();
    const bool remote = id != localProvider;
    m_remoteBox->setVisible(remote);
    if (remote) {
        const QString stored = m_settings->remoteBaseUrl(id);
        m_baseUrl->setText(stored.isEmpty() ? defaultBaseUrl(id) : stored);
        m_buttons->button(QDialogButtonBox::Ok)
            ->setText(tr("&Start on %1").arg(m_runOn->currentText()));
        lookUpStoredKey();
    } else {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start crawl"));
    }
    validate();
}

void NewCrawlDialog::showRequest(bool shown)
{
    if (shown) {
        m_fillingJson = true;
        m_json->setPlainText(
            QString::fromUtf8(QJsonDocument(firecrawlRequest()).toJson(QJsonDocument::Indented)));
        m_fillingJson = false;
        setError(m_jsonError, {});
    }
    m_showRequest->setText(shown ? tr("Show the &form") : tr("Show as &Firecrawl request"));
    m_pages->setCurrentIndex(shown ? 1 : 0);
    validate();
}

void NewCrawlDialog::requestEdited()
{
    if (m_fillingJson)
        return;
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &parseError);
    QString reason;
    if (parseError.error != QJsonParseError::NoError)
        reason = tr("Not valid JSON at character %1: %2.")
                     .arg(parseError.offset + 1)
                     .arg(parseError.errorString());
    else if (!document.isObject())
        reason = tr("The request must be a JSON object ({…}).");
    std::optional<CrawlOptions> parsed;
    if (reason.isEmpty())
        parsed = CrawlRequest::fromJson(document.object(), &reason);
    setError(m_jsonError, parsed ? QString() : reason);
    if (parsed) {
        // The form follows the request; rendering options the request does not carry stay.
        const CrawlOptions before = m_form->options();
        parsed->renderMode = before.renderMode;
        parsed->waitForMs = before.waitForMs;
        parsed->waitForSelector = before.waitForSelector;
        parsed->renderTimeoutMs = before.renderTimeoutMs;
        parsed->blockResources = before.blockResources;
        const QJsonObject trawl = document.object().value(u"trawl"_s).toObject();
        const QJsonObject scrape = document.object().value(u"scrapeOptions"_s).toObject();
        if (const auto full = CrawlRequest::fromJson(document.object(), nullptr);
            full && (trawl.contains(u"render"_s) || scrape.contains(u"waitFor"_s)))
            parsed = full; // a reader that knows the rendering keys: take them as written
        m_url->setText(parsed->url.toString());
        m_form->setOptions(*parsed);
    }
    validate();
}

QStringList NewCrawlDialog::problems() const
{
    QStringList problems;
    QString reason;
    parseStartUrl(m_url->text(), &reason);
    if (!reason.isEmpty())
        problems << reason;
    for (qsizetype i = 0; i < m_extraUrls.size(); ++i) {
        QString extraReason;
        parseStartUrl(m_extraUrls.at(i), &extraReason);
        if (!extraReason.isEmpty())
            problems << tr("URL %1 of the batch: %2").arg(i + 2).arg(extraReason);
    }
    if (provider() != localProvider) {
        const QUrl base(m_baseUrl->text().trimmed(), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"https"_s && base.scheme() != u"http"_s))
            problems << tr("The API base URL must be an http or https URL.");
        if (apiKey().isEmpty() && provider() != u"firecrawl-v1"_s)
            problems << tr("%1 needs an API key.").arg(m_runOn->currentText());
    }
    if (m_pages->currentIndex() == 1 && !m_jsonError->text().isEmpty())
        problems << tr("Firecrawl request: %1").arg(m_jsonError->text());
    return problems + m_form->problems();
}

void NewCrawlDialog::validate()
{
    QString reason;
    parseStartUrl(m_url->text(), &reason);
    // An empty field is not an error yet: the reason shows once something is typed.
    setError(m_urlError, m_url->text().trimmed().isEmpty() ? QString() : reason);
    if (!m_extraUrls.isEmpty()) {
        m_batch->setText(tr("and %n more URL(s): each gets its own crawl with these options.",
                            nullptr, int(m_extraUrls.size())));
        m_batch->setToolTip(m_extraUrls.join(u'\n'));
    }
    m_batch->setVisible(!m_extraUrls.isEmpty());
    if (provider() != localProvider) {
        const QUrl base(m_baseUrl->text().trimmed(), QUrl::StrictMode);
        const bool valid = base.isValid() && !base.host().isEmpty()
                           && (base.scheme() == u"https"_s || base.scheme() == u"http"_s);
        setError(m_baseUrlError, valid ? QString() : tr("Not an http or https URL."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems().isEmpty());
}

void NewCrawlDialog::accept()
{
    if (!problems().isEmpty())
        return;
    if (provider() != localProvider)
        m_settings->setRemoteBaseUrl(provider(), baseUrl());
    QDialog::accept();
}
