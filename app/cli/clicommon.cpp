// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicommon.h"

#include "cli/cli.h"
#include "store/database.h"
#include "store/jobstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString &command, const QString &reason)
{
    QString line = reason;
    line.replace(u'\n', u' ');
    err() << (command.isEmpty() ? u"trawl"_s : u"trawl "_s + command) << ": " << line.trimmed()
          << Qt::endl;
    return BadUsage;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s,
                      QCoreApplication::translate("Cli", "The job database (default: %1).")
                          .arg(Database::defaultPath()),
                      QCoreApplication::translate("Cli", "PATH")});
    parser.addOption(
        {u"quiet"_s, QCoreApplication::translate("Cli", "Print nothing but results and errors.")});
    parser.addOption({{u"h"_s, u"help"_s}, QCoreApplication::translate("Cli", "Show this help.")});
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &command, const QString &summary)
{
    parser.setApplicationDescription(summary);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList withProgram = arguments;
    withProgram.prepend(u"trawl"_s);
    if (!parser.parse(withProgram))
        return usageError(command, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        QString help = parser.helpText();
        // "Usage: /path/to/trawl [options] URL" -> "Usage: trawl crawl [options] URL"
        help.replace(QRegularExpression(u"^Usage: \\S+ \\[options\\]"_s),
                     u"Usage: trawl %1 [options]"_s.arg(command));
        out() << help;
        out().flush();
        return Completed;
    }
    return std::nullopt;
}

QString databasePath(const QCommandLineParser &parser)
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

std::unique_ptr<JobStore> openStore(const QCommandLineParser &parser, const QString &command,
                                    int *exitCode)
{
    auto store = std::make_unique<JobStore>(databasePath(parser));
    QString error;
    if (!store->open(&error)) {
        *exitCode = usageError(command, error);
        return nullptr;
    }
    return store;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name,
                             const QString &command, int fallback, int minimum)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        usageError(command,
                   QCoreApplication::translate("Cli", "--%1 expects a whole number, not \"%2\".")
                       .arg(name, text));
        return std::nullopt;
    }
    if (value < minimum) {
        usageError(command, QCoreApplication::translate("Cli", "--%1 must be at least %2, not %3.")
                                .arg(name)
                                .arg(minimum)
                                .arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> resolveJobId(const JobStore &store, const QString &text,
                                    const QString &command, int *exitCode)
{
    if (text.size() < 4) {
        *exitCode = usageError(
            command, QCoreApplication::translate("Cli", "\"%1\" is too short for a job id; give "
                                                        "at least 4 characters.")
                         .arg(text));
        return std::nullopt;
    }
    const QStringList ids = store.jobIdsStartingWith(text);
    if (ids.size() == 1)
        return ids.constFirst();
    *exitCode = usageError(
        command, ids.isEmpty()
                     ? QCoreApplication::translate("Cli", "there is no job \"%1\".").arg(text)
                     : QCoreApplication::translate("Cli", "\"%1\" matches %2 jobs; give more of "
                                                          "the id.")
                           .arg(text)
                           .arg(ids.size()));
    return std::nullopt;
}

std::optional<JobInfo> jobArgument(const QCommandLineParser &parser, const QString &command,
                                   std::unique_ptr<JobStore> &store, int *exitCode)
{
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.size() != 1) {
        *exitCode =
            usageError(command, QCoreApplication::translate("Cli", "one job id is required."));
        return std::nullopt;
    }
    store = openStore(parser, command, exitCode);
    if (!store)
        return std::nullopt;
    const auto id = resolveJobId(*store, positional.constFirst(), command, exitCode);
    if (!id)
        return std::nullopt;
    return store->job(*id);
}

} // namespace Cli
