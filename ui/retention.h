// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

class JobStore;

// Settings > Retention: finished jobs (completed, failed, cancelled, expired) that ended more
// than `days` days before `now` are deleted with their pages. Applied at startup.
namespace Retention {

// Returns the ids deleted. `days` <= 0 deletes nothing.
QStringList apply(JobStore &store, int days,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Retention
