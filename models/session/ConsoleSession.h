#pragma once
// ConsoleSession: where the console's services are made, started and stopped, in that order.
// It owns the store thread and the secret store and composes the services over them; the
// dependencies run one way:
//   ProfileService (store, secrets)  <-  MonitorService (poll thread, snapshots)
//                                     <-  ClientPool (UI-thread clients)  ->  MonitorService
//   ConnectionTester (secrets)
// The window and the dialogs are handed the services they need, and each cluster's page the
// controllers of its cluster (ClusterServices), never the store, the secret store or a
// client. The command line does not use it (it reads one cluster and ends).

#include "ClientPool.h"
#include "ConnectionTester.h"
#include "MonitorService.h"
#include "ProfileService.h"

#include <QObject>

#include <chrono>

class ActivityQuery;
class ActivityRecorder;
class ClusterServices;
class CompareController;
class FleetResourceCounter;
class ReportCollector;
class SecretStore;
class StoreThread;

class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    static constexpr std::chrono::milliseconds kLogoutWait = MonitorService::kLogoutWait;

    // Takes ownership of `secrets`; null means the system keychain (KeychainSecretStore).
    explicit ConsoleSession(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    // Ends the console's sessions on every cluster (waits up to kLogoutWait for the answers).
    ~ConsoleSession() override;

    // Opens the store (empty dataDir: the default), loads the profiles, shows each cluster's
    // last stored snapshot (stale) and starts polling. started() says how it went. Samples older
    // than LocalStore::DefaultRetentionDays are purged first. A second call does nothing.
    void start(const QString &dataDir = {});
    // The profiles are loaded (already while their first profilesChanged() is delivered).
    bool isStarted() const { return m_profiles->isLoaded(); }

    ProfileService *profileService() const { return m_profiles; }
    MonitorService *monitorService() const { return m_monitor; }
    // The core's own tools and the tests; the widgets get the controllers below instead.
    ClientPool *clientPool() const { return m_clients; }
    ConnectionTester *connectionTester() const { return m_connections; }
    // The database file of the open store (empty before start()).
    QString storePath() const;
    // The controllers of one cluster's page (its repository, drafts, change log and node
    // history), owned by `parent`.
    ClusterServices *newClusterServices(const QString &profileId, QObject *parent) const;
    // Counts the saved clusters' resources through their pooled clients; owned by `parent`.
    FleetResourceCounter *newFleetCounter(QObject *parent) const;
    // Compares, exports and copies across the saved clusters through their pooled clients;
    // owned by `parent`.
    CompareController *newCompareController(QObject *parent) const;
    // A report collector reading this console's history and secrets, owned by `parent`.
    ReportCollector *newReportCollector(QObject *parent) const;

    // Records every write the console sends (and node actions handed to it) in the store.
    ActivityRecorder *activityRecorder() const { return m_recorder; }
    // Reads the activity log for the Tools › Activity view; owned by `parent`.
    ActivityQuery *newActivityQuery(QObject *parent) const;

    // Per request, for the monitors and the connection tests.
    void setRequestTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    // Empty error: the store is open and the profiles are loaded.
    void started(const QString &error);

private:
    // Declared in the order they are made; destroyed in reverse: the clients hand their
    // sessions to the monitors, the monitors stop and write their last samples, then the store
    // closes.
    StoreThread *m_store;
    ActivityRecorder *m_recorder;
    SecretStore *m_secrets;
    ProfileService *m_profiles;
    MonitorService *m_monitor;
    ClientPool *m_clients;
    ConnectionTester *m_connections;
    bool m_starting = false;
};
