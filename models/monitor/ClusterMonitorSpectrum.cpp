// ClusterMonitor's second poll path: a cluster without Clusterdesk's management API, polled
// through what Spectrum documents (SpectrumPollCycle) and judged with the same health, clock
// and load-balancer rules, plus the service catalogues compared across nodes.

#include "ClockAssessment.h"
#include "ClusterMonitor.h"

#include <QCoreApplication>
#include <QDateTime>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterMonitor)
};

// A node URL's id: what the user wrote, without the scheme ("10.0.0.5:8080").
QString nodeIdOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Finding hostCheckFinding()
{
    Finding finding;
    finding.severity = Severity::Critical;
    finding.category = Finding::Category::Cluster;
    finding.code = QStringLiteral("auth.host-check");
    finding.text = Tr::tr("Sign-in works, but the next request with the new token is refused as "
                          "an invalid token: Spectrum ties tokens to the host that requested "
                          "them, and the load balancer sent the request elsewhere.");
    finding.action = Tr::tr("Disable the host check of token authentication in "
                            "spectrum-container.properties on every node (then restart them), "
                            "or make the load balancer keep each client on one node (sticky "
                            "sessions).");
    return finding;
}

// Nodes answer at their own URLs but nothing comes back through the load balancer.
Finding loadBalancerSilentFinding(const QUrl &url, const QString &error)
{
    Finding finding;
    finding.severity = Severity::Critical;
    finding.category = Finding::Category::Cluster;
    finding.code = QStringLiteral("lb.unreachable");
    finding.text = Tr::tr("The nodes answer at their own addresses, but no request gets through "
                          "the load balancer (%1): the cluster's clients cannot reach it.")
                       .arg(error.isEmpty() ? Tr::tr("no answer") : error);
    finding.action = Tr::tr("Check the load balancer at %1: is it running, and does it forward "
                            "to the nodes?")
                         .arg(url.toDisplayString());
    return finding;
}

// The Date estimate is asked for more samples within a poll until its bound is this tight.
constexpr qint64 DateBoundTargetUs = 20 * 1000;
// Inconsistent samples in a row that mean the node's clock stepped: the estimate starts again.
constexpr int DateStepRejections = 3;

} // namespace

// The per-node clients sign in with the same credentials as the load balancer's.
void ClusterMonitor::setPasswordCredentials(const QString &user, const QString &password)
{
    m_client->setPasswordCredentials(user, password);
    m_user = user;
    m_password = password;
    m_token.clear();
    for (ApiClient *client : std::as_const(m_directClients))
        client->setPasswordCredentials(user, password);
}

void ClusterMonitor::setToken(const QString &token)
{
    m_client->setToken(token);
    m_user.clear();
    m_password.clear();
    m_token = token;
    for (ApiClient *client : std::as_const(m_directClients))
        client->setToken(token);
}

ApiClient *ClusterMonitor::directClient(const QUrl &url)
{
    const QString key = url.toString(QUrl::FullyEncoded);
    if (ApiClient *client = m_directClients.value(key))
        return client;
    auto *client = new ApiClient(m_client->dispatcher(), this);
    client->setBaseUrl(url);
    client->setTlsPolicy(m_tlsPolicy);
    client->setTokenKind(m_profile.tokenKind);
    client->setTokenTtlMinutes(m_client->tokenTtlMinutes());
    if (!m_password.isEmpty())
        client->setPasswordCredentials(m_user, m_password);
    else if (!m_token.isEmpty())
        client->setToken(m_token);
    m_directClients.insert(key, client);
    return client;
}

