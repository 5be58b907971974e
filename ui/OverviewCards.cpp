// OverviewPanel's cards: what each says about the snapshot (the widgets are in
// OverviewPanel.cpp). Every card reads the same snapshot as the findings list.
#include "ClockAssessment.h"
#include "OffsetText.h"
#include "OverviewPanel.h"

#include <algorithm>
#include <cmath>

namespace {

// The snapshot's nodes in the order of their ids: a poll lists them as their answers came, so
// a card that names several nodes would otherwise reorder them from one poll to the next.
QList<NodeSnapshot> nodesById(const ClusterSnapshot &snapshot)
{
    QList<NodeSnapshot> nodes = snapshot.nodes();
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const NodeSnapshot &a, const NodeSnapshot &b) { return a.id() < b.id(); });
    return nodes;
}

} // namespace

OverviewPanel::CardContent OverviewPanel::nodesCard() const
{
    if (!m_hasSnapshot || m_snapshot.nodes().isEmpty())
        return {tr("—"), tr("No node known yet."), Severity::Ok, false};
    // From the same counts the findings are made of: a node that missed this poll or answered
    // too late is not "up" here while a finding says so.
    const ClusterSnapshot::Counts counts = m_snapshot.counts();
    QStringList parts;
    if (counts.degraded > 0)
        parts << tr("%n degraded", nullptr, counts.degraded);
    if (counts.slow > 0)
        parts << tr("%n slow", nullptr, counts.slow);
    if (counts.missed > 0)
        parts << tr("%n missed the last poll", nullptr, counts.missed);
    if (counts.unreachable > 0)
        parts << tr("%n unreachable", nullptr, counts.unreachable);
    const int other = counts.total - counts.up - counts.degraded - counts.slow - counts.missed -
                      counts.unreachable;
    if (other > 0)
        parts << tr("%n not checked yet", nullptr, other);
    const Severity severity = counts.unreachable > 0     ? Severity::Critical
                              : counts.up < counts.total ? Severity::Warning
                                                         : Severity::Ok;
    return {tr("%1 / %2 up").arg(counts.up).arg(counts.total),
            parts.isEmpty() ? tr("Every node answers.") : parts.join(tr(", ")), severity, true};
}

OverviewPanel::CardContent OverviewPanel::clockCard() const
{
    std::optional<NodeSnapshot> worst;
    for (const NodeSnapshot &node : m_snapshot.nodes()) {
        const NodeSnapshot::Clock clock = node.clock();
        if (clock.measured && !clock.reference.isEmpty() &&
            (!worst ||
             std::fabs(clock.offsetVsMedianMs) > std::fabs(worst->clock().offsetVsMedianMs)))
            worst = node;
    }
    if (m_hasSnapshot && !worst) {
        // Measured, but no referee: the pair finding speaks, no node is blamed here.
        for (const Finding &finding : m_snapshot.findings()) {
            if (finding.code == QLatin1String("clock.pair-disagrees"))
                return {tr("Cannot tell"), finding.text, finding.severity, true};
        }
        QStringList measured;
        for (const NodeSnapshot &node : nodesById(m_snapshot)) {
            if (node.clock().measured)
                measured << node.name();
        }
        if (!measured.isEmpty())
            return {tr("Not judged"),
                    tr("Measured: %1. Without a synchronized clock to trust, fewer than three "
                       "nodes are not judged.")
                        .arg(measured.join(tr(", "))),
                    Severity::Ok, true};
    }
    if (!m_hasSnapshot || !worst)
        return {tr("—"), tr("No clock measured yet."), Severity::Ok, false};
    const NodeSnapshot::Clock clock = worst->clock();
    const QString against =
        clock.reference == ClockAssessment::TrustedNodes
            ? tr("%1 against the synchronized nodes (±\u00a0%2\u00a0ms network)")
        : clock.reference == ClockAssessment::ThisComputer
            ? tr("%1 against this computer's synchronized clock (±\u00a0%2\u00a0ms network)")
            : tr("%1 against the cluster median (±\u00a0%2\u00a0ms network)");
    return {tr("%1 ms").arg(OffsetText::signedMilliseconds(clock.offsetVsMedianMs)),
            against.arg(worst->name()).arg(clock.errorMs, 0, 'f', 1), clock.severity, true};
}

