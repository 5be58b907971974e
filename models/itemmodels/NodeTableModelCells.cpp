// NodeTableModel's cell contents: the text, the raw value for sorting, the tooltip and the
// column headers (the diffing and the severities are in NodeTableModel.cpp).
#include "ClockAssessment.h"
#include "NodeTableModel.h"
#include "OffsetText.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace {

QString maxErrorMs(qint64 maxErrorUs)
{
    return QString::number(double(maxErrorUs) / 1000.0, 'f', 1);
}

QString roleText(const QString &role, const QString &unknown)
{
    if (role == QLatin1String("primary"))
        return NodeTableModel::tr("Primary");
    if (role == QLatin1String("replica"))
        return NodeTableModel::tr("Replica");
    return role.isEmpty() ? unknown : role;
}

QString stateText(const NodeSnapshot &node)
{
    if (node.health() == NodeHealth::Slow)
        return NodeTableModel::tr("Slow (%1 ms)").arg(qRound64(node.latencyMs().value_or(0)));
    if (node.missedPolls() > 0 && node.health() != NodeHealth::Unreachable)
        return node.missedPolls() == 1
                   ? NodeTableModel::tr("%1 (missed 1 poll)").arg(nodeHealthText(node.health()))
                   : NodeTableModel::tr("%1 (missed %2 polls)")
                         .arg(nodeHealthText(node.health()))
                         .arg(node.missedPolls());
    return nodeHealthText(node.health());
}

// The Offset, OffsetVsMedian and TimeSync columns.
QString clockText(const NodeSnapshot::Clock &clock, NodeTableModel::Column column,
                  const QString &unknown)
{
    if (column == NodeTableModel::Column::TimeSync) {
        if (!clock.ntpSynchronized)
            return unknown;
        const bool synced = *clock.ntpSynchronized;
        if (!clock.maxErrorUs)
            return synced ? NodeTableModel::tr("Synced") : NodeTableModel::tr("Not synced");
        const QString bound = maxErrorMs(*clock.maxErrorUs);
        return synced ? NodeTableModel::tr("Synced, ± %1 ms").arg(bound)
                      : NodeTableModel::tr("Not synced, ± %1 ms").arg(bound);
    }
    if (!clock.measured)
        return unknown;
    if (column == NodeTableModel::Column::Offset) {
        // ± is the network bound of this measurement only; the node's own NTP error is in
        // the Time sync column.
        return NodeTableModel::tr("%1 ms ± %2 net")
            .arg(OffsetText::signedMilliseconds(clock.offsetMs))
            .arg(clock.errorMs, 0, 'f', 1);
    }
    if (clock.reference.isEmpty())
        return NodeTableModel::tr("not judged");
    return NodeTableModel::tr("%1 ms").arg(OffsetText::signedMilliseconds(clock.offsetVsMedianMs));
}

QString uptimeText(qint64 s)
{
    if (s >= 86400)
        return NodeTableModel::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
    if (s >= 3600)
        return NodeTableModel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    if (s >= 60)
        return NodeTableModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return NodeTableModel::tr("%1 s").arg(s);
}

QString versionText(const NodeSnapshot &node, const QString &unknown)
{
    if (node.serverVersion().isEmpty())
        return unknown;
    return node.schemaVersion() ? NodeTableModel::tr("%1 (schema %2)")
                                      .arg(node.serverVersion())
                                      .arg(*node.schemaVersion())
                                : node.serverVersion();
}

} // namespace

