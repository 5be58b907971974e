#include "ClusterMonitor.h"

#include "ClockAssessment.h"
#include "StoreThread.h"
#include "TrustedCertificates.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMonitor)
};

constexpr qint64 MaxCaFileBytes = 1024 * 1024;

bool sameTrust(const ClusterProfile &a, const ClusterProfile &b)
{
    return a.loadBalancerUrl == b.loadBalancerUrl && a.caCertificatePath == b.caCertificatePath &&
           a.caCertificatePem == b.caCertificatePem && a.pinnedSha256 == b.pinnedSha256 &&
           a.acceptedCertificates == b.acceptedCertificates &&
           a.haproxyStatsUrl == b.haproxyStatsUrl;
}

// One finding per node whose direct URL the poll refused: otherwise the node would only show
// as not answering, and the user could not tell that the console held back on purpose.
QList<Finding> refusedFallbackFindings(const PollOutcome &outcome)
{
    QList<Finding> findings;
    for (const NodeProbe &probe : outcome.nodes) {
        if (!probe.directRefused)
            continue;
        Finding finding;
        finding.severity = Severity::Warning;
        finding.category = Finding::Category::LoadBalancer;
        finding.code = QStringLiteral("lb.direct-url-refused");
        finding.nodeId = probe.id;
        finding.text = probe.error;
        finding.action = Tr::tr("Let the load balancer route requests by X-Cluster-Node, or list "
                                "direct node URLs with the load balancer's scheme (https when it "
                                "uses https) that the profile's CA vouches for, without a pin.");
        findings.append(finding);
    }
    return findings;
}

// What a probe's answer says about its node: usable only when it parses and names the node
// that was asked; otherwise the placeholder with the reason.
struct ProbeAnswer
{
    NodeSnapshot node;
    bool usable = false;
    QString error;
};

ProbeAnswer readAnswer(const NodeProbe &probe)
{
    ProbeAnswer answer{NodeSnapshot::placeholder(probe.id, probe.name, probe.directUrl), false,
                       probe.error};
    if (!probe.answered)
        return answer;
    QString parseError;
    const auto parsed = NodeSnapshot::fromNodeJson(probe.nodeJson, &parseError);
    if (!parsed) {
        answer.error = Tr::tr("the node's answer is not usable: %1").arg(parseError);
    } else if (parsed->id() != probe.id) {
        answer.error = Tr::tr("asked %1, but the answer describes %2").arg(probe.id, parsed->id());
    } else {
        answer.usable = true;
        answer.node =
            parsed->directUrl().isEmpty() ? parsed->withDirectUrl(probe.directUrl) : *parsed;
    }
    return answer;
}

// The findings about how requests reach the nodes: refused direct URLs, and members the
// nodes disagree about (only known when the cluster answered).
QList<Finding> routingFindings(const PollOutcome &outcome)
{
    QList<Finding> findings = refusedFallbackFindings(outcome);
    if (!outcome.reachable)
        return findings;
    QStringList members;
    for (const NodeProbe &probe : outcome.nodes)
        members.append(probe.id);
    return findings +
           MembershipView::disagreements(outcome.peerLists, members, outcome.loadBalancerOnly);
}

} // namespace

ClusterMonitor::ClusterMonitor(const ClusterProfile &profile, StoreThread *store, QObject *parent,
                               RequestDispatcher *dispatcher)
    : QObject(parent)
    , m_profile(profile)
    , m_store(store)
    , m_client(dispatcher ? new ApiClient(dispatcher, this) : new ApiClient(this))
    , m_capabilities(profile.capabilities)
    , m_config(profile.stalledAfterSeconds)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClusterMonitor::beginPoll);
    applyTls();
    if (m_store) {
        // Who was seen up last survives restarts: it decides the restart order of a dead cluster.
        m_store->lastUp(m_profile.id, this, [this](const QHash<QString, qint64> &stored) {
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                m_lastUp[it.key()] = std::max(m_lastUp.value(it.key()), it.value());
        });
    }
}

