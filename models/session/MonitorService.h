#pragma once
// MonitorService: the poll thread with its MonitorHub and the UI thread's copy of what the
// monitors said (the newest snapshot and poll state per cluster). At start-up each cluster
// shows its last stored snapshot, marked stale, until the first poll answers. It follows the
// profile service (clusters added, changed, removed, credentials, "poll now") and never
// writes profiles. A ClusterFeed carries one cluster's news only, for that cluster's page.

#include "ClusterMonitor.h"
#include "ClusterSnapshot.h"
#include "TlsPolicy.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <chrono>
#include <functional>
#include <optional>

class ClusterFeed;
class MonitorHub;
class ProfileService;
class StoreThread;

class MonitorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorService)

public:
    static constexpr std::chrono::milliseconds kLogoutWait{2000};

    // Neither is owned; the store must outlive the service (the monitors' last writes go there
    // as it stops).
    MonitorService(StoreThread *store, ProfileService *profiles, QObject *parent = nullptr);
    // Stops the monitors and ends their sessions on the clusters (waits up to kLogoutWait).
    ~MonitorService() override;

    // The newest snapshot: live, or the stored one (isStale()) until the first poll answered.
    std::optional<ClusterSnapshot> snapshot(const QString &profileId) const;
    // The last pollStateChanged() of the cluster (Idle and 0 before the first).
    ClusterMonitor::PollState pollState(const QString &profileId) const;
    qint64 nextPollAtMs(const QString &profileId) const;

    // A feed of this cluster's snapshots and poll states only, owned by `owner`.
    ClusterFeed *subscribe(const QString &profileId, QObject *owner);

    void refreshNow(const QString &profileId);
    void refreshAll();
    // Per request, for the monitors.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // Lives on the poll thread: queue work to it, never call it from here. For tests and the
    // core; views listen to this service's signals instead.
    MonitorHub *hub() const { return m_hub; }
    // Ends a UI-thread client's session on its cluster, from the poll thread.
    void logout(const QUrl &baseUrl, const TlsPolicy &tls, const QString &token,
                const QString &sessionId = {});

Q_SIGNALS:
    void snapshotReady(const QString &profileId, const ClusterSnapshot &snapshot);
    void pollStateChanged(const QString &profileId, ClusterMonitor::PollState state,
                          qint64 nextPollAtMs);
    void nodeHealthChanged(const QString &profileId, const QString &nodeId, NodeHealth oldHealth,
                           NodeHealth newHealth);

protected:
    // A language switch (QEvent::LanguageChange on the application) has the monitors say their
    // findings again at once, not at the next poll.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PollStatus
    {
        ClusterMonitor::PollState state = ClusterMonitor::PollState::Idle;
        qint64 nextPollAtMs = 0;
    };

    void connectHub();
    void connectProfiles();
    void onProfilesLoaded(const QList<ClusterProfile> &profiles);
    // The stored snapshot first, then the secret: the monitor starts seeded.
    void showStoredSnapshot(const QString &profileId);
    void onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot);
    void onPollState(const QString &profileId, ClusterMonitor::PollState state, qint64 next);
    void removeCluster(const QString &profileId);
    void startPolling(const QString &profileId);
    // A live snapshot of a cluster that refused the secret it was polled with.
    static bool refusedSignIn(const ClusterSnapshot &snapshot);
    bool knows(const QString &profileId) const;
    // Runs `work` on the poll thread, after everything posted there before.
    void onHub(std::function<void(MonitorHub &)> work);

    StoreThread *m_store;
    ProfileService *m_profiles;
    QThread m_pollThread;
    MonitorHub *m_hub; // on m_pollThread, deleted there
    bool m_loaded = false;
    QHash<QString, ClusterSnapshot> m_snapshots;
    QHash<QString, PollStatus> m_pollStatus;
    QMultiHash<QString, ClusterFeed *> m_feeds;
    std::chrono::milliseconds m_requestTimeout = ClusterMonitor::DefaultRequestTimeout;
};

// One cluster's news from the MonitorService, for a page that shows that cluster only.
class ClusterFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFeed)

public:
    QString profileId() const { return m_profileId; }

Q_SIGNALS:
    void snapshotReady(const ClusterSnapshot &snapshot);
    void pollStateChanged(ClusterMonitor::PollState state, qint64 nextPollAtMs);

private:
    friend class MonitorService;
    ClusterFeed(const QString &profileId, QObject *owner)
        : QObject(owner)
        , m_profileId(profileId)
    {}

    QString m_profileId;
};
