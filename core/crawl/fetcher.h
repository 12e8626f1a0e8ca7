// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/pageerror.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct FetchRequest
{
    static constexpr qint64 defaultMaxBytes = 10 * 1024 * 1024;

    QUrl url;
    int timeoutMs = 30000; // for the whole request, body included
    QString userAgent;
    qint64 maxBytes = defaultMaxBytes; // decoded body size cap
    int maxRedirects = 10;
};

struct FetchResult
{
    QUrl url;
    QUrl finalUrl;
    int httpStatus = 0;
    QString contentType; // without parameters, lower-case ("text/html")
    QString charset;     // from the Content-Type header, lower-case, may be empty
    QByteArray body;
    PageError error = PageError::None;
    QString errorMessage;
    qint64 durationMs = 0;

    bool isHtml() const;
};

// Fetches URLs with one QNetworkAccessManager, owned by the thread the Fetcher lives on. Each
// fetch ends in exactly one call of its callback, on that thread.
class Fetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    using Callback = std::function<void(const FetchResult &)>;

    explicit Fetcher(QObject *parent = nullptr);
    ~Fetcher() override;

    void fetch(const FetchRequest &request, Callback done);
    // Aborts every fetch in flight; their callbacks run with PageError::Cancelled.
    void abortAll();
    int inFlight() const { return m_inFlight; }

private:
    void finish(QNetworkReply *reply, const FetchRequest &request, const Callback &done,
                qint64 startedMs);

    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
};
