#pragma once
// SpectrumPollCycle: one poll of a cluster without Clusterdesk's management API, using only
// what Spectrum documents: each node's REST and SOAP service catalogues (`/rest`, `/soap`, and
// every service's WADL/WSDL, digested) read through the load balancer with X-Cluster-Node or at
// the node's own URL, with reachability, latency and the HTTP Date header of every answer (the
// samples a Date-header clock estimate needs). It only gathers; ClusterMonitor judges.

#include "ApiClient.h"
#include "HaproxyStats.h"
#include "NodeCatalogue.h"
#include "NodeSnapshot.h"
#include "PollCycle.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <vector>

// A node to probe: through the load balancer (targeted by id) or at its own URL.
struct SpectrumNodeTarget
{
    QString id;
    QUrl directUrl; // empty: through the load balancer
};

// One answer's Date header against the console's clock: the node's whole second lies between
// when the request left (sentAtUs) and when its headers came back (receivedAtUs).
struct DateHeaderSample
{
    qint64 sentAtUs = 0;
    qint64 receivedAtUs = 0;
    qint64 dateSeconds = 0; // the Date header, seconds since the epoch

    friend bool operator==(const DateHeaderSample &, const DateHeaderSample &) = default;
    // Reads the Date header (RFC 9110 IMF-fixdate) of `result`; nullopt without a usable one.
    static std::optional<DateHeaderSample> fromResult(const ApiResult &result);
};

struct SpectrumPlan
{
    std::chrono::milliseconds requestTimeout{3000};
    std::chrono::milliseconds nodeTimeout{2000};
    QList<SpectrumNodeTarget> nodes; // from the profile
    QUrl haproxyStatsUrl;            // the `;csv` URL, or empty; its servers are nodes too
    TlsPolicy tlsPolicy;
    bool readRest = true;
    bool readSoap = true;
    // When to ask node `nodeId` once more for its Date header (console wall clock, epoch µs),
    // given this poll's samples (the caller keeps the earlier ones); nullopt when the estimate
    // is tight enough. Unset: never.
    std::function<std::optional<qint64>(const QString &nodeId,
                                        const QList<DateHeaderSample> &samples)>
        nextDateSampleAtUs;
    int maxExtraDateSamples = 6; // per node and poll
};

struct SpectrumNodeProbe
{
    QString id;
    QUrl directUrl;
    ProbePath path = ProbePath::None;
    bool answered = false;
    bool slow = false;
    double latencyMs = 0;
    QString error;
    NodeCatalogue catalogue;
    // The HTTP status of the node's `/rest` and `/soap` lists (0: not asked or no answer).
    int restStatus = 0;
    int soapStatus = 0;
    QList<DateHeaderSample> dateSamples;
};

// The one request a poll sends through the load balancer itself, the way the cluster's clients
// come in, when every node is probed at its own URL (otherwise the probes go through it anyway).
struct LoadBalancerProbe
{
    bool asked = false;
    bool answered = false; // an answer from a node behind it, whatever its status
    QString error;
};

struct SpectrumPollOutcome : PollReading
{
    LoadBalancerProbe loadBalancer;
    // A token fresh from the sign-in was refused as invalid: Spectrum's host check.
    bool hostCheckRefused = false;
    QList<SpectrumNodeProbe> nodes;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
};

class SpectrumPollCycle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpectrumPollCycle)

public:
    // Which client speaks to a node at its own URL (tokens are tied to the host that asked for
    // them, so a node's URL needs a sign-in of its own); `loadBalancer` for the rest. Both
    // must outlive the cycle.
    using DirectClient = std::function<ApiClient *(const QUrl &directUrl)>;

    SpectrumPollCycle(ApiClient *loadBalancer, DirectClient directClient, SpectrumPlan plan,
                      QObject *parent = nullptr);
    ~SpectrumPollCycle() override;

    void start();
    void cancel();
    std::chrono::milliseconds deadline() const { return m_plan.requestTimeout * 2; }

Q_SIGNALS:
    void finished(const SpectrumPollOutcome &outcome);

private:
    struct Sent
    {
        ApiClient *client = nullptr;
        quint64 id = 0;
    };

    void fetchStats();
    void probeNodes();
    void probeLoadBalancer();
    void readList(int index, ServiceKind kind);
    void onList(int index, ServiceKind kind, const ApiResult &result);
    void readDescription(int index, ServiceKind kind, const QString &name);
    void noteAnswer(int index, const ApiResult &result);
    // Asks the node again at the instant the Date estimate wants, on a timer, within the poll.
    void scheduleDateSample(int index);
    ApiClient *clientFor(int index) const;
    ApiRequest nodeRequest(int index, const QString &path) const;
    void send(int index, const ApiRequest &request, ApiClient::Callback callback);
    // Sends, counts the request as out until its answer, and checks for the poll's end after.
    void sendVia(ApiClient *client, const ApiRequest &request, ApiClient::Callback callback);
    void finishIfDone();
    void onDeadline();

    ApiClient *m_loadBalancer;
    DirectClient m_directClient;
    SpectrumPlan m_plan;
    SpectrumPollOutcome m_outcome;
    bool m_running = false;
    int m_out = 0; // requests not answered yet
    std::vector<Sent> m_sent;
    StatsFetch m_stats;
    QString m_statsTag;
    QElapsedTimer m_clock;
    QHash<int, int> m_extraDateSamples; // per node index: sent this poll
    QHash<int, bool> m_dateSampleWaiting;
    QTimer m_deadline;
};
