// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/crawloptionsform.h"

#include "extract/selector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The fields whose reason is shown under them (object names of the error labels: NAME + "Error").
const QString includePathsField = u"includePaths"_s;
const QString excludePathsField = u"excludePaths"_s;
const QString waitForSelectorField = u"waitForSelector"_s;
const QString formatsField = u"formats"_s;
const QString screenshotField = u"screenshot"_s;
const QString waitForField = u"waitFor"_s;
const QString renderTimeoutField = u"renderTimeout"_s;
const QString includeTagsField = u"includeTags"_s;
const QString excludeTagsField = u"excludeTags"_s;
const QString headersField = u"headers"_s;
const QString userAgentField = u"userAgent"_s;

const QString placeholderUrl = u"http://form.invalid/"_s;

// The formats of the check boxes, in Firecrawl's order; a screenshot comes after them.
const QStringList pageFormats{u"markdown"_s, u"html"_s, u"rawHtml"_s, u"links"_s};
const QString viewportScreenshot = u"screenshot"_s;
const QString fullPageScreenshot = u"screenshot@fullPage"_s;

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    const QStringList all = edit->toPlainText().split(u'\n');
    for (const QString &line : all) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}

QFormLayout *formLayout(QWidget *page)
{
    auto *layout = new QFormLayout(page);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return layout;
}

} // namespace

CrawlOptionsForm::CrawlOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(u"optionTabs"_s);
    m_tabs->addTab(createScopeTab(), tr("Scope"));
    m_tabs->addTab(createLimitsTab(), tr("Limits"));
    m_tabs->addTab(createPolitenessTab(), tr("Politeness"));
    m_tabs->addTab(createRenderingTab(), tr("Rendering"));
    m_tabs->addTab(createOutputTab(), tr("Output"));
    m_tabs->addTab(createHeadersTab(), tr("Headers and authentication"));

    m_otherProblems = new QLabel(this);
    m_otherProblems->setObjectName(u"optionProblems"_s);
    m_otherProblems->setWordWrap(true);
    m_otherProblems->setStyleSheet(u"color: #c01c28;"_s);
    m_otherProblems->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    layout->addWidget(m_otherProblems);
    setOptions(CrawlOptions{});
}

CrawlOptionsForm::~CrawlOptionsForm() = default;

QCheckBox *CrawlOptionsForm::addCheck(const QString &name, const QString &text, const QString &tip)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(name);
    check->setToolTip(tip);
    connect(check, &QCheckBox::toggled, this, &CrawlOptionsForm::validate);
    return check;
}

QSpinBox *CrawlOptionsForm::addSpin(const QString &name, int minimum, int maximum,
                                    const QString &suffix, const QString &tip)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setToolTip(tip);
    spin->setGroupSeparatorShown(true);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(u'0') * 16);
    connect(spin, &QSpinBox::valueChanged, this, &CrawlOptionsForm::validate);
    return spin;
}

QPlainTextEdit *CrawlOptionsForm::addLines(const QString &name, const QString &placeholder,
                                           const QString &tip)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(tip);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    connect(edit, &QPlainTextEdit::textChanged, this, &CrawlOptionsForm::validate);
    return edit;
}

QLabel *CrawlOptionsForm::addErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(field + u"Error"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(u"color: #c01c28;"_s);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

QWidget *CrawlOptionsForm::withError(QWidget *field, QLabel *error)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    layout->addStretch(); // extra height goes below, so the field lines up with its label
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    return box;
}

