// ProfileService's watch on the store for changes made by other processes (ProfileService.h).
#include "LocalStore.h"
#include "ProfileService.h"

void ProfileService::watchStore(std::chrono::milliseconds interval)
{
    if (!m_storeWatch) {
        m_storeWatch = new QTimer(this);
        connect(m_storeWatch, &QTimer::timeout, this, &ProfileService::checkStore);
    }
    m_storeWatch->start(interval);
    checkStore(); // at once: a change made before the first look is compared too
}

void ProfileService::checkStore()
{
    if (!m_store || !m_loaded)
        return;
    const quint64 writes = m_ownWrites;
    m_store->run<qint64>(
        [](LocalStore &store) { return store.dataVersion(); }, this,
        [this, writes](const qint64 &version) {
            // The first look compares the list too: a change made before the
            // version was first read is not missed.
            const bool changed = version >= 0 && version != m_dataVersion;
            m_dataVersion = version;
            if (!changed)
                return;
            m_store->profiles(this, [this, writes](const QList<ClusterProfile> &list) {
                // This service wrote meanwhile: the list may
                // hold its own write before the service took it
                // back. Look again next time instead.
                if (writes != m_ownWrites) {
                    m_dataVersion = -1;
                    return;
                }
                adoptStoredProfiles(list);
            });
            // The folders kept while empty: a group another process made
            // holds no profile, so the list above does not show it.
            m_store->run<QStringList>([](LocalStore &store) { return store.groups(); }, this,
                                      [this, writes](const QStringList &groups) {
                                          if (writes != m_ownWrites) {
                                              m_dataVersion = -1;
                                              return;
                                          }
                                          if (groups == m_groups)
                                              return;
                                          m_groups = groups;
                                          emit groupsChanged();
                                      });
        });
}

void ProfileService::adoptStoredProfiles(const QList<ClusterProfile> &stored)
{
    const QList<ClusterProfile> before = m_profiles;
    if (before == stored)
        return; // another process wrote something else (samples, activity)
    QHash<QString, ClusterProfile> known;
    for (const ClusterProfile &profile : before)
        known.insert(profile.id, profile);
    m_profiles = stored;
    for (const ClusterProfile &profile : before) {
        if (!this->profile(profile.id)) {
            m_passwordNeeded.remove(profile.id);
            emit profileRemoved(profile.id);
        }
    }
    emit profilesChanged();
    for (const ClusterProfile &profile : stored) {
        const auto old = known.constFind(profile.id);
        if (old != known.cend() && *old == profile)
            continue;
        emit profileSaved(profile);
        // A new cluster, or one whose secret may now come from elsewhere: find its secret
        // again (a new one is polled once it has it, as at start).
        const bool signInChanged = old == known.cend() || old->userName != profile.userName ||
                                   old->authKind != profile.authKind ||
                                   credentialSources(*old) != credentialSources(profile);
        if (signInChanged)
            unlock(profile.id);
    }
}
