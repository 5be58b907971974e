#pragma once
// PollCycle: one poll of one cluster as an asynchronous fan-out (membership through the load
// balancer, then per node its own view, which also carries a clock sample, plus HAProxy
// statistics and the license), collected into a PollOutcome. Clock bursts and a node's own
// member list are asked only when the plan or the answers say they are needed. It only gathers
// answers; ClusterMonitor judges them.

#include "ApiClient.h"
#include "ClockFilter.h"
#include "ClockSample.h"
#include "ClusterSnapshot.h"
#include "HaproxyStats.h"
#include "MembershipView.h"
#include "NodeSnapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

// A node the console already knows (from the previous poll), probed even when the membership
// cannot be read.
struct KnownNode
{
    QString id;
    QString name;
    QUrl directUrl;
};

// A node's member list as it last told it, under the membershipEtag it gave with it.
struct KnownPeers
{
    QString membershipEtag;
    QList<Member> members;
};

// What one poll should do; built by ClusterMonitor from its memory of earlier polls.
struct PollPlan
{
    // The cluster's budget per request: the whole cycle ends within deadline().
    std::chrono::milliseconds requestTimeout{3000};
    // One node's budget: a node that answers only after it is "slow", not down (one that never
    // answers within the cycle missed the poll), and the membership is asked of another node.
    std::chrono::milliseconds nodeTimeout{2000};
    // Set when the profile itself is unusable (e.g. an unreadable CA file): the poll asks
    // nothing and reports the cluster unreachable with this text.
    QString setupError;
    QList<KnownNode> knownNodes;
    // The load balancer cannot route by X-Cluster-Node: go to the nodes' direct URLs at once.
    bool targetingBroken = false;
    QUrl haproxyStatsUrl; // the `;csv` URL, or empty
    TlsPolicy tlsPolicy;  // for the statistics request
    bool fetchLicense = false;
    // /api/v1/time exchanges of a burst.
    int clockSamples = ClockFilter::BurstSamples;
    // Per node id, what its clock filter expects. A node without one (first seen, or every node
    // on an explicit refresh) and one whose sample jumps outside it get a burst; the others only
    // the sample in their /api/v1/node answer (one /api/v1/time exchange on older nodes).
    QHash<QString, ClockFilter::Expectation> clockExpectations;
    // Per node id: its list is read again only when its membershipEtag differs from this one
    // and from the load balancer's answer (or when it gives none: older nodes).
    QHash<QString, KnownPeers> knownPeers;
};

// One node's answers in one poll.
struct NodeProbe
{
    QString id;
    QString name;
    QUrl directUrl;
    QString membershipState; // "up" / "unreachable" as the answering node saw it
    bool answered = false;
    // Answered, but only after its own deadline (PollPlan::nodeTimeout); error says so.
    bool slow = false;
    QJsonObject nodeJson; // /api/v1/node, when answered
    ProbePath path = ProbePath::None;
    double latencyMs = 0;
    QString error;          // why it did not answer
    bool misrouted = false; // the load balancer did not deliver to the targeted node
    // The load balancer could not target the node and its direct URL was refused (unusable, or
    // the credentials would go where the profile's trust does not reach; error says why): the
    // node was not asked at all.
    bool directRefused = false;
    bool viaLbWorked = false; // a targeted request through the load balancer reached it
    QList<ClockSample> clockSamples;
    QString clockError;
    bool clockBurst = false;  // measured with a burst this poll
    bool clockJumped = false; // a sample fell outside what the filter expected: history is void
    // The digest of the node's member list (absent on older nodes) and the list, when known.
    QString membershipEtag;
    std::optional<QList<Member>> peers;
};

// The load balancer's statistics as a poll read them (either poll path).
struct StatsReading
{
    bool statsAsked = false;
    std::optional<HaproxyStats> stats;
    QString statsError; // why `stats` is missing, once asked
    // Keeps an answer of a StatsFetch.
    void takeStats(std::optional<HaproxyStats> answer, const QString &error);
    // Marks the nodes with what the statistics say of them and sums up the load balancer.
    ClusterSnapshot::LoadBalancerView applyStats(QList<NodeSnapshot> &nodes) const;
};