QWidget *CrawlOptionsForm::createScopeTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    m_includePaths =
        addLines(includePathsField, tr("One regular expression per line, e.g. ^/blog/.*"),
                 tr("Only URLs whose path matches one of these regular expressions are crawled "
                    "(Firecrawl's includePaths). Empty: every path."));
    form->addRow(tr("Include paths:"), withError(m_includePaths, addErrorLabel(includePathsField)));
    m_excludePaths =
        addLines(excludePathsField, tr("One regular expression per line, e.g. ^/tag/"),
                 tr("URLs whose path matches any of these regular expressions are not crawled "
                    "(Firecrawl's excludePaths)."));
    form->addRow(tr("Exclude paths:"), withError(m_excludePaths, addErrorLabel(excludePathsField)));
    m_regexOnFullUrl = addCheck(
        u"regexOnFullUrl"_s, tr("Match the expressions against the whole URL"),
        tr("Apply include and exclude paths to the full URL (scheme, host and query too), not "
           "only its path."));
    form->addRow(QString(), m_regexOnFullUrl);
    m_crawlEntireDomain = addCheck(
        u"crawlEntireDomain"_s, tr("Crawl the entire domain"),
        tr("Follow links anywhere on the start page's site, not only under the start URL's "
           "path."));
    form->addRow(QString(), m_crawlEntireDomain);
    m_allowSubdomains = addCheck(u"allowSubdomains"_s, tr("Follow links to subdomains"),
                                 tr("Also crawl blog.example.com when starting at example.com."));
    form->addRow(QString(), m_allowSubdomains);
    m_allowExternalLinks =
        addCheck(u"allowExternalLinks"_s, tr("Follow links to other sites"),
                 tr("Crawl pages on other hosts too (the limit and depth still apply)."));
    form->addRow(QString(), m_allowExternalLinks);
    m_ignoreSitemap = addCheck(u"ignoreSitemap"_s, tr("Ignore the sitemap"),
                               tr("Do not seed the crawl from robots.txt sitemaps and "
                                  "/sitemap.xml; only follow links."));
    form->addRow(QString(), m_ignoreSitemap);
    m_ignoreQueryParameters =
        addCheck(u"ignoreQueryParameters"_s, tr("Ignore query parameters"),
                 tr("Treat /page?a=1 and /page?a=2 as the same page, fetched once."));
    form->addRow(QString(), m_ignoreQueryParameters);
    m_deduplicateSimilarUrls =
        addCheck(u"deduplicateSimilarUrls"_s, tr("Treat similar URLs as one page"),
                 tr("www and non-www, http and https, index.html and a trailing slash count as one "
                    "page."));
    form->addRow(QString(), m_deduplicateSimilarUrls);
    return page;
}

QWidget *CrawlOptionsForm::createLimitsTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    m_limit = addSpin(u"limit"_s, 1, 100000000, QString(),
                      tr("The most pages fetched, successful or failed (Firecrawl's limit)."));
    form->addRow(tr("Page limit:"), m_limit);
    m_maxDepth = addSpin(u"maxDepth"_s, 0, 1000, QString(),
                         tr("Link hops from the start page; 0 fetches only the start page."));
    form->addRow(tr("Maximum depth:"), m_maxDepth);
    m_timeout = addSpin(u"timeout"_s, 100, 600000, tr(" ms"),
                        tr("How long one request may take before it fails with TIMEOUT "
                           "(100 ms to 10 minutes)."));
    m_timeout->setSingleStep(1000);
    form->addRow(tr("Request timeout:"), m_timeout);
    m_maxBodyKiB = addSpin(u"maxBodyKiB"_s, 1, 1024 * 1024, tr(" KiB"),
                           tr("A page larger than this (after decompression) fails with "
                              "TOO_LARGE."));
    m_maxBodyKiB->setSingleStep(1024);
    connect(m_maxBodyKiB, &QSpinBox::valueChanged, this, [this](int kib) {
        if (!m_filling)
            m_maxBodyBytes = qint64(kib) * 1024;
    });
    form->addRow(tr("Largest page:"), m_maxBodyKiB);
    return page;
}

QWidget *CrawlOptionsForm::createPolitenessTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    m_concurrency = addSpin(u"concurrency"_s, 1, 256, QString(),
                            tr("Requests in flight at once, over all hosts (Firecrawl's "
                               "maxConcurrency)."));
    form->addRow(tr("Concurrent requests:"), m_concurrency);
    m_perHost = addSpin(u"perHostConcurrency"_s, 0, 256, QString(),
                        tr("Requests in flight at once to one host; 0 means as many as the "
                           "concurrent requests."));
    m_perHost->setSpecialValueText(tr("Same as above"));
    form->addRow(tr("Per host:"), m_perHost);
    m_delay = addSpin(u"delay"_s, 0, 3600 * 1000, tr(" ms"),
                      tr("Wait this long between two requests to the same host; any delay "
                         "means one request at a time per host."));
    m_delay->setSingleStep(250);
    form->addRow(tr("Delay between requests:"), m_delay);
    m_retries = addSpin(u"retries"_s, 0, 10, QString(),
                        tr("Extra attempts for timeouts, connection failures, 429 and 5xx "
                           "answers, with growing pauses."));
    form->addRow(tr("Retries:"), m_retries);
    m_respectRobots = addCheck(u"respectRobots"_s, tr("Respect robots.txt and meta robots"),
                               tr("Skip what robots.txt, <meta name=robots> and X-Robots-Tag "
                                  "forbid, and honour Crawl-delay."));
    form->addRow(QString(), m_respectRobots);
    return page;
}

