// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/testhttpserver.h"

#include <QByteArray>
#include <QString>

// A site of `pages` pages for the window's crawl tests: /p/N links to /p/3N+1 .. /p/3N+3, each
// answer held back `delayMs` so that a crawl lasts long enough to be watched, paused and resumed.
inline void serveSlowTree(TestHttpServer &server, int pages, int delayMs)
{
    server.setHandler([pages, delayMs](const TestRequest &request) {
        QByteArray path = request.path;
        if (path == "/")
            path = "/p/0";
        if (!path.startsWith("/p/"))
            return TestResponse::withStatus(404);
        bool ok = false;
        const int n = path.mid(3).toInt(&ok);
        if (!ok || n >= pages)
            return TestResponse::withStatus(404);
        QByteArray body = "<html><head><title>Page " + QByteArray::number(n)
                          + "</title></head><body><main><h1>Page " + QByteArray::number(n)
                          + "</h1><p>Some text.</p>";
        for (int child = 3 * n + 1; child <= 3 * n + 3 && child < pages; ++child)
            body += "<a href=\"/p/" + QByteArray::number(child) + "\">child</a> ";
        body += "</main></body></html>";
        TestResponse response = TestResponse::html(body);
        response.delayMs = delayMs;
        return response;
    });
}
