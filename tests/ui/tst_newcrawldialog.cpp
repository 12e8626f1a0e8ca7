// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawl/crawlrunner.h"
#include "model/crawlrequest.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appsettings.h"
#include "ui/crawloptionsform.h"
#include "ui/mainwindow.h"
#include "ui/newcrawldialog.h"
#include "ui/presets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNewCrawlDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<AppSettings> m_settings;

    QPushButton *okButton(NewCrawlDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    template<typename T>
    T *field(NewCrawlDialog &dialog, const QString &name)
    {
        T *widget = dialog.findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }
    QString errorOf(NewCrawlDialog &dialog, const QString &fieldName)
    {
        auto *label = field<QLabel>(dialog, fieldName + u"Error"_s);
        return label->isHidden() ? QString() : label->text();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_settings = std::make_unique<AppSettings>(
            m_dir.filePath(u"settings-%1/trawl.ini"_s.arg(++m_counter)));
    }

    void startsFromTheDefaultsInSettings()
    {
        CrawlOptions defaults;
        defaults.limit = 321;
        defaults.delayMs = 1500;
        defaults.formats = {u"markdown"_s, u"links"_s};
        m_settings->setCrawlDefaults(defaults);
        NewCrawlDialog dialog(m_settings.get());
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), 321);
        QCOMPARE(field<QSpinBox>(dialog, u"delay"_s)->value(), 1500);
        QVERIFY(field<QCheckBox>(dialog, u"format_links"_s)->isChecked());
        QVERIFY(!field<QCheckBox>(dialog, u"format_html"_s)->isChecked());
        // No URL yet: OK is off, and no reason shouted before anything was typed.
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(errorOf(dialog, u"url"_s), QString());
    }

    void rejectsEachInvalidField_data()
    {
        QTest::addColumn<QString>("fieldName"); // the widget typed into
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorField"); // whose error label shows the reason
        QTest::addColumn<QString>("reason");     // a part of it
        QTest::addColumn<QString>("provider");   // where it runs (empty: this computer)
        QTest::addColumn<QString>("fix");        // what makes it valid again (empty: clear it)

        QTest::newRow("url not http")
            << u"url"_s << u"ftp://example.com/"_s << u"url"_s << u"is not an http or https URL"_s
            << QString() << u"example.org"_s;
        QTest::newRow("url no host") << u"url"_s << u"http://"_s << u"url"_s
                                     << u"has no host name"_s << QString() << u"example.org"_s;
        QTest::newRow("include regex")
            << u"includePaths"_s << u"^/blog/\n^/news/(["_s << u"includePaths"_s
            << u"Line 2: \"^/news/([\" is not a valid regular expression"_s << QString()
            << QString();
        QTest::newRow("exclude regex")
            << u"excludePaths"_s << u"*.pdf"_s << u"excludePaths"_s
            << u"is not a valid regular expression"_s << QString() << QString();
        QTest::newRow("header without colon")
            << u"headers"_s << u"Accept-Language de"_s << u"headers"_s << u"Line 1:"_s << QString()
            << QString();
        QTest::newRow("bad header name") << u"headers"_s << u"Bad Name: x"_s << u"headers"_s
                                         << u"is not a header"_s << QString() << QString();
        QTest::newRow("include selector") << u"includeTags"_s << u"a:hover"_s << u"includeTags"_s
                                          << u"a:hover"_s << QString() << QString();
        QTest::newRow("exclude selector") << u"excludeTags"_s << u"div >"_s << u"excludeTags"_s
                                          << u"div >"_s << QString() << QString();
        QTest::newRow("wait selector") << u"waitForSelector"_s << u"[["_s << u"waitForSelector"_s
                                       << u"[["_s << QString() << QString();
        // CrawlOptions::validate()'s own reasons, each under its field.
        QTest::newRow("user agent with a line break (pasted)")
            << u"userAgent"_s << u"MyBot/1.0\nX-Injected: 1"_s << u"userAgent"_s
            << u"cannot contain line breaks"_s << QString() << QString();
        QTest::newRow("waitFor needs JavaScript")
            << u"waitFor"_s << u"1500"_s << u"waitFor"_s << u"waitFor needs JavaScript rendering"_s
            << QString() << QString();
        QTest::newRow("wait selector needs JavaScript")
            << u"waitForSelector"_s << u"#app"_s << u"waitForSelector"_s
            << u"Waiting for a selector needs JavaScript rendering"_s << QString() << QString();
        QTest::newRow("screenshot needs JavaScript")
            << u"screenshot"_s << u"screenshot@fullPage"_s << u"screenshot"_s
            << u"screenshot@fullPage format needs JavaScript rendering"_s << QString() << QString();
        QTest::newRow("base URL not http")
            << u"baseUrl"_s << u"ftp://api.example/"_s << u"baseUrl"_s
            << u"Not an http or https URL"_s << u"firecrawl-v1"_s << u"https://api.example/"_s;
    }

    void rejectsEachInvalidField()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, text);
        QFETCH(QString, errorField);
        QFETCH(QString, reason);
        QFETCH(QString, provider);
        QFETCH(QString, fix);
        NewCrawlDialog dialog(m_settings.get());
        dialog.show();
        field<QLineEdit>(dialog, u"url"_s)->setText(u"https://example.com/"_s);
        if (!provider.isEmpty()) {
            auto *runOn = field<QComboBox>(dialog, u"runOn"_s);
            runOn->setCurrentIndex(runOn->findData(provider));
        }
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        QWidget *widget = dialog.findChild<QWidget *>(fieldName);
        QVERIFY(widget);
        if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            line->clear();
            if (text.contains(u'\n'))
                line->setText(text); // pasted: a line break cannot be typed
            else
                QTest::keyClicks(line, text); // as typed: validated at each key
        } else if (auto *spin = qobject_cast<QSpinBox *>(widget)) {
            spin->setValue(text.toInt());
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            combo->setCurrentIndex(combo->findData(text));
            QVERIFY(combo->currentIndex() > 0);
        } else {
            qobject_cast<QPlainTextEdit *>(widget)->setPlainText(text);
        }
        QVERIFY2(errorOf(dialog, errorField).contains(reason),
                 qPrintable(errorOf(dialog, errorField)));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.problems().isEmpty());
        // Under its field only: nothing below the tabs.
        QVERIFY(dialog.findChild<QLabel *>(u"optionProblems"_s)->isHidden());
        // The tab holding the field says so, even when another tab is shown.
        auto *tabs = dialog.findChild<QTabWidget *>(u"optionTabs"_s);
        if (tabs->isAncestorOf(widget)) {
            int tab = 0;
            while (!tabs->widget(tab)->isAncestorOf(widget))
                ++tab;
            QVERIFY(!tabs->tabIcon(tab).isNull());
            for (int other = 0; other < tabs->count(); ++other) {
                if (other != tab)
                    QVERIFY2(tabs->tabIcon(other).isNull(), qPrintable(tabs->tabText(other)));
            }
        }
        // Fixing it brings OK back.
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(fix);
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            spin->setValue(0);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            combo->setCurrentIndex(0);
        else
            qobject_cast<QPlainTextEdit *>(widget)->setPlainText(fix);
        QCOMPARE(errorOf(dialog, errorField), QString());
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        if (tabs->isAncestorOf(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab)
                QVERIFY(tabs->tabIcon(tab).isNull());
        }
    }

    void aScreenshotNeedsRenderingItSays_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("visible area") << u"screenshot"_s;
        QTest::newRow("full page") << u"screenshot@fullPage"_s;
    }

    void aScreenshotNeedsRenderingItSays()
    {
        QFETCH(QString, format);
        NewCrawlDialog dialog(m_settings.get());
        dialog.show();
        field<QLineEdit>(dialog, u"url"_s)->setText(u"https://example.com/"_s);
        auto *screenshot = field<QComboBox>(dialog, u"screenshot"_s);
        screenshot->setCurrentIndex(screenshot->findData(format));
        // The reason is CrawlOptions::validate()'s own, shown under the screenshot field.
        CrawlOptions withScreenshot;
        withScreenshot.url = QUrl(u"https://example.com/"_s);
        withScreenshot.formats = {u"markdown"_s, format};
        const QStringList expected = withScreenshot.validate();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(errorOf(dialog, u"screenshot"_s), expected.join(u'\n'));
        QCOMPARE(errorOf(dialog, u"formats"_s), QString());
        QVERIFY(!okButton(dialog)->isEnabled());
        // Rendering JavaScript, the screenshot is fine.
        auto *mode = field<QComboBox>(dialog, u"renderMode"_s);
        mode->setCurrentIndex(mode->findData(int(CrawlOptions::RenderMode::Js)));
        QCOMPARE(errorOf(dialog, u"screenshot"_s), QString());
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        QCOMPARE(dialog.options().screenshot(), format == u"screenshot"_s
                                                    ? CrawlOptions::Screenshot::Viewport
                                                    : CrawlOptions::Screenshot::FullPage);
    }

    void waitingIsCappedAtTheLongestWaitAllowed()
    {
        NewCrawlDialog dialog(m_settings.get());
        QCOMPARE(field<QSpinBox>(dialog, u"waitFor"_s)->maximum(), CrawlOptions::maxWaitForMs);
    }

    void collectsEveryOption()
    {
        NewCrawlDialog dialog(m_settings.get());
        field<QLineEdit>(dialog, u"url"_s)->setText(u"docs.example.com/guide/"_s);
        field<QPlainTextEdit>(dialog, u"includePaths"_s)->setPlainText(u"^/guide/\n^/api/"_s);
        field<QPlainTextEdit>(dialog, u"excludePaths"_s)->setPlainText(u"\\.pdf$"_s);
        field<QCheckBox>(dialog, u"regexOnFullUrl"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"crawlEntireDomain"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"allowSubdomains"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"allowExternalLinks"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"ignoreSitemap"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"ignoreQueryParameters"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"deduplicateSimilarUrls"_s)->setChecked(false);
        field<QSpinBox>(dialog, u"limit"_s)->setValue(250);
        field<QSpinBox>(dialog, u"maxDepth"_s)->setValue(3);
        field<QSpinBox>(dialog, u"timeout"_s)->setValue(5000);
        field<QSpinBox>(dialog, u"maxBodyKiB"_s)->setValue(2048);
        field<QSpinBox>(dialog, u"concurrency"_s)->setValue(4);
        field<QSpinBox>(dialog, u"perHostConcurrency"_s)->setValue(2);
        field<QSpinBox>(dialog, u"delay"_s)->setValue(500);
        field<QSpinBox>(dialog, u"retries"_s)->setValue(4);
        field<QCheckBox>(dialog, u"respectRobots"_s)->setChecked(false);
        auto *mode = field<QComboBox>(dialog, u"renderMode"_s);
        mode->setCurrentIndex(mode->findData(int(CrawlOptions::RenderMode::Auto)));
        field<QSpinBox>(dialog, u"waitFor"_s)->setValue(750);
        field<QLineEdit>(dialog, u"waitForSelector"_s)->setText(u"#app"_s);
        field<QSpinBox>(dialog, u"renderTimeout"_s)->setValue(20000);
        field<QCheckBox>(dialog, u"blockResources"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"format_html"_s)->setChecked(true);
        field<QCheckBox>(dialog, u"format_links"_s)->setChecked(true);
        auto *screenshot = field<QComboBox>(dialog, u"screenshot"_s);
        screenshot->setCurrentIndex(screenshot->findData(u"screenshot@fullPage"_s));
        field<QCheckBox>(dialog, u"onlyMainContent"_s)->setChecked(false);
        field<QCheckBox>(dialog, u"removeBase64Images"_s)->setChecked(true);
        field<QPlainTextEdit>(dialog, u"includeTags"_s)->setPlainText(u"article\n.content"_s);
        field<QPlainTextEdit>(dialog, u"excludeTags"_s)->setPlainText(u"nav"_s);
        field<QPlainTextEdit>(dialog, u"headers"_s)
            ->setPlainText(u"Accept-Language: de\nCookie: session=abc"_s);
        field<QLineEdit>(dialog, u"userAgent"_s)->setText(u"MyBot/1.0"_s);
        field<QCheckBox>(dialog, u"skipTlsVerification"_s)->setChecked(true);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));

        CrawlOptions expected;
        expected.url = QUrl(u"http://docs.example.com/guide/"_s);
        expected.includePaths = {u"^/guide/"_s, u"^/api/"_s};
        expected.excludePaths = {u"\\.pdf$"_s};
        expected.regexOnFullUrl = true;
        expected.crawlEntireDomain = true;
        expected.allowSubdomains = true;
        expected.allowExternalLinks = true;
        expected.ignoreSitemap = true;
        expected.ignoreQueryParameters = true;
        expected.deduplicateSimilarUrls = false;
        expected.limit = 250;
        expected.maxDepth = 3;
        expected.timeoutMs = 5000;
        expected.maxBodyBytes = 2048 * 1024;
        expected.concurrency = 4;
        expected.perHostConcurrency = 2;
        expected.delayMs = 500;
        expected.retries = 4;
        expected.ignoreRobotsTxt = true;
        expected.renderMode = CrawlOptions::RenderMode::Auto;
        expected.waitForMs = 750;
        expected.waitForSelector = u"#app"_s;
        expected.renderTimeoutMs = 20000;
        expected.blockResources = true;
        expected.formats = {u"markdown"_s, u"html"_s, u"links"_s, u"screenshot@fullPage"_s};
        expected.onlyMainContent = false;
        expected.removeBase64Images = true;
        expected.includeTags = {u"article"_s, u".content"_s};
        expected.excludeTags = {u"nav"_s};
        expected.headers = {{u"Accept-Language"_s, u"de"_s}, {u"Cookie"_s, u"session=abc"_s}};
        expected.userAgent = u"MyBot/1.0"_s;
        expected.skipTlsVerification = true;
        QCOMPARE(dialog.options(), expected);

        // And back: setOptions fills the same fields.
        NewCrawlDialog other(m_settings.get());
        other.setOptions(expected);
        QCOMPARE(other.options(), expected);
    }

    // A full-page screenshot survives every way options come in: a pasted Firecrawl request,
    // the request shown back, Settings' defaults and a preset.
    void aFullPageScreenshotIsKeptEverywhere()
    {
        NewCrawlDialog dialog(m_settings.get());
        dialog.show();
        field<QPushButton>(dialog, u"showRequest"_s)->click();
        auto *json = field<QPlainTextEdit>(dialog, u"requestJson"_s);
        json->setPlainText(u"{\"url\": \"https://shots.example/\", \"scrapeOptions\": "
                           "{\"formats\": [\"markdown\", \"screenshot@fullPage\"]}, "
                           "\"trawl\": {\"render\": \"js\"}}"_s);
        QCOMPARE(errorOf(dialog, u"requestJson"_s), QString());
        auto *screenshot = field<QComboBox>(dialog, u"screenshot"_s);
        QCOMPARE(screenshot->currentData().toString(), u"screenshot@fullPage"_s);
        QCOMPARE(dialog.options().formats, (QStringList{u"markdown"_s, u"screenshot@fullPage"_s}));
        QCOMPARE(dialog.options().renderMode, CrawlOptions::RenderMode::Js);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.problems().join(u'\n')));
        // Back to the form and to the request again: still there.
        field<QPushButton>(dialog, u"showRequest"_s)->click();
        field<QPushButton>(dialog, u"showRequest"_s)->click();
        const QJsonObject shown = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
        QCOMPARE(shown.value(u"scrapeOptions"_s).toObject().value(u"formats"_s).toArray(),
                 (QJsonArray{u"markdown"_s, u"screenshot@fullPage"_s}));
        QCOMPARE(shown, CrawlRequest::toJson(dialog.options()));

        // Settings' defaults and a preset.
        CrawlOptions defaults = dialog.options();
        defaults.url = QUrl();
        m_settings->setCrawlDefaults(defaults);
        NewCrawlDialog fromDefaults(m_settings.get());
        QCOMPARE(field<QComboBox>(fromDefaults, u"screenshot"_s)->currentData().toString(),
                 u"screenshot@fullPage"_s);
        QString error;
        QVERIFY2(fromDefaults.savePreset(u"Full pages"_s, &error), qPrintable(error));
        m_settings->setCrawlDefaults(CrawlOptions{});
        NewCrawlDialog fromPreset(m_settings.get());
        QCOMPARE(fromPreset.options().screenshot(), CrawlOptions::Screenshot::None);
        QVERIFY(fromPreset.applyPreset(u"Full pages"_s));
        QCOMPARE(fromPreset.options().screenshot(), CrawlOptions::Screenshot::FullPage);
    }

    void showsAndReadsTheFirecrawlRequest()
    {
        NewCrawlDialog dialog(m_settings.get());
        dialog.show();
        field<QLineEdit>(dialog, u"url"_s)->setText(u"https://example.com/blog/"_s);
        field<QSpinBox>(dialog, u"limit"_s)->setValue(42);
        field<QPlainTextEdit>(dialog, u"excludePaths"_s)->setPlainText(u"^/tag/"_s);
        field<QPushButton>(dialog, u"showRequest"_s)->click();
        auto *json = field<QPlainTextEdit>(dialog, u"requestJson"_s);
        QVERIFY(json->isVisibleTo(&dialog));
        const QJsonObject shown = QJsonDocument::fromJson(json->toPlainText().toUtf8()).object();
        QCOMPARE(shown, CrawlRequest::toJson(dialog.options()));
        QCOMPARE(shown.value(u"limit"_s).toInt(), 42);
        QCOMPARE(shown.value(u"excludePaths"_s).toArray().at(0).toString(), u"^/tag/"_s);

        // A pasted request fills the form.
        json->setPlainText(
            u"{\"url\": \"https://docs.example.org/\", \"limit\": 7, \"maxDepth\": 1, "
            "\"includePaths\": [\"^/v2/\"], \"scrapeOptions\": {\"formats\": [\"markdown\", "
            "\"rawHtml\"], \"onlyMainContent\": false, \"headers\": {\"X-Test\": \"1\"}}}"_s);
        QCOMPARE(errorOf(dialog, u"requestJson"_s), QString());
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(field<QLineEdit>(dialog, u"url"_s)->text(), u"https://docs.example.org/"_s);
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), 7);
        QCOMPARE(field<QSpinBox>(dialog, u"maxDepth"_s)->value(), 1);
        QCOMPARE(field<QPlainTextEdit>(dialog, u"includePaths"_s)->toPlainText(), u"^/v2/"_s);
        QVERIFY(field<QCheckBox>(dialog, u"format_rawHtml"_s)->isChecked());
        QVERIFY(!field<QCheckBox>(dialog, u"onlyMainContent"_s)->isChecked());
        QCOMPARE(field<QPlainTextEdit>(dialog, u"headers"_s)->toPlainText(), u"X-Test: 1"_s);

        // Errors are named, and OK waits for a valid request.
        json->setPlainText(u"{\"url\": \"https://a.example/\", \"limit\": \"ten\"}"_s);
        QVERIFY(errorOf(dialog, u"requestJson"_s).contains(u"limit"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        json->setPlainText(u"{\"url\": \"https://a.example/\", \"colour\": 1}"_s);
        QVERIFY(errorOf(dialog, u"requestJson"_s).contains(u"colour"_s));
        json->setPlainText(u"{\"url\": "_s);
        QVERIFY(errorOf(dialog, u"requestJson"_s).contains(u"Not valid JSON"_s));
        QVERIFY(!okButton(dialog)->isEnabled());
        // The form keeps the last valid request.
        field<QPushButton>(dialog, u"showRequest"_s)->click();
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), 7);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void presetsAreSavedAndLoaded()
    {
        QString error;
        {
            NewCrawlDialog dialog(m_settings.get());
            field<QSpinBox>(dialog, u"limit"_s)->setValue(77);
            field<QSpinBox>(dialog, u"delay"_s)->setValue(2000);
            field<QPlainTextEdit>(dialog, u"excludePaths"_s)->setPlainText(u"^/private/"_s);
            QVERIFY2(dialog.savePreset(u"My slow one"_s, &error), qPrintable(error));
            QVERIFY(!dialog.savePreset(u" "_s, &error));
            QVERIFY(!dialog.savePreset(Presets::builtIns().constFirst().name, &error));
            QVERIFY(error.contains(u"built-in"_s));
        }
        // A JSON file in the presets folder, read back by a new dialog.
        Presets presets(m_settings->presetsFolder());
        const auto saved = presets.find(u"My slow one"_s);
        QVERIFY(saved);
        QVERIFY(!saved->builtIn);
        QCOMPARE(saved->options.limit, 77);
        QVERIFY(!QDir(m_settings->presetsFolder()).entryList({u"*.json"_s}).isEmpty());

        NewCrawlDialog dialog(m_settings.get());
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), CrawlOptions::defaultLimit);
        auto *combo = field<QComboBox>(dialog, u"preset"_s);
        QVERIFY(combo->findData(u"My slow one"_s) > 0);
        QVERIFY(dialog.applyPreset(u"My slow one"_s));
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), 77);
        QCOMPARE(field<QSpinBox>(dialog, u"delay"_s)->value(), 2000);
        QCOMPARE(field<QPlainTextEdit>(dialog, u"excludePaths"_s)->toPlainText(), u"^/private/"_s);
        QVERIFY(field<QPushButton>(dialog, u"deletePreset"_s)->isEnabled());
        QVERIFY(dialog.applyPreset(Presets::builtIns().constFirst().name));
        QCOMPARE(field<QSpinBox>(dialog, u"limit"_s)->value(), 100);
        QVERIFY(!field<QPushButton>(dialog, u"deletePreset"_s)->isEnabled());

        QVERIFY(presets.remove(u"My slow one"_s, &error));
        QVERIFY(!presets.find(u"My slow one"_s));
    }

    void aRemoteCrawlIsHandedToTheWindowsSignal()
    {
        const QString db = m_dir.filePath(u"remote-%1.sqlite"_s.arg(m_counter));
        JobStore store(db);
        QString error;
        QVERIFY(store.open(&error));
        StoreWriter writer(db);
        QVERIFY(writer.start(&error));
        CrawlRunner runner(db, &writer);
        MainWindow window(&store, &writer, &runner, m_settings.get());

        NewCrawlDialog *dialog = window.newCrawl({u"https://remote.example/"_s});
        auto *runOn = field<QComboBox>(*dialog, u"runOn"_s);
        runOn->setCurrentIndex(runOn->findData(u"spidra"_s));
        QVERIFY(field<QLineEdit>(*dialog, u"baseUrl"_s)->isVisibleTo(dialog));
        QCOMPARE(field<QLineEdit>(*dialog, u"baseUrl"_s)->text(), u"https://api.spidra.io/api"_s);
        QVERIFY(!okButton(*dialog)->isEnabled()); // Spidra needs a key
        QVERIFY(dialog->problems().join(u' ').contains(u"API key"_s));
        field<QLineEdit>(*dialog, u"apiKey"_s)->setText(u"sk-secret"_s);
        field<QSpinBox>(*dialog, u"limit"_s)->setValue(12);
        QVERIFY(okButton(*dialog)->isEnabled());

        QSignalSpy remote(&window, &MainWindow::remoteCrawlRequested);
        okButton(*dialog)->click();
        QCOMPARE(remote.count(), 1);
        QCOMPARE(remote.at(0).at(0).toString(), u"spidra"_s);
        QCOMPARE(remote.at(0).at(1).toString(), u"https://api.spidra.io/api"_s);
        QCOMPARE(remote.at(0).at(2).toString(), u"sk-secret"_s);
        const QJsonObject body = remote.at(0).at(3).toJsonObject();
        QCOMPARE(body.value(u"url"_s).toString(), u"https://remote.example/"_s);
        QCOMPARE(body.value(u"limit"_s).toInt(), 12);
        QCOMPARE(store.jobs().size(), 0); // nothing ran here
        // The base URL is remembered, the key is not.
        m_settings->sync();
        QCOMPARE(m_settings->remoteBaseUrl(u"spidra"_s), u"https://api.spidra.io/api"_s);
        QFile ini(m_settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sk-secret"));
    }
};

QTEST_MAIN(TestNewCrawlDialog)
#include "tst_newcrawldialog.moc"
