#include "ExporterMetrics.h"

#include "ExpositionWriter.h"

#include <functional>

namespace {

using metrics::ExpositionWriter;
using metrics::Labels;
using metrics::MetricType;

// HELP texts are part of the exposition read by machines and shared dashboards: English,
// never translated.
struct NodeGauge
{
    const char *name;
    const char *help;
    // The node and its cluster's primary when that answered (nullopt otherwise).
    std::function<std::optional<double>(const NodeSnapshot &, const std::optional<NodeSnapshot> &)>
        value;
};

std::optional<NodeSnapshot> primaryOf(const ClusterSnapshot &snapshot)
{
    if (!snapshot.primaryId().isEmpty())
        return snapshot.node(snapshot.primaryId());
    // Iterated as const: a temporary QList's non-const begin() would copy every node.
    const QList<NodeSnapshot> nodes = snapshot.nodes();
    for (const NodeSnapshot &node : nodes) {
        if (node.isPrimary())
            return node;
    }
    return std::nullopt;
}

std::optional<double> seconds(std::optional<double> ms)
{
    return ms ? std::optional<double>(*ms / 1000.0) : std::nullopt;
}

// The cluster's primary when it answered the poll: the reference for lag and agreement.
std::optional<NodeSnapshot> answeringPrimary(const ClusterSnapshot &cluster)
{
    std::optional<NodeSnapshot> primary = primaryOf(cluster);
    if (primary && !ExporterMetrics::answered(*primary))
        primary.reset();
    return primary;
}

std::optional<double> configLag(const NodeSnapshot &node,
                                const std::optional<NodeSnapshot> &primary)
{
    const auto revision = node.config().revision;
    const auto primaryRevision = primary ? primary->config().revision : std::nullopt;
    if (!revision || !primaryRevision)
        return std::nullopt;
    return double(std::max<qint64>(0, *primaryRevision - *revision));
}

std::optional<double> checksumAgrees(const NodeSnapshot &node,
                                     const std::optional<NodeSnapshot> &primary)
{
    const QString checksum = node.config().checksum;
    const QString primaryChecksum = primary ? primary->config().checksum : QString();
    if (checksum.isEmpty() || primaryChecksum.isEmpty())
        return std::nullopt;
    return checksum == primaryChecksum ? 1.0 : 0.0;
}

const QList<NodeGauge> &nodeGauges()
{
    using C = const std::optional<NodeSnapshot> &;
    using N = const NodeSnapshot &;
    static const QList<NodeGauge> gauges = {
        {"clusterdesk_node_clock_offset_seconds",
         "The node's clock minus the exporter host's clock, from the best recent sample.",
         [](N n, C) { return n.clock().measured ? seconds(n.clock().offsetMs) : std::nullopt; }},
        {"clusterdesk_node_clock_offset_error_seconds",
         "Bound (+/-) of clusterdesk_node_clock_offset_seconds: half the sample's round trip.",
         [](N n, C) { return n.clock().measured ? seconds(n.clock().errorMs) : std::nullopt; }},
        {"clusterdesk_node_clock_offset_vs_median_seconds",
         "The node's clock offset against the cluster's clock reference (trusted nodes, this "
         "host or the median).",
         [](N n, C) {
             return n.clock().measured && !n.clock().reference.isEmpty()
                        ? seconds(n.clock().offsetVsMedianMs)
                        : std::nullopt;
         }},
        {"clusterdesk_node_timex_sync_status",
         "1 when the node's kernel says its clock is synchronized (adjtimex), else 0.",
         [](N n, C) -> std::optional<double> {
             if (!n.clock().ntpSynchronized)
                 return std::nullopt;
             return *n.clock().ntpSynchronized ? 1.0 : 0.0;
         }},
        {"clusterdesk_node_timex_maxerror_seconds",
         "The node kernel's maximum clock error estimate (adjtimex maxerror).",
         [](N n, C) -> std::optional<double> {
             if (!n.clock().maxErrorUs)
                 return std::nullopt;
             return double(*n.clock().maxErrorUs) / 1e6;
         }},
        {"clusterdesk_node_config_revision", "The node's configuration revision.",
         [](N n, C) -> std::optional<double> {
             if (!n.config().revision)
                 return std::nullopt;
             return double(*n.config().revision);
         }},
        {"clusterdesk_node_config_lag",
         "Revisions the node is behind the primary's configuration, as the exporter saw both.",
         configLag},
        {"clusterdesk_node_config_checksum_agrees",
         "1 when the node's configuration checksum equals the primary's, else 0.", checksumAgrees},
        {"clusterdesk_node_latency_seconds", "How long the node took to answer its status request.",
         [](N n, C) { return seconds(n.latencyMs()); }},
    };
    return gauges;
}

Labels nodeLabels(const QString &cluster, const NodeSnapshot &node)
{
    return {{QStringLiteral("cluster"), cluster}, {QStringLiteral("node"), node.id()}};
}

// Calls `each` for every node of every cluster that has a snapshot.
void forEachNode(const ExporterState &state,
                 const std::function<void(const ExporterClusterState &, const ClusterSnapshot &,
                                          const NodeSnapshot &)> &each)
{
    for (const ExporterClusterState &cluster : state.clusters) {
        if (!cluster.snapshot)
            continue;
        const QList<NodeSnapshot> nodes = cluster.snapshot->nodes();
        for (const NodeSnapshot &node : nodes)
            each(cluster, *cluster.snapshot, node);
    }
}

void writeNodeHealth(ExpositionWriter &writer, const ExporterState &state)
{
    writer.beginFamily(
        QStringLiteral("clusterdesk_node_up"), MetricType::Gauge,
        QStringLiteral("1 when the node answered the exporter's last poll, else 0."));
    forEachNode(state, [&](const auto &cluster, const auto &, const NodeSnapshot &node) {
        writer.sample(nodeLabels(cluster.name, node), ExporterMetrics::answered(node) ? 1 : 0);
    });
    writer.beginFamily(QStringLiteral("clusterdesk_node_health"), MetricType::Gauge,
                       QStringLiteral("The node's health as the console judges it: one series "
                                      "per state, 1 for the current one."));
    const NodeHealth states[] = {NodeHealth::Up, NodeHealth::Degraded, NodeHealth::Slow,
                                 NodeHealth::Unreachable, NodeHealth::Unknown};
    forEachNode(state, [&](const auto &cluster, const auto &, const NodeSnapshot &node) {
        for (const NodeHealth health : states) {
            Labels labels = nodeLabels(cluster.name, node);
            labels.append({QStringLiteral("state"), nodeHealthKey(health)});
            writer.sample(labels, node.health() == health ? 1 : 0);
        }
    });
}

void writeNodeGauges(ExpositionWriter &writer, const ExporterState &state)
{
    QList<std::optional<NodeSnapshot>> primaries; // per cluster, found once
    for (const ExporterClusterState &cluster : state.clusters)
        primaries.append(cluster.snapshot ? answeringPrimary(*cluster.snapshot) : std::nullopt);
    for (const NodeGauge &gauge : nodeGauges()) {
        writer.beginFamily(QLatin1String(gauge.name), MetricType::Gauge, QLatin1String(gauge.help));
        for (int i = 0; i < state.clusters.size(); ++i) {
            const ExporterClusterState &cluster = state.clusters.at(i);
            if (!cluster.snapshot)
                continue;
            const QList<NodeSnapshot> nodes = cluster.snapshot->nodes();
            for (const NodeSnapshot &node : nodes) {
                if (!ExporterMetrics::answered(node))
                    continue;
                if (const auto value = gauge.value(node, primaries.at(i)))
                    writer.sample(nodeLabels(cluster.name, node), *value);
            }
        }
    }
    writer.beginFamily(QStringLiteral("clusterdesk_node_info"), MetricType::Gauge,
                       QStringLiteral("The node's server version, role and schema version."));
    forEachNode(state, [&](const auto &cluster, const auto &, const NodeSnapshot &node) {
        if (!ExporterMetrics::answered(node))
            return;
        Labels labels = nodeLabels(cluster.name, node);
        labels.append({QStringLiteral("version"), node.serverVersion()});
        labels.append({QStringLiteral("role"), node.role()});
        labels.append({QStringLiteral("schema"),
                       node.schemaVersion() ? QString::number(*node.schemaVersion()) : QString()});
        writer.sample(labels, 1);
    });
}

void writeClusterMetrics(ExpositionWriter &writer, const ExporterState &state)
{
    const auto clusterLabel = [](const ExporterClusterState &c) {
        return Labels{{QStringLiteral("cluster"), c.name}};
    };
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_config_revision"), MetricType::Gauge,
                       QStringLiteral("The primary's configuration revision."));
    for (const ExporterClusterState &cluster : state.clusters) {
        const auto primary = cluster.snapshot ? answeringPrimary(*cluster.snapshot) : std::nullopt;
        if (primary && primary->config().revision)
            writer.sample(clusterLabel(cluster), double(*primary->config().revision));
    }
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_findings"), MetricType::Gauge,
                       QStringLiteral("The console's findings about the cluster, by severity."));
    for (const ExporterClusterState &cluster : state.clusters) {
        if (!cluster.snapshot)
            continue;
        for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
            const QList<Finding> findings = cluster.snapshot->findings();
            const auto count =
                std::count_if(findings.cbegin(), findings.cend(),
                              [&](const Finding &f) { return f.severity == severity; });
            Labels labels = clusterLabel(cluster);
            labels.append({QStringLiteral("severity"), severityKey(severity)});
            writer.sample(labels, double(count));
        }
    }
    writer.beginFamily(QStringLiteral("clusterdesk_poll_duration_seconds"), MetricType::Histogram,
                       QStringLiteral("How long the exporter's polls of the cluster took."));
    for (const ExporterClusterState &cluster : state.clusters) {
        // A state made without a histogram (no bounds, no counts) has nothing to say yet.
        const metrics::HistogramSnapshot &durations = cluster.pollDurations;
        if (durations.cumulativeCounts.size() == durations.upperBounds.size() + 1)
            writer.histogram(clusterLabel(cluster), durations);
    }
    writer.beginFamily(QStringLiteral("clusterdesk_poll_errors_total"), MetricType::Counter,
                       QStringLiteral("Polls that could not read the cluster, by reason."));
    for (const ExporterClusterState &cluster : state.clusters) {
        QMap<QString, quint64> errors = cluster.pollErrors;
        for (const QString &reason : ExporterMetrics::knownErrorReasons())
            errors.insert(reason, cluster.pollErrors.value(reason));
        for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
            Labels labels = clusterLabel(cluster);
            labels.append({QStringLiteral("reason"), it.key()});
            writer.sample(labels, double(it.value()));
        }
    }
    writer.beginFamily(QStringLiteral("clusterdesk_last_poll_timestamp_seconds"), MetricType::Gauge,
                       QStringLiteral("When the exporter's last poll of the cluster ended "
                                      "(reached or not), in Unix seconds."));
    for (const ExporterClusterState &cluster : state.clusters) {
        if (cluster.lastPollEndMs > 0)
            writer.sample(clusterLabel(cluster), double(cluster.lastPollEndMs) / 1000.0);
    }
}

} // namespace

QStringList ExporterMetrics::knownErrorReasons()
{
    // ClusterSnapshot::errorCode()'s keys, and the exporter's own "no-password".
    return {QStringLiteral("cannot-connect"),
            QStringLiteral("error"),
            QStringLiteral("forbidden"),
            QStringLiteral("no-password"),
            QStringLiteral("sign-in-failed"),
            QStringLiteral("timeout"),
            QStringLiteral("tls")};
}

bool ExporterMetrics::answered(const NodeSnapshot &node)
{
    // A node that missed this poll keeps its previous health for one poll (HealthTracker's
    // hysteresis), but it did not answer: nothing of it is current.
    return (node.health() == NodeHealth::Up || node.health() == NodeHealth::Degraded) &&
           node.missedPolls() == 0;
}

QByteArray ExporterMetrics::render(const ExporterState &state)
{
    ExpositionWriter writer;
    writeNodeHealth(writer, state);
    writeNodeGauges(writer, state);
    writeClusterMetrics(writer, state);
    return writer.text();
}
