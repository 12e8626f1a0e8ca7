// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

#include <csignal>
#include <sys/types.h>

namespace TestSignal {

// Sends `signal` to `process` only while it runs. A process that has ended has no id, and
// kill(0, SIGKILL) would kill the test's whole process group, ctest and CI with it.
inline bool send(const QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    return process.state() == QProcess::Running && pid > 0 && ::kill(pid_t(pid), signal) == 0;
}

} // namespace TestSignal
