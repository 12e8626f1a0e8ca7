// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pagerecord.h"

class QSqlQuery;
class SqliteStatement;

// The mapping between PageRecord and a row of the `pages` table, in one place for the reader
// (JobStore) and the writer (StoreWriter).
namespace PageRow {

// The SELECT column list for the fields asked for (scalar columns always).
QString selectColumns(PageFields fields);
// Reads the current row of a query made with selectColumns(fields).
PageRecord read(const QSqlQuery &query, PageFields fields);

// The INSERT of one page, for SqliteStatement, and its values.
const char *insertStatement();
void bindInsert(SqliteStatement &insert, const PageRecord &page);

} // namespace PageRow
