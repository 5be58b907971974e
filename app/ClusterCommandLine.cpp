#include "ClusterCommandLine.h"

#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "KeychainSecretStore.h"
#include "ProfileCommands.h"
#include "ProfileLabelOptions.h"
#include "StatusFormatter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

using CommandLineSupport::addCommonOptions;
using CommandLineSupport::positiveSeconds;
using CommandLineSupport::runToEnd;
using CommandLineSupport::writeOut;

int usage(const QString &message)
{
    return CommandLineSupport::usageError(
        message, Tr::tr("see clusterdesk --help or clusterdesk <command> --help"),
        StatusFormatter::UsageError);
}

std::optional<int> answeredEarly(QCommandLineParser &parser, const QStringList &arguments,
                                 const QString &examples, qsizetype maxWords)
{
    return CommandLineSupport::answeredEarly(parser, arguments, examples, maxWords, usage);
}

int runClusterAdd(QCommandLineParser &parser, const QStringList &arguments,
                  const QString &globalDataDir)
{
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The cluster's name."),
                                  QStringLiteral("name"));
    ConnectionOptions connection;
    connection.passwordFile.setDescription(PasswordSourceOptions::fileDescription());
    const PasswordSourceOptions sources;
    const QCommandLineOption pollInterval(QStringLiteral("poll-interval"),
                                          Tr::tr("Poll every <seconds> (default %1).")
                                              .arg(ClusterProfile::DefaultPollIntervalMs / 1000),
                                          QStringLiteral("seconds"));
    parser.addOptions({name, connection.url, connection.user, connection.passwordFile,
                       sources.command, connection.ca, connection.statsUrl, pollInterval});
    const ProfileLabelOptions labelOptions;
    labelOptions.addTo(parser);
    if (const auto answered = answeredEarly(
            parser, arguments,
            Tr::tr("\nExamples:\n"
                   "  clusterdesk cluster add --name Prod --url https://lb.example:8443 "
                   "--user admin --password-file ~/.config/clusterdesk/prod.pw\n"
                   "  clusterdesk cluster add --name Test --url http://127.0.0.1:8080 "
                   "--user viewer --password-command \"pass show clusters/test\"\n"
                   "  CLUSTERDESK_PASSWORD=secret clusterdesk cluster add --name Lab --url "
                   "http://127.0.0.1:8080 --user admin --poll-interval 10\n"
                   "  clusterdesk cluster add --name Prod --url https://lb.example:8443 "
                   "--user admin --environment production --group EMEA/Production\n") +
                PasswordSourceOptions::help(),
            2))
        return *answered;
    if (!parser.isSet(name) || !parser.isSet(connection.url))
        return usage(Tr::tr("cluster add needs --name and --url"));
    const auto address = ConnectionOptions::urlArgument(parser.value(connection.url));
    if (!address)
        return usage(Tr::tr("invalid --url: %1").arg(parser.value(connection.url)));
    ClusterProfile profile = ClusterProfile::create(parser.value(name).trimmed(), *address);
    profile.userName = parser.value(connection.user);
    if (parser.isSet(connection.ca))
        profile.caCertificatePath = QFileInfo(parser.value(connection.ca)).absoluteFilePath();
    if (parser.isSet(connection.statsUrl)) {
        const auto stats = ConnectionOptions::urlArgument(parser.value(connection.statsUrl));
        if (!stats)
            return usage(Tr::tr("invalid --stats-url: %1").arg(parser.value(connection.statsUrl)));
        profile.haproxyStatsUrl = *stats;
    }
    if (parser.isSet(pollInterval)) {
        const auto seconds = positiveSeconds(parser.value(pollInterval));
        if (!seconds)
            return usage(Tr::tr("--poll-interval needs a number of seconds greater than 0"));
        profile.pollIntervalMs = int(std::llround(*seconds * 1000));
    }
    std::optional<QString> password;
    QString error;
    if (!sources.apply(parser, connection.passwordFile, &profile, &password, &error))
        return usage(error);
    ProfileLabels labels;
    if (!labelOptions.read(parser, &labels, &error))
        return usage(error);
    labels.applyTo(profile);

    KeychainSecretStore secrets;
    ProfileCommands command(connection.dataDirectory(parser, globalDataDir), &secrets);
    command.add(profile, password);
    return runToEnd(command);
}