QWidget *CrawlOptionsForm::createRenderingTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    m_renderMode = new QComboBox(this);
    m_renderMode->setObjectName(u"renderMode"_s);
    m_renderMode->addItem(tr("Static: the HTML as fetched"), int(CrawlOptions::RenderMode::Static));
    m_renderMode->addItem(tr("JavaScript: render every page"), int(CrawlOptions::RenderMode::Js));
    m_renderMode->addItem(tr("Automatic: render pages that need it"),
                          int(CrawlOptions::RenderMode::Auto));
    m_renderMode->setToolTip(
        tr("Whether pages are run in a browser engine before they are read. Rendering is "
           "slower but sees what scripts build; Automatic renders only pages whose HTML looks "
           "like an empty application shell."));
    connect(m_renderMode, &QComboBox::currentIndexChanged, this, &CrawlOptionsForm::validate);
    form->addRow(tr("Mode:"), m_renderMode);
    m_waitFor = addSpin(waitForField, 0, CrawlOptions::maxWaitForMs, tr(" ms"),
                        tr("After the page has loaded, wait this long before reading it "
                           "(Firecrawl's waitFor, at most %1 seconds).")
                            .arg(CrawlOptions::maxWaitForMs / 1000));
    m_waitFor->setSingleStep(500);
    form->addRow(tr("Wait after load:"), withError(m_waitFor, addErrorLabel(waitForField)));
    m_waitForSelector = new QLineEdit(this);
    m_waitForSelector->setObjectName(waitForSelectorField);
    m_waitForSelector->setPlaceholderText(tr("e.g. #content, .article"));
    m_waitForSelector->setToolTip(
        tr("Wait until an element matching this CSS selector exists before reading the page."));
    connect(m_waitForSelector, &QLineEdit::textChanged, this, &CrawlOptionsForm::validate);
    form->addRow(tr("Wait for element:"),
                 withError(m_waitForSelector, addErrorLabel(waitForSelectorField)));
    m_renderTimeout = addSpin(renderTimeoutField, 1000, 600000, tr(" ms"),
                              tr("Loading and waiting together may take this long per page."));
    m_renderTimeout->setSingleStep(1000);
    form->addRow(tr("Render timeout:"),
                 withError(m_renderTimeout, addErrorLabel(renderTimeoutField)));
    m_blockResources =
        addCheck(u"blockResources"_s, tr("Do not load images, media and fonts"),
                 tr("Faster rendering; pages that lay out by image size may differ."));
    form->addRow(QString(), m_blockResources);
    return page;
}

QWidget *CrawlOptionsForm::createOutputTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    auto *formats = new QWidget(this);
    auto *formatsLayout = new QHBoxLayout(formats);
    formatsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QString>> known{
        {u"markdown"_s, tr("Markdown")},
        {u"html"_s, tr("Cleaned HTML")},
        {u"rawHtml"_s, tr("Raw HTML")},
        {u"links"_s, tr("Links")},
    };
    for (const auto &[format, label] : known) {
        QCheckBox *check =
            addCheck(u"format_"_s + format, label,
                     tr("Keep the page's %1 (Firecrawl format \"%2\").").arg(label, format));
        m_formats.insert(format, check);
        formatsLayout->addWidget(check);
    }
    formatsLayout->addStretch();
    form->addRow(tr("Formats:"), withError(formats, addErrorLabel(formatsField)));
    m_screenshot = new QComboBox(this);
    m_screenshot->setObjectName(screenshotField);
    m_screenshot->addItem(tr("None"), QString());
    m_screenshot->addItem(tr("Visible area (1280×800)"), viewportScreenshot);
    m_screenshot->addItem(tr("Full page"), fullPageScreenshot);
    m_screenshot->setToolTip(
        tr("Keep a PNG of each rendered page: its first screen (Firecrawl format \"%1\") or its "
           "whole height (\"%2\"). Needs JavaScript rendering (Rendering tab).")
            .arg(viewportScreenshot, fullPageScreenshot));
    m_screenshot->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_screenshot, &QComboBox::currentIndexChanged, this, &CrawlOptionsForm::validate);
    auto *screenshotRow = new QWidget(this);
    auto *screenshotLayout = new QHBoxLayout(screenshotRow);
    screenshotLayout->setContentsMargins(0, 0, 0, 0);
    screenshotLayout->addWidget(m_screenshot);
    screenshotLayout->addStretch();
    form->addRow(tr("Screenshot:"), withError(screenshotRow, addErrorLabel(screenshotField)));
    m_onlyMainContent =
        addCheck(u"onlyMainContent"_s, tr("Only the main content"),
                 tr("Drop headers, footers, navigation, sidebars, cookie banners and ads; keep "
                    "<main> or <article>."));
    form->addRow(QString(), m_onlyMainContent);
    m_removeBase64Images = addCheck(u"removeBase64Images"_s, tr("Remove inline base64 images"),
                                    tr("Replace data: images by a short placeholder."));
    form->addRow(QString(), m_removeBase64Images);
    m_includeTags = addLines(includeTagsField, tr("One CSS selector per line, e.g. article"),
                             tr("Keep only the parts of a page that match these selectors."));
    form->addRow(tr("Include tags:"), withError(m_includeTags, addErrorLabel(includeTagsField)));
    m_excludeTags = addLines(excludeTagsField, tr("One CSS selector per line, e.g. .comments"),
                             tr("Drop the parts of a page that match these selectors."));
    form->addRow(tr("Exclude tags:"), withError(m_excludeTags, addErrorLabel(excludeTagsField)));
    return page;
}

