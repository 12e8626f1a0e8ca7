// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// The normalized state of a job, local or remote. Every provider maps onto it and every export
// format maps back from it (ARCHITECTURE.md, "Normalized job state").
enum class JobState
{
    Queued,
    Running,
    Paused,
    Completed,
    Failed,
    Cancelled,
    Expired,
};

namespace JobStates {

// The stable machine word stored in the database and printed by `trawl jobs`.
QString toString(JobState state);
std::optional<JobState> fromString(QStringView word);
// A translated name for people.
QString displayName(JobState state);

// A terminal state never changes again except Completed -> Expired (a remote service forgot it).
bool isTerminal(JobState state);
// Whether a job may go from `from` to `to`. Staying in the same state is not a transition.
bool canTransition(JobState from, JobState to);

} // namespace JobStates

// The state of one URL of a job.
enum class PageState
{
    Queued,
    Fetching,
    Completed,
    Failed,
    Skipped,
    Cancelled,
};

namespace PageStates {
QString toString(PageState state);
std::optional<PageState> fromString(QStringView word);
} // namespace PageStates

Q_DECLARE_METATYPE(JobState)
Q_DECLARE_METATYPE(PageState)
