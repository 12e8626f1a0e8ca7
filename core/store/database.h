// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// Opening the SQLite file and bringing its schema up to date. One connection per thread: each
// caller names its own connection and closes it (Database::close) on the same thread.
namespace Database {

// The schema version this build writes (the number of the last migration shipped).
int latestSchemaVersion();

// Opens (creating the file and its folder when needed) a connection with WAL, foreign keys and a
// busy timeout. Does not migrate. On failure returns an invalid QSqlDatabase and sets `error`.
QSqlDatabase open(const QString &path, const QString &connectionName, QString *error);

// Applies every migration newer than the file's schema, each in its own transaction, up to
// `targetVersion` (latestSchemaVersion() when -1). Refuses a file whose schema is newer than this
// build knows, with a message that says so.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = -1);

int schemaVersion(QSqlDatabase &db);

void close(const QString &connectionName);

// The default database file: the application data folder.
QString defaultPath();

// Where a crawl of the database at `databasePath` keeps the pages it fetched until they are
// committed (see FetchJournal): DATABASE.fetched/JOB, or empty for a database that is no file.
QString fetchedFolder(const QString &databasePath, const QString &jobId);
// Deletes that folder, and DATABASE.fetched when no other job has one (the job was deleted).
void removeFetchedFolder(const QString &databasePath, const QString &jobId);

} // namespace Database
