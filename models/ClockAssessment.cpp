#include "ClockAssessment.h"

#include <cmath>

ClockAssessment::ClockAssessment(double warnMs, double critMs)
    : m_warnMs(warnMs)
    , m_critMs(critMs)
{}

ClockAssessment::ClockAssessment(const AssessmentThresholds &thresholds)
    : ClockAssessment(thresholds.clockWarnMs, thresholds.clockCritMs)
{}

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

QList<NodeSnapshot> ClockAssessment::apply(const QList<NodeSnapshot> &nodes) const
{
    const std::optional<double> median = medianOffsetMs(nodes);
    QList<NodeSnapshot> result;
    result.reserve(nodes.size());
    for (const NodeSnapshot &node : nodes) {
        NodeSnapshot::Clock clock = node.clock();
        clock.offsetVsMedianMs = clock.measured && median ? clock.offsetMs - *median : 0.0;
        clock.severity = clock.measured ? severityFor(clock.offsetVsMedianMs, clock.errorMs,
                                                      clock.ntpSynchronized)
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

} // namespace

QList<Finding> ClockAssessment::findings(const QList<NodeSnapshot> &nodes) const
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        const NodeSnapshot::Clock clock = node.clock();
        const Severity offsetSeverity =
            clock.measured ? severityFor(clock.offsetVsMedianMs, clock.errorMs, std::nullopt)
                           : Severity::Ok;
        if (offsetSeverity != Severity::Ok) {
            const QString vsMedian =
                clock.offsetVsMedianMs > 0
                    ? Finding::tr("%1's clock is %2 ms ahead of the cluster median")
                    : Finding::tr("%1's clock is %2 ms behind the cluster median");
            const QString vsConsole = clock.offsetMs >= 0
                                          ? Finding::tr("±%1 ms; %2 ms ahead of this computer")
                                          : Finding::tr("±%1 ms; %2 ms behind this computer");
            Finding finding;
            finding.severity = offsetSeverity;
            finding.category = Finding::Category::Clock;
            finding.code = QStringLiteral("clock.offset");
            finding.nodeId = node.id();
            finding.text = vsMedian.arg(node.name(), roundedMs(clock.offsetVsMedianMs)) +
                           QStringLiteral(" (") +
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
    return findings;
}
