// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/fetcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Why the Fetcher itself aborted a reply (QNetworkReply only says OperationCanceledError).
constexpr char abortReasonProperty[] = "trawlAbortReason";

PageError errorFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return PageError::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return PageError::Connect;
    case QNetworkReply::HostNotFoundError:
        return PageError::Dns;
    case QNetworkReply::TimeoutError:
        return PageError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return PageError::Tls;
    case QNetworkReply::TooManyRedirectsError:
        return PageError::TooManyRedirects;
    case QNetworkReply::InsecureRedirectError:
        return PageError::OutOfScope;
    case QNetworkReply::OperationCanceledError:
        // Only QNAM's own transfer timeout cancels without a reason of ours (abortAll sets one).
        return PageError::Timeout;
    default:
        return PageError::Network;
    }
}

} // namespace

bool FetchResult::isHtml() const
{
    return contentType.isEmpty() || contentType == u"text/html"_s
           || contentType == u"application/xhtml+xml"_s;
}

Fetcher::Fetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Fetcher::~Fetcher()
{
    abortAll();
}

void Fetcher::fetch(const FetchRequest &request, Callback done)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setMaximumRedirectsAllowed(request.maxRedirects);
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, request.userAgent);
    networkRequest.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5");
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    QNetworkReply *reply = m_network->get(networkRequest);
    ++m_inFlight;

    // The transfer timeout only catches silence; this catches a body that trickles forever.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(abortReasonProperty, int(PageError::Timeout));
        reply->abort();
    });
    deadline->start(request.timeoutMs);

    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, maxBytes = request.maxBytes](qint64 received, qint64) {
                if (received > maxBytes && reply->isRunning()) {
                    reply->setProperty(abortReasonProperty, int(PageError::TooLarge));
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, done = std::move(done), startedMs] {
                finish(reply, request, done, startedMs);
            });
}

void Fetcher::abortAll()
{
    const auto replies = m_network->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty(abortReasonProperty, int(PageError::Cancelled));
            reply->abort();
        }
    }
}

void Fetcher::finish(QNetworkReply *reply, const FetchRequest &request, const Callback &done,
                     qint64 startedMs)
{
    reply->deleteLater();
    --m_inFlight;

    FetchResult result;
    result.url = request.url;
    result.finalUrl = reply->url();
    result.durationMs = QDateTime::currentMSecsSinceEpoch() - startedMs;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const auto parts = QStringView(contentType).split(u';');
    result.contentType = parts.value(0).trimmed().toString().toLower();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView part = parts.at(i).trimmed();
        if (part.startsWith(u"charset=", Qt::CaseInsensitive))
            result.charset = part.mid(8).trimmed().toString().remove(u'"').toLower();
    }

    const QVariant abortReason = reply->property(abortReasonProperty);
    if (abortReason.isValid()) {
        result.error = PageError(abortReason.toInt());
        switch (result.error) {
        case PageError::TooLarge:
            result.errorMessage =
                QCoreApplication::translate("Fetcher", "The body passed %1 bytes.")
                    .arg(request.maxBytes);
            break;
        case PageError::Timeout:
            result.errorMessage =
                QCoreApplication::translate("Fetcher", "No complete answer within %1 ms.")
                    .arg(request.timeoutMs);
            break;
        default:
            result.errorMessage = PageErrors::describe(result.error);
            break;
        }
    } else if (result.httpStatus >= 400) {
        result.error = PageErrors::fromHttpStatus(result.httpStatus);
        result.errorMessage =
            QCoreApplication::translate("Fetcher", "HTTP %1 %2")
                .arg(result.httpStatus)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = errorFor(reply->error());
        result.errorMessage = reply->errorString();
    }
    if (result.error == PageError::None || result.httpStatus >= 400)
        result.body = reply->readAll();
    done(result);
}
