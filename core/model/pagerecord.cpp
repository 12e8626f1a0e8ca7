// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pagerecord.h"

#include <QJsonDocument>

int PageRecord::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool wordChar = c.isLetterOrNumber();
        // Ideographs have no spaces between words: count each as one.
        const bool ideograph = c.unicode() >= 0x3040 && c.unicode() <= 0x9fff;
        if (wordChar && (!inWord || ideograph))
            ++words;
        inWord = wordChar && !ideograph;
    }
    return words;
}

void PageRecord::addMetadata(const QString &key, const QJsonValue &value)
{
    if (!metadataJson.isEmpty()) {
        metadata = QJsonDocument::fromJson(metadataJson).object();
        metadataJson.clear();
    }
    metadata.insert(key, value);
}
