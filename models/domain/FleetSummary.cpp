#include "FleetSummary.h"

#include "OffsetText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FleetSummary)
};

QString ago(qint64 thenMs, qint64 nowMs)
{
    const qint64 seconds = std::max<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 60)
        return Tr::tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return Tr::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return Tr::tr("%n h ago", nullptr, int(seconds / 3600));
    return Tr::tr("%n d ago", nullptr, int(seconds / 86400));
}
} // namespace

FleetSummary FleetSummary::from(const ClusterProfile &profile,
                                const std::optional<ClusterSnapshot> &snapshot, int resourceCount)
{
    FleetSummary summary;
    summary.profileId = profile.id;
    summary.name = profile.name;
    summary.resourceCount = resourceCount;
    summary.group = profile.group;
    summary.capabilities = profile.capabilities;
    if (!snapshot)
        return summary;
    if (snapshot->capabilities().isKnown())
        summary.capabilities = snapshot->capabilities();
    for (const ExposedService &service : snapshot->services())
        summary.servicesDiffering += service.agrees() ? 0 : 1;
    summary.polled = true;
    summary.reachable = snapshot->isReachable();
    summary.stale = snapshot->isStale();
    summary.error = snapshot->error();
    const ClusterSnapshot::Counts counts = snapshot->counts();
    summary.nodesTotal = counts.total;
    summary.nodesUp = counts.up;
    summary.nodesInSync = counts.inSync;
    summary.nodesBehind = counts.behind;
    summary.nodesDiverged = counts.diverged;
    summary.worstOffsetMs = snapshot->worstClockOffsetMs();
    summary.lastRefreshMs = snapshot->takenAtMs();
    summary.worstSeverity = snapshot->worstSeverity();
    summary.findings = int(snapshot->findings().size());
    return summary;
}

bool FleetSummary::inGroup(const QString &clusterGroup, const QString &group)
{
    return group.isEmpty() || clusterGroup == group ||
           clusterGroup.startsWith(group + QLatin1Char('/'));
}

FleetGroupTotals FleetGroupTotals::of(const QList<FleetSummary> &summaries, const QString &group)
{
    FleetGroupTotals totals;
    for (const FleetSummary &summary : summaries) {
        if (!FleetSummary::inGroup(summary.group, group))
            continue;
        ++totals.clusters;
        if (!summary.polled)
            continue;
        ++totals.polled;
        totals.nodesUp += summary.nodesUp;
        totals.nodesTotal += summary.nodesTotal;
        totals.findings += summary.findings;
        totals.worstSeverity = std::max(totals.worstSeverity, summary.worstSeverity);
        if (summary.worstOffsetMs && (!totals.worstOffsetMs || std::abs(*summary.worstOffsetMs) >
                                                                   std::abs(*totals.worstOffsetMs)))
            totals.worstOffsetMs = summary.worstOffsetMs;
    }
    return totals;
}

QString FleetGroupTotals::text() const
{
    QStringList parts{Tr::tr("%n cluster(s)", nullptr, clusters)};
    if (polled == 0) {
        parts << Tr::tr("not polled yet");
    } else {
        parts << Tr::tr("%1/%2 nodes up").arg(nodesUp).arg(nodesTotal);
        if (worstOffsetMs)
            parts
                << Tr::tr("worst offset %1 ms").arg(OffsetText::signedMilliseconds(*worstOffsetMs));
        parts << Tr::tr("%n finding(s)", nullptr, findings);
    }
    return parts.join(u" · "_s);
}

QString FleetSummary::columnTitle(Column column)
{
    switch (column) {
    case Column::Cluster:
        return Tr::tr("Cluster");
    case Column::NodesUp:
        return Tr::tr("Nodes up");
    case Column::WorstOffset:
        return Tr::tr("Worst offset");
    case Column::Agreement:
        return Tr::tr("Configuration");
    case Column::Resources:
        return Tr::tr("Resources");
    case Column::LastRefresh:
        return Tr::tr("Last refresh");
    case Column::Group:
        return Tr::tr("Group");
    case Column::Count:
        break;
    }
    return {};
}

