#pragma once
// ExporterPoller: the exporter's view of the saved clusters it was asked to watch. It reads
// the profiles and their secrets through ProfileService (the same path as the window) and polls
// them with the window's ClusterMonitors (one MonitorHub on a poll thread of its own), so the
// exporter and the window judge a cluster the same way. It keeps each cluster's newest live
// snapshot and poll statistics for the metrics; it writes nothing to the local store (the
// window's history stays the window's).

#include "ClusterSnapshot.h"
#include "ExporterMetrics.h"
#include "Histogram.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

class MonitorHub;
class ProfileService;
class SecretStore;
class StoreThread;

class ExporterPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExporterPoller)

public:
    // Takes ownership of `secrets`.
    explicit ExporterPoller(SecretStore *secrets, QObject *parent = nullptr);
    // Stops the monitors and ends their sessions (waits up to MonitorService::kLogoutWait).
    ~ExporterPoller() override;

    // Opens the store (empty: the default data directory), picks the clusters (`names`, or
    // every saved one when `all`) and starts polling them. started() says how it went.
    void start(const QString &dataDir, const QStringList &names, bool all);
    void setRequestTimeout(std::chrono::milliseconds timeout);

    // What the metrics are made of, as of now.
    ExporterState state() const;

Q_SIGNALS:
    // Empty: polling started. Otherwise why the exporter cannot run.
    void started(const QString &error);
    // A line for the log (never a secret).
    void logLine(const QString &line);

private:
    struct ClusterState
    {
        QString name;
        std::optional<ClusterSnapshot> snapshot;
        qint64 pollStartedAtMs = 0;
        qint64 lastPollEndMs = 0;
        QMap<QString, quint64> errors; // reason -> polls
        QString lastError;             // logged once per change
        // Observed from any thread with atomics; shared so that the state stays copyable.
        std::shared_ptr<metrics::Histogram> pollDurations;
    };

    void onProfilesLoaded(const QStringList &names, bool all);
    void connectProfiles();
    void connectHub();
    void onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot);
    void onHub(std::function<void(MonitorHub &)> work);

    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileService> m_profiles;
    QThread m_pollThread;
    MonitorHub *m_hub; // on m_pollThread, deleted there
    std::chrono::milliseconds m_requestTimeout{3000};
    QHash<QString, ClusterState> m_clusters; // by profile id
    QStringList m_order;                     // profile ids in the saved order
};