ClusterMonitor::~ClusterMonitor()
{
    // The cycle talks to m_client, which as an older child would be deleted first.
    delete m_cycle;
    m_cycle = nullptr;
    delete m_spectrumCycle;
    m_spectrumCycle = nullptr;
    // The direct clients share m_client's dispatcher, which without a hub's is m_client's own
    // child: as younger children they would cancel their requests in a deleted dispatcher.
    qDeleteAll(std::exchange(m_directClients, {}));
    m_password.fill(QChar(0));
    m_token.fill(QChar(0));
}

TlsPolicy ClusterMonitor::tlsPolicyFor(const ClusterProfile &profile, QString *error)
{
    TlsPolicy policy;
    QString problem;
    QByteArray pem = profile.caCertificatePem;
    if (pem.isEmpty() && !profile.caCertificatePath.isEmpty()) {
        QFile file(profile.caCertificatePath);
        if (file.open(QIODevice::ReadOnly))
            pem = file.read(MaxCaFileBytes);
        else
            problem = Tr::tr("cannot read the CA certificate %1: %2")
                          .arg(profile.caCertificatePath, file.errorString());
    }
    QString caError;
    if (problem.isEmpty() && !pem.isEmpty() && !policy.setCaCertificatesPem(pem, &caError))
        problem = Tr::tr("the profile's CA certificate is not usable: %1").arg(caError);
    if (problem.isEmpty() && !profile.pinnedSha256.isEmpty() &&
        !policy.setPinnedSha256(profile.pinnedSha256))
        problem = Tr::tr("the pinned fingerprint is not a SHA-256 fingerprint");
    policy.setTrustedCertificates(TrustedCertificates::fromAccepted(profile.acceptedCertificates));
    if (error)
        *error = problem;
    return policy;
}

void ClusterMonitor::applyTls()
{
    m_tlsPolicy = tlsPolicyFor(m_profile, &m_tlsError);
    m_client->setBaseUrl(m_profile.loadBalancerUrl);
    m_client->setTlsPolicy(m_tlsPolicy);
    m_client->setTokenKind(m_profile.tokenKind);
}

void ClusterMonitor::setProfile(const ClusterProfile &profile)
{
    const bool restart = !sameTrust(profile, m_profile);
    m_profile = profile;
    m_client->setTokenKind(profile.tokenKind);
    m_config.setStalledAfterSeconds(profile.stalledAfterSeconds);
    if (!restart)
        return;
    // Another address may be another cluster: forget what the old one looked like.
    dropCycle();
    m_client->cancelAll();
    applyTls();
    m_health.clear();
    m_config.clear();
    m_clockFilters.clear();
    m_knownPeers.clear();
    m_dateClocks.clear();
    m_capabilities = profile.capabilities;
    for (ApiClient *client : std::exchange(m_directClients, {})) {
        client->logout();
        client->deleteLater();
    }
    m_targetingBroken = false;
    m_pollsSinceTargetingCheck = 0;
    m_failures = 0;
    m_lastSnapshot.reset();
    if (m_running) {
        m_timer.stop();
        beginPoll();
    }
}

void ClusterMonitor::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = std::max(timeout, std::chrono::milliseconds(100));
}

void ClusterMonitor::setNodeTimeout(std::chrono::milliseconds timeout)
{
    m_nodeTimeout = std::max(timeout, std::chrono::milliseconds(100));
}

void ClusterMonitor::setLocalClockSource(std::function<LocalClockState()> source)
{
    m_localClock = source ? std::move(source) : std::function<LocalClockState()>(&LocalClock::read);
}

void ClusterMonitor::seed(const ClusterSnapshot &stored)
{
    if (!m_lastSnapshot)
        m_lastSnapshot = stored;
    for (const NodeSnapshot &node : stored.nodes()) {
        if (node.lastSeenMs() > 0)
            m_lastUp[node.id()] = std::max(m_lastUp.value(node.id()), node.lastSeenMs());
    }
}

