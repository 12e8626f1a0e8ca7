// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/progressdelegate.h"

#include "ui/joblistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

using namespace Qt::StringLiterals;

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    // The cell's background (selection, alternating rows) as usual, without its text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // The bar, and the percentage beside it (not on it: where the fill reached the text, half a
    // digit was light on the fill and half dark beside it).
    const double fraction = index.data(JobListModel::ProgressRole).toDouble();
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect inner = option.rect.adjusted(3, 3, -3, -3);
    QRect barRect = inner;
    QRect textRect;
    if (fraction >= 0 && !text.isEmpty()) {
        const int textWidth = std::max(option.fontMetrics.horizontalAdvance(text),
                                       option.fontMetrics.horizontalAdvance(u"100%"_s));
        textRect = QRect(inner.right() - textWidth + 1, inner.top(), textWidth, inner.height());
        barRect.setRight(textRect.left() - 5);
    }
    QStyleOptionProgressBar bar;
    bar.rect = QStyle::visualRect(option.direction, option.rect, barRect);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = fraction < 0 ? 0 : qRound(fraction * 1000);
    bar.textVisible = false;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    if (textRect.isNull())
        return;
    painter->save();
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Active, option.state & QStyle::State_Selected
                                                               ? QPalette::HighlightedText
                                                               : QPalette::Text));
    painter->drawText(QStyle::visualRect(option.direction, option.rect, textRect),
                      Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), option.fontMetrics.horizontalAdvance(u'0') * 14));
    return size;
}