// The one statistics request of a poll (either path): asked straight from HAProxy through the
// dispatcher (the cluster's credentials are not HAProxy's business), its answer kept in a
// StatsReading, dropped with the poll, and "late" when the poll's deadline comes first.
class StatsFetch final
{
public:
    // Asks for the CSV at `csvUrl` (the `;csv` address) under the dispatcher's `tag`; `into`
    // gets the answer, then `then` runs, unless the fetch was dropped first. `context` (the
    // poll) must own this fetch.
    void start(RequestDispatcher *dispatcher, const QUrl &csvUrl, std::chrono::milliseconds timeout,
               const TlsPolicy &tlsPolicy, const QString &tag, QObject *context, StatsReading &into,
               std::function<void()> then);
    bool isOut() const { return m_request != 0; }
    // Drops the request; an answer that still comes is ignored.
    void drop();
    // The poll's deadline came first: the reading says `late` and the request is dropped.
    void dropLate(const QString &late);

private:
    RequestDispatcher *m_dispatcher = nullptr;
    StatsReading *m_into = nullptr;
    quint64 m_request = 0; // a dispatcher id, 0 when none is out
    quint64 m_generation = 0;
};

// What a poll of either path read of the cluster as a whole: whether it answered, and the load
// balancer's statistics.
struct PollReading : StatsReading
{
    // PollOutcome: the membership could be read through the load balancer; SpectrumPollOutcome:
    // the sign-in through it worked.
    bool reachable = false;
    QString error;
    // Why not (empty when reachable): "sign-in-failed", "forbidden", "cannot-connect",
    // "timeout", "tls" or "error" (see docs/findings.md).
    QString errorCode;
};

struct PollOutcome : PollReading
{
    // Per node id, the node ids each answering node lists as members (itself included).
    QHash<QString, QStringList> peerLists;
    QStringList loadBalancerOnly; // HAProxy servers no membership list named
    QString clusterId;
    QString clusterName;
    QString primaryId;
    QString membershipEtag; // of the load balancer's membership answer, when it gave one
    // The status of a refused membership answer (a 404: no management API on this cluster).
    int membershipHttpStatus = 0;
    QList<NodeProbe> nodes;
    bool licenseAsked = false;
    std::optional<ClusterSnapshot::License> license;
    QString licenseError;
    bool deadlinePassed = false;
    // How long the poll waited for its first request to leave the dispatcher's queue (the
    // console's request budget, shared by every cluster): the deadline counts from then.
    qint64 budgetWaitMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
};

class PollCycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollCycle)

public:
    // Membership requests in flight at most: the first, then one more per node deadline.
    static constexpr int MaxMembershipAttempts = 3;

    // `client` must outlive the cycle; the cycle's requests are this object's calls on it.
    PollCycle(ApiClient *client, PollPlan plan, QObject *parent = nullptr);
    ~PollCycle() override;

    void start();
    // Stops every request; finished() is not emitted.
    void cancel();
    bool isRunning() const { return m_running; }

    // A whole cycle never takes longer than this from when its first request is on the network
    // (not from start(): under a shared request budget it may wait for other clusters' polls
    // first, see PollOutcome::budgetWaitMs): a hung node is cut off, not waited for.
    std::chrono::milliseconds deadline() const;

    // A timeout, or the load balancer's own "the node did not answer in time": late, not
    // refused.
    static bool isLate(const ApiResult &result);
    // The poll error a failed answer stands for: "sign-in-failed", "forbidden",
    // "cannot-connect", "timeout", "tls" or "error" (PollOutcome::errorCode).
    static QString errorCodeOf(const ApiResult &result);

    // The statistics CSV address for a stats page URL ("…/stats" -> "…/stats;csv").
    static QUrl csvUrl(const QUrl &statsUrl);
    // Why node `nodeId` must not be asked at `directUrl` with the cluster's credentials, or
    // empty when it may. The membership answer is the cluster's word, not the user's: a direct
    // URL is used only under the load balancer's own scheme (never https -> http) and, for
    // https, only when the profile's trust is the CA and system roots (verification always on)
    // and no certificate pin is set, since a pin names the load balancer's certificate alone.
    static QString directUrlRefusal(const QString &nodeId, const QUrl &directUrl,
                                    const QUrl &loadBalancerUrl, const TlsPolicy &tlsPolicy);

