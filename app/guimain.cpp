// SPDX-License-Identifier: GPL-3.0-or-later
// trawl-gui, the composition root of the window and of every command that may render pages with
// QtWebEngine: `trawl` (main.cpp) hands those over to it (Cli::mayRender).
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/rendering.h"
#include "cli/startup.h"
#include "crawl/crawlrunner.h"
#include "render/lazyrenderer.h"
#include "render/rendererpool.h"
#include "render/viewsurface.h"
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
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {

// QtWebEngine for the command line: pages (with screenshots through QWebEngineView when asked
// and a QApplication is there), and the lazily started pool of trawl serve.
void provideRendering()
{
    Cli::Rendering rendering;
    rendering.pool = [](int renderers, bool screenshots,
                        QString *error) -> std::unique_ptr<RenderService> {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            if (error)
                *error =
                    QCoreApplication::translate("Cli", "rendering needs a GUI application object.");
            return nullptr;
        }
        const bool views =
            screenshots && qobject_cast<QApplication *>(QCoreApplication::instance());
        return std::make_unique<RendererPool>(renderers, views ? ViewSurface::factory()
                                                               : PageSurfaceFactory());
    };
    rendering.lazy = [](int renderers) -> std::unique_ptr<RenderService> {
        return std::make_unique<LazyRenderer>([renderers] { return renderers; });
    };
    Cli::setRendering(std::move(rendering));
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
    Startup::describeApplication();
    provideRendering();
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
        Startup::installTranslators(app);
        return Cli::run(arguments);
    }
    QCoreApplication app(argc, argv);
    Startup::installTranslators(app);
    return Cli::run(arguments);
}
