// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/webenginesetup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace WebEngineSetup {

void prepareProcess(bool headless)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // What QGuiApplication falls back to anyway, without its warning on stderr (the command
        // line keeps stderr for its own messages).
        const QString runtime = QDir::temp().filePath(u"runtime-%1"_s.arg(::geteuid()));
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime,
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                "--disable-gpu --disable-background-networking --disable-component-update "
                "--disable-sync --no-first-run --disable-quic");
    // A page without a view counts as hidden, and Chromium delays the timers of hidden pages
    // to whole seconds: scripts that fill a page after setTimeout would be read unfilled.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    for (const char *flag :
         {"--disable-background-timer-throttling", "--disable-renderer-backgrounding"}) {
        if (!flags.contains(flag))
            flags += ' ' + QByteArray(flag);
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
}

} // namespace WebEngineSetup