QString FleetSummary::agreementKey() const
{
    if (!polled || !reachable || nodesTotal == 0)
        return u"unknown"_s;
    if (nodesDiverged > 0)
        return u"diverged"_s;
    if (nodesBehind > 0)
        return u"behind"_s;
    return nodesInSync == nodesTotal ? u"in-sync"_s : u"unknown"_s;
}

QString FleetSummary::text(Column column, qint64 nowMs) const
{
    switch (column) {
    case Column::Cluster:
        return name;
    case Column::NodesUp:
        if (!polled)
            return Tr::tr("not polled yet");
        if (!reachable)
            return Tr::tr("unreachable");
        return Tr::tr("%1 / %2").arg(nodesUp).arg(nodesTotal);
    case Column::WorstOffset:
        if (!worstOffsetMs)
            return u"—"_s;
        return Tr::tr("%1 ms").arg(OffsetText::signedMilliseconds(*worstOffsetMs));
    case Column::Agreement: {
        if (capabilities.isPlainSpectrum() && polled && reachable) {
            if (!capabilities.hasCatalogues())
                return Tr::tr("not published");
            return servicesDiffering == 0
                       ? Tr::tr("services agree")
                       : Tr::tr("%n service(s) differ", nullptr, servicesDiffering);
        }
        const QString key = agreementKey();
        if (key == u"diverged")
            return Tr::tr("%n diverged", nullptr, nodesDiverged);
        if (key == u"behind")
            return Tr::tr("%n behind", nullptr, nodesBehind);
        if (key == u"in-sync")
            return Tr::tr("all in sync");
        return Tr::tr("unknown");
    }
    case Column::Resources:
        if (!capabilities.supports(ClusterCapabilities::Feature::Resources))
            return Tr::tr("not published");
        return resourceCount < 0 ? u"—"_s : QString::number(resourceCount);
    case Column::LastRefresh:
        if (lastRefreshMs <= 0)
            return Tr::tr("never");
        return stale ? Tr::tr("%1 (stored)").arg(ago(lastRefreshMs, nowMs))
                     : ago(lastRefreshMs, nowMs);
    case Column::Group:
        return group;
    case Column::Count:
        break;
    }
    return {};
}

QVariant FleetSummary::rawValue(Column column) const
{
    switch (column) {
    case Column::Cluster:
        return name;
    case Column::NodesUp:
        return polled && reachable ? QVariant(nodesUp) : QVariant();
    case Column::WorstOffset:
        // Sorted by how far off, whichever the sign.
        return worstOffsetMs ? QVariant(std::abs(*worstOffsetMs)) : QVariant();
    case Column::Agreement: {
        if (capabilities.isPlainSpectrum() && polled && reachable && capabilities.hasCatalogues())
            return servicesDiffering == 0 ? 0 : 2;
        const QString key = agreementKey();
        // Worse sorts higher: in sync 0, behind 1, diverged 2.
        if (key == u"in-sync")
            return 0;
        if (key == u"behind")
            return 1;
        if (key == u"diverged")
            return 2;
        return {};
    }
    case Column::Resources:
        return resourceCount < 0 ? QVariant() : QVariant(resourceCount);
    case Column::LastRefresh:
        return lastRefreshMs > 0 ? QVariant(lastRefreshMs) : QVariant();
    case Column::Group:
        return group;
    case Column::Count:
        break;
    }
    return {};
}

QString FleetSummary::note(Column column) const
{
    using Feature = ClusterCapabilities::Feature;
    switch (column) {
    case Column::Cluster:
    case Column::NodesUp:
        return capabilities.unavailableText(Feature::NodeDetails);
    case Column::WorstOffset:
        return capabilities.unavailableText(Feature::NodeClocks);
    case Column::Agreement:
        if (!capabilities.isPlainSpectrum())
            return {};
        return capabilities.hasCatalogues()
                   ? Tr::tr("This cluster publishes no configuration revision: each node's REST "
                            "and SOAP service catalogue is compared instead.")
                   : capabilities.unavailableText(Feature::ServiceCatalog);
    case Column::Resources:
        return capabilities.unavailableText(Feature::Resources);
    case Column::LastRefresh:
    case Column::Group:
    case Column::Count:
        break;
    }
    return {};
}
