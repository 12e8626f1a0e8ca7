// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"

#include <QIcon>

// A small icon per job state, drawn (no image files): a coloured disc with a symbol.
namespace StateIcon {
QIcon forState(JobState state);
}
