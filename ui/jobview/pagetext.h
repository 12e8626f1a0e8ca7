// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobstate.h"

#include <QString>

// Names of page states for people (the stored words are machine words).
namespace PageText {

QString stateName(PageState state);

} // namespace PageText
