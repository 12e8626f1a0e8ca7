// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

// A statement prepared once on the SQLite connection behind a QSqlDatabase and run many times,
// for the store writer's hot statements: values are bound straight into SQLite (UTF-8 bytes as
// they are, UTF-16 text converted by SQLite once), without the QVariant and QSqlResult layers.
// It must be destroyed before its connection is closed.
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of an open QSQLITE connection, or nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql, QString *error);

    // Parameters are numbered from 1. Text and bytes are not copied: the statement keeps a
    // reference (implicitly shared) to each until exec() ends, and SQLite reads them in place.
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    // Null text binds NULL; other text (empty included) binds TEXT.
    void bindText(int index, const QString &text);
    // UTF-8 text; a null array binds NULL.
    void bindUtf8(int index, const QByteArray &utf8);
    // A BLOB; a null array binds NULL.
    void bindBlob(int index, const QByteArray &bytes);

    // Runs the statement to its end, then resets it and clears its bindings for the next run.
    bool exec(QString *error);
    // Rows changed by the last exec().
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_keptBytes; // what is bound, until exec()
    std::vector<QString> m_keptText;
};
