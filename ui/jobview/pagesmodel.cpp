// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobview/pagesmodel.h"

#include "store/jobstore.h"
#include "ui/jobview/pagetext.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {

PageQuery::SortKey sortKeyOf(PagesModel::Column column)
{
    switch (column) {
    case PagesModel::IndexColumn:
        return PageQuery::SortKey::Index;
    case PagesModel::UrlColumn:
        return PageQuery::SortKey::Url;
    case PagesModel::StateColumn:
        return PageQuery::SortKey::State;
    case PagesModel::StatusColumn:
        return PageQuery::SortKey::HttpStatus;
    case PagesModel::ContentTypeColumn:
        return PageQuery::SortKey::ContentType;
    case PagesModel::DepthColumn:
        return PageQuery::SortKey::Depth;
    case PagesModel::DurationColumn:
        return PageQuery::SortKey::Duration;
    case PagesModel::SizeColumn:
        return PageQuery::SortKey::BodyBytes;
    case PagesModel::WordsColumn:
        return PageQuery::SortKey::WordCount;
    case PagesModel::TitleColumn:
        return PageQuery::SortKey::Title;
    case PagesModel::ErrorCodeColumn:
    case PagesModel::ErrorMessageColumn:
        return PageQuery::SortKey::ErrorCode;
    case PagesModel::RetriesColumn:
        return PageQuery::SortKey::RetryCount;
    }
    return PageQuery::SortKey::Index;
}

bool isNumeric(PagesModel::Column column)
{
    switch (column) {
    case PagesModel::IndexColumn:
    case PagesModel::StatusColumn:
    case PagesModel::DepthColumn:
    case PagesModel::DurationColumn:
    case PagesModel::SizeColumn:
    case PagesModel::WordsColumn:
    case PagesModel::RetriesColumn:
        return true;
    default:
        return false;
    }
}

} // namespace

PagesModel::PagesModel(JobStore *store, const QList<Column> &columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_columns(columns)
{
    m_query.limit = blockSize;
    m_query.fields = PageField::Summary;
}

void PagesModel::setJob(const QString &jobId)
{
    PageQuery query = m_query;
    query.jobId = jobId;
    resetTo(query);
}

void PagesModel::setFilter(const PageQuery &filter)
{
    PageQuery query = m_query;
    query.states = filter.states;
    query.orWithError = filter.orWithError;
    query.minStatus = filter.minStatus;
    query.maxStatus = filter.maxStatus;
    query.contentType = filter.contentType;
    query.minDepth = filter.minDepth;
    query.maxDepth = filter.maxDepth;
    query.search = filter.search;
    resetTo(query);
}

void PagesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    PageQuery query = m_query;
    query.sortBy = sortKeyOf(m_columns.at(column));
    query.order = order;
    if (query.sortBy == m_query.sortBy && query.order == m_query.order)
        return;
    // Same rows, another order: the count stays, the rows are read again, and the rows the
    // view holds on to (the selected page) follow their pages.
    followPages(query);
}

void PagesModel::resetTo(const PageQuery &query)
{
    beginResetModel();
    m_query = query;
    m_blocks.clear();
    m_blockUse.clear();
    m_rows = int(countRows());
    endResetModel();
}

qint64 PagesModel::countRows() const
{
    if (m_query.jobId.isEmpty())
        return 0;
    return std::min<qint64>(m_store->pageCount(m_query), std::numeric_limits<int>::max());
}

void PagesModel::refresh()
{
    update(0, -1, true);
}

void PagesModel::refreshRows(int first, int last)
{
    update(first, last, false);
}

void PagesModel::update(int first, int last, bool everything)
{
    const int rows = int(countRows());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    const auto removeTail = [this, rows] {
        if (rows < m_rows) {
            beginRemoveRows({}, rows, m_rows - 1);
            m_rows = rows;
            endRemoveRows();
        }
    };
    // New pages come last only in index order; in any other order they land between the rows,
    // and the rows the view holds on to (the selection, the current row) follow their pages.
    const bool rowsStay =
        m_query.sortBy == PageQuery::SortKey::Index && m_query.order == Qt::AscendingOrder;
    if (!rowsStay) {
        QHash<qint64, int> rowOf; // each held page's row now
        bool moved = false;
        const QModelIndexList held = persistentIndexList();
        for (const QModelIndex &index : held) {
            const PageRecord *page = cachedRecord(index.row());
            if (!page)
                continue;
            auto it = rowOf.find(page->index);
            if (it == rowOf.end())
                it = rowOf.insert(page->index, storeRowOfPage(page->index));
            moved = moved || *it != index.row();
        }
        if (moved) {
            followPages(m_query, rowOf); // the view reads every row again
            removeTail();
            return;
        }
    }
    // The rows on screen as they were, to tell which ones changed.
    QHash<int, PageRecord> shown;
    for (int row = first; !everything && row <= last && row < m_rows; ++row) {
        if (const PageRecord *page = cachedRecord(row))
            shown.insert(row, *page);
    }
    m_blocks.clear();
    m_blockUse.clear();
    removeTail();
    if (m_rows == 0)
        return;
    const int lastColumn = int(m_columns.size()) - 1;
    if (everything) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, lastColumn));
        return;
    }
    const auto same = [](const PageRecord &a, const PageRecord &b) {
        return a.index == b.index && a.url == b.url && a.state == b.state
               && a.httpStatus == b.httpStatus && a.contentType == b.contentType
               && a.depth == b.depth && a.durationMs == b.durationMs && a.bodyBytes == b.bodyBytes
               && a.wordCount == b.wordCount && a.title == b.title && a.error == b.error
               && a.errorMessage == b.errorMessage && a.retryCount == b.retryCount;
    };
    last = std::min(last, m_rows - 1);
    int changedFrom = -1;
    for (int row = first; row <= last + 1; ++row) {
        bool changed = false;
        if (row <= last) {
            const PageRecord *now = record(row);
            const auto before = shown.constFind(row);
            changed = !now || before == shown.cend() || !same(*now, *before);
        }
        if (changed && changedFrom < 0)
            changedFrom = row;
        if (!changed && changedFrom >= 0) {
            Q_EMIT dataChanged(index(changedFrom, 0), index(row - 1, lastColumn));
            changedFrom = -1;
        }
    }
}

