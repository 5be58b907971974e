#include "ResourcesCommandLine.h"

#include "CommandLineActivity.h"
#include "CommandLineSupport.h"
#include "ConnectionOptions.h"
#include "ProfileCommands.h"
#include "ResourceSchema.h"
#include "ResourcesCommand.h"
#include "SavedClusterSecrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourcesCommandLine)
};

int trouble(const QString &message)
{
    return CommandLineSupport::usageError(message, Tr::tr("see clusterdesk resources --help"),
                                          ResourcesCommand::Error);
}

QString help(const QCommandLineParser &parser)
{
    return parser.helpText() + QLatin1Char('\n') +
           Tr::tr("Actions:\n"
                  "  diff     Compare two or more clusters: exit 0 identical, 1 differ.\n"
                  "  export   Write one cluster's definitions to --output (secrets left out).\n"
                  "  apply    Plan and apply a definitions --file to the --cluster(s).\n"
                  "\n"
                  "Clusters: --cluster <saved name> (repeatable), or --url <url> --user <user>\n"
                  "--password-file <file> (repeatable, paired in order; CLUSTERDESK_PASSWORD\n"
                  "stands in for a missing password file). Saved clusters come first.\n"
                  "--secret-file: one secret for every secret the file needs, or JSON\n"
                  "{\"<type>/<name>\": {\"<field>\": \"<secret>\"}}. Secrets not given are left\n"
                  "unset on create and kept on update. Exit code 2 on any error.\n"
                  "A cluster saved as read-only is never written; one labelled production is\n"
                  "written only with --confirm <its name>, exactly.\n"
                  "\nExamples:\n"
                  "  clusterdesk resources diff --cluster Prod --cluster Test --json\n"
                  "  clusterdesk resources export --cluster Prod --output prod-resources.json\n"
                  "  clusterdesk resources apply --file prod-resources.json --cluster Test "
                  "--dry-run\n"
                  "  clusterdesk resources apply --file prod-resources.json --cluster Test "
                  "--secret-file secrets.json\n"
                  "  clusterdesk resources apply --file test-resources.json --cluster Prod "
                  "--confirm Prod\n");
}

// The options of `resources`. The connection's are repeatable here: clusters are listed in
// turn, a --url with its --user and password.
struct ResourcesArguments
{
    ResourcesArguments()
    {
        connection.cluster.setDescription(Tr::tr("A saved cluster (repeatable)."));
        connection.url.setDescription(
            Tr::tr("An unsaved cluster's load balancer URL (repeatable)."));
        connection.user.setDescription(Tr::tr("The user for the --url of the same position."));
        connection.passwordFile.setDescription(
            Tr::tr("The password for the --url of the same position, from <file>."));
    }

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({connection.dataDir, connection.cluster, connection.url, connection.user,
                           connection.passwordFile, type, json, output, file, dryRun, createOnly,
                           secretFile, confirm});
        parser.addPositionalArgument(QStringLiteral("resources"), Tr::tr("The command."));
        parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("diff, export or apply."),
                                     QStringLiteral("diff|export|apply"));
    }

    ConnectionOptions connection;
    const QCommandLineOption type{QStringLiteral("type"), Tr::tr("diff: only this type."),
                                  QStringLiteral("type")};
    const QCommandLineOption json{QStringLiteral("json"), Tr::tr("Print JSON.")};
    const QCommandLineOption output{QStringLiteral("output"), Tr::tr("export: the file to write."),
                                    QStringLiteral("file")};
    const QCommandLineOption file{QStringLiteral("file"),
                                  Tr::tr("apply: the definitions file to apply."),
                                  QStringLiteral("file")};
    const QCommandLineOption dryRun{QStringLiteral("dry-run"),
                                    Tr::tr("apply: print the plan, write nothing.")};
    const QCommandLineOption createOnly{
        QStringLiteral("create-only"),
        Tr::tr("apply: never update an existing resource (a different one is reported).")};
    const QCommandLineOption secretFile{QStringLiteral("secret-file"),
                                        Tr::tr("apply: the secrets for the batch."),
                                        QStringLiteral("file")};
    const QCommandLineOption confirm{
        QStringLiteral("confirm"),
        Tr::tr("apply: write to the production cluster called exactly <name> (repeatable)."),
        QStringLiteral("name")};
};

std::optional<ResourcesOptions::Action> actionNamed(const QString &action)
{
    if (action == QLatin1String("diff"))
        return ResourcesOptions::Action::Diff;
    if (action == QLatin1String("export"))
        return ResourcesOptions::Action::Export;
    if (action == QLatin1String("apply"))
        return ResourcesOptions::Action::Apply;
    return std::nullopt;
}