Q_SIGNALS:
    void finished(const PollOutcome &outcome);

private:
    void askMembership();
    void onMembershipAttempt(quint64 requestId, const ApiResult &result);
    void onMembership(const ApiResult &result);
    // The probe index of `member`, added (and asked, when `probe`) if it is new; -1 past the
    // node limit.
    int addMember(const Member &member, bool probe);
    void addLoadBalancerServers();
    // Asks node `index` for its own membership list (after its clock samples, so that the
    // exchanges do not spoil each other's round trip).
    void askPeers(int index);
    // Reads node `index`'s member list unless its membershipEtag says it is one already known.
    void readPeersIfChanged(int index);
    // Stops a request whose answer is no longer wanted; its callback is ignored.
    void drop(quint64 requestId);
    // The membership could not be read: the cluster is unreachable and every node the console
    // knew missed this poll, with `problem` as the reason.
    void unreachable(const QString &problem);
    void probeNode(int index, bool direct);
    void onNodeAnswer(int index, bool direct, const ApiResult &result);
    void sampleClock(int index);
    // Starts a burst when `sample` is the first of node `index` or jumps outside its filter's
    // expectation; true when one started.
    bool burstIfNeeded(int index, const std::optional<ClockSample> &sample);
    // Starts the bursts that waited for the nodes' own answers, once none is out.
    void startWaitingBursts();
    // What is left of node `index`'s own deadline (zero when it has passed).
    std::chrono::milliseconds nodeBudgetLeft(int index) const;
    void onTimeAnswer(int index, const ApiResult &result);
    void fetchStats();
    void fetchLicense();
    ApiRequest nodeRequest(int index, const QString &path) const;
    quint64 send(const ApiRequest &request, ApiClient::Callback callback);
    void done(quint64 requestId);
    void finishIfDone();
    void onDeadline();
    // The first of the cycle's requests is on the network: the deadline and the hedge run now.
    void onFirstRequestStarted();

    ApiClient *m_client;
    PollPlan m_plan;
    PollOutcome m_outcome;
    bool m_running = false;
    bool m_membershipDone = false;
    bool m_requestsStarted = false; // one of the cycle's requests left the dispatcher's queue
    bool m_hedgeDeferred = false;   // the membership hedge waits for that
    std::vector<quint64> m_pending; // ApiClient ids still out
    std::vector<quint64> m_dropped; // cancelled on purpose: their callbacks are ignored
    std::vector<quint64> m_membershipRequests;
    QStringList m_membershipTargets; // known nodes already asked for the membership
    int m_membershipAttempts = 0;
    ApiResult m_membershipFailure;
    QTimer m_hedge; // asks another node for the membership when the first one is slow
    QElapsedTimer m_clock;
    QHash<int, qint64> m_probeStartedMs; // per node index, on m_clock
    QHash<int, int> m_exchangesLeft;     // per node index: /api/v1/time exchanges still wanted
    int m_nodeRequestsOut = 0;           // /api/v1/node requests not answered yet
    std::vector<int> m_burstsWaiting;    // node indexes whose burst waits for them
    QList<Member> m_lbMembers;           // the load balancer's membership answer
    QStringList m_lbMemberIds;
    QHash<QString, int> m_nodeIndex; // node id -> index in m_outcome.nodes
    StatsFetch m_stats;
    QString m_statsTag;
    QTimer m_deadline;
};
