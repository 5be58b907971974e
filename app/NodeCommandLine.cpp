#include "NodeCommandLine.h"

#include "CommandLineActivity.h"
#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "KeychainSecretStore.h"
#include "NodeActionActivity.h"
#include "NodeCommand.h"
#include "ProfileCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NodeCommandLine)
};

int trouble(const QString &message)
{
    return CommandLineSupport::usageError(message, Tr::tr("see clusterdesk node --help"),
                                          NodeCommand::Error);
}

QString help(const QCommandLineParser &parser)
{
    return parser.helpText() + QLatin1Char('\n') +
           Tr::tr("Actions (HAProxy's statistics page, which needs \"stats admin\" for the user):\n"
                  "  drain    No new connections to the node; those persisting to it stay.\n"
                  "  maint    Maintenance: no traffic at all.\n"
                  "  ready    Back into service.\n"
                  "\n"
                  "The stats user's password: --stats-password-file, else the environment\n"
                  "variable CLUSTERDESK_STATS_PASSWORD, else the one the window saved for the\n"
                  "cluster. Draining or maintaining the last node serving requests needs\n"
                  "--force. The result is HAProxy's own view of the node afterwards.\n"
                  "A cluster saved as read-only is refused; one labelled production needs\n"
                  "--confirm <its name>, exactly. Each action is kept in the activity log.\n"
                  "Exit code 0 applied, 1 not applied, 2 error or refused.\n"
                  "\nExamples:\n"
                  "  clusterdesk node drain --cluster Test --node node-2\n"
                  "  clusterdesk node ready --cluster Prod --node node-2 --confirm Prod --json\n");
}

struct NodeArguments
{
    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({connection.dataDir, connection.cluster, node, statsUrl, statsUser,
                           statsPasswordFile, force, confirm, json});
        parser.addPositionalArgument(QStringLiteral("node"), Tr::tr("The command."));
        parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("drain, maint or ready."),
                                     QStringLiteral("drain|maint|ready"));
    }

    ConnectionOptions connection;
    const QCommandLineOption node{
        QStringLiteral("node"), Tr::tr("The node (HAProxy's server name)."), QStringLiteral("id")};
    const QCommandLineOption statsUrl{
        QStringLiteral("stats-url"), Tr::tr("HAProxy's statistics page, instead of the saved one."),
        QStringLiteral("url")};
    const QCommandLineOption statsUser{QStringLiteral("stats-user"),
                                       Tr::tr("The statistics page's admin user, instead of the "
                                              "saved one."),
                                       QStringLiteral("user")};
    const QCommandLineOption statsPasswordFile{
        QStringLiteral("stats-password-file"),
        Tr::tr("Read the statistics user's password from <file>."), QStringLiteral("file")};
    const QCommandLineOption force{QStringLiteral("force"),
                                   Tr::tr("Also when the node is the last one serving requests.")};
    const QCommandLineOption confirm{QStringLiteral("confirm"),
                                     Tr::tr("Act on the production cluster called exactly <name>."),
                                     QStringLiteral("name")};
    const QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print the outcome as JSON.")};
};

// The saved cluster with the overrides of the command line; false and *error otherwise.
bool readOptions(const QCommandLineParser &parser, const NodeArguments &arguments,
                 const QString &globalDataDir, NodeCommandOptions &options, QString *error)
{
    if (!parser.isSet(arguments.connection.cluster) || !parser.isSet(arguments.node)) {
        *error = Tr::tr("node needs --cluster and --node");
        return false;
    }
    const auto profile =
        ProfileCommands::savedProfile(arguments.connection.dataDirectory(parser, globalDataDir),
                                      parser.value(arguments.connection.cluster), error);
    if (!profile)
        return false;
    options.profile = *profile;
    if (parser.isSet(arguments.statsUrl)) {
        const auto url = ConnectionOptions::urlArgument(parser.value(arguments.statsUrl));
        if (!url) {
            *error = Tr::tr("invalid --stats-url: %1").arg(parser.value(arguments.statsUrl));
            return false;
        }
        options.profile.haproxyStatsUrl = *url;
    }
    if (parser.isSet(arguments.statsUser))
        options.profile.haproxyStatsUser = parser.value(arguments.statsUser);
    if (parser.isSet(arguments.statsPasswordFile)) {
        options.statsPassword = CommandLineSupport::readSecretFile(
            parser.value(arguments.statsPasswordFile), Tr::tr("stats password"), error);
        if (!options.statsPassword)
            return false;
    } else if (qEnvironmentVariableIsSet("CLUSTERDESK_STATS_PASSWORD")) {
        options.statsPassword = qEnvironmentVariable("CLUSTERDESK_STATS_PASSWORD");
    }
    options.nodeId = parser.value(arguments.node);
    options.force = parser.isSet(arguments.force);
    options.confirmations = parser.values(arguments.confirm);
    options.json = parser.isSet(arguments.json);
    return true;
}

} // namespace

int runNodeCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Sets a node to drain, maintenance or ready at the load balancer."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    const NodeArguments nodeArguments;
    nodeArguments.addTo(parser);
    if (const auto answered = CommandLineSupport::parseOrAnswer(parser, arguments, help, trouble))
        return *answered;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return trouble(words.size() < 2 ? Tr::tr("node needs an action: drain, maint or ready")
                                        : Tr::tr("unexpected argument: %1").arg(words.at(2)));
    NodeCommandOptions options;
    const auto action = nodeActionFromKey(words.at(1));
    if (!action)
        return trouble(Tr::tr("unknown node action: %1").arg(words.at(1)));
    options.action = *action;
    QString error;
    if (!readOptions(parser, nodeArguments, globalDataDir, options, &error))
        return trouble(error);
    KeychainSecretStore keychain;
    options.secrets = &keychain;
    // The action is kept in the activity log, as the window's are.
    CommandLineActivity log(nodeArguments.connection.dataDirectory(parser, globalDataDir));
    NodeActionActivity activity(log.recorder(), options.profile.id, options.profile.name);
    NodeCommand command(std::move(options));
    QObject::connect(&command, &NodeCommand::actionStarted, &activity,
                     &NodeActionActivity::actionStarted);
    QObject::connect(&command, &NodeCommand::actionFinished, &activity,
                     &NodeActionActivity::actionFinished);
    command.start();
    return CommandLineSupport::runToEnd(command);
}
