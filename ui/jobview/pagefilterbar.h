// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pagequery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

// The filters above the pages table: state, HTTP status (a code or a class such as 4xx),
// content type, depth range and a text search in URLs and titles.
class PageFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFilterBar)

public:
    explicit PageFilterBar(QWidget *parent = nullptr);

    // The filter fields of a PageQuery (the rest is left at its defaults).
    PageQuery filter() const;
    // The content types offered (the current choice is kept when it is still there).
    void setContentTypes(const QStringList &types);
    void clear();
    // Puts the keyboard in the search field, its text selected (what Find does).
    void focusSearch();

    // "404", "4xx" or empty (any) into a range; false when the text is neither.
    static bool parseStatus(const QString &text, int *min, int *max);

Q_SIGNALS:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void statusEdited();
    void retranslateUi();

    QComboBox *m_state;
    QComboBox *m_status;
    QComboBox *m_contentType;
    QSpinBox *m_minDepth;
    QSpinBox *m_maxDepth;
    QLineEdit *m_search;
    QLabel *m_depthLabel;
    QLabel *m_toLabel;
    QToolButton *m_clear;
    QTimer *m_searchDelay;
    int m_minStatus = -1;
    int m_maxStatus = -1;
};
