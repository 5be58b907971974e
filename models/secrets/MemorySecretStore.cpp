#include "MemorySecretStore.h"

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::readSecret(const QString &profileId, QObject *context, Callback callback)
{
    if (!m_failure.isEmpty())
        return deliver(context, callback, failure());
    SecretResult result;
    result.sessionOnly = m_sessionOnly;
    const auto found = m_secrets.constFind(profileId);
    if (found == m_secrets.cend()) {
        result.status = SecretResult::Status::NotFound;
    } else {
        result.status = SecretResult::Status::Ok;
        result.secret = *found;
    }
    deliver(context, callback, result);
}

void MemorySecretStore::writeSecret(const QString &profileId, const QString &secret,
                                    QObject *context, Callback callback)
{
    if (!m_failure.isEmpty())
        return deliver(context, callback, failure());
    const bool wasThere = m_secrets.contains(profileId);
    insert(profileId, secret);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    result.sessionOnly = m_sessionOnly;
    deliver(context, callback, result);
    if (m_sessionOnly && !wasThere)
        Q_EMIT sessionOnlyChanged(profileId, true);
}

void MemorySecretStore::deleteSecret(const QString &profileId, QObject *context, Callback callback)
{
    if (!m_failure.isEmpty())
        return deliver(context, callback, failure());
    const bool wasThere = remove(profileId);
    SecretResult result;
    result.status = SecretResult::Status::Ok;
    result.sessionOnly = m_sessionOnly;
    deliver(context, callback, result);
    if (m_sessionOnly && wasThere)
        Q_EMIT sessionOnlyChanged(profileId, false);
}

bool MemorySecretStore::isSessionOnly(const QString &profileId) const
{
    return m_sessionOnly && m_secrets.contains(profileId);
}

void MemorySecretStore::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
}

void MemorySecretStore::setFailure(const QString &errorString)
{
    m_failure = errorString;
}

bool MemorySecretStore::contains(const QString &profileId) const
{
    return m_secrets.contains(profileId);
}

QString MemorySecretStore::secret(const QString &profileId) const
{
    return m_secrets.value(profileId);
}

void MemorySecretStore::insert(const QString &profileId, const QString &secret)
{
    m_secrets.insert(profileId, secret);
}

bool MemorySecretStore::remove(const QString &profileId)
{
    return m_secrets.remove(profileId);
}

void MemorySecretStore::clear()
{
    m_secrets.clear();
}

SecretResult MemorySecretStore::failure() const
{
    SecretResult result;
    result.status = SecretResult::Status::Failed;
    result.errorString = m_failure;
    return result;
}
