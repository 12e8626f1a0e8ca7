// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scheduling priority of the calling thread. Linux applies nice values per thread (elsewhere
// these do nothing, and niceOfCurrent() is 0).
namespace ThreadPriority {

// Raises the calling thread's nice value to `nice` (a lower priority), unless it is that
// already. A thread can always lower its own priority; raising it again needs privileges.
void lowerCurrent(int nice);
int niceOfCurrent();

} // namespace ThreadPriority
