// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/urlpath.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

QString UrlPath::withoutDotSegments(QStringView path)
{
    QVarLengthArray<QStringView, 32> segments;
    qsizetype start = 1;
    while (true) {
        const qsizetype slash = path.indexOf(u'/', start);
        const bool last = slash < 0;
        const QStringView segment = last ? path.sliced(start) : path.sliced(start, slash - start);
        if (segment == "."_L1) {
            if (last)
                segments.append(QStringView());
        } else if (segment == ".."_L1) {
            if (!segments.isEmpty())
                segments.removeLast();
            if (last)
                segments.append(QStringView());
        } else {
            segments.append(segment);
        }
        if (last)
            break;
        start = slash + 1;
    }
    QString result;
    result.reserve(path.size());
    for (const QStringView segment : segments) {
        result.append(u'/');
        result.append(segment);
    }
    if (result.isEmpty())
        result = u"/"_s;
    return result;
}
