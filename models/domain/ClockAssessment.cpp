#include "ClockAssessment.h"

#include <cmath>

ClockAssessment::ClockAssessment(double warnMs, double critMs)
    : m_warnMs(warnMs)
    , m_critMs(critMs)
{}

ClockAssessment::ClockAssessment(const AssessmentThresholds &thresholds)
    : ClockAssessment(thresholds.clockWarnMs, thresholds.clockCritMs)
{}

ClockAssessment ClockAssessment::withLocalClock(const LocalClockState &local) const
{
    ClockAssessment copy = *this;
    copy.m_local = local;
    return copy;
}

Severity ClockAssessment::severityFor(double offsetVsMedianMs, double errorMs,
                                      std::optional<bool> ntpSynchronized) const
{
    const double certainMs = std::fabs(offsetVsMedianMs) - std::fabs(errorMs);
    Severity severity = Severity::Ok;
    if (certainMs > m_critMs)
        severity = Severity::Critical;
    else if (certainMs > m_warnMs)
        severity = Severity::Warning;
    if (ntpSynchronized == false)
        severity = std::max(severity, Severity::Warning);
    return severity;
}

bool ClockAssessment::isTrusted(std::optional<bool> synchronized,
                                std::optional<qint64> maxErrorUs) const
{
    return synchronized == true && maxErrorUs && *maxErrorUs >= 0 &&
           double(*maxErrorUs) <= m_warnMs * 1000.0;
}

NodeSnapshot ClockAssessment::withSample(const NodeSnapshot &node, const ClockSample &sample)
{
    NodeSnapshot::Clock clock = node.clock();
    clock.measured = true;
    clock.offsetMs = sample.offsetMs();
    clock.errorMs = sample.errorBoundMs();
    return node.withClock(clock);
}

std::optional<double> ClockAssessment::medianOffsetMs(const QList<NodeSnapshot> &nodes)
{
    QList<double> offsets;
    for (const NodeSnapshot &node : nodes) {
        if (node.clock().measured)
            offsets.append(node.clock().offsetMs);
    }
    return ClockSample::median(offsets);
}

std::optional<ClockAssessment::Reference>
ClockAssessment::reference(const QList<NodeSnapshot> &nodes) const
{
    QList<double> trusted;
    int measured = 0;
    for (const NodeSnapshot &node : nodes) {
        const NodeSnapshot::Clock clock = node.clock();
        if (!clock.measured)
            continue;
        ++measured;
        if (isTrusted(clock.ntpSynchronized, clock.maxErrorUs))
            trusted.append(clock.offsetMs);
    }
    const bool localTrusted = m_local.known && isTrusted(m_local.synchronized, m_local.maxErrorUs);
    if (!trusted.isEmpty() || localTrusted) {
        // This computer's clock is at offset 0 by definition.
        const QString kind = trusted.isEmpty() ? ThisComputer : TrustedNodes;
        if (localTrusted)
            trusted.append(0.0);
        return Reference{kind, *ClockSample::median(trusted)};
    }
    // A median of two is no referee: either clock may be the wrong one.
    if (measured < 3)
        return std::nullopt;
    return Reference{Median, *medianOffsetMs(nodes)};
}

QList<NodeSnapshot> ClockAssessment::apply(const QList<NodeSnapshot> &nodes) const
{
    const std::optional<Reference> referee = reference(nodes);
    QList<NodeSnapshot> result;
    result.reserve(nodes.size());
    for (const NodeSnapshot &node : nodes) {
        NodeSnapshot::Clock clock = node.clock();
        clock.trusted = isTrusted(clock.ntpSynchronized, clock.maxErrorUs);
        const bool judged = clock.measured && referee;
        clock.reference = judged ? referee->kind : QString();
        clock.offsetVsMedianMs = judged ? clock.offsetMs - referee->offsetMs : 0.0;
        clock.severity =
            judged ? severityFor(clock.offsetVsMedianMs, clock.errorMs, clock.ntpSynchronized)
                   : severityFor(0, 0, clock.ntpSynchronized);
        result.append(node.withClock(clock));
    }
    return result;
}

