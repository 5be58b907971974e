#include "ConnectionOptions.h"

#include "CommandLineSupport.h"
#include "ProfileCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const char PasswordVariable[] = "CLUSTERDESK_PASSWORD";

} // namespace

ConnectionOptions::ConnectionOptions()
    : url(QStringLiteral("url"), Tr::tr("The cluster's load balancer URL."), QStringLiteral("url"))
    , cluster(QStringLiteral("cluster"), Tr::tr("A saved cluster (see clusterdesk cluster list)."),
              QStringLiteral("name"))
    , user(QStringLiteral("user"), Tr::tr("The user to sign in as."), QStringLiteral("user"))
    , passwordFile(QStringLiteral("password-file"), Tr::tr("Read the password from <file>."),
                   QStringLiteral("file"))
    , ca(QStringLiteral("ca"), Tr::tr("Trust the CA certificate(s) in <file> (PEM)."),
         QStringLiteral("file"))
    , statsUrl(QStringLiteral("stats-url"), Tr::tr("HAProxy's statistics page."),
               QStringLiteral("url"))
{}

const QCommandLineOption &ConnectionOptions::dataDirOption()
{
    static const QCommandLineOption option(
        QStringLiteral("data-dir"),
        Tr::tr("Keep the saved clusters in <dir> instead of the default location."),
        QStringLiteral("dir"));
    return option;
}

QString ConnectionOptions::dataDirectory(const QCommandLineParser &parser,
                                         const QString &globalDataDir) const
{
    return parser.isSet(dataDir) ? parser.value(dataDir) : globalDataDir;
}

bool ConnectionOptions::password(const QCommandLineParser &parser, std::optional<QString> *password,
                                 QString *error) const
{
    if (parser.isSet(passwordFile)) {
        *password = CommandLineSupport::readSecretFile(parser.value(passwordFile),
                                                       Tr::tr("password"), error);
        return password->has_value();
    }
    if (qEnvironmentVariableIsSet(PasswordVariable))
        *password = qEnvironmentVariable(PasswordVariable);
    return true;
}

bool ConnectionOptions::environmentPassword(bool severalWithSaved, std::optional<QString> *password,
                                            QString *error)
{
    if (!qEnvironmentVariableIsSet(PasswordVariable))
        return true;
    if (severalWithSaved) {
        *error = Tr::tr("CLUSTERDESK_PASSWORD is one password but this command addresses several "
                        "clusters: unset it and let each saved cluster find its own (clusterdesk "
                        "cluster edit <name> --password-file <file> or --password-command "
                        "<command>, or a systemd credential $CREDENTIALS_DIRECTORY/<name>)");
        return false;
    }
    *password = qEnvironmentVariable(PasswordVariable);
    return true;
}

std::optional<QUrl> ConnectionOptions::urlArgument(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return url;
}

std::optional<ClusterProfile>
ConnectionOptions::unsavedProfile(const QCommandLineParser &parser,
                                  const std::optional<QString> &password, QString *error) const
{
    const auto address = urlArgument(parser.value(url));
    if (!address) {
        *error = Tr::tr("invalid --url: %1").arg(parser.value(url));
        return std::nullopt;
    }
    ClusterProfile profile = ClusterProfile::create(address->host(), *address);
    profile.userName = parser.value(user);
    if (password && profile.userName.isEmpty()) {
        *error = Tr::tr("--user is required with a password");
        return std::nullopt;
    }
    // Without a password there is no password sign-in to check a user name for.
    if (!password)
        profile.authKind = ClusterProfile::AuthKind::Token;
    if (parser.isSet(ca)) {
        const QFileInfo file(parser.value(ca));
        if (!file.isFile() || !file.isReadable()) {
            *error = Tr::tr("cannot read the CA certificate %1").arg(file.filePath());
            return std::nullopt;
        }
        profile.caCertificatePath = file.absoluteFilePath();
    }
    if (parser.isSet(statsUrl)) {
        const auto stats = urlArgument(parser.value(statsUrl));
        if (!stats) {
            *error = Tr::tr("invalid --stats-url: %1").arg(parser.value(statsUrl));
            return std::nullopt;
        }
        profile.haproxyStatsUrl = *stats;
    }
    if (const auto problem = profile.validate()) {
        *error = Tr::tr("invalid %1: %2")
                     .arg(ProfileCommands::optionForField(problem->field), problem->reason);
        return std::nullopt;
    }
    return profile;
}

