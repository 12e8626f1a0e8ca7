// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A URL admitted into a job's frontier. `key` is its normalized form: two URLs with the same key
// are the same page and are fetched once.
struct FrontierEntry
{
    QString url;
    QString key;
    QString parentUrl;
    int depth = 0;
    qint64 seq = 0; // discovery order, assigned by the store
};