namespace {

QString roundedMs(double ms)
{
    return QString::number(qRound64(std::fabs(ms)));
}

QString offsetText(const NodeSnapshot &node)
{
    const NodeSnapshot::Clock clock = node.clock();
    const bool ahead = clock.offsetVsMedianMs > 0;
    const QString amount = roundedMs(clock.offsetVsMedianMs);
    if (clock.reference == ClockAssessment::TrustedNodes) {
        return ahead ? Finding::tr("%1's clock is %2 ms ahead of the nodes whose clocks are "
                                   "synchronized")
                           .arg(node.name(), amount)
                     : Finding::tr("%1's clock is %2 ms behind the nodes whose clocks are "
                                   "synchronized")
                           .arg(node.name(), amount);
    }
    if (clock.reference == ClockAssessment::ThisComputer) {
        return ahead ? Finding::tr("%1's clock is %2 ms ahead of this computer's synchronized "
                                   "clock")
                           .arg(node.name(), amount)
                     : Finding::tr("%1's clock is %2 ms behind this computer's synchronized "
                                   "clock")
                           .arg(node.name(), amount);
    }
    return ahead ? Finding::tr("%1's clock is %2 ms ahead of the cluster median")
                       .arg(node.name(), amount)
                 : Finding::tr("%1's clock is %2 ms behind the cluster median")
                       .arg(node.name(), amount);
}

} // namespace

std::optional<Finding> ClockAssessment::pairFinding(const QList<NodeSnapshot> &nodes) const
{
    QList<NodeSnapshot> unjudged;
    for (const NodeSnapshot &node : nodes) {
        if (node.clock().measured && node.clock().reference.isEmpty())
            unjudged.append(node);
    }
    if (unjudged.size() != 2)
        return std::nullopt;
    const NodeSnapshot::Clock a = unjudged.at(0).clock();
    const NodeSnapshot::Clock b = unjudged.at(1).clock();
    const double apart = a.offsetMs - b.offsetMs;
    const Severity severity = severityFor(apart, a.errorMs + b.errorMs, std::nullopt);
    if (severity == Severity::Ok)
        return std::nullopt;
    Finding finding;
    finding.severity = severity;
    finding.category = Finding::Category::Clock;
    finding.code = QStringLiteral("clock.pair-disagrees");
    finding.text = Finding::tr("%1 and %2 disagree by %3 ms; cannot tell which is wrong")
                       .arg(unjudged.at(0).name(), unjudged.at(1).name(), roundedMs(apart));
    finding.action = Finding::tr("Check the time service (NTP) on %1 and %2; once either "
                                 "reports a synchronized clock, Clusterdesk can tell which "
                                 "one is off.")
                         .arg(unjudged.at(0).name(), unjudged.at(1).name());
    return finding;
}

QList<Finding> ClockAssessment::findings(const QList<NodeSnapshot> &nodes) const
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        const NodeSnapshot::Clock clock = node.clock();
        const Severity offsetSeverity =
            clock.measured && !clock.reference.isEmpty()
                ? severityFor(clock.offsetVsMedianMs, clock.errorMs, std::nullopt)
                : Severity::Ok;
        if (offsetSeverity != Severity::Ok) {
            const QString vsConsole =
                clock.offsetMs >= 0
                    ? Finding::tr("±%1 ms network bound; %2 ms ahead of this computer")
                    : Finding::tr("±%1 ms network bound; %2 ms behind this computer");
            Finding finding;
            finding.severity = offsetSeverity;
            finding.category = Finding::Category::Clock;
            finding.code = QStringLiteral("clock.offset");
            finding.nodeId = node.id();
            finding.text = offsetText(node) + QStringLiteral(" (") +
                           vsConsole.arg(roundedMs(clock.errorMs), roundedMs(clock.offsetMs)) +
                           QLatin1Char(')');
            finding.action = Finding::tr("Check the time service (NTP) on %1.").arg(node.name());
            findings.append(finding);
        }
        if (clock.ntpSynchronized == false) {
            Finding finding;
            finding.severity = Severity::Warning;
            finding.category = Finding::Category::Clock;
            finding.code = QStringLiteral("clock.unsynchronized");
            finding.nodeId = node.id();
            finding.text =
                Finding::tr("%1 reports that its clock is not synchronized").arg(node.name());
            finding.action = Finding::tr("Check that the time service (chrony, ntpd or "
                                         "systemd-timesyncd) runs on %1 and reaches its servers.")
                                 .arg(node.name());
            findings.append(finding);
        }
    }
    if (const auto pair = pairFinding(nodes))
        findings.append(*pair);
    return findings;
}

QString ClockAssessment::ruleText()
{
    return Finding::tr(
        "Clocks are judged against trusted references first: nodes whose kernel reports "
        "synchronized time with a maximum error within the warning limit, and this computer's "
        "clock when its kernel reports the same. Without a trusted reference, three or more "
        "nodes are compared with their median; two nodes that disagree are reported as a pair "
        "and neither is blamed. \u00b1 is the network bound of the measurement only; the "
        "node's own NTP error is shown beside it.");
}