void ClusterMonitor::dropCycle()
{
    if (m_spectrumCycle) {
        m_spectrumCycle->disconnect(this);
        m_spectrumCycle->cancel();
        m_spectrumCycle->deleteLater();
        m_spectrumCycle = nullptr;
    }
    if (!m_cycle)
        return;
    m_cycle->disconnect(this);
    m_cycle->cancel();
    m_cycle->deleteLater();
    m_cycle = nullptr;
}

void ClusterMonitor::beginPoll()
{
    if (pollInFlight())
        return;
    if (m_capabilities.isPlainSpectrum()) {
        beginSpectrumPoll();
        return;
    }
    PollPlan plan;
    plan.requestTimeout = m_requestTimeout;
    plan.nodeTimeout = std::min(m_nodeTimeout, m_requestTimeout);
    plan.setupError = m_tlsError;
    plan.haproxyStatsUrl = PollCycle::csvUrl(m_profile.haproxyStatsUrl);
    plan.tlsPolicy = m_tlsPolicy;
    plan.clockSamples = ClockSamplesPerNode;
    plan.fetchLicense = m_pollCount % LicenseEveryPolls == 0;
    const bool recheck =
        m_targetingBroken && m_pollsSinceTargetingCheck + 1 >= TargetingRecheckPolls;
    if (m_targetingBroken)
        m_pollsSinceTargetingCheck = recheck ? 0 : m_pollsSinceTargetingCheck + 1;
    plan.targetingBroken = m_targetingBroken && !recheck;
    if (m_lastSnapshot) {
        for (const NodeSnapshot &node : m_lastSnapshot->nodes())
            plan.knownNodes.append({node.id(), node.name(), node.directUrl()});
    }
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (!std::exchange(m_burstNextPoll, false)) {
        for (auto it = m_clockFilters.cbegin(); it != m_clockFilters.cend(); ++it) {
            if (const auto expected = it->expectation(nowUs))
                plan.clockExpectations.insert(it.key(), *expected);
        }
    }
    plan.knownPeers = m_knownPeers;
    ++m_pollCount;
    m_pollStartedAtMs = QDateTime::currentMSecsSinceEpoch();

    m_cycle = new PollCycle(m_client, plan, this);
    connect(m_cycle, &PollCycle::finished, this, &ClusterMonitor::onCycleFinished);
    setState(PollState::Polling, 0);
    m_cycle->start();
}

void ClusterMonitor::onCycleFinished(const PollOutcome &outcome)
{
    if (m_cycle) {
        m_cycle->disconnect(this);
        m_cycle->deleteLater();
        m_cycle = nullptr;
    }
    // No management API here: a plain Spectrum cluster is polled the way it documents. Node
    // URLs are given only for such a cluster, so with them a silent load balancer does not hide
    // the nodes: they are probed at their own URLs, and the balancer's silence is a finding.
    const bool silentWithNodeUrls =
        !outcome.reachable && outcome.membershipHttpStatus == 0 && !m_profile.nodeUrls.isEmpty() &&
        m_capabilities.clusterdeskApi != ClusterCapabilities::State::Available;
    if (!outcome.reachable && (outcome.membershipHttpStatus == 404 || silentWithNodeUrls)) {
        m_capabilities.clusterdeskApi = ClusterCapabilities::State::Absent;
        m_capabilities.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
        beginSpectrumPoll();
        return;
    }
    bool misrouted = false;
    bool reachedViaLb = false;
    for (const NodeProbe &probe : outcome.nodes) {
        misrouted = misrouted || probe.misrouted;
        reachedViaLb = reachedViaLb || probe.viaLbWorked;
    }
    if (misrouted) {
        m_targetingBroken = true;
        m_pollsSinceTargetingCheck = 0;
    } else if (reachedViaLb) {
        m_targetingBroken = false;
    }

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, NodeHealth> before;
    for (const NodeProbe &probe : outcome.nodes)
        before.insert(probe.id, m_health.status(probe.id).health);
    remember(outcome);
    const ClusterSnapshot snapshot = publish(assemble(outcome, nowMs), outcome.reachable, nowMs);
    for (const NodeSnapshot &node : snapshot.nodes()) {
        const NodeHealth old = before.value(node.id(), NodeHealth::Unknown);
        if (old != NodeHealth::Unknown && old != node.health())
            emit nodeHealthChanged(node.id(), old, node.health());
    }
}

