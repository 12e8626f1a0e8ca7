// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

// The languages of the window and the translators that make them. Switching installs the new
// translators at once; the windows shown then say their texts again (QEvent::LanguageChange).
class Languages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Languages)

public:
    struct Language
    {
        QString code; // "" = the system's language
        QString name; // in that language ("Deutsch"), or "System" translated
    };

    explicit Languages(QObject *parent = nullptr);
    ~Languages() override;

    static QList<Language> available();
    // Installs Trawl's and Qt's translations for `code` ("" = the system locale), removing the
    // ones installed before. False when Trawl has no translation for it (English is the source).
    bool install(const QString &code);
    QString installed() const { return m_code; }

private:
    void removeInstalled();

    QString m_code;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};
