// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pagerecord.h"
#include "store/pagequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class JobStore;

// A job's pages as a table, paged from the store: only a few blocks of rows around what the
// view asks for are in memory (fetched by offset and limit, least recently used dropped), the
// row count comes from the store's count. Sorting and filtering are done by SQL (PageQuery).
// refresh() follows a running crawl: rows are added (or removed) to match the count and the
// cached rows are read again; a row the view holds on to (the selection, the current row)
// follows its page to the page's new position in a sorted table.
class PagesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagesModel)

public:
    enum Column
    {
        IndexColumn,
        UrlColumn,
        StateColumn,
        StatusColumn,
        ContentTypeColumn,
        DepthColumn,
        DurationColumn,
        SizeColumn,
        WordsColumn,
        TitleColumn,
        ErrorCodeColumn,
        ErrorMessageColumn,
        RetriesColumn,
    };
    enum Role
    {
        PageIndexRole = Qt::UserRole + 1, // the page's index in the job (qint64)
        UrlRole,
    };
    static constexpr int blockSize = 100;
    static constexpr int maxBlocks = 8;

    PagesModel(JobStore *store, const QList<Column> &columns, QObject *parent = nullptr);

    void setJob(const QString &jobId);
    QString jobId() const { return m_query.jobId; }
    // The filters of `filter` (states, status range, content type, depth range, search); its
    // job, order, paging and fields are the model's own.
    void setFilter(const PageQuery &filter);
    PageQuery query() const { return m_query; }
    // Re-reads the count and drops the cached rows (a crawl stored pages, or the job changed):
    // every row may have changed.
    void refresh();
    // The same, for a view that shows rows `first`..`last` (none when first > last): those are
    // read again at once and only the ones that differ are said to have changed, so a view does
    // not repaint what it already shows.
    void refreshRows(int first, int last);
    // The language changed: headers and texts (page states) are said again.
    void retranslate();

    Column columnKind(int section) const { return m_columns.value(section); }
    int sectionOf(Column column) const { return int(m_columns.indexOf(column)); }
    qint64 pageIndexAt(int row) const;
    // The row of page `pageIndex` in the current order and filters; -1 when it is not shown.
    int rowOfPage(qint64 pageIndex) const;
    // For tests and the benchmark: store reads made for rows, and rows held in memory.
    int blockReads() const { return m_blockReads; }
    int cachedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const PageRecord *record(int row) const;
    const PageRecord *cachedRecord(int row) const; // without reading the store
    void update(int first, int last, bool everything);
    // Takes `query` (the same one, or another order) and moves the persistent indexes to the
    // rows their pages are at in it now (`known`: rows already asked for); drops the cached rows.
    void followPages(const PageQuery &query, QHash<qint64, int> known = {});
    int storeRowOfPage(qint64 pageIndex) const; // asks the store, not the cached rows
    QVariant display(const PageRecord &page, Column column) const;
    void resetTo(const PageQuery &query);
    qint64 countRows() const;

    JobStore *m_store;
    QList<Column> m_columns;
    PageQuery m_query;
    int m_rows = 0;
    // Cached blocks of rows by block number, and their use order (most recent last).
    mutable QHash<qint64, QList<PageRecord>> m_blocks;
    mutable QList<qint64> m_blockUse;
    mutable int m_blockReads = 0;
};
