// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/threadpriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

void lowerCurrent(int nice)
{
#ifdef Q_OS_LINUX
    thread_local int lowered = 0;
    if (lowered == nice)
        return;
    // PRIO_PROCESS with a thread id: that thread only.
    if (setpriority(PRIO_PROCESS, id_t(::gettid()), nice) == 0)
        lowered = nice;
#else
    Q_UNUSED(nice);
#endif
}

int niceOfCurrent()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(::gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

} // namespace ThreadPriority