QString NodeTableModel::displayText(const Row &row, Column column) const
{
    const NodeSnapshot &node = row.node;
    const QString unknown = tr("—");
    switch (column) {
    case Column::Node:
        return node.name();
    case Column::Role:
        return roleText(node.role(), unknown);
    case Column::State:
        return stateText(node);
    case Column::LbState: {
        const NodeSnapshot::LoadBalancer lb = node.loadBalancer();
        if (lb.checkStatus.isEmpty())
            return lbStateText(lb.state);
        return tr("%1 (%2)").arg(lbStateText(lb.state), lb.checkStatus);
    }
    case Column::Latency:
        return node.latencyMs() ? tr("%1 ms").arg(*node.latencyMs(), 0, 'f', 1) : unknown;
    case Column::Offset:
    case Column::OffsetVsMedian:
    case Column::TimeSync:
        return clockText(node.clock(), column, unknown);
    case Column::Revision:
        return node.config().revision ? QString::number(*node.config().revision) : unknown;
    case Column::Checksum:
        return node.config().checksum.isEmpty() ? unknown : shortChecksum(node.config().checksum);
    case Column::Lag: {
        const QVariant lag = rawValue(row, column);
        return lag.isValid() ? QString::number(lag.toLongLong()) : unknown;
    }
    case Column::SyncState:
        if (node.config().syncState == QLatin1String("paused"))
            return tr("Replication paused");
        return configAgreementText(node.config().agreement);
    case Column::Uptime:
        return node.uptimeSeconds() ? uptimeText(*node.uptimeSeconds()) : unknown;
    case Column::ActiveRequests:
        return node.activeRequests() ? QString::number(*node.activeRequests()) : unknown;
    case Column::Memory:
        return node.rssBytes() ? QLocale().formattedDataSize(*node.rssBytes()) : unknown;
    case Column::Version:
        return versionText(node, unknown);
    case Column::LastSeen:
        return node.lastSeenMs() > 0 ? QDateTime::fromMSecsSinceEpoch(node.lastSeenMs())
                                           .toString(QStringLiteral("hh:mm:ss"))
                                     : tr("Never");
    case Column::Count:
        break;
    }
    return {};
}

QVariant NodeTableModel::rawValue(const Row &row, Column column) const
{
    const NodeSnapshot &node = row.node;
    const NodeSnapshot::Clock clock = node.clock();
    switch (column) {
    case Column::Node:
        return node.name();
    case Column::Role:
        return node.role();
    case Column::State:
        return int(node.health());
    case Column::LbState:
        return int(node.loadBalancer().state);
    case Column::Latency:
        return node.latencyMs() ? QVariant(*node.latencyMs()) : QVariant();
    case Column::Offset:
        return clock.measured ? QVariant(clock.offsetMs) : QVariant();
    case Column::OffsetVsMedian:
        return clock.measured && !clock.reference.isEmpty() ? QVariant(clock.offsetVsMedianMs)
                                                            : QVariant();
    case Column::TimeSync:
        // Synchronized clocks first, the smallest error first.
        if (!clock.ntpSynchronized)
            return {};
        return QVariant((*clock.ntpSynchronized ? 0.0 : 1e9) +
                        double(clock.maxErrorUs.value_or(0)) / 1000.0);
    case Column::Revision:
        return node.config().revision ? QVariant(*node.config().revision) : QVariant();
    case Column::Checksum:
        return node.config().checksum.isEmpty() ? QVariant() : QVariant(node.config().checksum);
    case Column::Lag: {
        // Measured against the primary when the console knows; else the node's own figure.
        const NodeSnapshot::Config config = node.config();
        if (config.agreement != ConfigAgreementState::Unknown)
            return QVariant(config.revisionsBehind);
        return config.lag ? QVariant(*config.lag) : QVariant();
    }
    case Column::SyncState:
        return int(node.config().agreement);
    case Column::Uptime:
        return node.uptimeSeconds() ? QVariant(*node.uptimeSeconds()) : QVariant();
    case Column::ActiveRequests:
        return node.activeRequests() ? QVariant(*node.activeRequests()) : QVariant();
    case Column::Memory:
        return node.rssBytes() ? QVariant(*node.rssBytes()) : QVariant();
    case Column::Version:
        return node.serverVersion().isEmpty() ? QVariant() : QVariant(node.serverVersion());
    case Column::LastSeen:
        return node.lastSeenMs() > 0 ? QVariant(node.lastSeenMs()) : QVariant();
    case Column::Count:
        break;
    }
    return {};
}

