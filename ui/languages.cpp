// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

Languages::Languages(QObject *parent)
    : QObject(parent)
{}

Languages::~Languages()
{
    removeInstalled();
}

QList<Languages::Language> Languages::available()
{
    return {{QString(), tr("System")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"zh_CN"_s, u"简体中文"_s}};
}

bool Languages::install(const QString &code)
{
    removeInstalled();
    m_code = code;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true; // the source language: nothing to install
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        && QCoreApplication::installTranslator(qt.get()))
        m_translators.push_back(std::move(qt));
    auto trawl = std::make_unique<QTranslator>();
    if (!trawl->load(locale, u"trawl"_s, u"_"_s, u":/i18n"_s)
        || !QCoreApplication::installTranslator(trawl.get()))
        return false;
    m_translators.push_back(std::move(trawl));
    return true;
}

void Languages::removeInstalled()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}