PasswordSourceOptions::PasswordSourceOptions()
    : command(QStringLiteral("password-command"),
              Tr::tr("Get the password from the first line of <command>'s output, run at each "
                     "use without a shell (pass show x, secret-tool lookup ...)."),
              QStringLiteral("command"))
    , keychain(QStringLiteral("keychain"),
               Tr::tr("Forget the password file or command: use the system keychain (a new "
                      "password comes from CLUSTERDESK_PASSWORD)."))
{}

QString PasswordSourceOptions::fileDescription()
{
    return Tr::tr("Read the password from <file> at each use (its path is saved, never its "
                  "content); the file must be private: chmod 600.");
}

QString PasswordSourceOptions::help()
{
    return Tr::tr("\nA saved cluster's password is looked for in this order:\n"
                  "  1. $CREDENTIALS_DIRECTORY/<name> (systemd LoadCredential=)\n"
                  "  2. its --password-file (refused unless chmod 600)\n"
                  "  3. its --password-command (10 s at most; a non-zero exit is refused)\n"
                  "  4. the system keychain\n"
                  "The password command runs without a shell: group words with double quotes\n"
                  "and write sh -c \"...\" when it needs a pipe or a variable.\n");
}

bool PasswordSourceOptions::apply(const QCommandLineParser &parser, const QCommandLineOption &file,
                                  ClusterProfile *profile, std::optional<QString> *password,
                                  QString *error) const
{
    const bool fromEnvironment = qEnvironmentVariableIsSet(PasswordVariable);
    if (int(parser.isSet(file)) + int(parser.isSet(command)) + int(fromEnvironment) > 1) {
        *error = Tr::tr("give the password one way: --password-file, --password-command or "
                        "CLUSTERDESK_PASSWORD (for the keychain)");
        return false;
    }
    if (parser.isSet(command) && parser.value(command).trimmed().isEmpty()) {
        *error = Tr::tr("--password-command needs a command");
        return false;
    }
    if (parser.isSet(file))
        profile->passwordFile = QFileInfo(parser.value(file)).absoluteFilePath();
    else if (parser.isSet(command))
        profile->passwordCommand = parser.value(command);
    else if (fromEnvironment)
        *password = qEnvironmentVariable(PasswordVariable);
    return true;
}

std::optional<PasswordSourceChange> PasswordSourceOptions::change(const QCommandLineParser &parser,
                                                                  const QCommandLineOption &file,
                                                                  QString *error) const
{
    if (int(parser.isSet(file)) + int(parser.isSet(command)) + int(parser.isSet(keychain)) != 1) {
        *error = Tr::tr("cluster edit needs one of --password-file, --password-command and "
                        "--keychain");
        return std::nullopt;
    }
    if (parser.isSet(command) && parser.value(command).trimmed().isEmpty()) {
        *error = Tr::tr("--password-command needs a command");
        return std::nullopt;
    }
    PasswordSourceChange change;
    if (parser.isSet(file)) {
        change.kind = PasswordSourceChange::Kind::PasswordFile;
        change.value = QFileInfo(parser.value(file)).absoluteFilePath();
    } else if (parser.isSet(command)) {
        change.kind = PasswordSourceChange::Kind::PasswordCommand;
        change.value = parser.value(command);
    } else if (qEnvironmentVariableIsSet(PasswordVariable)) {
        change.password = qEnvironmentVariable(PasswordVariable);
    }
    return change;
}