QString NodeTableModel::toolTip(const Row &row, Column column) const
{
    const NodeSnapshot &node = row.node;
    const NodeSnapshot::Clock clock = node.clock();
    QStringList lines;
    switch (column) {
    case Column::Node:
        lines << tr("Id: %1").arg(node.id());
        if (!node.directUrl().isEmpty())
            lines << node.directUrl().toString();
        if (!node.error().isEmpty())
            lines << node.error();
        break;
    case Column::LbState:
        if (!node.loadBalancer().status.isEmpty())
            lines << tr("HAProxy: %1").arg(node.loadBalancer().status);
        break;
    case Column::Offset:
        lines << tr("± … net is the network bound of this measurement (half the round trip), "
                    "not the node's own clock error (see Time sync).");
        if (clock.maxErrorUs)
            lines << tr("Kernel NTP maximum error: %1 ms").arg(maxErrorMs(*clock.maxErrorUs));
        break;
    case Column::OffsetVsMedian:
        if (clock.reference == ClockAssessment::TrustedNodes)
            lines << tr("Against the nodes whose clocks are synchronized.");
        else if (clock.reference == ClockAssessment::ThisComputer)
            lines << tr("Against this computer's synchronized clock.");
        else if (clock.reference == ClockAssessment::Median)
            lines << tr("Against the median of the nodes (no synchronized clock to trust).");
        else if (clock.measured)
            lines << tr("Not judged: fewer than three nodes and no synchronized clock to trust.");
        lines << ClockAssessment::ruleText();
        break;
    case Column::TimeSync:
        if (clock.ntpSynchronized)
            lines << (clock.trusted ? tr("A trusted clock reference.")
                                    : tr("Not a clock reference: not synchronized or its "
                                         "maximum error is above the warning limit."));
        if (clock.estErrorUs)
            lines << tr("Kernel NTP estimated error: %1 ms").arg(maxErrorMs(*clock.estErrorUs));
        break;
    case Column::Checksum:
        lines << node.config().checksum;
        break;
    case Column::SyncState:
        if (!node.config().syncState.isEmpty())
            lines << tr("The node says: %1").arg(node.config().syncState);
        break;
    default:
        break;
    }
    const auto category = categoryOf(column);
    for (const Finding &finding : row.findings) {
        if (column == Column::Node || finding.category == category)
            lines << finding.text;
    }
    lines.removeAll(QString());
    return lines.join(QLatin1Char('\n'));
}

QVariant NodeTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Column::Offset:
        return tr("This node's clock minus this computer's; ± is the network bound of the "
                  "measurement only.");
    case Column::OffsetVsMedian:
        return ClockAssessment::ruleText();
    case Column::TimeSync:
        return tr("Whether the node's kernel reports its clock as synchronized, and the "
                  "kernel's maximum error.");
    case Column::Checksum:
        return tr("The first 12 hex digits of the configuration checksum.");
    default:
        return {};
    }
}

QString NodeTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Node:
        return tr("Node");
    case Column::Role:
        return tr("Role");
    case Column::State:
        return tr("State");
    case Column::LbState:
        return tr("Load balancer");
    case Column::Latency:
        return tr("Latency");
    case Column::Offset:
        return tr("Clock offset");
    case Column::OffsetVsMedian:
        return tr("vs reference");
    case Column::TimeSync:
        return tr("Time sync");
    case Column::Revision:
        return tr("Revision");
    case Column::Checksum:
        return tr("Checksum");
    case Column::Lag:
        return tr("Lag");
    case Column::SyncState:
        return tr("Configuration");
    case Column::Uptime:
        return tr("Uptime");
    case Column::ActiveRequests:
        return tr("Requests");
    case Column::Memory:
        return tr("Memory");
    case Column::Version:
        return tr("Version");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::Count:
        break;
    }
    return {};
}
