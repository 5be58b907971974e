#include "ResourcesCommandLine.h"

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

constexpr int Trouble = ResourcesCommand::Error;
using CommandLineSupport::writeErr;
using CommandLineSupport::writeOut;

int trouble(const QString &message)
{
    writeErr(message + QLatin1Char('\n') + Tr::tr("see clusterdesk resources --help"));
    return Trouble;
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
                  "\nExamples:\n"
                  "  clusterdesk resources diff --cluster Prod --cluster Test --json\n"
                  "  clusterdesk resources export --cluster Prod --output prod-resources.json\n"
                  "  clusterdesk resources apply --file prod-resources.json --cluster Test "
                  "--dry-run\n"
                  "  clusterdesk resources apply --file prod-resources.json --cluster Test "
                  "--secret-file secrets.json\n");
}

} // namespace

int runResourcesCommandLine(const QStringList &arguments, const QString &globalDataDir)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compares, exports and copies resource definitions across clusters."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    // Repeatable here: clusters are listed in turn, a --url with its --user and password.
    ConnectionOptions connection;
    connection.cluster.setDescription(Tr::tr("A saved cluster (repeatable)."));
    connection.url.setDescription(Tr::tr("An unsaved cluster's load balancer URL (repeatable)."));
    connection.user.setDescription(Tr::tr("The user for the --url of the same position."));
    connection.passwordFile.setDescription(
        Tr::tr("The password for the --url of the same position, from <file>."));
    const QCommandLineOption type(QStringLiteral("type"), Tr::tr("diff: only this type."),
                                  QStringLiteral("type"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print JSON."));
    const QCommandLineOption output(QStringLiteral("output"), Tr::tr("export: the file to write."),
                                    QStringLiteral("file"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  Tr::tr("apply: the definitions file to apply."),
                                  QStringLiteral("file"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("apply: print the plan, write nothing."));
    const QCommandLineOption createOnly(
        QStringLiteral("create-only"),
        Tr::tr("apply: never update an existing resource (a different one is reported)."));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
                                        Tr::tr("apply: the secrets for the batch."),
                                        QStringLiteral("file"));
    parser.addOptions({connection.dataDir, connection.cluster, connection.url, connection.user,
                       connection.passwordFile, type, json, output, file, dryRun, createOnly,
                       secretFile});
    parser.addPositionalArgument(QStringLiteral("resources"), Tr::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("diff, export or apply."),
                                 QStringLiteral("diff|export|apply"));
    if (!parser.parse(arguments))
        return trouble(parser.errorText());
    if (CommandLineSupport::helpRequested(parser)) {
        writeOut(help(parser));
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() != 2)
        return trouble(words.size() < 2 ? Tr::tr("resources needs an action: diff, export or "
                                                 "apply")
                                        : Tr::tr("unexpected argument: %1").arg(words.at(2)));
    ResourcesOptions options;
    const QString action = words.at(1);
    if (action == QLatin1String("diff"))
        options.action = ResourcesOptions::Action::Diff;
    else if (action == QLatin1String("export"))
        options.action = ResourcesOptions::Action::Export;
    else if (action == QLatin1String("apply"))
        options.action = ResourcesOptions::Action::Apply;
    else
        return trouble(Tr::tr("unknown resources action: %1").arg(action));

    QString error;
    const QString directory = connection.dataDirectory(parser, globalDataDir);
    for (const QString &name : parser.values(connection.cluster)) {
        const auto profile = ProfileCommands::savedProfile(directory, name, &error);
        if (!profile)
            return trouble(error);
        options.clusters.append({*profile, std::nullopt});
    }
    const QStringList urls = parser.values(connection.url);
    std::optional<QString> environmentPassword;
    if (!ConnectionOptions::environmentPassword(!options.clusters.isEmpty() &&
                                                    options.clusters.size() + urls.size() > 1,
                                                &environmentPassword, &error))
        return trouble(error);
    if (options.clusters.size() == 1 && urls.isEmpty())
        options.clusters.first().password = environmentPassword;
    const QStringList users = parser.values(connection.user);
    const QStringList passwordFiles = parser.values(connection.passwordFile);
    if (users.size() > urls.size() || passwordFiles.size() > urls.size())
        return trouble(Tr::tr("--user and --password-file go with a --url each"));
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const auto address = ConnectionOptions::urlArgument(urls.at(i));
        if (!address)
            return trouble(Tr::tr("invalid --url: %1").arg(urls.at(i)));
        ClusterProfile profile = ClusterProfile::create(address->authority(), *address);
        profile.userName = users.value(i);
        std::optional<QString> password;
        if (i < passwordFiles.size()) {
            password =
                CommandLineSupport::readSecretFile(passwordFiles.at(i), Tr::tr("password"), &error);
            if (!password)
                return trouble(error);
        } else if (qEnvironmentVariableIsSet("CLUSTERDESK_PASSWORD")) {
            password = qEnvironmentVariable("CLUSTERDESK_PASSWORD");
        }
        if (!password || profile.userName.isEmpty())
            return trouble(Tr::tr("--url %1 needs --user and a password").arg(urls.at(i)));
        options.clusters.append({profile, password});
    }

    const qsizetype count = options.clusters.size();
    switch (options.action) {
    case ResourcesOptions::Action::Diff:
        if (count < 2)
            return trouble(Tr::tr("diff needs two or more clusters"));
        break;
    case ResourcesOptions::Action::Export:
        if (count != 1 || !parser.isSet(output))
            return trouble(Tr::tr("export needs one cluster and --output"));
        options.outputPath = parser.value(output);
        break;
    case ResourcesOptions::Action::Apply:
        if (count < 1 || !parser.isSet(file))
            return trouble(Tr::tr("apply needs --file and one or more clusters"));
        options.filePath = parser.value(file);
        break;
    }
    if (parser.isSet(type)) {
        if (!ResourceSchema::isKnownType(parser.value(type)))
            return trouble(
                Tr::tr("unknown --type %1 (one of %2)")
                    .arg(parser.value(type), ResourceSchema::types().join(QStringLiteral(", "))));
        options.type = parser.value(type);
    }
    options.json = parser.isSet(json);
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(createOnly))
        options.mode = SyncOptions::Mode::CreateOnly;
    if (parser.isSet(secretFile)) {
        options.secretFile =
            CommandLineSupport::readSmallFile(parser.value(secretFile), Tr::tr("secret"), &error);
        if (!options.secretFile)
            return trouble(error);
    }

    SavedClusterSecrets secrets(directory);
    options.secrets = secrets.store();
    ResourcesCommand command(std::move(options));
    QObject::connect(&command, &ResourcesCommand::finished, qApp, [&command](int exitCode) {
        writeOut(command.standardOutput());
        writeErr(command.standardError());
        QCoreApplication::exit(exitCode);
    });
    command.start();
    return QCoreApplication::exec();
}