// The --url clusters, each with the --user and --password-file of its position (or
// CLUSTERDESK_PASSWORD); false and *error when one is incomplete.
bool readUnsavedClusters(const QCommandLineParser &parser, const ConnectionOptions &connection,
                         ResourcesOptions &options, QString *error)
{
    const QStringList urls = parser.values(connection.url);
    const QStringList users = parser.values(connection.user);
    const QStringList passwordFiles = parser.values(connection.passwordFile);
    if (users.size() > urls.size() || passwordFiles.size() > urls.size()) {
        *error = Tr::tr("--user and --password-file go with a --url each");
        return false;
    }
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const auto address = ConnectionOptions::urlArgument(urls.at(i));
        if (!address) {
            *error = Tr::tr("invalid --url: %1").arg(urls.at(i));
            return false;
        }
        ClusterProfile profile = ClusterProfile::create(address->authority(), *address);
        profile.userName = users.value(i);
        std::optional<QString> password;
        if (i < passwordFiles.size()) {
            password =
                CommandLineSupport::readSecretFile(passwordFiles.at(i), Tr::tr("password"), error);
            if (!password)
                return false;
        } else if (qEnvironmentVariableIsSet("CLUSTERDESK_PASSWORD")) {
            password = qEnvironmentVariable("CLUSTERDESK_PASSWORD");
        }
        if (!password || profile.userName.isEmpty()) {
            *error = Tr::tr("--url %1 needs --user and a password").arg(urls.at(i));
            return false;
        }
        options.clusters.append({profile, password});
    }
    return true;
}

// Saved clusters first, then the --url ones.
bool readClusters(const QCommandLineParser &parser, const ConnectionOptions &connection,
                  const QString &globalDataDir, ResourcesOptions &options, QString *error)
{
    const QString directory = connection.dataDirectory(parser, globalDataDir);
    for (const QString &name : parser.values(connection.cluster)) {
        const auto profile = ProfileCommands::savedProfile(directory, name, error);
        if (!profile)
            return false;
        options.clusters.append({*profile, std::nullopt});
    }
    // CLUSTERDESK_PASSWORD stands for one saved cluster only (see environmentPassword).
    const qsizetype urlCount = parser.values(connection.url).size();
    std::optional<QString> environmentPassword;
    if (!ConnectionOptions::environmentPassword(!options.clusters.isEmpty() &&
                                                    options.clusters.size() + urlCount > 1,
                                                &environmentPassword, error))
        return false;
    if (options.clusters.size() == 1 && urlCount == 0)
        options.clusters.first().password = environmentPassword;
    return readUnsavedClusters(parser, connection, options, error);
}

// What the action needs (how many clusters, --output, --file) and the options that refine it.
bool readActionOptions(const QCommandLineParser &parser, const ResourcesArguments &arguments,
                       ResourcesOptions &options, QString *error)
{
    const qsizetype count = options.clusters.size();
    switch (options.action) {
    case ResourcesOptions::Action::Diff:
        if (count < 2)
            *error = Tr::tr("diff needs two or more clusters");
        break;
    case ResourcesOptions::Action::Export:
        if (count != 1 || !parser.isSet(arguments.output))
            *error = Tr::tr("export needs one cluster and --output");
        options.outputPath = parser.value(arguments.output);
        break;
    case ResourcesOptions::Action::Apply:
        if (count < 1 || !parser.isSet(arguments.file))
            *error = Tr::tr("apply needs --file and one or more clusters");
        options.filePath = parser.value(arguments.file);
        break;
    }
    if (!error->isEmpty())
        return false;
    if (parser.isSet(arguments.type)) {
        const QString type = parser.value(arguments.type);
        if (!ResourceSchema::isKnownType(type)) {
            *error = Tr::tr("unknown --type %1 (one of %2)")
                         .arg(type, ResourceSchema::types().join(QStringLiteral(", ")));
            return false;
        }
        options.type = type;
    }
    options.json = parser.isSet(arguments.json);
    options.dryRun = parser.isSet(arguments.dryRun);
    options.confirmations = parser.values(arguments.confirm);
    if (parser.isSet(arguments.createOnly))
        options.mode = SyncOptions::Mode::CreateOnly;
    if (parser.isSet(arguments.secretFile)) {
        options.secretFile = CommandLineSupport::readSmallFile(parser.value(arguments.secretFile),
                                                               Tr::tr("secret"), error);
        if (!options.secretFile)
            return false;
    }
    return true;
}

} // namespace

int runResourcesCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares, exports and copies resource definitions across clusters."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    const ResourcesArguments resourcesArguments;
    resourcesArguments.addTo(parser);
    if (const auto answered = CommandLineSupport::parseOrAnswer(parser, arguments, help, trouble))
        return *answered;
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return trouble(words.size() < 2 ? Tr::tr("resources needs an action: diff, export or "
                                                 "apply")
                                        : Tr::tr("unexpected argument: %1").arg(words.at(2)));
    ResourcesOptions options;
    const auto action = actionNamed(words.at(1));
    if (!action)
        return trouble(Tr::tr("unknown resources action: %1").arg(words.at(1)));
    options.action = *action;
    QString error;
    if (!readClusters(parser, resourcesArguments.connection, globalDataDir, options, &error) ||
        !readActionOptions(parser, resourcesArguments, options, &error))
        return trouble(error);

    const QString dataDir = resourcesArguments.connection.dataDirectory(parser, globalDataDir);
    SavedClusterSecrets secrets(dataDir);
    options.secrets = secrets.store();
    // Every write is kept in the activity log, as the window's are.
    CommandLineActivity activity(dataDir);
    ResourcesCommand command(std::move(options));
    command.start();
    return CommandLineSupport::runToEnd(command);
}
