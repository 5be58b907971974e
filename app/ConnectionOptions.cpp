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
