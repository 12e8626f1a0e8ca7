// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/smallsite.h"

#include "support/testhttpserver.h"

using namespace Qt::StringLiterals;

namespace SmallSite {

QByteArray page(const QString &title, const QStringList &links)
{
    QString html =
        u"<!doctype html><html lang=en><head><title>%1</title></head><body>"_s.arg(title);
    for (const QString &link : links)
        html += u"<a href=\"%1\">%1</a> "_s.arg(link);
    html += u"</body></html>"_s;
    return html.toUtf8();
}

int pageRequests(const TestHttpServer &server)
{
    int count = 0;
    for (const TestRequest &request : server.requests())
        count += request.path != "/robots.txt" && request.path != "/sitemap.xml" ? 1 : 0;
    return count;
}

void serve(TestHttpServer &server)
{
    server.addPage("/", page(u"Home"_s, {u"/a/"_s, u"/b/"_s, u"c/"_s, u"/#top"_s, u"mailto:x@y.z"_s,
                                         u"http://elsewhere.invalid/"_s}));
    for (const QString &section : {u"a"_s, u"b"_s, u"c"_s}) {
        QStringList links{u"/"_s};
        for (int i = 1; i <= 4; ++i)
            links << u"%1"_s.arg(i) << u"/%1/%2?utm_source=feed"_s.arg(section).arg(i);
        server.addPage(u"/%1/"_s.arg(section).toUtf8(), page(u"Section "_s + section, links));
        for (int i = 1; i <= 4; ++i) {
            server.addPage(u"/%1/%2"_s.arg(section).arg(i).toUtf8(),
                           page(u"%1 %2"_s.arg(section).arg(i),
                                {u"../"_s, u"/a/1"_s, u"/deep/%1%2"_s.arg(section).arg(i)}));
            server.addPage(u"/deep/%1%2"_s.arg(section).arg(i).toUtf8(),
                           page(u"Deep"_s, {u"/"_s, u"/missing"_s}));
        }
    }
    server.addRoute("/missing", TestResponse::withStatus(404));
}

} // namespace SmallSite
