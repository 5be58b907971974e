// KeychainSecretStore: secrets in the system keychain (QtKeychain, service "Clusterdesk", key =
// profile id). When the keychain is unusable the secret is kept in memory for this session only.
#pragma once

#include "SecretStore.h"

class MemorySecretStore;

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
    MemorySecretStore *m_session;
    QString m_service;
    QString m_lastKeychainError;
};
