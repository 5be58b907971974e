#include "ProfileCommands.h"

#include "SecretFileReader.h"
#include "SecretStore.h"
#include "StatusFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>

ProfileCommands::ProfileCommands(const QString &dataDir, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_secrets(secrets)
{}

ProfileCommands::~ProfileCommands() = default;

void ProfileLabels::applyTo(ClusterProfile &profile) const
{
    if (environment) {
        const QString normalized = ClusterProfile::normalizedEnvironment(*environment);
        if (normalized != profile.environment)
            profile.environmentColourName.clear(); // the old label's colour would mislead
        profile.environment = normalized;
    }
    if (environmentColour)
        profile.environmentColourName = environmentColour->trimmed();
    if (readOnly)
        profile.readOnly = *readOnly;
    if (group)
        profile.group = ClusterProfile::normalizedGroup(*group);
    if (nodeUrls)
        profile.nodeUrls = *nodeUrls;
    if (tokenKind)
        profile.tokenKind = *tokenKind;
    if (statsUser)
        profile.haproxyStatsUser = statsUser->trimmed();
}

std::optional<ClusterProfile> ProfileCommands::findByName(const QList<ClusterProfile> &profiles,
                                                          const QString &name)
{
    // The store's own uniqueness rule: case and surrounding spaces do not make another name.
    const QString wanted = name.trimmed();
    for (const ClusterProfile &profile : profiles) {
        if (profile.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<ClusterProfile> ProfileCommands::savedProfile(const QString &dataDir,
                                                            const QString &name, QString *error)
{
    LocalStore store;
    QString openError;
    if (!store.open(dataDir, &openError)) {
        if (error)
            *error = tr("cannot open the store: %1").arg(openError);
        return std::nullopt;
    }
    auto profile = findByName(store.profiles(), name);
    if (!profile && error)
        *error = tr("no saved cluster is called \"%1\" (see clusterdesk cluster list)").arg(name);
    return profile;
}

QString ProfileCommands::optionForField(const QString &field)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("loadBalancerUrl"), QStringLiteral("--url")},
        {QStringLiteral("userName"), QStringLiteral("--user")},
        {QStringLiteral("caCertificatePath"), QStringLiteral("--ca")},
        {QStringLiteral("haproxyStatsUrl"), QStringLiteral("--stats-url")},
        {QStringLiteral("haproxyStatsUser"), QStringLiteral("--stats-user")},
        {QStringLiteral("pollIntervalMs"), QStringLiteral("--poll-interval")},
        {QStringLiteral("passwordFile"), QStringLiteral("--password-file")},
        {QStringLiteral("passwordCommand"), QStringLiteral("--password-command")},
        {QStringLiteral("environment"), QStringLiteral("--environment")},
        {QStringLiteral("environmentColour"), QStringLiteral("--environment-colour")},
        {QStringLiteral("group"), QStringLiteral("--group")},
        {QStringLiteral("tokenKind"), QStringLiteral("--token")},
    };
    // "nodeUrls[1]": the second --node-url.
    if (field.startsWith(QLatin1String("nodeUrls[")))
        return QStringLiteral("--node-url #%1").arg(field.mid(9).chopped(1).toInt() + 1);
    return options.value(field, field);
}

bool ProfileCommands::openStore()
{
    m_store = std::make_unique<LocalStore>();
    QString error;
    if (m_store->open(m_dataDir, &error))
        return true;
    m_errors += tr("cannot open the store: %1\n").arg(error);
    return false;
}

std::optional<ClusterProfile> ProfileCommands::savedProfile(const QString &name)
{
    std::optional<ClusterProfile> profile;
    if (openStore()) {
        profile = findByName(m_store->profiles(), name);
        if (!profile)
            m_errors += tr("no saved cluster is called \"%1\"\n").arg(name);
    }
    if (!profile)
        finishLater(Failure);
    return profile;
}

std::optional<ClusterProfile> ProfileCommands::startOn(const QString &name)
{
    if (m_started)
        return std::nullopt;
    m_started = true;
    return savedProfile(name);
}

void ProfileCommands::add(const ClusterProfile &profile, const std::optional<QString> &password)
{
    if (m_started)
        return;
    m_started = true;
    if (profile.name.trimmed().isEmpty()) {
        m_errors += tr("--name is required\n");
        return finishLater(UsageError);
    }
    if (const auto problem = profile.validate()) {
        m_errors += tr("invalid %1: %2\n").arg(optionForField(problem->field), problem->reason);
        return finishLater(UsageError);
    }
    if (!checkPasswordFile(profile))
        return finishLater(Failure);
    if (!openStore())
        return finishLater(Failure);
    ProfileValidationError problem;
    if (!m_store->addProfile(profile, &problem)) {
        m_errors += problem.field.isEmpty()
                        ? tr("cannot save the cluster: %1\n").arg(problem.reason)
                        : tr("cannot add %1: %2\n").arg(profile.name, problem.reason);
        return finishLater(Failure);
    }
    const QString added =
        tr("Added cluster %1 (%2).\n").arg(profile.name, profile.loadBalancerUrl.toDisplayString());
    if (!password || password->isEmpty()) {
        m_output += added;
        return finishLater(Success);
    }
    storePassword(profile, *password, added, true);
}

bool ProfileCommands::checkPasswordFile(const ClusterProfile &profile)
{
    if (profile.passwordFile.isEmpty())
        return true;
    // Checked now so a mistake shows here, not in the first headless run; the content is not
    // kept.
    const CredentialResult read =
        SecretFileReader::readPasswordFile(profile.passwordFile, profile.name);
    if (read.ok())
        return true;
    m_errors += read.errorString + QLatin1Char('\n');
    return false;
}

void ProfileCommands::storePassword(const ClusterProfile &profile, const QString &password,
                                    const QString &done, bool removeOnFailure)
{
    m_secrets->writeSecret(
        profile.id, password, this,
        [this, profile, done, removeOnFailure](const SecretResult &result) {
            if (!result.ok()) {
                if (removeOnFailure) {
                    // A saved cluster whose password silently went nowhere would fail later, far
                    // from the cause: take the profile back out.
                    m_store->removeProfile(profile.id);
                    m_errors += tr("cannot store the password: %1; %2 was not added\n")
                                    .arg(result.errorString, profile.name);
                } else {
                    m_errors += tr("cannot store the password: %1\n").arg(result.errorString);
                }
                return finish(Failure);
            }
            m_output += done;
            if (result.sessionOnly) {
                m_errors += tr("warning: the password could not be stored in the system keychain "
                               "(%1); it will have to be given with --password-file, or saved "
                               "with clusterdesk cluster edit %2 --password-file <file> or "
                               "--password-command <command>\n")
                                .arg(result.errorString, profile.name);
            }
            finish(Success);
        });
}

void ProfileCommands::edit(const QString &name, const std::optional<PasswordSourceChange> &change,
                           const ProfileLabels &labels)
{
    if (m_started)
        return;
    m_started = true;
    if (!change && labels.isEmpty()) {
        m_errors += tr("cluster edit needs something to change\n");
        return finishLater(UsageError);
    }
    auto profile = savedProfile(name);
    if (!profile)
        return;
    labels.applyTo(*profile);
    if (!change)
        return saveLabels(*profile);
    using Kind = PasswordSourceChange::Kind;
    profile->passwordFile = change->kind == Kind::PasswordFile ? change->value : QString();
    profile->passwordCommand = change->kind == Kind::PasswordCommand ? change->value : QString();
    if (const auto problem = profile->validate()) {
        m_errors += tr("invalid %1: %2\n").arg(optionForField(problem->field), problem->reason);
        return finishLater(UsageError);
    }
    if (!checkPasswordFile(*profile))
        return finishLater(Failure);
    ProfileValidationError problem;
    if (!m_store->updateProfile(*profile, &problem)) {
        m_errors += tr("cannot save the cluster: %1\n").arg(problem.reason);
        return finishLater(Failure);
    }
    const QString done =
        change->kind == Kind::PasswordFile
            ? tr("Cluster %1 reads its password from %2.\n").arg(profile->name, change->value)
        : change->kind == Kind::PasswordCommand
            ? tr("Cluster %1 gets its password from a command.\n").arg(profile->name)
            : tr("Cluster %1 reads its password from the system keychain.\n").arg(profile->name);
    if (change->kind != Kind::Keychain || !change->password || change->password->isEmpty()) {
        m_output += done;
        return finishLater(Success);
    }
    storePassword(*profile, *change->password, done, false);
}

void ProfileCommands::saveLabels(const ClusterProfile &profile)
{
    if (const auto problem = profile.validate()) {
        m_errors += tr("invalid %1: %2\n").arg(optionForField(problem->field), problem->reason);
        return finishLater(UsageError);
    }
    ProfileValidationError problem;
    if (!m_store->updateProfile(profile, &problem)) {
        m_errors += tr("cannot save the cluster: %1\n").arg(problem.reason);
        return finishLater(Failure);
    }
    m_output += tr("Saved cluster %1.\n").arg(profile.name) + describe(profile);
    finishLater(Success);
}

QString ProfileCommands::describe(const ClusterProfile &profile)
{
    const QString none = tr("none");
    QString text;
    text += tr("Environment: %1\n")
                .arg(profile.environment.isEmpty()
                         ? none
                         : QStringLiteral("%1 (%2)").arg(profile.environmentLabel(),
                                                         profile.environmentColour()));
    text += tr("Writes: %1\n")
                .arg(profile.readOnly ? tr("read-only in Clusterdesk")
                     : profile.isProduction()
                         ? tr("allowed with --confirm %1 on the command line").arg(profile.name)
                         : tr("allowed"));
    text += tr("Group: %1\n").arg(profile.group.isEmpty() ? none : profile.group);
    // Said only when set: most clusters list their nodes themselves.
    QStringList nodes;
    for (const QUrl &url : profile.nodeUrls)
        nodes.append(url.toDisplayString());
    if (!nodes.isEmpty())
        text += tr("Node URLs: %1\n").arg(nodes.join(QLatin1String(", ")));
    if (profile.tokenKind == ClusterProfile::TokenKind::Open)
        text += tr("Spectrum token: open (no session)\n");
    if (!profile.haproxyStatsUrl.isEmpty())
        text += tr("Statistics page: %1\n").arg(profile.haproxyStatsUrl.toDisplayString());
    if (!profile.haproxyStatsUser.isEmpty())
        text += tr("Statistics admin user: %1\n").arg(profile.haproxyStatsUser);
    return text;
}

void ProfileCommands::show(const QString &name, bool json)
{
    const auto profile = startOn(name);
    if (!profile)
        return;
    if (json) {
        m_output = QString::fromUtf8(QJsonDocument(profile->toJson()).toJson());
        return finishLater(Success);
    }
    m_output = tr("Name: %1\n").arg(profile->name) +
               tr("URL: %1\n").arg(profile->loadBalancerUrl.toDisplayString()) +
               tr("User: %1\n")
                   .arg(profile->userName.isEmpty() ? QStringLiteral("-") : profile->userName) +
               describe(*profile) + tr("ID: %1\n").arg(profile->id);
    finishLater(Success);
}

void ProfileCommands::list(bool json)
{
    if (m_started)
        return;
    m_started = true;
    if (!openStore())
        return finishLater(Failure);
    const QList<ClusterProfile> profiles = m_store->profiles();
    if (!m_store->lastError().isEmpty() && profiles.isEmpty()) {
        m_errors += tr("cannot read the saved clusters: %1\n").arg(m_store->lastError());
        return finishLater(Failure);
    }
    if (json) {
        QJsonArray array;
        for (const ClusterProfile &profile : profiles)
            array.append(profile.toJson());
        m_output = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return finishLater(Success);
    }
    if (profiles.isEmpty()) {
        m_output = tr("No saved clusters.\n");
        return finishLater(Success);
    }
    QList<QStringList> rows;
    for (const ClusterProfile &profile : profiles) {
        const QString dash = QStringLiteral("-");
        rows.append({profile.name, profile.loadBalancerUrl.toDisplayString(),
                     profile.userName.isEmpty() ? dash : profile.userName,
                     tr("%1 s").arg(double(profile.pollIntervalMs) / 1000.0),
                     profile.environment.isEmpty() ? dash : profile.environmentLabel(),
                     profile.readOnly ? tr("read-only") : tr("read-write"),
                     profile.group.isEmpty() ? dash : profile.group, profile.id});
    }
    m_output = StatusFormatter::layOut({tr("NAME"), tr("URL"), tr("USER"), tr("POLL"),
                                        tr("ENVIRONMENT"), tr("WRITES"), tr("GROUP"), tr("ID")},
                                       rows, {3});
    finishLater(Success);
}

void ProfileCommands::remove(const QString &name)
{
    const auto profile = startOn(name);
    if (!profile)
        return;
    if (!m_store->removeProfile(profile->id)) {
        m_errors += tr("cannot remove %1: %2\n").arg(profile->name, m_store->lastError());
        return finishLater(Failure);
    }
    m_output += tr("Removed cluster %1.\n").arg(profile->name);
    m_secrets->deleteSecret(profile->id, this, [this](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            m_errors += tr("warning: the stored password could not be deleted: %1\n")
                            .arg(result.errorString);
        }
        finish(Success);
    });
}

void ProfileCommands::finishLater(int exitCode)
{
    QMetaObject::invokeMethod(
        this, [this, exitCode] { finish(exitCode); }, Qt::QueuedConnection);
}

void ProfileCommands::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    // Close the database before anyone looks at the file (tests read it right after).
    m_store.reset();
    emit finished(exitCode);
}
