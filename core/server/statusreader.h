// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/httpserver.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

class JobStore;

// Runs the API's store reads (status answers of up to 10 MB) on a few threads of its own, each
// with its own SQLite connection, so that polls never block the thread the server (and, in the
// window, the GUI) runs on. `done` is called on `context`'s thread.
class StatusReader final
{
public:
    StatusReader(const QString &databasePath, int threads);
    ~StatusReader(); // waits for the reads in progress
    Q_DISABLE_COPY_MOVE(StatusReader)

    using Work = std::function<HttpResponse(JobStore &store)>;
    void run(QObject *context, Work work, std::function<void(const HttpResponse &)> done);

private:
    QString m_databasePath;
    QThreadPool m_pool;
};
