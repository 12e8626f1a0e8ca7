// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class JobStore;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

// One page of a job in detail: its markdown rendered, cleaned and raw HTML, its links (a link
// that is a page of the job opens that page), a metadata table, the response headers and the
// screenshot. Loads the page's large columns only when it is shown.
class PageInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageInspector)

public:
    enum Tab
    {
        MarkdownTab,
        HtmlTab,
        RawHtmlTab,
        LinksTab,
        MetadataTab,
        HeadersTab,
        ScreenshotTab
    };

    explicit PageInspector(JobStore *store, QWidget *parent = nullptr);

    // Shows page `index` of `jobId`; false (and nothing shown) when there is no such page.
    bool showPage(const QString &jobId, qint64 index);
    void clear();
    QString jobId() const { return m_jobId; }
    qint64 pageIndex() const { return m_index; }
    QTabWidget *tabs() const { return m_tabs; }
    // Opens the link at `row` of the links list: the page it names, when it is one of the job.
    bool openLink(int row);

Q_SIGNALS:
    // Another page was opened from a link.
    void pageOpened(qint64 index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void linkActivated(QTreeWidgetItem *item);
    void anchorClicked(const QUrl &url);
    bool openUrl(const QString &url);

    JobStore *m_store;
    QString m_jobId;
    qint64 m_index = -1;
    QVBoxLayout *m_layout = nullptr;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    QTextBrowser *m_markdown;
    QPlainTextEdit *m_html;
    QPlainTextEdit *m_rawHtml;
    QTreeWidget *m_links;
    QTableWidget *m_metadata;
    QTableWidget *m_headers;
    QScrollArea *m_screenshotArea;
    QLabel *m_screenshot;
};