QWidget *CrawlOptionsForm::createHeadersTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = formLayout(page);
    m_headers = addLines(headersField, tr("Name: value, one per line"),
                         tr("Sent with every request, e.g. Accept-Language: de or Cookie: a=b."));
    form->addRow(tr("Request headers:"), withError(m_headers, addErrorLabel(headersField)));
    auto *note = new QLabel(
        tr("Headers are stored with the job so that it can be resumed: for a login, use a "
           "session cookie or token you can revoke afterwards."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(QString(), note);
    m_userAgent = new QLineEdit(this);
    m_userAgent->setObjectName(userAgentField);
    m_userAgent->setPlaceholderText(CrawlOptions::defaultUserAgent());
    m_userAgent->setToolTip(tr("The User-Agent header; empty: Trawl's own. robots.txt rules "
                               "for \"%1\" apply either way.")
                                .arg(CrawlOptions::robotsToken()));
    connect(m_userAgent, &QLineEdit::textChanged, this, &CrawlOptionsForm::validate);
    form->addRow(tr("User agent:"), withError(m_userAgent, addErrorLabel(userAgentField)));
    m_skipTlsVerification =
        addCheck(u"skipTlsVerification"_s, tr("Accept invalid TLS certificates"),
                 tr("Crawl https sites whose certificate is self-signed or expired. Only for sites "
                    "you trust."));
    form->addRow(QString(), m_skipTlsVerification);
    return page;
}

void CrawlOptionsForm::setOptions(const CrawlOptions &options)
{
    m_filling = true;
    m_includePaths->setPlainText(options.includePaths.join(u'\n'));
    m_excludePaths->setPlainText(options.excludePaths.join(u'\n'));
    m_regexOnFullUrl->setChecked(options.regexOnFullUrl);
    m_crawlEntireDomain->setChecked(options.crawlEntireDomain);
    m_allowSubdomains->setChecked(options.allowSubdomains);
    m_allowExternalLinks->setChecked(options.allowExternalLinks);
    m_ignoreSitemap->setChecked(options.ignoreSitemap);
    m_ignoreQueryParameters->setChecked(options.ignoreQueryParameters);
    m_deduplicateSimilarUrls->setChecked(options.deduplicateSimilarUrls);
    m_limit->setValue(options.limit);
    m_maxDepth->setValue(options.maxDepth);
    m_timeout->setValue(options.timeoutMs);
    m_maxBodyBytes = options.maxBodyBytes;
    m_maxBodyKiB->setValue(int(std::min<qint64>(options.maxBodyBytes / 1024, 1024 * 1024)));
    m_concurrency->setValue(options.concurrency);
    m_perHost->setValue(options.perHostConcurrency);
    m_delay->setValue(options.delayMs);
    m_retries->setValue(options.retries);
    m_respectRobots->setChecked(!options.ignoreRobotsTxt);
    m_renderMode->setCurrentIndex(m_renderMode->findData(int(options.renderMode)));
    m_waitFor->setValue(options.waitForMs);
    m_waitForSelector->setText(options.waitForSelector);
    m_renderTimeout->setValue(options.renderTimeoutMs);
    m_blockResources->setChecked(options.blockResources);
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it)
        it.value()->setChecked(options.formats.contains(it.key()));
    switch (options.screenshot()) {
    case CrawlOptions::Screenshot::None:
        m_screenshot->setCurrentIndex(m_screenshot->findData(QString()));
        break;
    case CrawlOptions::Screenshot::Viewport:
        m_screenshot->setCurrentIndex(m_screenshot->findData(viewportScreenshot));
        break;
    case CrawlOptions::Screenshot::FullPage:
        m_screenshot->setCurrentIndex(m_screenshot->findData(fullPageScreenshot));
        break;
    }
    m_onlyMainContent->setChecked(options.onlyMainContent);
    m_removeBase64Images->setChecked(options.removeBase64Images);
    m_includeTags->setPlainText(options.includeTags.join(u'\n'));
    m_excludeTags->setPlainText(options.excludeTags.join(u'\n'));
    QStringList headerLines;
    for (const auto &[name, value] : options.headers)
        headerLines << name + u": "_s + value;
    m_headers->setPlainText(headerLines.join(u'\n'));
    m_userAgent->setText(options.userAgent);
    m_skipTlsVerification->setChecked(options.skipTlsVerification);
    m_filling = false;
    validate();
}