void ClusterMonitor::endSessions(std::chrono::milliseconds timeout, const QObject *context,
                                 std::function<void()> done)
{
    struct Pending
    {
        int logouts = 0;
        QPointer<const QObject> context;
        std::function<void()> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->done = std::move(done);
    // Whichever comes first, once, and only while the caller lives. Not tied to the monitor:
    // it may be deleted meanwhile (a removed cluster), the logouts are the dispatcher's and
    // still answered; but the caller (a hub, a report) may be gone by then too.
    const auto fire = [pending] {
        auto callback = std::exchange(pending->done, nullptr);
        if (callback && pending->context)
            callback();
    };
    QList<ApiClient *> clients = directClients();
    clients.prepend(m_client);
    for (ApiClient *client : std::as_const(clients)) {
        ++pending->logouts;
        const bool sent = client->logout([pending, fire](bool) {
            if (--pending->logouts == 0)
                fire();
        });
        if (!sent)
            --pending->logouts;
    }
    QTimer::singleShot(pending->logouts == 0 ? std::chrono::milliseconds(0) : timeout, context,
                       fire);
}

void ClusterMonitor::beginSpectrumPoll()
{
    SpectrumPlan plan;
    plan.requestTimeout = m_requestTimeout;
    plan.nodeTimeout = std::min(m_nodeTimeout, m_requestTimeout);
    plan.haproxyStatsUrl = PollCycle::csvUrl(m_profile.haproxyStatsUrl);
    plan.tlsPolicy = m_tlsPolicy;
    // Asked until known absent: a catalogue that timed out once is asked again.
    plan.readRest = m_capabilities.restCatalogue != ClusterCapabilities::State::Absent;
    plan.readSoap = m_capabilities.soapCatalogue != ClusterCapabilities::State::Absent;
    for (const QUrl &url : std::as_const(m_profile.nodeUrls))
        plan.nodes.append({m_nodeNames.value(url.toString(), nodeIdOf(url)), url});
    plan.nextDateSampleAtUs = [this](const QString &id, const QList<DateHeaderSample> &samples) {
        return nextDateSampleAtUs(id, samples);
    };
    ++m_pollCount;
    m_pollStartedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_spectrumCycle = new SpectrumPollCycle(
        m_client, [this](const QUrl &url) { return directClient(url); }, plan, this);
    connect(m_spectrumCycle, &SpectrumPollCycle::finished, this,
            &ClusterMonitor::onSpectrumFinished);
    setState(PollState::Polling, 0);
    m_spectrumCycle->start();
}

void ClusterMonitor::learnCapabilities(const SpectrumPollOutcome &outcome)
{
    using State = ClusterCapabilities::State;
    const auto judge = [&outcome](int SpectrumNodeProbe::*status) {
        State state = State::Unknown;
        for (const SpectrumNodeProbe &probe : outcome.nodes) {
            const State seen = ClusterCapabilities::stateFromHttpStatus(probe.*status);
            if (seen == State::Available)
                return State::Available;
            if (seen == State::Absent)
                state = State::Absent;
        }
        return state;
    };
    const State rest = judge(&SpectrumNodeProbe::restStatus);
    const State soap = judge(&SpectrumNodeProbe::soapStatus);
    if (rest != State::Unknown)
        m_capabilities.restCatalogue = rest;
    if (soap != State::Unknown)
        m_capabilities.soapCatalogue = soap;
    if (outcome.reachable)
        m_capabilities.spectrumTokens = State::Available;
    m_capabilities.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
}

std::optional<qint64>
ClusterMonitor::nextDateSampleAtUs(const QString &nodeId,
                                   const QList<DateHeaderSample> &samples) const
{
    DateHeaderClock clock = m_dateClocks.value(nodeId);
    qint64 roundTripUs = 0;
    for (const DateHeaderSample &sample : samples) {
        clock.add(sample.sentAtUs, sample.receivedAtUs, sample.dateSeconds);
        const qint64 took = sample.receivedAtUs - sample.sentAtUs;
        roundTripUs = roundTripUs > 0 ? std::min(roundTripUs, took) : took;
    }
    if (clock.hasEstimate() && clock.errorBoundUs() <= DateBoundTargetUs)
        return std::nullopt;
    return clock.nextSendUs(QDateTime::currentMSecsSinceEpoch() * 1000, roundTripUs);
}

void ClusterMonitor::learnDateClocks(const SpectrumPollOutcome &outcome)
{
    for (const SpectrumNodeProbe &probe : outcome.nodes) {
        if (probe.dateSamples.isEmpty())
            continue;
        DateHeaderClock &clock = m_dateClocks[probe.id];
        for (const DateHeaderSample &sample : probe.dateSamples) {
            clock.add(sample.sentAtUs, sample.receivedAtUs, sample.dateSeconds);
            if (clock.consecutiveRejections() >= DateStepRejections) {
                clock.reset();
                clock.add(sample.sentAtUs, sample.receivedAtUs, sample.dateSeconds);
            }
        }
    }
}

void ClusterMonitor::onSpectrumFinished(const SpectrumPollOutcome &outcome)
{
    if (m_spectrumCycle) {
        m_spectrumCycle->disconnect(this);
        m_spectrumCycle->deleteLater();
        m_spectrumCycle = nullptr;
    }
    learnCapabilities(outcome);
    learnDateClocks(outcome);
    // HAProxy's name for a node given by URL stays when a poll cannot read the statistics, so
    // the node keeps its history and clock estimate.
    for (const SpectrumNodeProbe &probe : outcome.nodes) {
        if (!probe.directUrl.isEmpty())
            m_nodeNames.insert(probe.directUrl.toString(), probe.id);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    publish(assembleSpectrum(outcome, nowMs), outcome.reachable, nowMs);
}

NodeSnapshot ClusterMonitor::assessSpectrumNode(const SpectrumNodeProbe &probe, qint64 nowMs)
{
    NodeSnapshot node = NodeSnapshot::placeholder(probe.id, probe.id, probe.directUrl);
    HealthTracker::Observation observation;
    observation.answered = probe.answered;
    if (probe.answered)
        observation.latencyMs = probe.latencyMs;
    HealthTracker::Status status = m_health.observe(probe.id, observation, nowMs);
    if (probe.answered && probe.slow)
        status = m_health.observeSlow(probe.id, probe.latencyMs);
    node = HealthTracker::applied(node, status);
    if (!probe.answered || probe.slow)
        node = node.withError(probe.error);
    if (!probe.answered)
        return node;
    m_lastUp[node.id()] = nowMs;
    if (const DateHeaderClock clock = m_dateClocks.value(probe.id); clock.hasEstimate()) {
        NodeSnapshot::Clock estimate = node.clock();
        estimate.measured = true;
        estimate.offsetMs = clock.offsetMs();
        estimate.errorMs = clock.errorBoundMs();
        node = node.withClock(estimate);
    }
    return node.withProbePath(probe.path);
}

ClusterSnapshot ClusterMonitor::assembleSpectrum(const SpectrumPollOutcome &outcome, qint64 nowMs)
{
    const AssessmentThresholds thresholds = assessmentThresholds();
    QList<NodeSnapshot> nodes;
    QList<NodeCatalogue> catalogues;
    for (const SpectrumNodeProbe &probe : outcome.nodes) {
        nodes.append(assessSpectrumNode(probe, nowMs));
        // Only a node that answered can be said to lack a service.
        if (probe.answered)
            catalogues.append(probe.catalogue);
    }
    nodes = ClockAssessment(thresholds).withLocalClock(m_localClock()).apply(nodes);
    const QList<ExposedService> services = CatalogueAgreement::exposedServices(catalogues);
    const QString name = m_lastSnapshot && !m_lastSnapshot->clusterName().isEmpty()
                             ? m_lastSnapshot->clusterName()
                             : m_profile.name;
    const ClusterSnapshot snapshot = polledSnapshot(outcome, QString(), name, nodes, nowMs)
                                         .withCapabilities(m_capabilities)
                                         .withServices(services)
                                         .assessed(thresholds, nowMs, m_lastUp);
    QList<Finding> extra = CatalogueAgreement::findings(services);
    if (outcome.hostCheckRefused)
        extra.append(hostCheckFinding());
    if (outcome.reachable && outcome.loadBalancer.asked && !outcome.loadBalancer.answered)
        extra.append(
            loadBalancerSilentFinding(m_profile.loadBalancerUrl, outcome.loadBalancer.error));
    return extra.isEmpty() ? snapshot : snapshot.withFindings(snapshot.findings() + extra);
}