void PagesModel::followPages(const PageQuery &query, QHash<qint64, int> known)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Which page each held row showed: the cached rows are still those the view saw.
    const QModelIndexList from = persistentIndexList();
    QList<qint64> pages;
    pages.reserve(from.size());
    for (const QModelIndex &index : from) {
        const PageRecord *page = cachedRecord(index.row());
        pages << (page ? page->index : -1);
    }
    m_query = query;
    m_blocks.clear();
    m_blockUse.clear();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const qint64 page = pages.at(i);
        if (page < 0) {
            to << from.at(i); // a row not read yet: it stays
            continue;
        }
        auto it = known.find(page);
        if (it == known.end())
            it = known.insert(page, storeRowOfPage(page));
        to << (*it >= 0 ? index(*it, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int PagesModel::storeRowOfPage(qint64 pageIndex) const
{
    if (m_query.jobId.isEmpty())
        return -1;
    const auto row = m_store->rowOfPage(m_query, pageIndex);
    return row && *row < m_rows ? int(*row) : -1;
}

int PagesModel::rowOfPage(qint64 pageIndex) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).index == pageIndex)
                return int(it.key() * blockSize + i);
        }
    }
    return storeRowOfPage(pageIndex);
}

void PagesModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, int(m_columns.size()) - 1));
}

int PagesModel::cachedRows() const
{
    int rows = 0;
    for (const auto &block : std::as_const(m_blocks))
        rows += int(block.size());
    return rows;
}

const PageRecord *PagesModel::record(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const qint64 block = row / blockSize;
    auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        PageQuery query = m_query;
        query.offset = block * blockSize;
        query.limit = blockSize;
        ++m_blockReads;
        it = m_blocks.insert(block, m_store->pages(query));
        m_blockUse.append(block);
        while (m_blockUse.size() > maxBlocks)
            m_blocks.remove(m_blockUse.takeFirst());
    } else if (m_blockUse.constLast() != block) {
        m_blockUse.removeOne(block);
        m_blockUse.append(block);
    }
    const qsizetype offset = row % blockSize;
    // The store may have fewer rows than counted (pages requeued since): an empty row then.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const PageRecord *PagesModel::cachedRecord(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const auto it = m_blocks.constFind(row / blockSize);
    if (it == m_blocks.cend())
        return nullptr;
    const qsizetype offset = row % blockSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 PagesModel::pageIndexAt(int row) const
{
    const PageRecord *page = record(row);
    return page ? page->index : -1;
}

int PagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PagesModel::display(const PageRecord &page, Column column) const
{
    const QLocale locale;
    switch (column) {
    case IndexColumn:
        return page.index;
    case UrlColumn:
        return page.url;
    case StateColumn:
        return PageText::stateName(page.state);
    case StatusColumn:
        return page.httpStatus > 0 ? QVariant(page.httpStatus) : QVariant();
    case ContentTypeColumn:
        return page.contentType;
    case DepthColumn:
        return page.depth;
    case DurationColumn:
        return page.httpStatus > 0 ? tr("%1 ms").arg(locale.toString(page.durationMs)) : QString();
    case SizeColumn:
        return page.bodyBytes > 0 ? locale.formattedDataSize(page.bodyBytes) : QString();
    case WordsColumn:
        return page.wordCount > 0 ? QVariant(page.wordCount) : QVariant();
    case TitleColumn:
        return page.title;
    case ErrorCodeColumn:
        return page.error == PageError::None ? QString() : page.errorCode();
    case ErrorMessageColumn:
        return page.errorMessage;
    case RetriesColumn:
        return page.retryCount;
    }
    return {};
}

QVariant PagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PageRecord *page = record(index.row());
    if (!page)
        return {};
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(*page, column);
    case Qt::ToolTipRole:
        if (column == ErrorCodeColumn && page->error != PageError::None)
            return PageErrors::describe(page->error);
        if (column == UrlColumn || column == TitleColumn || column == ErrorMessageColumn)
            return display(*page, column);
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (page->state == PageState::Failed)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (page->state == PageState::Skipped)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PageIndexRole:
        return page->index;
    case UrlRole:
        return page->url;
    default:
        return {};
    }
}

QVariant PagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::TextAlignmentRole)
        return isNumeric(m_columns.at(section)) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (m_columns.at(section)) {
    case IndexColumn:
        return tr("#");
    case UrlColumn:
        return tr("URL");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    case ContentTypeColumn:
        return tr("Content type");
    case DepthColumn:
        return tr("Depth");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Size");
    case WordsColumn:
        return tr("Words");
    case TitleColumn:
        return tr("Title");
    case ErrorCodeColumn:
        return tr("Error");
    case ErrorMessageColumn:
        return tr("Message");
    case RetriesColumn:
        return tr("Retries");
    }
    return {};
}
