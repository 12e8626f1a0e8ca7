// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/startup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Startup {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"trawl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAWL_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, u"trawl"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Startup
