// KeychainSecretStore: secrets in the system keychain (QtKeychain, service "Clusterdesk", key =
// profile id). When the keychain is unusable the secret is kept in memory for this session only.
#pragma once

#include "SecretStore.h"

#include <functional>

class MemorySecretStore;
namespace QKeychain {
class Job;
}

class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr auto ServiceName = "Clusterdesk";

    // `service` is for tests that must not touch the user's real entries.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void readSecret(const QString &profileId, QObject *context, Callback callback) override;
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     Callback callback) override;
    void deleteSecret(const QString &profileId, QObject *context, Callback callback) override;
    bool isSessionOnly(const QString &profileId) const override;

    QString service() const { return m_service; }
    // The keychain's last failure that forced session-only storage (empty: none so far).
    QString lastKeychainError() const { return m_lastKeychainError; }

private:
    // Starts `job` on `profileId`; once it finishes, `interpret` turns it into the result, which
    // goes to `callback` unless the caller gave a `context` that is gone by then.
    void startJob(QKeychain::Job *job, const QString &profileId, QObject *context,
                  Callback callback, std::function<SecretResult(const QKeychain::Job &)> interpret);
    // What a read or delete job says: `whenMissing` when there is no entry, and also when the
    // keychain is unusable (then session-only); otherwise Ok or Failed.
    SecretResult outcomeOf(const QKeychain::Job &job, SecretResult::Status whenMissing);
    // The keychain is unusable: remembered, and the result says so (the secret is session-only).
    SecretResult sessionOnlyResult(const QKeychain::Job &job, SecretResult::Status status);

    MemorySecretStore *m_session;
    QString m_service;
    QString m_lastKeychainError;
};
