#include "KeychainSecretStore.h"

#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

// Failures that mean "there is no usable keychain here" (no D-Bus session, no secret service,
// a locked-down platform) rather than "the user said no": those fall back to session memory.
bool keychainUnusable(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::OtherError:
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::NotImplemented:
        return true;
    default:
        return false;
    }
}

QString fallbackMessage(const QString &keychainError)
{
    return Tr::tr("The system keychain is not available (%1); the secret is kept for this "
                  "session only.")
        .arg(keychainError);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(ServiceName), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_session(new MemorySecretStore(this))
    , m_service(service)
{
    m_session->setSessionOnly(true);
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::readSecret(const QString &profileId, QObject *context, Callback callback)
{
    // A secret that already fell back this session is the current one: the keychain may hold
    // an older value or nothing at all.
    if (m_session->contains(profileId)) {
        SecretResult result;
        result.status = SecretResult::Status::Ok;
        result.secret = m_session->secret(profileId);
        result.sessionOnly = true;
        result.errorString = fallbackMessage(m_lastKeychainError);
        return deliver(context, callback, result);
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(profileId);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        if (hadContext && !guard)
            return;
        SecretResult result;
        if (job->error() == QKeychain::NoError) {
            result.status = SecretResult::Status::Ok;
            result.secret = job->textData();
        } else if (job->error() == QKeychain::EntryNotFound) {
            result.status = SecretResult::Status::NotFound;
        } else if (keychainUnusable(job->error())) {
            // Nothing can be stored for later sessions either: say so before the user types.
            m_lastKeychainError = job->errorString();
            result.status = SecretResult::Status::NotFound;
            result.sessionOnly = true;
            result.errorString = fallbackMessage(m_lastKeychainError);
        } else {
            result.status = SecretResult::Status::Failed;
            result.errorString = job->errorString();
        }
        deliver(guard, callback, result);
    });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &profileId, const QString &secret,
                                      QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(profileId);
    job->setTextData(secret);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        SecretResult result;
        if (job->error() == QKeychain::NoError) {
            result.status = SecretResult::Status::Ok;
            if (m_session->remove(profileId))
                Q_EMIT sessionOnlyChanged(profileId, false);
        } else if (keychainUnusable(job->error())) {
            m_lastKeychainError = job->errorString();
            const bool wasSessionOnly = m_session->contains(profileId);
            m_session->insert(profileId, secret);
            result.status = SecretResult::Status::Ok;
            result.sessionOnly = true;
            result.errorString = fallbackMessage(m_lastKeychainError);
            if (!wasSessionOnly)
                Q_EMIT sessionOnlyChanged(profileId, true);
        } else {
            result.status = SecretResult::Status::Failed;
            result.errorString = job->errorString();
        }
        if (!hadContext || guard)
            deliver(guard, callback, result);
    });
    job->start();
}

void KeychainSecretStore::deleteSecret(const QString &profileId, QObject *context,
                                       Callback callback)
{
    if (m_session->remove(profileId))
        Q_EMIT sessionOnlyChanged(profileId, false);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(profileId);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [=, this](QKeychain::Job *) {
        SecretResult result;
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            result.status = SecretResult::Status::Ok;
        } else if (keychainUnusable(job->error())) {
            // The memory copy is gone; a copy an earlier session left in the keychain cannot be
            // reached now, which the error string tells the caller.
            m_lastKeychainError = job->errorString();
            result.status = SecretResult::Status::Ok;
            result.sessionOnly = true;
            result.errorString = fallbackMessage(m_lastKeychainError);
        } else {
            result.status = SecretResult::Status::Failed;
            result.errorString = job->errorString();
        }
        if (!hadContext || guard)
            deliver(guard, callback, result);
    });
    job->start();
}

bool KeychainSecretStore::isSessionOnly(const QString &profileId) const
{
    return m_session->contains(profileId);
}