CrawlOptions CrawlOptionsForm::options() const
{
    CrawlOptions options;
    options.includePaths = lines(m_includePaths);
    options.excludePaths = lines(m_excludePaths);
    options.regexOnFullUrl = m_regexOnFullUrl->isChecked();
    options.crawlEntireDomain = m_crawlEntireDomain->isChecked();
    options.allowSubdomains = m_allowSubdomains->isChecked();
    options.allowExternalLinks = m_allowExternalLinks->isChecked();
    options.ignoreSitemap = m_ignoreSitemap->isChecked();
    options.ignoreQueryParameters = m_ignoreQueryParameters->isChecked();
    options.deduplicateSimilarUrls = m_deduplicateSimilarUrls->isChecked();
    options.limit = m_limit->value();
    options.maxDepth = m_maxDepth->value();
    options.timeoutMs = m_timeout->value();
    options.maxBodyBytes = m_maxBodyBytes;
    options.concurrency = m_concurrency->value();
    options.perHostConcurrency = m_perHost->value();
    options.delayMs = m_delay->value();
    options.retries = m_retries->value();
    options.ignoreRobotsTxt = !m_respectRobots->isChecked();
    options.renderMode = CrawlOptions::RenderMode(m_renderMode->currentData().toInt());
    options.waitForMs = m_waitFor->value();
    options.waitForSelector = m_waitForSelector->text().trimmed();
    options.renderTimeoutMs = m_renderTimeout->value();
    options.blockResources = m_blockResources->isChecked();
    options.formats.clear();
    for (const QString &format : pageFormats) {
        if (m_formats.value(format)->isChecked())
            options.formats << format;
    }
    if (const QString screenshot = m_screenshot->currentData().toString(); !screenshot.isEmpty())
        options.formats << screenshot;
    options.onlyMainContent = m_onlyMainContent->isChecked();
    options.removeBase64Images = m_removeBase64Images->isChecked();
    options.includeTags = lines(m_includeTags);
    options.excludeTags = lines(m_excludeTags);
    for (const QString &line : lines(m_headers)) {
        if (const auto header = parseHeaderLine(line, nullptr))
            options.headers.append(*header);
    }
    options.userAgent = m_userAgent->text().trimmed();
    options.skipTlsVerification = m_skipTlsVerification->isChecked();
    return options;
}

