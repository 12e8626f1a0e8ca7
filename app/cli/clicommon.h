// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/jobinfo.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <optional>

class JobStore;

// What every subcommand shares: its options, its streams, how it opens the store and how it says
// that the user asked for something it cannot do.
namespace Cli {

QTextStream &out();
QTextStream &err();

// Prints "trawl COMMAND: REASON" ("trawl: REASON" without a command) on one line to stderr and
// returns the bad-usage exit code.
int usageError(const QString &command, const QString &reason);

// --db, --quiet and --help, shared by every subcommand.
void addCommonOptions(QCommandLineParser &parser);
// Parses `arguments` (the subcommand's, starting with its name). Returns an exit code when the
// command must end now (bad usage, or --help printed), nothing when it may go on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const QString &command, const QString &summary);

QString databasePath(const QCommandLineParser &parser);
// Opens and migrates the store; on failure prints the reason and sets `exitCode`.
std::unique_ptr<JobStore> openStore(const QCommandLineParser &parser, const QString &command,
                                    int *exitCode);

// A whole number option, at least `minimum`; nothing (after printing why) when it is not one.
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name,
                             const QString &command, int fallback, int minimum);

// Resolves a job id or a unique prefix of one (at least 4 characters); prints why not and sets
// `exitCode` when it cannot.
std::optional<QString> resolveJobId(const JobStore &store, const QString &text,
                                    const QString &command, int *exitCode);

// Opens the store and finds the job named by the command's one positional argument (an id or a
// prefix of one); prints why not and sets `exitCode` when it cannot.
std::optional<JobInfo> jobArgument(const QCommandLineParser &parser, const QString &command,
                                   std::unique_ptr<JobStore> &store, int *exitCode);

} // namespace Cli
