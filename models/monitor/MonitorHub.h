#pragma once
// MonitorHub: one ClusterMonitor per saved cluster, created, updated and removed as the profiles
// change, with their signals forwarded under the profile id so views listen in one place. The
// monitors live on the hub's thread and share one RequestDispatcher (one network manager).

#include "ClusterMonitor.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class StoreThread;

class MonitorHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorHub)

public:
    // `store` (optional) is handed to every monitor and must outlive the hub.
    explicit MonitorHub(StoreThread *store = nullptr, QObject *parent = nullptr);
    ~MonitorHub() override;

    // Adds a monitor for a new profile id, or updates the existing one. A monitor added while
    // the hub runs starts at once.
    ClusterMonitor *addCluster(const ClusterProfile &profile);
    // The monitor's session is ended on the server (ApiClient::logout) as it goes.
    bool removeCluster(const QString &profileId);
    // Adds, updates and removes monitors so that exactly these profiles are watched.
    void setProfiles(const QList<ClusterProfile> &profiles);

    ClusterMonitor *monitor(const QString &profileId) const { return m_monitors.value(profileId); }
    QStringList profileIds() const { return m_monitors.keys(); }
    int count() const { return int(m_monitors.size()); }
    std::optional<ClusterSnapshot> latestSnapshot(const QString &profileId) const;

    void setPasswordCredentials(const QString &profileId, const QString &user,
                                const QString &password);
    void setToken(const QString &profileId, const QString &token);
    // The profile's secret as what its kind says: a token, or the password of its user.
    void setCredentials(const ClusterProfile &profile, const QString &secret);
    // For every monitor, present and future.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // HTTP/2 with prior knowledge to clear-text load balancers, falling back to HTTP/1.1 per
    // host (RequestDispatcher::setClearTextHttp2); TLS ones offer it by ALPN regardless.
    void setClearTextHttp2(bool on);

    // Requests on the network at once for all monitors together (RequestDispatcher::
    // setMaxInFlight); 0 lifts the cap. Past it, requests wait in the order their cluster's poll
    // started, so the polls that can finish do, one after another, instead of every poll
    // getting a share too small to finish within its deadline.
    static constexpr int DefaultRequestBudget = 128;
    void setRequestBudget(int requests);
    int requestBudget() const { return m_requestBudget; }

    // Starts every monitor, their first polls spread over the poll interval (at most
    // MaxStartSpread) so that many clusters do not all ask at once.
    void startAll();
    static constexpr std::chrono::milliseconds MaxStartSpread{10000};
    // When the `index`-th of `count` monitors polling every `intervalMs` polls first.
    static std::chrono::milliseconds startDelay(int index, int count, int intervalMs);
    void stopAll();
    // Ends a session signed in elsewhere (a UI-thread client's token) through this hub's
    // dispatcher, which outlives the client that handed it over.
    void logout(const QUrl &baseUrl, const TlsPolicy &tls, const QString &token,
                const QString &sessionId = {});
    // Ends every monitor's session; `done` runs once every logout sent so far (also those of
    // logout()) is answered, or after `timeout`.
    void logoutAll(std::chrono::milliseconds timeout, std::function<void()> done);
    bool isRunning() const { return m_running; }
    void refreshNow(const QString &profileId);
    void refreshAll();
    // Every monitor says its last findings again in the language installed now.
    void reassessAll();

Q_SIGNALS:
    void clusterAdded(const QString &profileId);
    void clusterRemoved(const QString &profileId);
    void snapshotReady(const QString &profileId, const ClusterSnapshot &snapshot);
    void pollStateChanged(const QString &profileId, ClusterMonitor::PollState state,
                          qint64 nextPollAtMs);
    void nodeHealthChanged(const QString &profileId, const QString &nodeId, NodeHealth oldHealth,
                           NodeHealth newHealth);

private:
    // The monitor's sessions ended on the server (ClusterMonitor::endSessions), counted.
    void endSessions(ClusterMonitor *monitor, std::chrono::milliseconds timeout);
    RequestDispatcher *dispatcher();
    void logoutAnswered();

    StoreThread *m_store;
    QHash<QString, ClusterMonitor *> m_monitors;
    std::optional<std::chrono::milliseconds> m_requestTimeout;
    bool m_running = false;
    bool m_clearTextHttp2 = false;
    int m_requestBudget = DefaultRequestBudget;
    int m_pendingLogouts = 0;
    std::vector<std::function<void()>> m_logoutWaiters;
    // Created on first use, on the hub's thread (the hub may be moved to its thread unused).
    RequestDispatcher *m_dispatcher = nullptr;
};
