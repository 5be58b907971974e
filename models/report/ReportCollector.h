#pragma once
// ReportCollector: gathers a ReportData asynchronously, one cluster after another: one poll (as
// `clusterdesk status` does), then the change log, license, dataflows and resources through an
// ApiClient and the node history from the local store. Never blocks; cancel() stops at once.

#include "ClusterProfile.h"
#include "ReportData.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class ApiClient;
class ClusterMonitor;
class SecretStore;
struct CredentialResult;
class StoreThread;
struct ApiResult;

// One cluster to report on and how to sign in. Without password or token the secret store (if
// set) is asked for the profile's secret.
struct ReportTarget
{
    ClusterProfile profile;
    QString user;
    std::optional<QString> password;
    std::optional<QString> token;
    // False for an address that is not a saved cluster: it has no stored secret to look for.
    bool useSecretStore = true;
};

class ReportCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCollector)

public:
    static constexpr int MaxChanges = 200;
    static constexpr int MaxActivity = 1000; // activity entries per cluster, newest first
    static constexpr std::chrono::milliseconds DefaultRequestTimeout{5000};

    explicit ReportCollector(QObject *parent = nullptr);
    ~ReportCollector() override;

    // Where the node history comes from (samples stored under the profile id); must outlive
    // the collector. Without one the report says that no history was available.
    void setStore(StoreThread *store);
    // Asked for a target's secret when it brings none; must outlive the collector.
    void setSecretStore(SecretStore *secrets);
    // Finds a saved cluster's secret where the window finds it (credentials directory, password
    // file, password command, then the keychain); replaces the secret store when set. It calls
    // back later, and not once `context` is gone.
    using SecretLookup = std::function<void(const ClusterProfile &profile, QObject *context,
                                            std::function<void(const CredentialResult &)> done)>;
    void setSecretLookup(SecretLookup lookup) { m_lookup = std::move(lookup); }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

    // Gathers every target in order; progress() after each, then finished() (never from inside
    // this call). Ignored while running.
    void start(const QList<ReportTarget> &targets, const ReportPeriod &period, bool fleet);
    // Drops the work in flight; cancelled() follows, finished() does not.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString &clusterName);
    void finished(const ReportData &data);
    void cancelled();

private:
    void next();
    // Polls the current target with the secret found for it (empty: none, `problem` says why).
    void pollWithSecret(const QString &secret, const QString &problem);
    void poll(const ReportTarget &target, const QString &user,
              const std::optional<QString> &password, const std::optional<QString> &token);
    void onSnapshot(const ClusterSnapshot &snapshot);
    void fetchHistory();
    void fetchFromCluster();
    void fetchChanges();
    void fetchLicense();
    void fetchDataflows();
    void fetchResources();
    void failed(const QString &part, const ApiResult &result);
    void partDone();
    void finishCluster();
    void dropClusterWork();

    QPointer<StoreThread> m_store;
    QPointer<SecretStore> m_secrets;
    SecretLookup m_lookup;
    std::chrono::milliseconds m_requestTimeout = DefaultRequestTimeout;
    bool m_running = false;
    QList<ReportTarget> m_targets;
    ReportData m_data;
    int m_index = -1;
    ClusterReport m_current;
    QString m_user;
    std::optional<QString> m_password;
    std::optional<QString> m_token;
    bool m_polled = false;
    int m_pending = 0;
    // Parent of everything one cluster's work creates: deleting it drops its callbacks.
    QObject *m_work = nullptr;
    ApiClient *m_client = nullptr;
    ClusterMonitor *m_monitor = nullptr;
    QTimer m_deadline;
};
