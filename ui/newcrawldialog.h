// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class AppSettings;
class CrawlOptionsForm;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class Presets;
class SecretStore;

// Configures a crawl: the start URL, where it runs (this computer or a hosted API: the dialog
// only collects the base URL and key), every option (CrawlOptionsForm), saved presets, and the
// same request as Firecrawl's POST /v1/crawl JSON, which can be edited or pasted to fill the form.
//
// Several start URLs (a dropped list) make a batch: one crawl per URL, all with these options.
class NewCrawlDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewCrawlDialog)

public:
    // The form starts from the defaults in `settings` (which must outlive the dialog).
    explicit NewCrawlDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~NewCrawlDialog() override;

    // The first URL goes into the URL field; the others make the crawl a batch.
    void setStartUrls(const QStringList &urls);
    // Every field, the URL included.
    void setOptions(const CrawlOptions &options);
    // The options of the first (or only) crawl.
    CrawlOptions options() const;
    // Every start URL (one crawl each), when valid.
    QList<QUrl> startUrls() const;

    // "local" (this computer), "firecrawl-v1", "spidra" or "geonode".
    QString provider() const;
    QString baseUrl() const;
    // The key typed, else the one the SecretStore has for the provider and base URL.
    QString apiKey() const;
    // Says where keys are kept (the keychain, or this session only) and offers a stored key.
    void setSecretStore(SecretStore *secrets);
    // The equivalent Firecrawl POST /v1/crawl body.
    QJsonObject firecrawlRequest() const;

    // Every reason the crawl cannot start now (each names its field); empty when it can.
    QStringList problems() const;

    // Presets (the buttons ask for a name; these do the work).
    bool savePreset(const QString &name, QString *error);
    bool applyPreset(const QString &name);

    void accept() override;

private:
    void createPresetRow();
    void fillPresets(const QString &select = {});
    void showRequest(bool shown);
    void requestEdited();
    void providerChanged();
    void validate();
    void deletePreset();
    void askPresetName();
    void lookUpStoredKey();
    void updateKeyNote();

    AppSettings *m_settings;
    std::unique_ptr<Presets> m_presets;
    QLineEdit *m_url;
    QLabel *m_urlError;
    QLabel *m_batch;
    QStringList m_extraUrls;
    QComboBox *m_runOn;
    QWidget *m_remoteBox;
    QLineEdit *m_baseUrl;
    QLabel *m_baseUrlError;
    QLineEdit *m_apiKey;
    QLabel *m_keyNote;
    SecretStore *m_secrets = nullptr;
    QTimer m_keyLookup;
    QString m_storedKey; // for the provider and base URL shown
    QString m_storedFor; // the key name it was looked up under
    QComboBox *m_preset;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QStackedWidget *m_pages;
    CrawlOptionsForm *m_form;
    QPlainTextEdit *m_json;
    QLabel *m_jsonError;
    QPushButton *m_showRequest;
    QDialogButtonBox *m_buttons;
    bool m_fillingJson = false;
};