void ClusterMonitor::reassess()
{
    if (!m_lastSnapshot)
        return;
    // The refused-fallback and late findings come from the poll itself, not the assessment.
    QList<Finding> fromThePoll;
    for (Finding finding : m_lastSnapshot->findings()) {
        if (finding.code == QLatin1String("poll.late"))
            finding = lateFinding(m_lastPollTookMs, m_profile.pollIntervalMs);
        if (finding.code == QLatin1String("lb.direct-url-refused") ||
            finding.code == QLatin1String("poll.late"))
            fromThePoll.append(finding);
    }
    // The catalogue comparison is the poll's too, said again in the new language.
    fromThePoll += CatalogueAgreement::findings(m_lastSnapshot->services());
    const ClusterSnapshot again =
        m_lastSnapshot->assessed(assessmentThresholds(), m_lastSnapshot->takenAtMs(), m_lastUp);
    m_lastSnapshot =
        fromThePoll.isEmpty() ? again : again.withFindings(again.findings() + fromThePoll);
    emit snapshotReady(*m_lastSnapshot);
}

void ClusterMonitor::remember(const PollOutcome &outcome)
{
    if (!outcome.reachable)
        return; // nothing was learned; the next poll asks what it needs
    QHash<QString, ClockFilter> filters;
    QHash<QString, KnownPeers> peers;
    for (const NodeProbe &probe : outcome.nodes) {
        // Nodes that left the cluster are forgotten; one that missed this poll keeps its history.
        ClockFilter filter = probe.clockJumped ? ClockFilter() : m_clockFilters.value(probe.id);
        if (probe.answered && !probe.slow) {
            for (const ClockSample &sample : probe.clockSamples)
                filter.add(sample);
        }
        if (!filter.isEmpty())
            filters.insert(probe.id, filter);
        if (probe.peers && !probe.membershipEtag.isEmpty())
            peers.insert(probe.id, KnownPeers{probe.membershipEtag, *probe.peers});
        else if (!probe.answered && m_knownPeers.contains(probe.id))
            peers.insert(probe.id, m_knownPeers.value(probe.id));
    }
    m_clockFilters = filters;
    m_knownPeers = peers;
}

NodeSnapshot ClusterMonitor::assessNode(const NodeProbe &probe, qint64 nowMs)
{
    const ProbeAnswer answer = readAnswer(probe);
    NodeSnapshot node = answer.node;
    HealthTracker::Observation observation;
    observation.answered = answer.usable;
    observation.degraded = answer.usable && !node.reportedState().isEmpty() &&
                           node.reportedState() != QLatin1String("up");
    if (answer.usable)
        observation.latencyMs = probe.latencyMs;
    HealthTracker::Status status = m_health.observe(probe.id, observation, nowMs);
    if (answer.usable && probe.slow) {
        // Seen, but past its deadline: Slow with the measured latency.
        status = m_health.observeSlow(probe.id, probe.latencyMs);
        node = node.withError(probe.error);
    }
    node = HealthTracker::applied(node, status);
    if (!answer.usable)
        return node.withError(answer.error);
    node = ClockAssessment::withFilter(node, m_clockFilters.value(probe.id), nowMs * 1000);
    node = node.withProbePath(probe.path);
    if (node.health() == NodeHealth::Up || node.health() == NodeHealth::Degraded ||
        node.health() == NodeHealth::Slow)
        m_lastUp[node.id()] = nowMs;
    return node;
}

