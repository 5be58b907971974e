#include "CredentialResolver.h"

#include "PasswordCommand.h"
#include "SecretFileReader.h"
#include "SecretStore.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)
};

} // namespace

CredentialResolver::CredentialResolver(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_credentialsDirectory(qEnvironmentVariable("CREDENTIALS_DIRECTORY"))
    , m_commandTimeout(PasswordCommand::DefaultTimeout)
{}

CredentialResolver::~CredentialResolver() = default;

QString CredentialResolver::notFoundText(const QString &clusterName)
{
    return Tr::tr("no password stored for %1; use --password-file <file>, or save where to find "
                  "it with clusterdesk cluster edit %1 --password-file <file> or "
                  "--password-command <command>, or provide the systemd credential "
                  "$CREDENTIALS_DIRECTORY/%1")
        .arg(clusterName);
}

void CredentialResolver::deliver(QObject *context, const Callback &callback,
                                 const CredentialResult &result)
{
    if (!callback)
        return;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hasContext, callback, result] {
            if (!hasContext || guard)
                callback(result);
        },
        Qt::QueuedConnection);
}

void CredentialResolver::resolve(const CredentialSources &sources, QObject *context,
                                 Callback callback)
{
    const CredentialResult credential =
        SecretFileReader::readCredential(m_credentialsDirectory, sources.clusterName);
    if (credential.status != CredentialResult::Status::NotFound)
        return deliver(context, callback, credential);
    if (!sources.passwordFile.isEmpty())
        return deliver(
            context, callback,
            SecretFileReader::readPasswordFile(sources.passwordFile, sources.clusterName));
    if (!sources.passwordCommand.isEmpty()) {
        auto *command = new PasswordCommand(this);
        command->setTimeout(m_commandTimeout);
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        connect(command, &PasswordCommand::finished, this,
                [command, guard, hasContext, callback](const CredentialResult &result) {
                    command->deleteLater();
                    if (callback && (!hasContext || guard))
                        callback(result);
                });
        command->start(sources.passwordCommand, sources.clusterName);
        return;
    }
    fromKeychain(sources, context, std::move(callback));
}

void CredentialResolver::fromKeychain(const CredentialSources &sources, QObject *context,
                                      Callback callback)
{
    if (!m_keychain) {
        CredentialResult result;
        result.errorString = notFoundText(sources.clusterName);
        return deliver(context, callback, result);
    }
    const QString name = sources.clusterName;
    m_keychain->readSecret(
        sources.profileId, context ? context : this, [callback, name](const SecretResult &read) {
            CredentialResult result;
            result.sessionOnly = read.sessionOnly;
            if (read.ok() && !read.secret.isEmpty()) {
                result.status = CredentialResult::Status::Ok;
                result.origin = CredentialResult::Origin::Keychain;
                result.secret = read.secret;
            } else if (read.status == SecretResult::Status::Failed) {
                result.status = CredentialResult::Status::Refused;
                result.origin = CredentialResult::Origin::Keychain;
                result.errorString = Tr::tr("the keychain could not give the password of %1: "
                                            "%2")
                                         .arg(name, read.errorString);
            } else {
                result.errorString = notFoundText(name);
            }
            if (callback)
                callback(result);
        });
}
