// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Paints the cells of the pages and errors tables: the style draws the background (selection,
// alternating rows, focus), the text is drawn elided on one line. The style's own text drawing
// lays each cell out as rich text; a live table of a large crawl is painted several times a
// second, and that was most of the GUI thread's time.
class PagesDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagesDelegate)

public:
    explicit PagesDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
