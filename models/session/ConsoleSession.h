#pragma once
// ConsoleSession: the one object the UI and the command line talk to. It owns the store thread,
// the secret store and the monitors; keeps profiles (store) and passwords (secret store) apart;
// shows the last stored snapshot at start-up, marked stale, until the first poll answers. The
// monitors poll on a worker thread of their own, so the UI thread only sees their results.

#include "ApiRequest.h"
#include "ClusterProfile.h"
#include "ClusterSnapshot.h"
#include "MonitorHub.h"
#include "SessionInfo.h"
#include "StoreThread.h"

#include <QHash>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QThread>

#include <functional>
#include <optional>

class SecretStore;

// What the connect dialog learns from one request to a cluster.
struct ConnectionTestResult
{
    bool ok = false;
    QString clusterId;
    QString clusterName;
    int nodeCount = 0;
    // Who the test signed in as (GET /api/v1/session); unknown when the node does not say.
    SessionInfo signedInAs;
    ApiResult::ErrorKind errorKind = ApiResult::ErrorKind::None;
    QString errorText;
    // TLS: the load balancer's certificate, also when it was refused, so the dialog can show it
    // and offer to trust it for this profile (see ConsoleSession::trustingCertificate()).
    QSslCertificate certificate;
    QString certificateSha256; // lower-case hex, empty without TLS
    QString certificateDescription;
    QList<QSslError> sslErrors;

    // Refused only because verification failed: the user may choose to trust it.
    bool untrustedCertificate() const
    {
        return !ok && errorKind == ApiResult::ErrorKind::Tls && !sslErrors.isEmpty() &&
               !certificate.isNull();
    }
};

class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    template<typename T> using Callback = std::function<void(const T &)>;

    // Takes ownership of `secrets`; null means the system keychain (KeychainSecretStore).
    static constexpr std::chrono::milliseconds kLogoutWait{2000};

    explicit ConsoleSession(SecretStore *secrets = nullptr, QObject *parent = nullptr);
    // Ends the console's sessions on every cluster (waits up to kLogoutWait for the answers).
    ~ConsoleSession() override;

    // Opens the store (empty dataDir: the default), loads the profiles, shows each cluster's
    // last stored snapshot (stale) and starts polling. started() says how it went. Samples older
    // than LocalStore::DefaultRetentionDays are purged first. A second call does nothing.
    void start(const QString &dataDir = {});
    bool isStarted() const { return m_started; }

    QList<ClusterProfile> profiles() const { return m_profiles; }
    std::optional<ClusterProfile> profile(const QString &id) const;
    // The newest snapshot: live, or the stored one (isStale()) until the first poll answered.
    std::optional<ClusterSnapshot> snapshot(const QString &profileId) const;

    // The password (or token) goes to the secret store only. The callback's result is not ok
    // with field "password" when the profile was saved but its secret could not be.
    void addProfile(const ClusterProfile &profile, const QString &password, QObject *context,
                    Callback<StoreWriteResult> callback);
    // A password of nullopt keeps the stored one.
    void updateProfile(const ClusterProfile &profile, const std::optional<QString> &password,
                       QObject *context, Callback<StoreWriteResult> callback);
    // Also ends the profile's sessions on its cluster (GET /security/rest/token/logout).
    void removeProfile(const QString &profileId, QObject *context, Callback<bool> callback);
    void reorderProfiles(const QStringList &idsInOrder, QObject *context, Callback<bool> callback);

    void refreshNow(const QString &profileId);
    void refreshAll();
    // The last pollStateChanged() of the cluster (Idle and 0 before the first).
    ClusterMonitor::PollState pollState(const QString &profileId) const;
    qint64 nextPollAtMs(const QString &profileId) const;

    // One request to GET /api/v1/cluster with these settings, for the connect dialog.
    void testConnection(const ClusterProfile &profile, const QString &password, QObject *context,
                        Callback<ConnectionTestResult> callback);
    // The profile with `certificate` trusted despite exactly these errors.
    static ClusterProfile trustingCertificate(const ClusterProfile &profile,
                                              const QSslCertificate &certificate,
                                              const QList<QSslError> &errors);

    // Per request, for the monitors and testConnection().
    void setRequestTimeout(std::chrono::milliseconds timeout);

    StoreThread *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    // Why the cluster waits for a password (or token) the user must type: no store could give
    // one (no keychain, a locked one, or none saved). Empty when it does not wait. Such a
    // cluster is not polled: it would only answer 401.
    QString passwordNeededReason(const QString &profileId) const
    {
        return m_passwordNeeded.value(profileId);
    }
    bool isPasswordNeeded(const QString &profileId) const
    {
        return m_passwordNeeded.contains(profileId);
    }
    // Signs in with a secret the user typed: kept like a saved one (the keychain, else this
    // session's memory) and the cluster is polled with it at once.
    void signIn(const QString &profileId, const QString &secret);
    // Lives on the poll thread: connect to its signals (queued), never call it from here.
    MonitorHub *hub() const { return m_hub; }
    // The cluster's authenticated client for the UI thread's own requests (resources, change
    // log), apart from the monitor's; null for an unknown profile.
    ApiClient *apiClient(const QString &profileId) const { return m_clients.value(profileId); }

Q_SIGNALS:
    // Empty error: the store is open and the profiles are loaded.
    void started(const QString &error);
    void profilesChanged();
    void snapshotReady(const QString &profileId, const ClusterSnapshot &snapshot);
    void pollStateChanged(const QString &profileId, ClusterMonitor::PollState state,
                          qint64 nextPollAtMs);
    void nodeHealthChanged(const QString &profileId, const QString &nodeId, NodeHealth oldHealth,
                           NodeHealth newHealth);
    // The secret store failed or keeps a secret for this session only.
    void secretProblem(const QString &profileId, const QString &text);
    // The cluster started or stopped waiting for a password (passwordNeededReason()).
    void passwordNeededChanged(const QString &profileId, bool needed);

protected:
    // A language switch (QEvent::LanguageChange on the application) has the monitors say their
    // findings again at once, not at the next poll.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProfilesLoaded(const QList<ClusterProfile> &profiles);
    void showStoredSnapshot(const ClusterProfile &profile);
    void startMonitor(const QString &profileId);
    void applySecret(const ClusterProfile &profile, const QString &secret);
    void reloadProfiles(std::function<void()> then = {});
    // Hands the client's own session to the hub, which ends it on the cluster.
    void endSession(ApiClient *client);
    // Runs `work` on the poll thread, after everything posted there before.
    void onHub(std::function<void(MonitorHub &)> work);
    // One UI-thread client per profile, with the profile's address and TLS trust.
    void syncClients();

    struct PollStatus
    {
        ClusterMonitor::PollState state = ClusterMonitor::PollState::Idle;
        qint64 nextPollAtMs = 0;
    };

    StoreThread *m_store;
    SecretStore *m_secrets;
    QThread m_pollThread;
    MonitorHub *m_hub; // on m_pollThread, deleted there
    bool m_starting = false;
    bool m_started = false;
    QList<ClusterProfile> m_profiles;
    QHash<QString, ClusterSnapshot> m_snapshots;
    QHash<QString, PollStatus> m_pollStatus;
    QHash<QString, ApiClient *> m_clients;
    QHash<QString, QString> m_passwordNeeded; // profile id -> why
    void setPasswordNeeded(const QString &profileId, const QString &reason);
    void startPolling(const QString &profileId);
    std::chrono::milliseconds m_requestTimeout = ClusterMonitor::DefaultRequestTimeout;
};
