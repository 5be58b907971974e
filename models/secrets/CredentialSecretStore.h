// CredentialSecretStore: a SecretStore whose reads go through a CredentialResolver, for code that
// reads secrets by profile id only (the command line's commands, report and resources readers).
// Writes, deletes and the session-only state go to the keychain it wraps.
#pragma once

#include "CredentialResolver.h"
#include "SecretStore.h"

#include <QHash>

class CredentialSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialSecretStore)

public:
    // `keychain` (not owned) must outlive this store.
    explicit CredentialSecretStore(SecretStore *keychain, QObject *parent = nullptr);
    ~CredentialSecretStore() override;

    CredentialResolver *resolver() const { return m_resolver; }
    // The saved clusters' sources, by profile id; a profile not given here is read from the
    // keychain alone.
    void setSources(const QList<CredentialSources> &sources);

    // NotFound and Failed results carry the resolver's readable reason in errorString.
    void readSecret(const QString &profileId, QObject *context, Callback callback) override;
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     Callback callback) override;
    void deleteSecret(const QString &profileId, QObject *context, Callback callback) override;
    bool isSessionOnly(const QString &profileId) const override;

    static SecretResult toSecretResult(const CredentialResult &result);

private:
    SecretStore *m_keychain;
    CredentialResolver *m_resolver;
    QHash<QString, CredentialSources> m_sources;
};