void CrawlOptionsForm::setError(const QString &field, const QString &reason)
{
    QLabel *label = m_errorLabels.value(field);
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

void CrawlOptionsForm::markTabsWithProblems()
{
    // A reason on a tab that is not shown must not go unnoticed: its tab gets a warning icon.
    QSet<int> withProblems;
    for (QLabel *label : std::as_const(m_errorLabels)) {
        if (label->text().isEmpty())
            continue;
        for (int tab = 0; tab < m_tabs->count(); ++tab) {
            if (m_tabs->widget(tab)->isAncestorOf(label))
                withProblems.insert(tab);
        }
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        m_tabs->setTabIcon(tab, withProblems.contains(tab) ? warning : QIcon());
}

QStringList CrawlOptionsForm::problems() const
{
    QStringList problems;
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            problems << it.value()->text();
    }
    if (!m_otherProblems->text().isEmpty())
        problems << m_otherProblems->text().split(u'\n');
    return problems;
}

void CrawlOptionsForm::validate()
{
    if (m_filling)
        return;
    auto checkRegexes = [this](const QString &field, const QPlainTextEdit *edit) {
        const QStringList all = edit->toPlainText().split(u'\n');
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString pattern = all.at(i).trimmed();
            if (pattern.isEmpty())
                continue;
            const QRegularExpression regex(pattern);
            if (!regex.isValid())
                return setError(field, tr("Line %1: \"%2\" is not a valid regular expression: "
                                          "%3 (at character %4).")
                                           .arg(i + 1)
                                           .arg(pattern, regex.errorString())
                                           .arg(regex.patternErrorOffset() + 1));
        }
        setError(field, {});
    };
    checkRegexes(includePathsField, m_includePaths);
    checkRegexes(excludePathsField, m_excludePaths);

    auto checkSelectors = [this](const QString &field, const QStringList &selectors) {
        for (const QString &text : selectors) {
            QString reason;
            if (!Selector::parse(text, &reason))
                return setError(
                    field, tr("\"%1\" is not a selector Trawl understands: %2").arg(text, reason));
        }
        setError(field, {});
    };
    checkSelectors(includeTagsField, lines(m_includeTags));
    checkSelectors(excludeTagsField, lines(m_excludeTags));
    const QString waitSelector = m_waitForSelector->text().trimmed();
    QString selectorError;
    if (QString reason; !waitSelector.isEmpty() && !Selector::parse(waitSelector, &reason))
        selectorError =
            tr("\"%1\" is not a selector Trawl understands: %2").arg(waitSelector, reason);

    setError(headersField, {});
    const QStringList headerLines = m_headers->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < headerLines.size(); ++i) {
        const QString line = headerLines.at(i).trimmed();
        QString reason;
        if (!line.isEmpty() && !parseHeaderLine(line, &reason)) {
            setError(headersField, tr("Line %1: %2").arg(i + 1).arg(reason));
            break;
        }
    }

    validateFields(options(), selectorError);
    markTabsWithProblems();
    Q_EMIT changed();
}

void CrawlOptionsForm::validateFields(const CrawlOptions &current, const QString &selectorError)
{
    // Everything else is CrawlOptions' own judgement. Each field is asked about alone (with
    // what its validity depends on, such as the render mode), so that each reason is shown
    // under its field; a reason no field claims is shown below the tabs.
    using Copy = std::function<void(CrawlOptions &)>;
    const QList<std::pair<QString, Copy>> fields{
        {formatsField,
         [&current](CrawlOptions &probe) {
             probe.formats.clear();
             for (const QString &format : current.formats) {
                 if (!format.startsWith(viewportScreenshot))
                     probe.formats << format;
             }
         }},
        {screenshotField,
         [&current](CrawlOptions &probe) {
             probe.renderMode = current.renderMode;
             for (const QString &format : current.formats) {
                 if (format.startsWith(viewportScreenshot))
                     probe.formats << format;
             }
         }},
        {waitForField,
         [&current](CrawlOptions &probe) {
             probe.renderMode = current.renderMode;
             probe.waitForMs = current.waitForMs;
         }},
        {waitForSelectorField,
         [&current](CrawlOptions &probe) {
             probe.renderMode = current.renderMode;
             probe.waitForSelector = current.waitForSelector;
         }},
        {renderTimeoutField,
         [&current](CrawlOptions &probe) { probe.renderTimeoutMs = current.renderTimeoutMs; }},
        {userAgentField, [&current](CrawlOptions &probe) { probe.userAgent = current.userAgent; }},
    };
    QSet<QString> claimed;
    for (const auto &[field, copy] : fields) {
        CrawlOptions probe;
        probe.url = QUrl(placeholderUrl);
        copy(probe);
        QStringList reasons = probe.validate();
        for (const QString &reason : std::as_const(reasons))
            claimed.insert(reason);
        if (field == waitForSelectorField && !selectorError.isEmpty())
            reasons.prepend(selectorError);
        setError(field, reasons.join(u'\n'));
    }
    // The paths and headers were checked line by line above (with line numbers).
    CrawlOptions rest = current;
    rest.url = QUrl(placeholderUrl);
    rest.includePaths.clear();
    rest.excludePaths.clear();
    rest.headers.clear();
    QStringList other;
    for (const QString &reason : rest.validate()) {
        if (!claimed.contains(reason))
            other << reason;
    }
    m_otherProblems->setText(other.join(u'\n'));
    m_otherProblems->setVisible(!other.isEmpty());
}
