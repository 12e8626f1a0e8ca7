// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"
#include "model/pagerecord.h"

#include <QList>

// A job read from an exported file, ready to be stored as a new job (ids are assigned then).
struct ImportedJob
{
    JobInfo job;             // provider, remoteId, startUrl, state, extra, counters
    QList<PageRecord> pages; // in completion order, index from 0
};
