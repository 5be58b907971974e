#include "ExporterCommandLine.h"

#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "ExporterDaemon.h"
#include "KeychainSecretStore.h"
#include "ShutdownSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <cmath>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int CannotStart = 1;
constexpr int UsageError = 64;

using CommandLineSupport::writeErr;
using CommandLineSupport::writeOut;

int usage(const QString &message)
{
    writeErr(message + QLatin1Char('\n') + Tr::tr("see clusterdesk exporter --help"));
    return UsageError;
}

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "127.0.0.1:9877", "[::1]:9877", "localhost:9877", "0.0.0.0:9877": an address is required, so
// that listening on every interface is always written out.
std::optional<ListenAddress> listenAddress(const QString &text)
{
    const QUrl url(QStringLiteral("http://") + text);
    if (!url.isValid() || url.host().isEmpty() || url.port() < 0 || !url.path().isEmpty() ||
        !url.userInfo().isEmpty())
        return std::nullopt;
    ListenAddress result;
    result.port = quint16(url.port());
    if (url.host() == QLatin1String("localhost"))
        result.address = QHostAddress(QHostAddress::LocalHost);
    else if (!result.address.setAddress(url.host()))
        return std::nullopt;
    return result;
}

QString helpText(const QCommandLineParser &parser)
{
    return parser.helpText() +
           Tr::tr("\nServes GET /metrics (Prometheus text format 0.0.4) and GET /healthz.\n"
                  "Passwords of saved clusters are found as the window finds them; nothing is\n"
                  "written to the local store. Metrics: docs/metrics.md.\n"
                  "Exit codes: 0 stopped by SIGTERM or SIGINT, 1 could not start (address in\n"
                  "use, unknown cluster, store), 64 usage error or invalid web config.\n"
                  "\nExamples:\n"
                  "  clusterdesk exporter --all\n"
                  "  clusterdesk exporter --listen 127.0.0.1:9877 --cluster Prod --cluster Test\n"
                  "  clusterdesk exporter --listen 0.0.0.0:9877 --all --web.config.file web.yml\n");
}

void logLine(const QString &line)
{
    writeErr(QStringLiteral("exporter: %1 %2")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), line));
}

} // namespace

int runExporterCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        Tr::tr("Polls saved clusters and serves their state to Prometheus."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("exporter"), Tr::tr("The command."));
    const ConnectionOptions connection;
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        Tr::tr("Listen on <address:port> (default 127.0.0.1:9877; 0.0.0.0:9877 for all)."),
        QStringLiteral("address:port"), QStringLiteral("127.0.0.1:9877"));
    const QCommandLineOption cluster(QStringLiteral("cluster"),
                                     Tr::tr("Export the saved cluster <name> (repeatable)."),
                                     QStringLiteral("name"));
    const QCommandLineOption all(QStringLiteral("all"), Tr::tr("Export every saved cluster."));
    const QCommandLineOption webConfig(
        QStringLiteral("web.config.file"),
        Tr::tr("TLS and basic authentication from <file> (Prometheus exporter-toolkit format)."),
        QStringLiteral("file"));
    parser.addOptions({connection.dataDir, listen, cluster, all, webConfig});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(helpText(parser));
        return 0;
    }
    if (parser.positionalArguments().size() > 1)
        return usage(Tr::tr("unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    if (parser.isSet(cluster) == parser.isSet(all))
        return usage(Tr::tr("give --all or at least one --cluster"));
    const auto address = listenAddress(parser.value(listen));
    if (!address)
        return usage(Tr::tr("invalid --listen %1 (an IP address and a port, e.g. 127.0.0.1:9877)")
                         .arg(parser.value(listen)));

    ExporterDaemon::Options options;
    options.address = address->address;
    options.port = address->port;
    options.clusters = parser.values(cluster);
    options.all = parser.isSet(all);
    options.dataDir = connection.dataDirectory(parser, globalDataDir);
    if (parser.isSet(webConfig)) {
        QString error;
        const auto web = WebConfig::load(parser.value(webConfig), &error);
        if (!web)
            return usage(error);
        options.web = *web;
    }

    ExporterDaemon daemon(options, new KeychainSecretStore);
    QString error;
    if (!daemon.listen(&error)) {
        writeErr(error);
        return CannotStart;
    }
    ShutdownSignals stopSignals;
    stopSignals.install();
    int exitCode = 0;
    QObject::connect(&stopSignals, &ShutdownSignals::shutdownRequested, &daemon,
                     [](int signalNumber) {
                         logLine(Tr::tr("stopping (signal %1)").arg(signalNumber));
                         QCoreApplication::exit(0);
                     });
    QObject::connect(&daemon, &ExporterDaemon::failed, &daemon, [&exitCode](const QString &why) {
        writeErr(why);
        exitCode = CannotStart;
        QCoreApplication::exit(CannotStart);
    });
    QObject::connect(&daemon, &ExporterDaemon::logLine, &daemon, logLine);
    logLine(Tr::tr("listening on %1 port %2 (%3)")
                .arg(options.address.toString())
                .arg(daemon.port())
                .arg(options.web.tls ? QStringLiteral("https") : QStringLiteral("http")));
    daemon.start();
    const int loopCode = QCoreApplication::exec();
    return exitCode != 0 ? exitCode : loopCode;
}
