#include "CredentialSecretStore.h"

CredentialSecretStore::CredentialSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
    , m_resolver(new CredentialResolver(keychain, this))
{
    connect(keychain, &SecretStore::sessionOnlyChanged, this, &SecretStore::sessionOnlyChanged);
}

CredentialSecretStore::~CredentialSecretStore() = default;

void CredentialSecretStore::setSources(const QList<CredentialSources> &sources)
{
    m_sources.clear();
    for (const CredentialSources &entry : sources)
        m_sources.insert(entry.profileId, entry);
}

SecretResult CredentialSecretStore::toSecretResult(const CredentialResult &result)
{
    SecretResult secret;
    secret.sessionOnly = result.sessionOnly;
    secret.errorString = result.errorString;
    switch (result.status) {
    case CredentialResult::Status::Ok:
        secret.status = SecretResult::Status::Ok;
        secret.secret = result.secret;
        break;
    case CredentialResult::Status::NotFound:
        secret.status = SecretResult::Status::NotFound;
        break;
    case CredentialResult::Status::Refused:
        secret.status = SecretResult::Status::Failed;
        break;
    }
    return secret;
}

void CredentialSecretStore::readSecret(const QString &profileId, QObject *context,
                                       Callback callback)
{
    const auto found = m_sources.constFind(profileId);
    if (found == m_sources.cend())
        return m_keychain->readSecret(profileId, context, std::move(callback));
    m_resolver->resolve(*found, context,
                        [callback = std::move(callback)](const CredentialResult &result) {
                            if (callback)
                                callback(toSecretResult(result));
                        });
}

void CredentialSecretStore::writeSecret(const QString &profileId, const QString &secret,
                                        QObject *context, Callback callback)
{
    m_keychain->writeSecret(profileId, secret, context, std::move(callback));
}

void CredentialSecretStore::deleteSecret(const QString &profileId, QObject *context,
                                         Callback callback)
{
    m_keychain->deleteSecret(profileId, context, std::move(callback));
}

bool CredentialSecretStore::isSessionOnly(const QString &profileId) const
{
    return m_keychain->isSessionOnly(profileId);
}
