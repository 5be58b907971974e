#pragma once
// ClusterMonitor: polls one saved cluster on a schedule (one PollCycle at a time, started every
// poll interval; a poll still running when the next is due makes that one late, reported as a
// finding), turns each poll's answers into a ClusterSnapshot with health, clock (through each
// node's ClockFilter), config and load-balancer judgements, and hands it to the views and to the
// store. It remembers what spares requests in the next poll: the clock filters and each node's
// member list with its membershipEtag.

#include "ApiClient.h"
#include "ClusterProfile.h"
#include "ClusterSnapshot.h"
#include "ConfigAgreement.h"
#include "DateHeaderClock.h"
#include "HealthTracker.h"
#include "LocalClock.h"
#include "PollCycle.h"
#include "SpectrumPollCycle.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class StoreThread;

class ClusterMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterMonitor)

public:
    enum class PollState { Idle, Polling, BackingOff };
    Q_ENUM(PollState)

    static constexpr int MaxBackoffMs = 5 * 60 * 1000;
    static constexpr std::chrono::milliseconds DefaultRequestTimeout{3000};
    // A node that takes longer is "slow" (the others are judged normally).
    static constexpr std::chrono::milliseconds DefaultNodeTimeout{2000};
    // How long a command-line run waits for its logouts before it exits anyway.
    static constexpr std::chrono::milliseconds DefaultLogoutWait{2000};
    // While the load balancer cannot target nodes, try it again every this many polls.
    static constexpr int TargetingRecheckPolls = 10;
    // A burst's /api/v1/time exchanges (first sight of a node, a jump, an explicit refresh).
    static constexpr int ClockSamplesPerNode = ClockFilter::BurstSamples;
    static constexpr int LicenseEveryPolls = 10;

    // `store` (optional) receives samples, the snapshot and last-up times; it must outlive the
    // monitor. `dispatcher` (optional, same thread, outliving the monitor) is shared with other
    // monitors so that they use one network manager instead of one HTTP thread each.
    explicit ClusterMonitor(const ClusterProfile &profile, StoreThread *store = nullptr,
                            QObject *parent = nullptr, RequestDispatcher *dispatcher = nullptr);
    ~ClusterMonitor() override;

    const ClusterProfile &profile() const { return m_profile; }
    // A new address or TLS trust starts afresh (the next poll follows at once when running);
    // thresholds and the interval apply from the next poll.
    void setProfile(const ClusterProfile &profile);

    void setPasswordCredentials(const QString &user, const QString &password);
    void setToken(const QString &token);
    // Per request; a poll never takes longer than about twice this.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    // Per node (at most the request timeout): past it a node is reported slow.
    void setNodeTimeout(std::chrono::milliseconds timeout);
    // Where this computer's kernel clock state comes from (LocalClock::read by default).
    void setLocalClockSource(std::function<LocalClockState()> source);

    // The last snapshot read back from the store (stale): until the first poll answers, its
    // nodes are the ones a failed poll reports as missed.
    void seed(const ClusterSnapshot &stored);
    // Says the last snapshot's findings again in the language installed now and emits it
    // (after a language switch: no poll, no request).
    void reassess();

    // The first poll follows after `firstDelay` (MonitorHub spreads many clusters' polls over
    // the interval), later ones every poll interval from the start of the one before.
    void start(std::chrono::milliseconds firstDelay = std::chrono::milliseconds(0));
    // Cancels the poll in flight; no snapshot comes from it.
    void stop();
    // Ends the sessions this monitor signed in with (GET /security/rest/token/logout through the
    // load balancer and at each node asked directly); `done` runs once, when every logout is
    // answered or after `timeout`, from the event loop, and never once `context` is gone. A
    // command-line run calls it before it exits, the window when a cluster is closed or removed
    // (MonitorHub).
    void endSessions(std::chrono::milliseconds timeout, const QObject *context,
                     std::function<void()> done);
    // Polls now, or right after the poll in flight, with a clock burst for every node.
    void refreshNow();

    bool isRunning() const { return m_running; }
    PollState pollState() const { return m_state; }
    qint64 nextPollAtMs() const { return m_nextPollAtMs; } // 0 when none is scheduled
    int consecutiveFailures() const { return m_failures; }
    // Polls that were still running when the next was due, since the monitor was made.
    int latePolls() const { return m_latePolls; }
    // What the node's clock filter holds (empty for an unknown node).
    ClockFilter clockFilter(const QString &nodeId) const { return m_clockFilters.value(nodeId); }
    std::optional<ClusterSnapshot> lastSnapshot() const { return m_lastSnapshot; }
    // False once a targeted request through the load balancer reached another node.
    bool loadBalancerTargets() const { return !m_targetingBroken; }
    QHash<QString, qint64> lastSeenUp() const { return m_lastUp; }
    // The authenticated client of this cluster; it lives on the monitor's thread, so panels on
    // another thread use their own (ConsoleSession::apiClient()).
    ApiClient *apiClient() const { return m_client; }
    // The clients of nodes asked at their own URLs (a plain Spectrum cluster), each signed in.
    QList<ApiClient *> directClients() const { return m_directClients.values(); }
    // What the cluster offers, as the profile said and the polls found.
    ClusterCapabilities capabilities() const { return m_capabilities; }

    // The profile's TLS trust as a policy; a CA file that cannot be read is an error.
    static TlsPolicy tlsPolicyFor(const ClusterProfile &profile, QString *error = nullptr);
    // How long to wait after `failures` unreachable polls in a row (0: the normal interval).
    static int delayAfter(int pollIntervalMs, int failures);
    // The finding of a poll that took `tookMs`, past its interval of `intervalMs`.
    static Finding lateFinding(qint64 tookMs, int intervalMs);

