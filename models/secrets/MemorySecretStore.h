// MemorySecretStore: secrets in a hash in this process's memory. The fake for tests and the
// session-only fallback of KeychainSecretStore; nothing is written anywhere.
#pragma once

#include "SecretStore.h"

#include <QHash>

class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readSecret(const QString &profileId, QObject *context, Callback callback) override;
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     Callback callback) override;
    void deleteSecret(const QString &profileId, QObject *context, Callback callback) override;
    bool isSessionOnly(const QString &profileId) const override;

    // As the keychain fallback every secret here is session-only; tests of callers can also
    // switch this on to see the "kept for this session only" path.
    void setSessionOnly(bool sessionOnly);
    // Makes every following call fail with this message (empty: back to normal), so callers'
    // error paths can be tested.
    void setFailure(const QString &errorString);

    // Synchronous access for the owner (KeychainSecretStore) and tests.
    bool contains(const QString &profileId) const;
    QString secret(const QString &profileId) const;
    void insert(const QString &profileId, const QString &secret);
    bool remove(const QString &profileId);
    void clear();

private:
    SecretResult failure() const;

    QHash<QString, QString> m_secrets;
    bool m_sessionOnly = false;
    QString m_failure;
};
