// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: builds the services and picks the window or the command line.
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "crawl/crawlrunner.h"
#include "render/lazyrenderer.h"
#include "render/webenginesetup.h"
#include "store/database.h"
#include "store/jobstore.h"
#include "store/storewriter.h"
#include "ui/appservices.h"
#include "ui/appsettings.h"
#include "ui/languages.h"
#include "ui/mainwindow.h"
#include "ui/retention.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

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

void describeApplication()
{
    QCoreApplication::setApplicationName(u"trawl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRAWL_VERSION));
}

int runWindow(int &argc, char **argv)
{
    WebEngineSetup::prepareProcess(false);
    QApplication app(argc, argv);
    AppSettings settings;
    Languages languages;
    languages.install(settings.language());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Trawl"));
    QApplication::setDesktopFileName(u"io.github.trawl_app.Trawl"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.trawl_app.Trawl.svg"_s));

    const QStringList arguments = app.arguments();
    const qsizetype dbIndex = arguments.indexOf(u"--db"_s);
    const QString path = dbIndex > 0 ? arguments.value(dbIndex + 1) : settings.databasePath();
    auto cannotOpen = [](const QString &error) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Trawl"),
                              QApplication::translate("main", "Trawl cannot open its job "
                                                              "database.\n\n%1")
                                  .arg(error));
        return int(Cli::BadUsage);
    };
    JobStore store(path);
    QString error;
    if (!store.open(&error))
        return cannotOpen(error);
    Retention::apply(store, settings.retentionDays());
    // One writer and one runner for the window: crawls started here run on threads of this
    // process; crawls of other processes are followed and controlled through the database.
    StoreWriter writer(path);
    if (!writer.start(&error))
        return cannotOpen(error);
    // Pages that need JavaScript are rendered by QtWebEngine, started on the first such page,
    // as many at once as the settings say (read again for every page).
    LazyRenderer renderer([&settings] { return settings.pagesRenderedAtOnce(); });
    CrawlRunner runner(path, &writer);
    runner.setRenderService(&renderer);
    MainWindow window(&store, &writer, &runner, &settings, &languages);
    AppServices services(&window, &store, &writer, &runner);
    // The local API server goes on again when it was on as the window last closed.
    services.restoreLocalApi(&settings);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    describeApplication();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!Cli::wantsCli(arguments))
        return runWindow(argc, argv);
    // Crawls that may render JavaScript pages get a GUI application (QtWebEngine needs one, and
    // screenshots a QApplication for their QWebEngineView), on the offscreen platform unless
    // another is set. WebEngine itself starts only when a crawl renders.
    if (Cli::mayRender(arguments)) {
        WebEngineSetup::prepareProcess(true);
        QApplication app(argc, argv);
        installTranslators(app);
        return Cli::run(arguments);
    }
    QCoreApplication app(argc, argv);
    installTranslators(app);
    return Cli::run(arguments);
}