OverviewPanel::CardContent OverviewPanel::configCard() const
{
    if (!m_hasSnapshot || m_snapshot.nodes().isEmpty())
        return {tr("—"), tr("No revision known yet."), Severity::Ok, false};
    const ClusterSnapshot::Counts counts = m_snapshot.counts();
    Severity findingSeverity = Severity::Ok;
    for (const Finding &finding : m_snapshot.findings()) {
        if (finding.category == Finding::Category::Config)
            findingSeverity = std::max(findingSeverity, finding.severity);
    }
    const QList<NodeSnapshot> nodes = nodesById(m_snapshot);
    for (const Finding &finding : m_snapshot.findings()) {
        if (finding.code == QLatin1String("config.primary-behind"))
            return {tr("Primary behind"), finding.text, Severity::Critical, true};
    }
    if (counts.diverged > 0) {
        QStringList names;
        for (const NodeSnapshot &node : nodes) {
            if (node.config().agreement == ConfigAgreementState::Diverged)
                names << node.name();
        }
        return {tr("%n diverged", nullptr, counts.diverged),
                tr("Same revision, different content: %1").arg(names.join(tr(", "))),
                Severity::Critical, true};
    }
    if (counts.behind > 0) {
        std::optional<NodeSnapshot> furthest;
        bool stalled = false;
        for (const NodeSnapshot &node : nodes) {
            const ConfigAgreementState state = node.config().agreement;
            if (state != ConfigAgreementState::Behind && state != ConfigAgreementState::Stalled)
                continue;
            stalled = stalled || state == ConfigAgreementState::Stalled;
            if (!furthest || node.config().revisionsBehind > furthest->config().revisionsBehind)
                furthest = node;
        }
        const qint64 behind = furthest ? furthest->config().revisionsBehind : 0;
        const QString name = furthest ? furthest->name() : QString();
        return {
            tr("%n behind", nullptr, counts.behind),
            behind == 1
                ? tr("%1 is 1 revision behind the primary").arg(name)
                : tr("%1 is %2 revisions behind the primary").arg(name, QString::number(behind)),
            std::max(
                {findingSeverity, Severity::Info, stalled ? Severity::Warning : Severity::Info}),
            true};
    }
    if (counts.inSync == counts.total) {
        std::optional<qint64> revision;
        if (const auto primary = m_snapshot.node(m_snapshot.primaryId()))
            revision = primary->config().revision;
        return {tr("All in sync"),
                revision ? tr("Revision %1 on every node").arg(*revision)
                         : tr("Every node has the same configuration."),
                findingSeverity, true};
    }
    // Agreement is judged against the primary's revision: without it (the primary silent),
    // say what the nodes that answered report rather than that they reported nothing.
    QStringList reported;
    QStringList silent;
    for (const NodeSnapshot &node : nodes) {
        if (node.config().revision)
            reported << tr("%1 at %2").arg(node.name()).arg(*node.config().revision);
        else
            silent << node.name();
    }
    const auto primary = m_snapshot.node(m_snapshot.primaryId());
    const bool primaryKnown = primary && primary->config().revision;
    QString detail;
    if (!primaryKnown && !reported.isEmpty())
        detail = tr("The primary's revision is not known, so agreement cannot be judged. "
                    "Reported: %1.")
                     .arg(reported.join(tr(", ")));
    else if (!silent.isEmpty())
        detail = tr("Not reported by: %1.").arg(silent.join(tr(", ")));
    else
        detail = tr("Agreement is not judged yet.");
    return {tr("%1 of %2 in sync").arg(counts.inSync).arg(counts.total), detail,
            std::max(findingSeverity, Severity::Info), true};
}

OverviewPanel::CardContent OverviewPanel::loadBalancerCard() const
{
    if (!m_hasSnapshot)
        return {tr("—"), QString(), Severity::Ok, false};
    const ClusterSnapshot::LoadBalancerView view = m_snapshot.loadBalancerView();
    if (view.available) {
        const Severity severity = view.serversUp >= view.serversTotal ? Severity::Ok
                                  : view.serversUp == 0               ? Severity::Critical
                                                                      : Severity::Warning;
        return {tr("%1 / %2 up").arg(view.serversUp).arg(view.serversTotal),
                tr("Servers in the load balancer's statistics"), severity, true};
    }
    if (view.error.isEmpty())
        return {tr("No statistics URL"),
                tr("Add the HAProxy statistics URL to this cluster's settings to see the load "
                   "balancer's view."),
                Severity::Ok, false};
    return {tr("Unavailable"), tr("The statistics could not be read: %1").arg(view.error),
            Severity::Warning, true};
}

OverviewPanel::CardContent OverviewPanel::timeSyncCard() const
{
    int synchronized = 0;
    int reported = 0;
    int trusted = 0;
    std::optional<qint64> worstErrorUs;
    QStringList unsynchronized;
    for (const NodeSnapshot &node : nodesById(m_snapshot)) {
        const NodeSnapshot::Clock clock = node.clock();
        if (!clock.ntpSynchronized)
            continue;
        ++reported;
        trusted += clock.trusted ? 1 : 0;
        if (!*clock.ntpSynchronized) {
            unsynchronized << node.name();
            continue;
        }
        ++synchronized;
        if (clock.maxErrorUs && (!worstErrorUs || *clock.maxErrorUs > *worstErrorUs))
            worstErrorUs = clock.maxErrorUs;
    }
    if (!m_hasSnapshot || reported == 0)
        return {tr("—"), tr("No node has reported its time sync yet."), Severity::Ok, false};
    QStringList detail;
    if (!unsynchronized.isEmpty())
        detail << tr("Not synchronized: %1").arg(unsynchronized.join(tr(", ")));
    if (worstErrorUs)
        detail << tr("Largest NTP maximum error: %1\u00a0ms")
                      .arg(double(*worstErrorUs) / 1000.0, 0, 'f', 1);
    detail << (trusted == 0   ? tr("No node is a trusted clock reference.")
               : trusted == 1 ? tr("1 trusted clock reference")
                              : tr("%1 trusted clock references").arg(trusted));
    return {tr("%1 / %2 synced").arg(synchronized).arg(reported), detail.join(tr("; ")),
            unsynchronized.isEmpty() ? Severity::Ok : Severity::Warning, true};
}
