// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for tst_jobstore: writes self-checking pages through StoreWriter as fast as it
// can and prints "committed N" after each flush, until it is killed.
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QTextStream>

using namespace Qt::StringLiterals;

// The page body for an index: large enough that a batch takes a while to write.
QString bodyFor(qint64 index)
{
    return QString(u"page-%1 "_s.arg(index)).repeated(4000);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    const QString path = args.at(1);
    const QString jobId = args.at(2);
    StoreWriter writer(path);
    QString error;
    if (!writer.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    qint64 index = 0;
    for (;;) {
        for (int i = 0; i < 100; ++i, ++index) {
            PageRecord page;
            page.jobId = jobId;
            page.index = index;
            page.url = u"http://site.test/%1"_s.arg(index);
            page.state = PageState::Completed;
            page.httpStatus = 200;
            page.rawHtml = bodyFor(index);
            page.title = QString::fromLatin1(
                QCryptographicHash::hash(page.rawHtml.toUtf8(), QCryptographicHash::Sha1).toHex());
            writer.storePage(page, page.url);
        }
        writer.flush();
        out << "committed " << index << Qt::endl;
    }
}
