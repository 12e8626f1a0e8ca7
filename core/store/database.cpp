// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <map>

using namespace Qt::StringLiterals;

namespace {

// Migration number -> resource path, from the files shipped under :/migrations.
std::map<int, QString> migrationFiles()
{
    static const QRegularExpression name(u"^(\\d+)_.*\\.sql$"_s);
    std::map<int, QString> files;
    const QDir dir(u":/migrations"_s);
    for (const QString &entry : dir.entryList(QDir::Files)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

// Splits a migration script into statements. Migrations are plain DDL: one statement ends with
// a semicolon at the end of a line; `--` comments are dropped.
QStringList statements(const QString &script)
{
    QStringList result;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

namespace Database {

int latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

QSqlDatabase open(const QString &path, const QString &connectionName, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot create the folder %1.")
                         .arg(info.absolutePath());
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        if (error)
            *error = QCoreApplication::translate("Database", "Cannot open the database %1: %2")
                         .arg(path, db.lastError().text());
        return {};
    }
    QString pragmaError;
    // WAL lets readers read while the writer writes; NORMAL sync in WAL mode keeps every committed
    // transaction across a process crash (only a power loss can take the last ones).
    for (const auto &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                               u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=10000"_s}) {
        if (!exec(db, pragma, &pragmaError)) {
            if (error)
                *error =
                    QCoreApplication::translate("Database", "Cannot configure the database %1: %2")
                        .arg(path, pragmaError);
            db.close();
            return {};
        }
    }
    // A file that is not SQLite opens fine and fails on the first read: check now.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        if (error)
            *error = QCoreApplication::translate("Database", "%1 is not a Trawl database: %2")
                         .arg(path, probe.lastError().text());
        db.close();
        return {};
    }
    return db;
}

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"PRAGMA user_version"_s) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    const auto files = migrationFiles();
    const int latest = files.empty() ? 0 : files.rbegin()->first;
    if (targetVersion < 0)
        targetVersion = latest;
    // Read the version inside a write transaction so two processes never migrate at once.
    if (!exec(db, u"BEGIN IMMEDIATE"_s, error))
        return false;
    const int current = schemaVersion(db);
    if (current > latest) {
        exec(db, u"ROLLBACK"_s, nullptr);
        if (error) {
            *error = QCoreApplication::translate(
                         "Database",
                         "The database %1 has schema version %2, newer than this version of Trawl "
                         "understands (%3). Use a newer Trawl or another database (--db).")
                         .arg(db.databaseName())
                         .arg(current)
                         .arg(latest);
        }
        return false;
    }
    for (const auto &[version, file] : files) {
        if (version <= current || version > targetVersion)
            continue;
        QFile script(file);
        if (!script.open(QIODevice::ReadOnly)) {
            exec(db, u"ROLLBACK"_s, nullptr);
            if (error)
                *error = QCoreApplication::translate("Database", "Cannot read the migration %1.")
                             .arg(file);
            return false;
        }
        QString stepError;
        for (const QString &statement : statements(QString::fromUtf8(script.readAll()))) {
            if (!exec(db, statement, &stepError)) {
                exec(db, u"ROLLBACK"_s, nullptr);
                if (error)
                    *error = QCoreApplication::translate("Database", "Migration %1 failed: %2")
                                 .arg(version)
                                 .arg(stepError);
                return false;
            }
        }
        if (!exec(db, u"PRAGMA user_version = %1"_s.arg(version), error)) {
            exec(db, u"ROLLBACK"_s, nullptr);
            return false;
        }
    }
    return exec(db, u"COMMIT"_s, error);
}

void close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(u"trawl.sqlite"_s);
}

QString fetchedFolder(const QString &databasePath, const QString &jobId)
{
    // ":memory:" and the like are no file; a job id never holds a path separator.
    if (databasePath.isEmpty() || databasePath.startsWith(u':') || jobId.isEmpty()
        || jobId.contains(u'/') || jobId.contains(u'\\') || jobId.startsWith(u'.'))
        return {};
    return databasePath + u".fetched/"_s + jobId;
}

void removeFetchedFolder(const QString &databasePath, const QString &jobId)
{
    const QString folder = fetchedFolder(databasePath, jobId);
    if (folder.isEmpty())
        return;
    QDir(folder).removeRecursively();
    QDir().rmdir(QFileInfo(folder).path()); // fails while another job has one: right
}

} // namespace Database
