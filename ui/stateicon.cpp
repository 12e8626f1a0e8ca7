// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/stateicon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {

QPixmap draw(JobState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color;
    switch (state) {
    case JobState::Queued:
        color = QColor(0x8a, 0x8f, 0x98);
        break;
    case JobState::Running:
        color = QColor(0x1c, 0x71, 0xd8);
        break;
    case JobState::Paused:
        color = QColor(0xe5, 0xa5, 0x0a);
        break;
    case JobState::Completed:
        color = QColor(0x2e, 0xc2, 0x7e);
        break;
    case JobState::Failed:
        color = QColor(0xe0, 0x1b, 0x24);
        break;
    case JobState::Cancelled:
        color = QColor(0x5e, 0x5c, 0x64);
        break;
    case JobState::Expired:
        color = QColor(0x98, 0x6a, 0x44);
        break;
    }
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    painter.setBrush(Qt::white);
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (state) {
    case JobState::Queued: // three dots
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(s * (0.3 + 0.2 * i), s / 2), s / 14, s / 14);
        break;
    case JobState::Running: { // play triangle
        QPainterPath path;
        path.moveTo(s * 0.38, s * 0.28);
        path.lineTo(s * 0.74, s * 0.5);
        path.lineTo(s * 0.38, s * 0.72);
        path.closeSubpath();
        painter.drawPath(path);
        break;
    }
    case JobState::Paused: // two bars
        painter.drawRect(QRectF(s * 0.32, s * 0.28, s * 0.12, s * 0.44));
        painter.drawRect(QRectF(s * 0.56, s * 0.28, s * 0.12, s * 0.44));
        break;
    case JobState::Completed: // check mark
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(
            QList<QPointF>{{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}});
        break;
    case JobState::Failed: // exclamation mark
        painter.drawRect(QRectF(s * 0.44, s * 0.22, s * 0.12, s * 0.38));
        painter.drawEllipse(QPointF(s * 0.5, s * 0.72), s * 0.07, s * 0.07);
        break;
    case JobState::Cancelled: // cross
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        painter.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case JobState::Expired: // clock hands
        painter.setPen(pen);
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.26));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    }
    return pixmap;
}

} // namespace

namespace StateIcon {

QIcon forState(JobState state)
{
    static QHash<int, QIcon> cache; // drawn once per state per process (GUI thread only)
    const auto it = cache.constFind(int(state));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(draw(state, size));
    cache.insert(int(state), icon);
    return icon;
}

} // namespace StateIcon
