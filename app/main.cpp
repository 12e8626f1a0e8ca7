// SPDX-License-Identifier: GPL-3.0-or-later
// trawl: the command line, without QtWebEngine, widgets or a GUI platform, so that a command
// starts in a few milliseconds instead of the ~50 ms that loading those libraries takes. The
// window and every command that may render pages run in trawl-gui (guimain.cpp): this process
// becomes it (exec: the same process id, arguments and environment).
#include "cli/cli.h"
#include "cli/startup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// trawl-gui, found from this executable's folder by the same relative path in the build tree and
// once installed (TRAWL_GUI_RELATIVE_PATH: ../libexec/trawl/trawl-gui).
QString guiExecutable()
{
    const QString self = QFile::symLinkTarget(u"/proc/self/exe"_s);
    return QDir::cleanPath(QFileInfo(self).absolutePath() + u'/'
                           + QStringLiteral(TRAWL_GUI_RELATIVE_PATH));
}

int runGui(char **argv)
{
    const QString path = guiExecutable();
    ::execv(QFile::encodeName(path).constData(), argv);
    // Only reached when it could not start.
    const int error = errno;
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("main", "trawl: cannot start %1: %2")
                                .arg(path, QString::fromLocal8Bit(std::strerror(error)))));
    return Cli::FailedOrCancelled;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Cli::wantsCli(arguments) || Cli::mayRender(arguments))
        return runGui(argv);
    Startup::describeApplication();
    QCoreApplication app(argc, argv);
    Startup::installTranslators(app);
    return Cli::run(arguments);
}
