// SPDX-License-Identifier: GPL-3.0-or-later
// `trawl serve`: the local Firecrawl-compatible API until Ctrl+C.
#include "cli/cli.h"
#include "cli/clicommon.h"
#include "cli/commands.h"
#include "cli/crawlflags.h"
#include "cli/rendering.h"
#include "cli/signalwatcher.h"
#include "crawl/crawlrunner.h"
#include "crawl/renderservice.h"
#include "remote/secretstore.h"
#include "server/localapiserver.h"
#include "store/jobstore.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// The token the window's Local API server dialog shows, from the system keychain; generated and
// kept there on first use. Without a keychain, a token for this run only.
QString keptToken(SecretStore &secrets)
{
    QEventLoop loop;
    QObject::connect(&secrets, &SecretStore::ready, &loop, &QEventLoop::quit);
    secrets.probe();
    if (!secrets.isReady())
        loop.exec();
    std::optional<QString> token;
    secrets.fetch(LocalApiServer::tokenSecretName(), &loop,
                  [&](const std::optional<QString> &value) {
                      token = value;
                      loop.quit();
                  });
    loop.exec();
    if (token && !token->isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Token: %1 (kept in the system keychain; the "
                                                    "window's Local API server uses the same)")
                     .arg(*token)
              << Qt::endl;
        return *token;
    }
    const QString fresh = LocalApiServer::generateToken();
    secrets.store(LocalApiServer::tokenSecretName(), fresh);
    if (secrets.isPersistent())
        err() << QCoreApplication::translate("Cli", "Token: %1 (new, kept in the system keychain "
                                                    "for the next runs and the window's Local API "
                                                    "server)")
                     .arg(fresh)
              << Qt::endl;
    else
        err() << QCoreApplication::translate("Cli", "Token: %1 (for this run only: no system "
                                                    "keychain answered; --token-env VAR sets one "
                                                    "that lasts)")
                     .arg(fresh)
              << Qt::endl;
    return fresh;
}

// The addresses other machines may use to reach this one, for the message of --listen 0.0.0.0.
QStringList reachableAddresses(bool ipv6)
{
    QStringList addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            addresses << address.toString();
        else if (ipv6 && address.protocol() == QAbstractSocket::IPv6Protocol)
            addresses << u"[%1]"_s.arg(address.toString());
    }
    return addresses;
}

} // namespace