ClusterSnapshot ClusterMonitor::assemble(const PollOutcome &outcome, qint64 nowMs)
{
    const AssessmentThresholds thresholds = assessmentThresholds();
    QList<NodeSnapshot> nodes;
    for (const NodeProbe &probe : outcome.nodes)
        nodes.append(assessNode(probe, nowMs));
    nodes = ClockAssessment(thresholds).withLocalClock(m_localClock()).apply(nodes);
    const QString primaryId =
        outcome.reachable || !m_lastSnapshot ? outcome.primaryId : m_lastSnapshot->primaryId();
    nodes = m_config.apply(nodes, primaryId, nowMs);
    if (outcome.license)
        m_license = *outcome.license;

    QString clusterId = outcome.clusterId;
    QString clusterName = outcome.clusterName;
    if (!outcome.reachable && m_lastSnapshot) {
        clusterId = m_lastSnapshot->clusterId();
        clusterName = m_lastSnapshot->clusterName();
    }
    const ClusterSnapshot snapshot = polledSnapshot(outcome, clusterId, clusterName, nodes, nowMs)
                                         .withPrimaryId(primaryId)
                                         .withLicense(m_license)
                                         .assessed(thresholds, nowMs, m_lastUp);
    const QList<Finding> extra = routingFindings(outcome);
    return extra.isEmpty() ? snapshot : snapshot.withFindings(snapshot.findings() + extra);
}

ClusterSnapshot ClusterMonitor::polledSnapshot(const PollReading &reading, const QString &clusterId,
                                               const QString &clusterName,
                                               QList<NodeSnapshot> nodes, qint64 nowMs) const
{
    const ClusterSnapshot::LoadBalancerView lbView = reading.applyStats(nodes);
    return ClusterSnapshot()
        .withProfileId(m_profile.id)
        .withCluster(clusterId, clusterName)
        .withTakenAtMs(nowMs)
        .withReachable(reading.reachable, reading.error, reading.errorCode)
        .withNodes(nodes)
        .withLoadBalancerView(lbView);
}

ClusterSnapshot ClusterMonitor::publish(ClusterSnapshot snapshot, bool reachable, qint64 nowMs)
{
    m_lastPollTookMs = nowMs - m_pollStartedAtMs;
    if (scheduleNext(reachable)) {
        ++m_latePolls;
        snapshot = snapshot.withFindings(
            snapshot.findings() +
            QList<Finding>{lateFinding(m_lastPollTookMs, m_profile.pollIntervalMs)});
    }
    m_lastSnapshot = snapshot;
    persist(snapshot, nowMs);
    emit snapshotReady(snapshot);
    return snapshot;
}

AssessmentThresholds ClusterMonitor::assessmentThresholds() const
{
    AssessmentThresholds thresholds;
    thresholds.clockWarnMs = m_profile.clockWarnMs;
    thresholds.clockCritMs = m_profile.clockCritMs;
    thresholds.stalledAfterSeconds = m_profile.stalledAfterSeconds;
    return thresholds;
}

void ClusterMonitor::persist(const ClusterSnapshot &snapshot, qint64 nowMs)
{
    if (!m_store)
        return;
    QList<NodeSample> samples;
    QStringList upIds;
    for (const NodeSnapshot &node : snapshot.nodes()) {
        NodeSample sample;
        sample.nodeId = node.id();
        sample.timeMs = nowMs;
        const bool answered = node.lastSeenMs() == nowMs;
        if (answered) {
            sample.state =
                node.reportedState().isEmpty() ? QStringLiteral("up") : node.reportedState();
            sample.latencyMs = node.latencyMs();
            sample.revision = node.config().revision;
            sample.activeRequests = node.activeRequests();
            sample.rssBytes = node.rssBytes();
            if (node.clock().measured) {
                sample.offsetMs = node.clock().offsetMs;
                sample.errorMs = node.clock().errorMs;
            }
            upIds.append(node.id());
        } else {
            sample.state = nodeHealthKey(node.health());
        }
        samples.append(sample);
    }
    // One record per cycle: the store writes it together with the other clusters' records that
    // are waiting, in one transaction.
    m_store->recordCycle(
        {m_profile.id, nowMs, samples,
         StoredSnapshot{nowMs, QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact)},
         upIds});
}
