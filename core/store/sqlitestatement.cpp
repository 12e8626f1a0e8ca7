// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (db
        && sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
               == SQLITE_OK)
        return true;
    if (error)
        *error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite handle");
    return false;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (text.isNull())
        return bindNull(index);
    m_keptText.push_back(text);
    sqlite3_bind_text16(m_statement, index, m_keptText.back().utf16(), int(text.size() * 2),
                        SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    m_keptBytes.push_back(utf8);
    sqlite3_bind_text64(m_statement, index, m_keptBytes.back().constData(),
                        sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    if (bytes.isNull())
        return bindNull(index);
    m_keptBytes.push_back(bytes);
    sqlite3_bind_blob64(m_statement, index, m_keptBytes.back().constData(),
                        sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::exec(QString *error)
{
    int status = SQLITE_ROW;
    while (status == SQLITE_ROW)
        status = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_keptBytes.clear();
    m_keptText.clear();
    if (status == SQLITE_DONE)
        return true;
    if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}