int runServe(const QStringList &arguments)
{
    const QString command = u"serve"_s;
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({u"port"_s,
                      QCoreApplication::translate("Cli", "The port to listen on (default %1; 0: "
                                                         "any free port).")
                          .arg(LocalApiOptions::defaultPort),
                      u"N"_s});
    parser.addOption({u"token-env"_s,
                      QCoreApplication::translate("Cli", "Take the bearer token from environment "
                                                         "variable VAR (default: the token kept in "
                                                         "the system keychain, the one the "
                                                         "window's Local API server shows, made on "
                                                         "first use; printed on stderr)."),
                      u"VAR"_s});
    parser.addOption({u"listen"_s,
                      QCoreApplication::translate("Cli", "Listen on ADDR instead of 127.0.0.1 "
                                                         "(other machines could then reach it)."),
                      u"ADDR"_s});
    parser.addOption({u"max-crawls"_s,
                      QCoreApplication::translate("Cli", "Crawls run at once at most; more are "
                                                         "refused with 429 (default %1).")
                          .arg(LocalApiOptions().maxRunningCrawls),
                      u"N"_s});
    addRenderersFlag(parser);
    if (auto exit = parse(parser, arguments, command,
                          QCoreApplication::translate(
                              "Cli", "Answer Firecrawl's API (v1 and v0) on this machine: SDKs "
                                     "and scripts written for Firecrawl start local crawls. "
                                     "Prints the URL to give them; Ctrl+C stops.")))
        return *exit;

    LocalApiOptions options;
    const auto port = intOption(parser, u"port"_s, command, LocalApiOptions::defaultPort, 0);
    const auto maxCrawls = intOption(parser, u"max-crawls"_s, command, options.maxRunningCrawls, 1);
    const auto renderers = renderersFromFlags(parser, command, RenderService::defaultPagesAtOnce);
    if (!port || !maxCrawls || !renderers)
        return BadUsage;
    if (*port > 65535)
        return usageError(command, QCoreApplication::translate("Cli", "--port must be at most "
                                                                      "65535."));
    options.port = quint16(*port);
    options.maxRunningCrawls = *maxCrawls;
    if (parser.isSet(u"listen"_s)) {
        options.address = QHostAddress(parser.value(u"listen"_s));
        if (options.address.isNull())
            return usageError(command,
                              QCoreApplication::translate("Cli", "--listen expects an IP address, "
                                                                 "not \"%1\".")
                                  .arg(parser.value(u"listen"_s)));
        if (!options.address.isLoopback())
            err() << QCoreApplication::translate(
                         "Cli", "Warning: listening on %1: other machines that reach it can use "
                                "the API with the token, over plain HTTP.")
                         .arg(options.address.toString())
                  << Qt::endl;
    }
    if (parser.isSet(u"token-env"_s)) {
        const QString variable = parser.value(u"token-env"_s);
        options.token = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (options.token.isEmpty())
            return usageError(command, QCoreApplication::translate(
                                           "Cli", "the environment variable %1 is empty or not "
                                                  "set.")
                                           .arg(variable));
    }

    int exitCode = Completed;
    const auto store = openStore(parser, command, &exitCode);
    if (!store)
        return exitCode;
    SecretStore secrets(u"trawl"_s);
    QObject::connect(&secrets, &SecretStore::storeFailed, &secrets, [](const QString &message) {
        err() << QCoreApplication::translate("Cli", "The token could not be kept in the keychain "
                                                    "(%1): it lasts for this run only.")
                     .arg(message)
              << Qt::endl;
    });
    if (options.token.isEmpty())
        options.token = keptToken(secrets);
    QString error;
    StoreWriter writer(store->path());
    if (!writer.start(&error))
        return usageError(command, error);
    // Requests may ask for JavaScript rendering (waitFor, trawl.render, screenshots): QtWebEngine
    // starts on the first page that needs it. Every crawl of the server shares the pool.
    if (!rendering().lazy)
        return usageError(
            command, QCoreApplication::translate("Cli", "this executable cannot render pages."));
    const std::unique_ptr<RenderService> renderer = rendering().lazy(*renderers);
    CrawlRunner runner(store->path(), &writer);
    runner.setRenderService(renderer.get());
    LocalApiServer server(store->path(), &writer, &runner);
    if (!server.start(options, &error)) {
        if (server.portInUse())
            error += u' '
                     + QCoreApplication::translate("Cli", "Choose another with --port N (--port 0 "
                                                          "takes any free port).");
        return usageError(command, error);
    }
    if (!parser.isSet(u"quiet"_s)) {
        QObject::connect(&server, &LocalApiServer::jobStarted, &server, [](const QString &id) {
            err() << QCoreApplication::translate("Cli", "Job %1 started.").arg(id) << Qt::endl;
        });
    }
    if (server.listensOnAllInterfaces()) {
        const QStringList others =
            reachableAddresses(options.address.protocol() != QAbstractSocket::IPv4Protocol);
        err() << QCoreApplication::translate("Cli", "Listening on all interfaces, port %1. On this "
                                                    "machine use the URL below; from another, "
                                                    "http://ADDRESS:%1 with one of this "
                                                    "machine's addresses (%2).")
                     .arg(server.baseUrl().port())
                     .arg(others.isEmpty() ? u"-"_s : others.join(u", "_s))
              << Qt::endl;
    }
    out() << server.baseUrl().toString() << Qt::endl;
    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::interrupted, &server,
                     [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    server.stop();
    // The runner pauses the crawls still running as it goes: `trawl resume` continues them.
    return Completed;
}

} // namespace Cli
