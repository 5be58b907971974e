#include "PollCycle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMonitor)
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

PollCycle::PollCycle(ApiClient *client, PollPlan plan, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(std::move(plan))
    , m_statsTag(QStringLiteral("stats-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &PollCycle::onDeadline);
    m_hedge.setSingleShot(true);
    connect(&m_hedge, &QTimer::timeout, this, [this] {
        if (m_running && !m_membershipDone && m_membershipAttempts < MaxMembershipAttempts)
            askMembership();
    });
}

PollCycle::~PollCycle()
{
    cancel();
}

bool PollCycle::isLate(const ApiResult &result)
{
    return result.errorKind == ApiResult::ErrorKind::Timeout ||
           (result.errorKind == ApiResult::ErrorKind::LoadBalancerPage && result.httpStatus == 504);
}

std::chrono::milliseconds PollCycle::deadline() const
{
    // Membership, then one node answer; the clock samples and the direct fallback of a node
    // share that budget with it. A node that hangs later is cut off here.
    return 2 * m_plan.requestTimeout + std::chrono::milliseconds(1000);
}

QUrl PollCycle::csvUrl(const QUrl &statsUrl)
{
    if (!statsUrl.isValid() || statsUrl.isEmpty())
        return {};
    QUrl url = statsUrl;
    const QString path = url.path();
    if (!path.endsWith(QLatin1String(";csv")))
        url.setPath(path + QStringLiteral(";csv"));
    return url;
}

void PollCycle::start()
{
    if (m_running || m_membershipDone)
        return;
    m_running = true;
    m_outcome.startedAtMs = nowMs();
    m_clock.start();
    if (!m_plan.setupError.isEmpty()) {
        m_deadline.start(deadline());
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_running)
                    return;
                ApiResult result;
                result.errorText = m_plan.setupError;
                result.errorKind = ApiResult::ErrorKind::Tls;
                onMembership(result);
                finishIfDone();
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_plan.haproxyStatsUrl.isValid() && !m_plan.haproxyStatsUrl.isEmpty())
        fetchStats();
    // A sign-in that round robin sent to a slow node is asked again of others, like the
    // membership; without targeting (or known nodes) the load balancer picks them.
    QStringList others;
    if (!m_plan.targetingBroken) {
        for (const KnownNode &known : std::as_const(m_plan.knownNodes))
            others.append(known.id);
    }
    m_client->setSignInHedge(m_plan.nodeTimeout, others);
    m_client->dispatcher()->whenTagStarts(m_client->tag(), this,
                                          [this] { onFirstRequestStarted(); });
    askMembership();
}

void PollCycle::onFirstRequestStarted()
{
    if (!m_running || m_requestsStarted)
        return;
    m_requestsStarted = true;
    m_outcome.budgetWaitMs = m_clock.elapsed();
    // Every budget below (node requests, membership attempts) counts from here.
    m_clock.restart();
    m_deadline.start(deadline());
    if (std::exchange(m_hedgeDeferred, false))
        m_hedge.start(m_plan.nodeTimeout);
}

void PollCycle::cancel()
{
    if (!m_running)
        return;
    m_running = false; // callbacks arriving from the cancellations below are ignored
    m_deadline.stop();
    m_hedge.stop();
    std::vector<quint64> pending;
    pending.swap(m_pending);
    for (const quint64 id : pending)
        m_client->cancel(id);
    m_stats.drop();
}

quint64 PollCycle::send(const ApiRequest &request, ApiClient::Callback callback)
{
    const quint64 id =
        m_client->send(request, this, [this, callback = std::move(callback)](const ApiResult &r) {
            if (!m_running || std::erase(m_dropped, r.requestId) > 0)
                return;
            done(r.requestId);
            callback(r);
            finishIfDone();
        });
    m_pending.push_back(id);
    return id;
}

void PollCycle::done(quint64 requestId)
{
    std::erase(m_pending, requestId);
}

void PollCycle::finishIfDone()
{
    if (!m_running || !m_membershipDone || !m_pending.empty() || m_stats.isOut())
        return;
    m_running = false;
    m_deadline.stop();
    m_outcome.finishedAtMs = nowMs();
    emit finished(m_outcome);
}

void PollCycle::unreachable(const QString &problem)
{
    m_outcome.reachable = false;
    m_outcome.error = problem;
    if (m_outcome.errorCode.isEmpty())
        m_outcome.errorCode = QStringLiteral("error");
    m_outcome.nodes.clear();
    m_nodeIndex.clear();
    for (const KnownNode &known : std::as_const(m_plan.knownNodes)) {
        NodeProbe probe;
        probe.id = known.id;
        probe.name = known.name;
        probe.directUrl = known.directUrl;
        probe.error = problem;
        m_outcome.nodes.append(probe);
    }
}

ApiRequest PollCycle::nodeRequest(int index, const QString &path) const
{
    const NodeProbe &probe = m_outcome.nodes.at(index);
    ApiRequest request = ApiRequest::get(path);
    // A node past its own deadline is still waited for until the cycle's (less a margin for
    // the cycle's own answer): a slow node answers late, a hung one never.
    const auto cycleLeft =
        deadline() - std::chrono::milliseconds(m_clock.elapsed()) - std::chrono::milliseconds(200);
    request.timeout = path == QLatin1String("/api/v1/node")
                          ? std::max(cycleLeft, m_plan.nodeTimeout)
                          : std::max(nodeBudgetLeft(index), std::chrono::milliseconds(1));
    // Also on the direct path: a node that is not the one we meant answers 421.
    request.targetNodeId = probe.id;
    if (probe.path == ProbePath::Direct)
        request.baseUrlOverride = probe.directUrl;
    return request;
}

std::chrono::milliseconds PollCycle::nodeBudgetLeft(int index) const
{
    const auto started = m_probeStartedMs.constFind(index);
    if (started == m_probeStartedMs.constEnd())
        return m_plan.nodeTimeout;
    const auto used = std::chrono::milliseconds(m_clock.elapsed() - *started);
    return std::max(m_plan.nodeTimeout - used, std::chrono::milliseconds(0));
}

QString PollCycle::directUrlRefusal(const QString &nodeId, const QUrl &directUrl,
                                    const QUrl &loadBalancerUrl, const TlsPolicy &tlsPolicy)
{
    const QString scheme = directUrl.scheme();
    if (!directUrl.isValid() || directUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return Tr::tr("the load balancer cannot route to %1 and the cluster lists no usable "
                      "direct URL for it")
            .arg(nodeId);
    }
    const QString shown = directUrl.toDisplayString(QUrl::RemoveUserInfo);
    const QString lbScheme = loadBalancerUrl.scheme();
    if (lbScheme == QLatin1String("https") && scheme == QLatin1String("http")) {
        return Tr::tr("%1 cannot be probed: the load balancer cannot target nodes and its direct "
                      "URL %2 would send credentials over plain HTTP")
            .arg(nodeId, shown);
    }
    if (scheme != lbScheme) {
        return Tr::tr("%1 cannot be probed: the load balancer cannot target nodes and its direct "
                      "URL %2 does not use the load balancer's scheme (%3)")
            .arg(nodeId, shown, lbScheme);
    }
    if (scheme == QLatin1String("https") && !tlsPolicy.pinnedSha256().isEmpty()) {
        return Tr::tr("%1 cannot be probed: the load balancer cannot target nodes and the "
                      "certificate pin set for the load balancer cannot vouch for its direct "
                      "URL %2")
            .arg(nodeId, shown);
    }
    return {};
}

void PollCycle::probeNode(int index, bool direct)
{
    NodeProbe &probe = m_outcome.nodes[index];
    if (direct) {
        // Checked before anything is sent: the request would carry the bearer token (or, for a
        // first sign-in, the password) to this address.
        const QString refusal =
            directUrlRefusal(probe.id, probe.directUrl, m_client->baseUrl(), m_client->tlsPolicy());
        if (!refusal.isEmpty()) {
            probe.error = refusal;
            probe.directRefused = true;
            return;
        }
    }
    probe.path = direct ? ProbePath::Direct : ProbePath::ViaLoadBalancer;
    m_probeStartedMs.insert(index, m_clock.elapsed()); // a direct retry starts its own budget
    ++m_nodeRequestsOut;
    send(nodeRequest(index, QStringLiteral("/api/v1/node")),
         [this, index, direct](const ApiResult &result) {
             --m_nodeRequestsOut;
             onNodeAnswer(index, direct, result);
             startWaitingBursts();
         });
}

void PollCycle::onNodeAnswer(int index, bool direct, const ApiResult &result)
{
    NodeProbe &probe = m_outcome.nodes[index];
    if (result.ok && result.json.isObject()) {
        probe.answered = true;
        probe.error.clear();
        probe.nodeJson = result.json.object();
        probe.latencyMs = double(result.timings.elapsedUs) / 1000.0;
        probe.viaLbWorked = !direct;
        if (probe.latencyMs > double(m_plan.nodeTimeout.count())) {
            // Answered, but past its own deadline: slow, not down. Its round trips are too long
            // for a useful clock sample, and the cycle should not wait for more of them.
            probe.slow = true;
            probe.error = Tr::tr("no answer within %1 ms").arg(m_plan.nodeTimeout.count());
            return;
        }
        probe.membershipEtag = probe.nodeJson.value(QLatin1String("membershipEtag")).toString();
        // The answer's own instants make it a clock sample: no exchange of its own is needed.
        std::optional<ClockSample> sample;
        if (probe.nodeJson.contains(QLatin1String("t1Us")) &&
            probe.nodeJson.contains(QLatin1String("t2Us"))) {
            QString error;
            sample = ClockSample::fromTimeJson(result.timings.sentAtUs, probe.nodeJson,
                                               result.timings.finishedAtUs, &error);
        }
        if (sample && sample->isPlausible())
            probe.clockSamples.append(*sample);
        else
            sample.reset();
        if (burstIfNeeded(index, sample))
            return;
        if (!sample) {
            // An older node (or unusable instants): one /api/v1/time exchange instead.
            m_exchangesLeft.insert(index, 1);
            sampleClock(index);
            return;
        }
        readPeersIfChanged(index);
        return;
    }
    if (result.errorKind == ApiResult::ErrorKind::Misrouted && !direct) {
        // The load balancer delivered elsewhere: it cannot target nodes. An HAProxy 503 page is
        // not this case: that is its truthful "this node is down".
        probe.misrouted = true;
        probeNode(index, true);
        return;
    }
    probe.error = result.ok ? Tr::tr("the node answer is not a JSON object") : result.errorText;
}

bool PollCycle::burstIfNeeded(int index, const std::optional<ClockSample> &sample)
{
    NodeProbe &probe = m_outcome.nodes[index];
    if (probe.clockBurst)
        return false;
    const auto expected = m_plan.clockExpectations.constFind(probe.id);
    const bool firstSeen = expected == m_plan.clockExpectations.constEnd();
    const bool jumped = !firstSeen && sample && ClockFilter::isJump(*expected, *sample);
    if (!firstSeen && !jumped)
        return false;
    probe.clockBurst = true;
    probe.clockJumped = jumped;
    m_exchangesLeft.insert(index, m_plan.clockSamples);
    // Behind every node's own answer: on a busy host queue, 4 sequential exchanges per node
    // would otherwise hold back the answers that say whether the others are up at all.
    if (m_nodeRequestsOut > 0)
        m_burstsWaiting.push_back(index);
    else
        sampleClock(index);
    return true;
}

void PollCycle::startWaitingBursts()
{
    if (m_nodeRequestsOut > 0 || !m_running)
        return;
    const std::vector<int> waiting = std::exchange(m_burstsWaiting, {});
    for (const int index : waiting) {
        // Its own deadline counts from now: the wait was the other nodes', not its.
        m_probeStartedMs.insert(index, m_clock.elapsed());
        sampleClock(index);
    }
}

void PollCycle::sampleClock(int index)
{
    ApiRequest request = nodeRequest(index, QStringLiteral("/api/v1/time"));
    // A node that answered near its deadline still gets one exchange of its own length.
    if (m_exchangesLeft.value(index) >= m_plan.clockSamples ||
        !m_outcome.nodes.at(index).clockBurst)
        request.timeout = std::max(request.timeout, m_plan.nodeTimeout);
    send(request, [this, index](const ApiResult &result) { onTimeAnswer(index, result); });
}

void PollCycle::onTimeAnswer(int index, const ApiResult &result)
{
    NodeProbe &probe = m_outcome.nodes[index];
    if (!result.ok || !result.json.isObject()) {
        probe.clockError =
            result.ok ? Tr::tr("the time answer is not a JSON object") : result.errorText;
        readPeersIfChanged(index);
        return;
    }
    QString error;
    const auto sample = ClockSample::fromTimeJson(result.timings.sentAtUs, result.json.object(),
                                                  result.timings.finishedAtUs, &error);
    if (!sample) {
        probe.clockError = error;
        readPeersIfChanged(index);
        return;
    }
    probe.clockSamples.append(*sample);
    // An older node's single exchange may show a jump too: then the burst follows.
    if (burstIfNeeded(index, sample))
        return;
    const int left = m_exchangesLeft.value(index) - 1;
    m_exchangesLeft.insert(index, left);
    // Sequential on purpose: parallel exchanges with one node would queue behind each other and
    // spoil each other's round trip. Only within the node's own deadline: a slow node gets
    // fewer samples rather than holding the whole poll.
    if (left > 0 && nodeBudgetLeft(index) > std::chrono::milliseconds(0))
        sampleClock(index);
    else
        readPeersIfChanged(index);
}

void PollCycle::fetchStats()
{
    m_stats.start(m_client->dispatcher(), m_plan.haproxyStatsUrl, m_plan.requestTimeout,
                  m_plan.tlsPolicy, m_statsTag, this, m_outcome, [this] {
                      if (m_outcome.stats && m_membershipDone && m_outcome.reachable)
                          addLoadBalancerServers();
                      finishIfDone();
                  });
}

void PollCycle::fetchLicense()
{
    m_outcome.licenseAsked = true;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/license"));
    request.timeout = m_plan.requestTimeout;
    send(request, [this](const ApiResult &result) {
        if (!result.ok || !result.json.isObject()) {
            m_outcome.licenseError =
                result.ok ? Tr::tr("the license answer is not a JSON object") : result.errorText;
            return;
        }
        QString error;
        m_outcome.license = ClusterSnapshot::licenseFromJson(result.json.object(), &error);
        if (!m_outcome.license)
            m_outcome.licenseError = error;
    });
}

void PollCycle::onDeadline()
{
    if (!m_running)
        return;
    const QString late =
        Tr::tr("no answer within the poll's deadline of %1 ms").arg(deadline().count());
    m_outcome.deadlinePassed = true;
    if (!m_membershipDone) {
        m_membershipDone = true;
        m_outcome.errorCode = QStringLiteral("timeout");
        unreachable(late);
    }
    for (NodeProbe &probe : m_outcome.nodes) {
        if (!probe.answered && probe.error.isEmpty())
            probe.error = late; // no answer in the whole cycle: missed, not merely slow
    }
    m_stats.dropLate(late);
    cancel();
    m_outcome.finishedAtMs = nowMs();
    emit finished(m_outcome);
}
