// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pageinspector.h"

#include "store/jobstore.h"
#include "ui/jobview/pagetext.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QPlainTextEdit *sourceView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QTableWidget *pairTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableWidget(0, 2, parent);
    table->setObjectName(name);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void fillPairs(QTableWidget *table, const QList<std::pair<QString, QString>> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        auto *value = new QTableWidgetItem(rows.at(row).second);
        value->setToolTip(rows.at(row).second);
        table->setItem(row, 1, value);
    }
    table->resizeColumnToContents(0);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

PageInspector::PageInspector(JobStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_heading(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_markdown(new QTextBrowser(this))
    , m_html(sourceView(this, u"inspectorHtml"_s))
    , m_rawHtml(sourceView(this, u"inspectorRawHtml"_s))
    , m_links(new QTreeWidget(this))
    , m_metadata(pairTable(this, u"inspectorMetadata"_s))
    , m_headers(pairTable(this, u"inspectorHeaders"_s))
    , m_screenshotArea(new QScrollArea(this))
    , m_screenshot(new QLabel(this))
{
    m_heading->setObjectName(u"inspectorHeading"_s);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->setObjectName(u"inspectorTabs"_s);
    m_markdown->setObjectName(u"inspectorMarkdown"_s);
    m_markdown->setOpenLinks(false);
    connect(m_markdown, &QTextBrowser::anchorClicked, this, &PageInspector::anchorClicked);

    m_links->setObjectName(u"inspectorLinks"_s);
    m_links->setRootIsDecorated(false);
    m_links->setColumnCount(2);
    m_links->header()->setStretchLastSection(false);
    m_links->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_links->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_links, &QTreeWidget::itemActivated, this, &PageInspector::linkActivated);

    m_screenshot->setObjectName(u"inspectorScreenshot"_s);
    m_screenshot->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_screenshotArea->setWidget(m_screenshot);
    m_screenshotArea->setWidgetResizable(true);

    m_tabs->insertTab(MarkdownTab, m_markdown, QString());
    m_tabs->insertTab(HtmlTab, m_html, QString());
    m_tabs->insertTab(RawHtmlTab, m_rawHtml, QString());
    m_tabs->insertTab(LinksTab, m_links, QString());
    m_tabs->insertTab(MetadataTab, m_metadata, QString());
    m_tabs->insertTab(HeadersTab, m_headers, QString());
    m_tabs->insertTab(ScreenshotTab, m_screenshotArea, QString());

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_heading);
    m_layout->addWidget(m_tabs, 1);
    clear();
    retranslateUi();
}

void PageInspector::retranslateUi()
{
    m_tabs->setTabText(MarkdownTab, tr("Markdown"));
    m_tabs->setTabText(HtmlTab, tr("Cleaned HTML"));
    m_tabs->setTabText(RawHtmlTab, tr("Raw HTML"));
    m_tabs->setTabText(MetadataTab, tr("Metadata"));
    m_tabs->setTabText(HeadersTab, tr("Headers"));
    m_tabs->setTabText(ScreenshotTab, tr("Screenshot"));
    m_links->setHeaderLabels({tr("Link"), tr("Page")});
    m_links->setToolTip(tr("Double-click a link that is a page of this job to open it"));
    m_metadata->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    const QString jobId = m_jobId;
    if (m_index < 0 || !showPage(jobId, m_index))
        clear(); // the heading and the Links tab's text
}

void PageInspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PageInspector::clear()
{
    m_jobId.clear();
    m_index = -1;
    // No page: a hint in the middle, no empty tabs.
    m_heading->setText(tr("Double-click a page, or select it and press Enter, to see it here: "
                          "its markdown, HTML, links, metadata, headers and screenshot."));
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setEnabled(false);
    m_layout->setStretchFactor(m_heading, 1);
    m_tabs->hide();
    m_tabs->setTabText(LinksTab, tr("Links"));
    m_markdown->clear();
    m_html->clear();
    m_rawHtml->clear();
    m_links->clear();
    m_metadata->setRowCount(0);
    m_headers->setRowCount(0);
    m_screenshot->clear();
}

