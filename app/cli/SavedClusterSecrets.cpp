#include "SavedClusterSecrets.h"

#include "LocalStore.h"

SavedClusterSecrets::SavedClusterSecrets(const QString &dataDir)
    : m_store(&m_keychain)
{
    LocalStore localStore;
    QString error;
    if (!localStore.open(dataDir, &error))
        return;
    QList<CredentialSources> sources;
    for (const ClusterProfile &profile : localStore.profiles())
        sources.append({profile.id, profile.name, profile.passwordFile, profile.passwordCommand});
    m_store.setSources(sources);
}

SavedClusterSecrets::~SavedClusterSecrets() = default;
