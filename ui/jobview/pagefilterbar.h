// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/pagequery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;

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

    // "404", "4xx" or empty (any) into a range; false when the text is neither.
    static bool parseStatus(const QString &text, int *min, int *max);

Q_SIGNALS:
    void filterChanged();

private:
    void statusEdited();

    QComboBox *m_state;
    QComboBox *m_status;
    QComboBox *m_contentType;
    QSpinBox *m_minDepth;
    QSpinBox *m_maxDepth;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    int m_minStatus = -1;
    int m_maxStatus = -1;
};