bool PageInspector::showPage(const QString &jobId, qint64 index)
{
    const auto page = m_store->page(jobId, index, PageField::All);
    if (!page)
        return false;
    m_jobId = jobId;
    m_index = index;
    const QString title = page->title.isEmpty() ? page->url : page->title;
    m_heading->setText(u"<b>%1</b><br>%2"_s.arg(title.toHtmlEscaped(), page->url.toHtmlEscaped()));
    m_heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_heading->setEnabled(true);
    m_layout->setStretchFactor(m_heading, 0);
    m_tabs->show();

    m_markdown->setMarkdown(page->markdown);
    m_html->setPlainText(page->html);
    m_rawHtml->setPlainText(page->rawHtml);
    m_markdown->moveCursor(QTextCursor::Start); // each page from its top

    m_links->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(page->links.size());
    for (const QString &link : page->links) {
        auto *item = new QTreeWidgetItem({link});
        item->setToolTip(0, link);
        if (const auto target = m_store->pageIndexOfUrl(jobId, link)) {
            item->setText(1, tr("#%1").arg(*target));
            item->setData(1, Qt::UserRole, *target);
            QFont font = item->font(0);
            font.setUnderline(true);
            item->setFont(0, font);
        }
        items << item;
    }
    m_links->addTopLevelItems(items);
    m_tabs->setTabText(LinksTab, tr("Links (%1)").arg(page->links.size()));

    const QLocale locale;
    QList<std::pair<QString, QString>> fields{
        {tr("Index"), QString::number(page->index)},
        {tr("URL"), page->url},
        {tr("Final URL"), page->finalUrl},
        {tr("Found on"), page->parentUrl},
        {tr("Depth"), QString::number(page->depth)},
        {tr("State"), PageText::stateName(page->state)},
        {tr("Read as"), page->renderMode == u"js"_s       ? tr("Rendered (JavaScript)")
                        : page->renderMode == u"static"_s ? tr("Static (the HTML as fetched)")
                                                          : page->renderMode},
        {tr("HTTP status"), page->httpStatus > 0 ? QString::number(page->httpStatus) : QString()},
        {tr("Content type"), page->contentType},
        {tr("Duration"), tr("%1 ms").arg(locale.toString(page->durationMs))},
        {tr("Size"), locale.formattedDataSize(page->bodyBytes)},
        {tr("Words"), locale.toString(page->wordCount)},
        {tr("Retries"), QString::number(page->retryCount)},
        {tr("Fetched at"), locale.toString(page->fetchedAt.toLocalTime(), QLocale::ShortFormat)},
        {tr("Title"), page->title},
        {tr("Description"), page->description},
        {tr("Language"), page->language},
    };
    if (page->error != PageError::None) {
        fields.append({tr("Error"), page->errorCode()});
        fields.append({tr("Error message"), page->errorMessage});
    }
    for (auto it = page->metadata.constBegin(); it != page->metadata.constEnd(); ++it)
        fields.append({it.key(), jsonText(it.value())});
    fillPairs(m_metadata, fields);
    fillPairs(m_headers, page->responseHeaders);
    m_tabs->setTabEnabled(HeadersTab, !page->responseHeaders.isEmpty());

    QPixmap screenshot;
    if (!page->screenshot.isEmpty() && screenshot.loadFromData(page->screenshot, "PNG")) {
        m_screenshot->setPixmap(screenshot);
        m_tabs->setTabEnabled(ScreenshotTab, true);
    } else {
        m_screenshot->clear();
        m_tabs->setTabEnabled(ScreenshotTab, false);
    }
    return true;
}

bool PageInspector::openLink(int row)
{
    QTreeWidgetItem *item = m_links->topLevelItem(row);
    if (!item)
        return false;
    const QVariant target = item->data(1, Qt::UserRole);
    if (!target.isValid())
        return false;
    const QString jobId = m_jobId;
    if (!showPage(jobId, target.toLongLong()))
        return false;
    Q_EMIT pageOpened(m_index);
    return true;
}

void PageInspector::linkActivated(QTreeWidgetItem *item)
{
    openLink(m_links->indexOfTopLevelItem(item));
}

void PageInspector::anchorClicked(const QUrl &url)
{
    // A link in the rendered markdown: relative ones are resolved against the page.
    const auto page = m_store->page(m_jobId, m_index, PageField::Summary);
    if (!page)
        return;
    const QUrl base(page->finalUrl.isEmpty() ? page->url : page->finalUrl);
    openUrl(base.resolved(url).toString(QUrl::FullyEncoded));
}

bool PageInspector::openUrl(const QString &url)
{
    const auto target = m_store->pageIndexOfUrl(m_jobId, url);
    if (!target)
        return false;
    const QString jobId = m_jobId;
    if (!showPage(jobId, *target))
        return false;
    Q_EMIT pageOpened(m_index);
    return true;
}
