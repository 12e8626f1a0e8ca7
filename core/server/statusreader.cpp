// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/statusreader.h"

#include "server/apireplies.h"
#include "store/jobstore.h"

#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The connection of the current pool thread (opened on its first read, closed when it ends).
JobStore *threadStore(const QString &path, QString *error)
{
    thread_local std::unique_ptr<JobStore> store;
    if (!store || store->path() != path) {
        store = std::make_unique<JobStore>(path);
        if (!store->open(error)) {
            store.reset();
            return nullptr;
        }
    }
    return store.get();
}

} // namespace

StatusReader::StatusReader(const QString &databasePath, int threads)
    : m_databasePath(databasePath)
{
    m_pool.setObjectName(u"api-status"_s);
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setExpiryTimeout(-1); // keep the threads, and so their connections
}

StatusReader::~StatusReader()
{
    m_pool.waitForDone();
}

void StatusReader::run(QObject *context, Work work, std::function<void(const HttpResponse &)> done)
{
    QPointer<QObject> receiver(context);
    m_pool.start([path = m_databasePath, receiver, work = std::move(work),
                  done = std::move(done)]() mutable {
        QString error;
        JobStore *store = threadStore(path, &error);
        HttpResponse response = store ? work(*store) : ApiReplies::v1Error(500, error);
        if (!receiver)
            return;
        QMetaObject::invokeMethod(
            receiver.data(),
            [done = std::move(done), response = std::move(response)] { done(response); },
            Qt::QueuedConnection);
    });
}
