// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawl/fetcher.h"
#include "store/frontierentry.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

// Where a crawl keeps the pages it has fetched until the store has committed them, so that a
// request slot is free as soon as its response is here: after a crash (kill -9 included), the
// resume parses these pages again instead of fetching them again.
//
// A job's journal is a folder of segment files beside the database (Database::fetchedFolder:
// `DATABASE.fetched/JOB/N.journal`). Each record (a frontier entry and its fetch result) is one
// write() of a length-prefixed, checksummed block: once append() returns, the record is in the
// kernel's page cache and outlives the process. A segment is deleted once every page written to
// it is committed and a newer segment is being written; the folder is removed when the job ends.
class FetchJournal
{
public:
    static constexpr qint64 defaultSegmentBytes = 8 * 1024 * 1024;

    struct Record
    {
        FrontierEntry entry;
        FetchResult result;
        QDateTime fetchedAt;
        int attempts = 0; // retries before this fetch
    };

    // A segment is closed (and a new one begun) once it holds `segmentBytes`.
    explicit FetchJournal(const QString &folder, qint64 segmentBytes = defaultSegmentBytes);
    ~FetchJournal();
    FetchJournal(const FetchJournal &) = delete;
    FetchJournal &operator=(const FetchJournal &) = delete;

    // The records a previous process left, oldest first; a record cut short by the crash ends
    // the reading of its segment.
    std::vector<Record> recover() const;
    // Starts a new segment after the existing ones.
    bool open(QString *error);
    // Deletes the segments that were there before open(): call it once the records recover()
    // returned were appended again (or are committed).
    void dropRecovered();

    // Writes one record; returns its segment (to hand to committed() later), or -1 on failure
    // with `error` set.
    int append(const Record &record, QString *error);
    // Every page of one append() to `segment` is committed.
    void committed(int segment);
    // Deletes every segment and the folder (the job has ended, every page is committed).
    void clear();

    static QByteArray encode(const Record &record);
    static bool decode(const QByteArray &payload, Record *record);

private:
    QList<int> segmentsOnDisk() const;
    QString segmentPath(int segment) const;
    void deleteIfDone(int segment);

    QString m_folder;
    qint64 m_segmentBytes;
    std::unique_ptr<QFile> m_file;
    int m_current = -1;
    QHash<int, int> m_outstanding; // records not yet committed, by segment
    QList<int> m_recovered;        // segments of the previous process
};
