// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/crawloptions.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// Every CrawlOptions field except the start URL, grouped in tabs (Scope, Limits, Politeness,
// Rendering, Output, Headers and authentication), with a tooltip each. Fields are checked as
// they are typed (each regex compiled, each selector and header line parsed, then
// CrawlOptions::validate()) and each reason is shown under its field, whose tab gets a warning
// icon. Used by the New crawl dialog and, for the defaults, by Settings.
class CrawlOptionsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrawlOptionsForm)

public:
    explicit CrawlOptionsForm(QWidget *parent = nullptr);
    ~CrawlOptionsForm() override;

    // Fills every field; the URL is ignored.
    void setOptions(const CrawlOptions &options);
    // The fields as options (the URL left empty). Lines that do not parse are left out.
    CrawlOptions options() const;
    // One reason per problem, each naming its field; empty when the options can run.
    QStringList problems() const;

    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void changed();

private:
    QWidget *createScopeTab();
    QWidget *createLimitsTab();
    QWidget *createPolitenessTab();
    QWidget *createRenderingTab();
    QWidget *createOutputTab();
    QWidget *createHeadersTab();

    QCheckBox *addCheck(const QString &name, const QString &text, const QString &tip);
    QSpinBox *addSpin(const QString &name, int minimum, int maximum, const QString &suffix,
                      const QString &tip);
    QPlainTextEdit *addLines(const QString &name, const QString &placeholder, const QString &tip);
    QLabel *addErrorLabel(const QString &field);
    QWidget *withError(QWidget *field, QLabel *error);

    void validate();
    // What CrawlOptions::validate() says about each field that has an error label; the rest
    // (a reason no field claims) is shown below the tabs.
    void validateFields(const CrawlOptions &current, const QString &selectorError);
    void markTabsWithProblems();
    void setError(const QString &field, const QString &reason);

    QTabWidget *m_tabs;
    // Scope.
    QPlainTextEdit *m_includePaths = nullptr;
    QPlainTextEdit *m_excludePaths = nullptr;
    QCheckBox *m_regexOnFullUrl = nullptr;
    QCheckBox *m_crawlEntireDomain = nullptr;
    QCheckBox *m_allowSubdomains = nullptr;
    QCheckBox *m_allowExternalLinks = nullptr;
    QCheckBox *m_ignoreSitemap = nullptr;
    QCheckBox *m_ignoreQueryParameters = nullptr;
    QCheckBox *m_deduplicateSimilarUrls = nullptr;
    // Limits.
    QSpinBox *m_limit = nullptr;
    QSpinBox *m_maxDepth = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_maxBodyKiB = nullptr;
    // Politeness.
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_perHost = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_retries = nullptr;
    QCheckBox *m_respectRobots = nullptr;
    // Rendering.
    QComboBox *m_renderMode = nullptr;
    QSpinBox *m_waitFor = nullptr;
    QLineEdit *m_waitForSelector = nullptr;
    QSpinBox *m_renderTimeout = nullptr;
    QCheckBox *m_blockResources = nullptr;
    // Output.
    QHash<QString, QCheckBox *> m_formats;
    QComboBox *m_screenshot = nullptr; // none, the viewport or the full page
    QCheckBox *m_onlyMainContent = nullptr;
    QCheckBox *m_removeBase64Images = nullptr;
    QPlainTextEdit *m_includeTags = nullptr;
    QPlainTextEdit *m_excludeTags = nullptr;
    // Headers and authentication.
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_userAgent = nullptr;
    QCheckBox *m_skipTlsVerification = nullptr;

    QHash<QString, QLabel *> m_errorLabels; // by field name
    QLabel *m_otherProblems = nullptr;
    qint64 m_maxBodyBytes = CrawlOptions::defaultMaxBodyBytes; // kept exact (the spin is KiB)
    bool m_filling = false;
};
