#include "CommandLine.h"

#include "ActivityCommandLine.h"
#include "ClusterCommandLine.h"
#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "ExporterCommandLine.h"
#include "HistoryCommandLine.h"
#include "KeychainSecretStore.h"
#include "NodeCommandLine.h"
#include "ProfileCommands.h"
#include "ReportCommandLine.h"
#include "ResourcesCommandLine.h"
#include "SavedClusterSecrets.h"
#include "StatusCommand.h"
#include "StatusFormatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

constexpr int UsageError = StatusFormatter::UsageError;
using CommandLineSupport::runToEnd;
using CommandLineSupport::writeErr;
using CommandLineSupport::writeOut;

int usage(const QString &message)
{
    return CommandLineSupport::usageError(
        message, Tr::tr("see clusterdesk --help or clusterdesk <command> --help"), UsageError);
}

QString mainHelp(const QCommandLineParser &parser)
{
    return parser.helpText() + QLatin1Char('\n') +
           Tr::tr("Commands:\n"
                  "  status           One poll of one cluster: a node table and findings.\n"
                  "  cluster add      Save a cluster (its password: the system keychain, a\n"
                  "                   password file or a password command).\n"
                  "  cluster edit     Change a saved cluster's password source, environment,\n"
                  "                   read-only switch or group.\n"
                  "  cluster list     List the saved clusters.\n"
                  "  cluster show     Show one saved cluster.\n"
                  "  cluster remove   Forget a saved cluster and its password.\n"
                  "  report           Write a cluster or fleet report (html, pdf, csv, json).\n"
                  "  resources        Compare, export or copy resource definitions across\n"
                  "                   clusters (diff, export, apply).\n"
                  "  node             Drain a node, put it into maintenance or make it ready\n"
                  "                   at the load balancer (HAProxy's statistics page).\n"
                  "  history          A cluster's configuration changes with what each one\n"
                  "                   altered, filtered, as a table, CSV or JSON.\n"
                  "  exporter         Serve saved clusters' state to Prometheus (/metrics).\n"
                  "  activity         List what this console sent to clusters (writes, node\n"
                  "                   actions) with their outcomes.\n"
                  "\n"
                  "Examples:\n"
                  "  clusterdesk                      Open the window.\n"
                  "  clusterdesk status --cluster Prod\n"
                  "  clusterdesk report --all --output fleet.pdf\n"
                  "  clusterdesk resources diff --cluster Prod --cluster Test\n"
                  "  clusterdesk history --cluster Prod --since 2026-12-01\n"
                  "  clusterdesk exporter --all\n"
                  "  clusterdesk activity --cluster Prod --since 7d\n"
                  "\n"
                  "Run clusterdesk <command> --help for the command's options and examples.\n"
                  "Without arguments clusterdesk opens its window.\n");
}

using CommandLineSupport::addCommonOptions;
using CommandLineSupport::positiveSeconds;

std::optional<int> answeredEarly(QCommandLineParser &parser, const QStringList &arguments,
                                 const QString &examples, qsizetype maxWords)
{
    return CommandLineSupport::answeredEarly(parser, arguments, examples, maxWords, usage);
}
// The options of `status` beside --data-dir.
struct StatusArguments
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({connection.url, connection.cluster, connection.user,
                           connection.passwordFile, tokenFile, connection.ca, connection.statsUrl,
                           json, timeout});
    }

    const ConnectionOptions connection;
    const QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                       Tr::tr("Read a session token from <file>."),
                                       QStringLiteral("file")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  Tr::tr("Print JSON (the snapshot plus \"exitCode\").")};
    const QCommandLineOption timeout{QStringLiteral("timeout"),
                                     Tr::tr("Give up after <seconds> (default %1).")
                                         .arg(StatusOptions::DefaultTimeout.count() / 1000),
                                     QStringLiteral("seconds")};
};

// --json, --timeout and how to sign in: a token from --token-file, else a password.
bool readStatusOptions(const QCommandLineParser &parser, const StatusArguments &arguments,
                       StatusOptions &options, QString *error)
{
    options.json = parser.isSet(arguments.json);
    if (parser.isSet(arguments.timeout)) {
        const auto seconds = positiveSeconds(parser.value(arguments.timeout));
        if (!seconds) {
            *error = Tr::tr("--timeout needs a number of seconds greater than 0");
            return false;
        }
        options.timeout = std::chrono::milliseconds(qint64(std::llround(*seconds * 1000)));
    }
    if (parser.isSet(arguments.tokenFile)) {
        options.token = CommandLineSupport::readSecretFile(parser.value(arguments.tokenFile),
                                                           Tr::tr("token"), error);
        return options.token.has_value();
    }
    return arguments.connection.password(parser, &options.password, error);
}

