// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pagesdelegate.h"

#include <QApplication>
#include <QPainter>

PagesDelegate::PagesDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void PagesDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;
    cell.text = text; // for the text rectangle the style would use
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget)
                           .adjusted(3, 0, -3, 0); // the style's text margin
    const bool selected = cell.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (cell.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(
        cell.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString shown = cell.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    painter->drawText(rect, int(cell.displayAlignment) | Qt::TextSingleLine, shown);
    painter->restore();
}
