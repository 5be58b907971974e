#pragma once
// SavedClusterSecrets: the secret store of a command that reads saved clusters (status, report,
// resources): the system keychain behind a CredentialResolver that knows every saved cluster's
// sources, so a headless run finds a password in $CREDENTIALS_DIRECTORY, a password file or a
// password command before the keychain, as the window does.

#include "CredentialSecretStore.h"
#include "KeychainSecretStore.h"

class SavedClusterSecrets final
{
    Q_DISABLE_COPY_MOVE(SavedClusterSecrets)

public:
    // Reads the saved clusters from the store in dataDir (empty: the default one). A store that
    // cannot be opened gives no sources: the command that needs it says so itself.
    explicit SavedClusterSecrets(const QString &dataDir);
    ~SavedClusterSecrets();

    SecretStore *store() { return &m_store; }

private:
    KeychainSecretStore m_keychain;
    CredentialSecretStore m_store;
};