// The saved --cluster (its password from `secrets` unless one was given) or the --url one.
bool readStatusProfile(const QCommandLineParser &parser, const ConnectionOptions &connection,
                       const QString &globalDataDir, StatusOptions &options, SecretStore *secrets,
                       QString *error)
{
    if (!parser.isSet(connection.cluster)) {
        const auto profile = connection.unsavedProfile(parser, options.password, error);
        if (!profile)
            return false;
        options.profile = *profile;
        options.user = profile->userName;
        return true;
    }
    for (const QCommandLineOption *option : {&connection.ca, &connection.statsUrl}) {
        if (parser.isSet(*option)) {
            *error = Tr::tr("--%1 cannot be combined with --cluster (it is saved in the "
                            "profile)")
                         .arg(option->names().constFirst());
            return false;
        }
    }
    const auto profile = ProfileCommands::savedProfile(
        connection.dataDirectory(parser, globalDataDir), parser.value(connection.cluster), error);
    if (!profile)
        return false;
    options.profile = *profile;
    options.user =
        parser.isSet(connection.user) ? parser.value(connection.user) : profile->userName;
    options.secrets = secrets;
    return true;
}

int runStatus(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Polls one cluster once and prints its nodes and findings.\n"
               "Exit codes: 0 healthy, 1 warnings, 2 critical, 3 unreachable (connection, TLS or\n"
               "sign-in failed), 64 usage error. The password comes from --password-file or the\n"
               "environment variable CLUSTERDESK_PASSWORD, never from the command line."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("status"), Tr::tr("The command."));
    const StatusArguments statusArguments;
    statusArguments.addTo(parser);
    if (const auto answered =
            answeredEarly(parser, arguments,
                          Tr::tr("\nExamples:\n"
                                 "  clusterdesk status --cluster Prod --json > prod-status.json\n"
                                 "  clusterdesk status --url https://lb.example:8443 --user admin "
                                 "--password-file pw.txt --ca ca.pem --timeout 5\n"
                                 "  CLUSTERDESK_PASSWORD=secret clusterdesk status --url "
                                 "https://lb.example:8443 --user admin\n"),
                          1))
        return *answered;
    const ConnectionOptions &connection = statusArguments.connection;
    if (parser.isSet(connection.url) == parser.isSet(connection.cluster))
        return usage(Tr::tr("give either --url or --cluster"));
    if (parser.isSet(connection.passwordFile) && parser.isSet(statusArguments.tokenFile))
        return usage(Tr::tr("give either --password-file or --token-file, not both"));

    StatusOptions options;
    SavedClusterSecrets secrets(connection.dataDirectory(parser, globalDataDir));
    QString error;
    if (!readStatusOptions(parser, statusArguments, options, &error) ||
        !readStatusProfile(parser, connection, globalDataDir, options, secrets.store(), &error))
        return usage(error);
    StatusCommand command(std::move(options));
    command.start();
    return runToEnd(command);
}

} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--data-dir") == 0) {
            ++i; // its value
            continue;
        }
        if (std::strncmp(argument, "--data-dir=", 11) == 0)
            continue;
        // The first other argument decides: a word is a command (a wrong one gets a usage
        // message, not a window); options are the window's (Qt's -platform, -style, ...) except
        // help and version.
        if (argument[0] != '-')
            return true;
        for (const char *option : {"--help", "-h", "--help-all", "-?", "--version", "-v"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
        return false;
    }
    return false;
}

int runCommandLine(int argc, char **argv)
{
    // report makes its own application object (a QGuiApplication for PDF).
    if (isReportInvocation(argc, argv))
        return runReportCommandLine(argc, argv);
    CommandLineSupport::setApplicationNames();
    QCoreApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Clusterdesk: a console for clustered servers."));
    addCommonOptions(parser);
    parser.addVersionOption();
    // Taken by the window's own parser (main.cpp); listed here so --help names it.
    parser.addOption(QCommandLineOption(
        QStringLiteral("url"), Tr::tr("Window: select the saved cluster at <url> when it opens."),
        QStringLiteral("url")));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        Tr::tr("status, cluster, report, resources, node, history, exporter or activity."),
        QStringLiteral("<command> [options]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        writeOut(QStringLiteral("clusterdesk %1\n").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (CommandLineSupport::helpRequested(parser) || words.isEmpty()) {
        writeOut(mainHelp(parser));
        return words.isEmpty() && !CommandLineSupport::helpRequested(parser) ? UsageError : 0;
    }
    const QString dataDir = parser.value(ConnectionOptions::dataDirOption());
    const QString command = words.constFirst();
    if (command == QLatin1String("status"))
        return runStatus(arguments, dataDir);
    if (command == QLatin1String("cluster"))
        return runClusterCommandLine(arguments, dataDir);
    if (command == QLatin1String("resources"))
        return runResourcesCommandLine(arguments, dataDir);
    if (command == QLatin1String("node"))
        return runNodeCommandLine(arguments, dataDir);
    if (command == QLatin1String("history"))
        return runHistoryCommandLine(arguments, dataDir);
    if (command == QLatin1String("exporter"))
        return runExporterCommandLine(arguments, dataDir);
    if (command == QLatin1String("activity"))
        return runActivityCommandLine(arguments, dataDir);
    return usage(Tr::tr("unknown command: %1").arg(command));
}