Q_SIGNALS:
    void snapshotReady(const ClusterSnapshot &snapshot);
    void pollStateChanged(ClusterMonitor::PollState state, qint64 nextPollAtMs);
    // Only changes between known states (the first observation of a node is not a change).
    void nodeHealthChanged(const QString &nodeId, NodeHealth oldHealth, NodeHealth newHealth);

private:
    void applyTls();
    void beginPoll();
    void onCycleFinished(const PollOutcome &outcome);
    ClusterSnapshot assemble(const PollOutcome &outcome, qint64 nowMs);
    // One node's snapshot from its probe, with its health, clock and last time up updated.
    NodeSnapshot assessNode(const NodeProbe &probe, qint64 nowMs);
    // Feeds the poll's clock samples to the filters (a jump voids a node's history) and keeps
    // each node's member list under its membershipEtag for the next poll.
    void remember(const PollOutcome &outcome);
    void persist(const ClusterSnapshot &snapshot, qint64 nowMs);
    // What a snapshot of either path holds first: the profile, the cluster, the time, whether
    // it answered, and the nodes with what the load balancer's statistics say of them.
    ClusterSnapshot polledSnapshot(const PollReading &reading, const QString &clusterId,
                                   const QString &clusterName, QList<NodeSnapshot> nodes,
                                   qint64 nowMs) const;
    // A poll's last step on either path: schedules the next poll (a late one adds its
    // finding), keeps, stores and emits the snapshot, which it returns.
    ClusterSnapshot publish(ClusterSnapshot snapshot, bool reachable, qint64 nowMs);
    // The profile's clock and stall limits.
    AssessmentThresholds assessmentThresholds() const;
    // Schedules the next poll; true when this one ran past the moment it was due.
    bool scheduleNext(bool reachable);
    void setState(PollState state, qint64 nextPollAtMs);
    void dropCycle();
    bool pollInFlight() const { return m_cycle || m_spectrumCycle; }
    // The Spectrum path (ClusterMonitorSpectrum.cpp), for a cluster without the management API.
    void beginSpectrumPoll();
    void onSpectrumFinished(const SpectrumPollOutcome &outcome);
    ClusterSnapshot assembleSpectrum(const SpectrumPollOutcome &outcome, qint64 nowMs);
    NodeSnapshot assessSpectrumNode(const SpectrumNodeProbe &probe, qint64 nowMs);
    // The client for a node's own URL: Spectrum ties a token to the host that asked for it.
    ApiClient *directClient(const QUrl &url);
    // What this poll learned about the interfaces, merged into m_capabilities.
    void learnCapabilities(const SpectrumPollOutcome &outcome);
    // Feeds the poll's Date samples to each node's estimate (started again after a step).
    void learnDateClocks(const SpectrumPollOutcome &outcome);
    // When to ask `nodeId` again within this poll, from its estimate and this poll's samples.
    std::optional<qint64> nextDateSampleAtUs(const QString &nodeId,
                                             const QList<DateHeaderSample> &samples) const;

    ClusterProfile m_profile;
    QPointer<StoreThread> m_store;
    ApiClient *m_client;
    PollCycle *m_cycle = nullptr;
    SpectrumPollCycle *m_spectrumCycle = nullptr;
    ClusterCapabilities m_capabilities;
    QString m_password; // for the per-node clients' own sign-ins; memory only
    QString m_user;
    QString m_token;
    QHash<QString, ApiClient *> m_directClients;  // by node URL
    QHash<QString, DateHeaderClock> m_dateClocks; // by node id: the offset from Date headers
    QHash<QString, QString> m_nodeNames;          // Spectrum node URL -> the id last shown
    QTimer m_timer;
    TlsPolicy m_tlsPolicy;
    QString m_tlsError;
    std::chrono::milliseconds m_requestTimeout = DefaultRequestTimeout;
    std::chrono::milliseconds m_nodeTimeout = DefaultNodeTimeout;
    std::function<LocalClockState()> m_localClock = &LocalClock::read;
    bool m_running = false;
    bool m_refreshPending = false;
    bool m_burstNextPoll = false; // an explicit refresh measures every clock afresh
    qint64 m_pollStartedAtMs = 0;
    qint64 m_lastPollTookMs = 0;
    int m_latePolls = 0;
    QHash<QString, ClockFilter> m_clockFilters;
    QHash<QString, KnownPeers> m_knownPeers;
    PollState m_state = PollState::Idle;
    qint64 m_nextPollAtMs = 0;
    int m_failures = 0;
    int m_pollCount = 0;
    bool m_targetingBroken = false;
    int m_pollsSinceTargetingCheck = 0;
    HealthTracker m_health;
    ConfigAgreementTracker m_config;
    QHash<QString, qint64> m_lastUp;
    ClusterSnapshot::License m_license;
    std::optional<ClusterSnapshot> m_lastSnapshot;
};