int runClusterEdit(QCommandLineParser &parser, const QStringList &arguments,
                   const QString &globalDataDir)
{
    ConnectionOptions connection;
    connection.passwordFile.setDescription(PasswordSourceOptions::fileDescription());
    const PasswordSourceOptions sources;
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The saved cluster's name."));
    parser.addOptions({connection.passwordFile, sources.command, sources.keychain});
    const ProfileLabelOptions labelOptions;
    labelOptions.addTo(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(parser.helpText() +
                 Tr::tr("\nExamples:\n"
                        "  clusterdesk cluster edit Prod --password-file /etc/clusterdesk/prod.pw\n"
                        "  clusterdesk cluster edit Prod --password-command \"secret-tool lookup "
                        "clusterdesk prod\"\n"
                        "  CLUSTERDESK_PASSWORD=secret clusterdesk cluster edit Prod --keychain\n"
                        "  clusterdesk cluster edit Prod --environment production --read-only\n"
                        "  clusterdesk cluster edit Lab --environment lab --environment-colour "
                        "\"#7b1fa2\" --group \"\"\n") +
                 PasswordSourceOptions::help());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(Tr::tr("cluster edit needs exactly one name"));
    QString error;
    ProfileLabels labels;
    if (!labelOptions.read(parser, &labels, &error))
        return usage(error);
    std::optional<PasswordSourceChange> change;
    // Only the labels may change; a password option still needs to be a usable one.
    if (labels.isEmpty() || parser.isSet(connection.passwordFile) ||
        parser.isSet(sources.command) || parser.isSet(sources.keychain)) {
        change = sources.change(parser, connection.passwordFile, &error);
        if (!change)
            return usage(error);
    }
    KeychainSecretStore secrets;
    ProfileCommands command(connection.dataDirectory(parser, globalDataDir), &secrets);
    command.edit(positional.at(2), change, labels);
    return runToEnd(command);
}

// The parsed command's --data-dir, else the one given before the command.
QString commandDataDir(const QCommandLineParser &parser, const QString &globalDataDir)
{
    return parser.isSet(ConnectionOptions::dataDirOption())
               ? parser.value(ConnectionOptions::dataDirOption())
               : globalDataDir;
}

int runClusterList(QCommandLineParser &parser, const QStringList &arguments,
                   const QString &globalDataDir)
{
    parser.setApplicationDescription(Tr::tr("Lists the saved clusters."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    if (const auto answered = answeredEarly(parser, arguments,
                                            Tr::tr("\nExamples:\n"
                                                   "  clusterdesk cluster list\n"
                                                   "  clusterdesk cluster list --json\n"),
                                            2))
        return *answered;
    KeychainSecretStore secrets;
    ProfileCommands command(commandDataDir(parser, globalDataDir), &secrets);
    command.list(parser.isSet(json));
    return runToEnd(command);
}

int runClusterShow(QCommandLineParser &parser, const QStringList &arguments,
                   const QString &globalDataDir)
{
    parser.setApplicationDescription(
        Tr::tr("Shows a saved cluster: address, environment, writes, group."));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The saved cluster's name."));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(parser.helpText() + Tr::tr("\nExamples:\n"
                                            "  clusterdesk cluster show Prod\n"
                                            "  clusterdesk cluster show Prod --json\n"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(Tr::tr("cluster show needs exactly one name"));
    KeychainSecretStore secrets;
    ProfileCommands command(commandDataDir(parser, globalDataDir), &secrets);
    command.show(positional.at(2), parser.isSet(json));
    return runToEnd(command);
}

int runClusterRemove(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &globalDataDir)
{
    parser.setApplicationDescription(Tr::tr("Forgets a saved cluster and its password."));
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("The saved cluster's name."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(parser.helpText() + Tr::tr("\nExamples:\n"
                                            "  clusterdesk cluster remove Prod\n"
                                            "  clusterdesk cluster remove \"Local demo\"\n"));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return usage(Tr::tr("cluster remove needs exactly one name"));
    KeychainSecretStore secrets;
    ProfileCommands command(commandDataDir(parser, globalDataDir), &secrets);
    command.remove(positional.at(2));
    return runToEnd(command);
}

} // namespace

int runClusterCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Saved clusters: add, edit, list, show or remove them."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("cluster"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Tr::tr("add, edit, list, show or remove."),
                                 QStringLiteral("add|edit|list|show|remove"));
    // A first pass only finds the action; each action then parses with its own options.
    QCommandLineParser probe;
    addCommonOptions(probe);
    probe.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    probe.parse(arguments);
    const QStringList words = probe.positionalArguments();
    const QString action = words.size() > 1 ? words.at(1) : QString();
    if (action == QLatin1String("add")) {
        parser.setApplicationDescription(Tr::tr("Saves a cluster."));
        return runClusterAdd(parser, arguments, globalDataDir);
    }
    if (action == QLatin1String("edit")) {
        parser.setApplicationDescription(
            Tr::tr("Changes where a saved cluster's password comes from, its environment, "
                   "read-only switch, group, node URLs or Spectrum token kind."));
        return runClusterEdit(parser, arguments, globalDataDir);
    }
    if (action == QLatin1String("list"))
        return runClusterList(parser, arguments, globalDataDir);
    if (action == QLatin1String("show"))
        return runClusterShow(parser, arguments, globalDataDir);
    if (action == QLatin1String("remove"))
        return runClusterRemove(parser, arguments, globalDataDir);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(parser.helpText() +
                 Tr::tr("\nExamples:\n"
                        "  clusterdesk cluster add --name Prod --url https://lb.example:8443 "
                        "--user admin --password-file pw.txt\n"
                        "  clusterdesk cluster list\n"
                        "  clusterdesk cluster remove Prod\n"
                        "Run clusterdesk cluster <action> --help for the action's options.\n"));
        return 0;
    }
    return usage(
        action.isEmpty()
            ? Tr::tr("cluster needs an action: add, edit, list or remove (show prints one)")
            : Tr::tr("unknown cluster action: %1").arg(action));
}
