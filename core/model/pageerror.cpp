// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/pageerror.h"

#include <QCoreApplication>

#include <array>

namespace {

constexpr std::array codes{
    std::pair{PageError::None, u""},
    std::pair{PageError::Timeout, u"TIMEOUT"},
    std::pair{PageError::Connect, u"CONNECT"},
    std::pair{PageError::Dns, u"DNS"},
    std::pair{PageError::Tls, u"TLS"},
    std::pair{PageError::Http4xx, u"HTTP_4XX"},
    std::pair{PageError::Http5xx, u"HTTP_5XX"},
    std::pair{PageError::TooLarge, u"TOO_LARGE"},
    std::pair{PageError::RedirectLoop, u"REDIRECT_LOOP"},
    std::pair{PageError::TooManyRedirects, u"TOO_MANY_REDIRECTS"},
    std::pair{PageError::RobotsBlocked, u"ROBOTS_BLOCKED"},
    std::pair{PageError::NotHtml, u"NOT_HTML"},
    std::pair{PageError::NoIndex, u"NOINDEX"},
    std::pair{PageError::OutOfScope, u"OUT_OF_SCOPE"},
    std::pair{PageError::Network, u"NETWORK"},
    std::pair{PageError::Cancelled, u"CANCELLED"},
    std::pair{PageError::RenderTimeout, u"RENDER_TIMEOUT"},
    std::pair{PageError::RenderCrashed, u"RENDER_CRASHED"},
    std::pair{PageError::RenderFailed, u"RENDER_FAILED"},
    std::pair{PageError::RenderRefused, u"RENDER_REFUSED"},
};

} // namespace

namespace PageErrors {

QString code(PageError error)
{
    for (const auto &[e, word] : codes) {
        if (e == error)
            return QString::fromUtf16(word);
    }
    return {};
}

std::optional<PageError> fromCode(QStringView word)
{
    if (word.isEmpty())
        return PageError::None;
    for (const auto &[e, w] : codes) {
        if (word == QStringView(w))
            return e;
    }
    return std::nullopt;
}

QString describe(PageError error)
{
    switch (error) {
    case PageError::None:
        return {};
    case PageError::Timeout:
        return QCoreApplication::translate("PageError", "The server did not answer in time");
    case PageError::Connect:
        return QCoreApplication::translate("PageError", "The connection failed");
    case PageError::Dns:
        return QCoreApplication::translate("PageError", "The host name could not be resolved");
    case PageError::Tls:
        return QCoreApplication::translate("PageError", "The secure connection failed");
    case PageError::Http4xx:
        return QCoreApplication::translate("PageError", "The server refused the request");
    case PageError::Http5xx:
        return QCoreApplication::translate("PageError", "The server failed to answer");
    case PageError::TooLarge:
        return QCoreApplication::translate("PageError", "The page is larger than the size limit");
    case PageError::RedirectLoop:
        return QCoreApplication::translate("PageError", "The redirects form a loop");
    case PageError::TooManyRedirects:
        return QCoreApplication::translate("PageError", "Too many redirects");
    case PageError::RobotsBlocked:
        return QCoreApplication::translate("PageError", "robots.txt disallows this URL");
    case PageError::NotHtml:
        return QCoreApplication::translate("PageError", "The response is not an HTML page");
    case PageError::NoIndex:
        return QCoreApplication::translate("PageError", "The page asks not to be indexed");
    case PageError::OutOfScope:
        return QCoreApplication::translate("PageError", "A redirect left the crawl's scope");
    case PageError::Network:
        return QCoreApplication::translate("PageError", "A network error occurred");
    case PageError::Cancelled:
        return QCoreApplication::translate("PageError", "The job was cancelled");
    case PageError::RenderTimeout:
        return QCoreApplication::translate("PageError", "Rendering the page took too long");
    case PageError::RenderCrashed:
        return QCoreApplication::translate("PageError", "The render process crashed");
    case PageError::RenderFailed:
        return QCoreApplication::translate("PageError", "The page could not be rendered");
    case PageError::RenderRefused:
        return QCoreApplication::translate("PageError", "While rendering, the page tried something "
                                                        "Trawl refuses");
    }
    return {};
}

PageError fromHttpStatus(int status)
{
    if (status >= 500)
        return PageError::Http5xx;
    if (status >= 400)
        return PageError::Http4xx;
    return PageError::None;
}

bool isRetryable(PageError error, int httpStatus)
{
    switch (error) {
    case PageError::Timeout:
    case PageError::Connect:
    case PageError::Network:
    case PageError::Http5xx:
        return true;
    case PageError::Http4xx:
        return httpStatus == 429 || httpStatus == 408;
    default:
        return false;
    }
}

} // namespace PageErrors
