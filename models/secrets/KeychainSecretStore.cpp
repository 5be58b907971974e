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

SecretResult resultWith(SecretResult::Status status)
{
    SecretResult result;
    result.status = status;
    return result;
}

// Ok without an error, otherwise Failed with the keychain's words.
SecretResult resultOf(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::NoError)
        return resultWith(SecretResult::Status::Ok);
    SecretResult result = resultWith(SecretResult::Status::Failed);
    result.errorString = job.errorString();
    return result;
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
    startJob(new QKeychain::ReadPasswordJob(m_service, this), profileId, context,
             std::move(callback), [this](const QKeychain::Job &job) {
                 // An unusable keychain cannot store for later sessions either: the result says
                 // so before the user types.
                 SecretResult result = outcomeOf(job, SecretResult::Status::NotFound);
                 if (job.error() == QKeychain::NoError)
                     result.secret =
                         static_cast<const QKeychain::ReadPasswordJob &>(job).textData();
                 return result;
             });
}

void KeychainSecretStore::writeSecret(const QString &profileId, const QString &secret,
                                      QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setTextData(secret);
    startJob(job, profileId, context, std::move(callback),
             [this, profileId, secret](const QKeychain::Job &job) {
                 if (!keychainUnusable(job.error())) {
                     const SecretResult result = resultOf(job);
                     if (result.status == SecretResult::Status::Ok && m_session->remove(profileId))
                         Q_EMIT sessionOnlyChanged(profileId, false);
                     return result;
                 }
                 const bool wasSessionOnly = m_session->contains(profileId);
                 m_session->insert(profileId, secret);
                 const SecretResult result = sessionOnlyResult(job, SecretResult::Status::Ok);
                 if (!wasSessionOnly)
                     Q_EMIT sessionOnlyChanged(profileId, true);
                 return result;
             });
}

void KeychainSecretStore::deleteSecret(const QString &profileId, QObject *context,
                                       Callback callback)
{
    if (m_session->remove(profileId))
        Q_EMIT sessionOnlyChanged(profileId, false);
    startJob(new QKeychain::DeletePasswordJob(m_service, this), profileId, context,
             std::move(callback), [this](const QKeychain::Job &job) {
                 // The memory copy is gone; a copy an earlier session left in the keychain cannot
                 // be reached now, which the error string tells the caller.
                 return outcomeOf(job, SecretResult::Status::Ok);
             });
}

void KeychainSecretStore::startJob(QKeychain::Job *job, const QString &profileId, QObject *context,
                                   Callback callback,
                                   std::function<SecretResult(const QKeychain::Job &)> interpret)
{
    job->setKey(profileId);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, hadContext, callback, interpret](QKeychain::Job *finished) {
                const SecretResult result = interpret(*finished);
                if (!hadContext || guard)
                    deliver(guard, callback, result);
            });
    job->start();
}

SecretResult KeychainSecretStore::outcomeOf(const QKeychain::Job &job,
                                            SecretResult::Status whenMissing)
{
    if (job.error() == QKeychain::EntryNotFound)
        return resultWith(whenMissing);
    if (keychainUnusable(job.error()))
        return sessionOnlyResult(job, whenMissing);
    return resultOf(job);
}

SecretResult KeychainSecretStore::sessionOnlyResult(const QKeychain::Job &job,
                                                    SecretResult::Status status)
{
    m_lastKeychainError = job.errorString();
    SecretResult result = resultWith(status);
    result.sessionOnly = true;
    result.errorString = fallbackMessage(m_lastKeychainError);
    return result;
}

bool KeychainSecretStore::isSessionOnly(const QString &profileId) const
{
    return m_session->contains(profileId);
}
