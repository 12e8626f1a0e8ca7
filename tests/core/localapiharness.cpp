// SPDX-License-Identifier: GPL-3.0-or-later
#include "localapiharness.h"

#include "crawl/crawlrunner.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

QByteArray LocalApiHarness::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

LocalApiHarness::LocalApiHarness(int maxRunningCrawls)
{
    const QString path = m_dir.filePath(u"jobs.sqlite"_s);
    m_store = std::make_unique<JobStore>(path);
    QString error;
    if (!m_store->open(&error))
        return;
    m_writer = std::make_unique<StoreWriter>(path);
    if (!m_writer->start(&error))
        return;
    m_runner = std::make_unique<CrawlRunner>(path, m_writer.get());
    m_server = std::make_unique<LocalApiServer>(path, m_writer.get(), m_runner.get());
    LocalApiOptions options;
    options.port = 0;
    options.token = QString::fromLatin1(token);
    options.maxRunningCrawls = maxRunningCrawls;
    m_ready = m_server->start(options, &error);
    if (!m_ready)
        qWarning() << error;
}

LocalApiHarness::~LocalApiHarness()
{
    m_server.reset();
    m_runner.reset();
    m_writer.reset();
}

QString LocalApiHarness::base() const
{
    return m_server->baseUrl().toString();
}

QByteArray LocalApiHarness::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

LocalApiHarness::Reply LocalApiHarness::call(const QByteArray &method, const QString &path,
                                             const QByteArray &body, const char *auth)
{
    QNetworkRequest request(QUrl(path.startsWith(u"http"_s) ? path : base() + path));
    if (auth)
        request.setRawHeader("Authorization", QByteArray("Bearer ") + auth);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    auto *buffer = new QBuffer;
    buffer->setData(body);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    if (!reply->isFinished() && !finished.wait(60000)) {
        reply->abort();
        reply->deleteLater();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

LocalApiHarness::Reply LocalApiHarness::waitForStatus(const QString &path, const QString &status,
                                                      int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    Reply reply;
    while (!deadline.hasExpired()) {
        reply = get(path);
        if (reply.json.value(u"status"_s).toString() == status)
            return reply;
        QTest::qWait(100);
    }
    return reply;
}
