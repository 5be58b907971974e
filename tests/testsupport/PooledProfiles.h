#pragma once
// PooledProfiles: the console's ProfileService and ClientPool over a store in a temporary
// directory and a MemorySecretStore, without monitors (nothing polls the clusters), for tests
// of the services and of the tools that read clusters through the pool. Header only: tests
// that include it link clusterdesk_core.

#include "ClientPool.h"
#include "MemorySecretStore.h"
#include "ProfileService.h"
#include "StoreThread.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

class PooledProfiles final
{
    Q_DISABLE_COPY_MOVE(PooledProfiles)

public:
    PooledProfiles()
        : m_profiles(&m_store, &m_secrets)
        , m_pool(&m_profiles, nullptr)
    {}

    // Opens the store and loads its (no) profiles; false when that failed or took too long.
    bool start()
    {
        std::optional<QString> opened;
        m_store.open(m_dir.path(), nullptr, [&](const QString &error) { opened = error; });
        if (!QTest::qWaitFor([&] { return opened.has_value(); }, 10000) || !opened->isEmpty())
            return false;
        bool loaded = false;
        m_profiles.load([&] { loaded = true; });
        return QTest::qWaitFor([&] { return loaded; }, 10000);
    }

    // Saves the profile with its secret through the service; false when it was refused.
    bool add(const ClusterProfile &profile, const QString &secret)
    {
        std::optional<bool> ok;
        m_profiles.addProfile(profile, secret, nullptr,
                              [&](const StoreWriteResult &result) { ok = result.ok; });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    }

    QString dataDir() const { return m_dir.path(); }
    ProfileService *profiles() { return &m_profiles; }
    ClientPool *pool() { return &m_pool; }
    MemorySecretStore *secrets() { return &m_secrets; }
    StoreThread *store() { return &m_store; }

private:
    // Destroyed in reverse: the pool and the service before the secrets and the store.
    QTemporaryDir m_dir;
    StoreThread m_store;
    MemorySecretStore m_secrets;
    ProfileService m_profiles;
    ClientPool m_pool;
};
