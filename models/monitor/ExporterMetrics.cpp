#include "ExporterMetrics.h"

#include "ExpositionWriter.h"

#include <functional>

namespace {

using metrics::ExpositionWriter;
using metrics::LabelSet;
using metrics::MetricType;

constexpr qsizetype BytesPerNode = 1800;
constexpr qsizetype BytesPerCluster = 2048;
constexpr qsizetype BytesOfHelp = 8192;

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

// Every label set of one render, escaped once: a cluster's `cluster` label and each of its
// nodes' `cluster` and `node` labels, written into every family (about 16 lines per node).
struct RenderLabels
{
    struct Cluster
    {
        const ExporterClusterState *state = nullptr;
        LabelSet labels;
        QList<NodeSnapshot> nodes; // empty before the first poll
        QList<LabelSet> nodeLabels;
        std::optional<NodeSnapshot> primary; // answering primary, the reference for lag
    };
    QList<Cluster> clusters;
    qsizetype nodeCount = 0;

    explicit RenderLabels(const ExporterState &state)
    {
        clusters.reserve(state.clusters.size());
        for (const ExporterClusterState &cluster : state.clusters) {
            Cluster &entry = clusters.emplace_back();
            entry.state = &cluster;
            entry.labels = LabelSet({{QStringLiteral("cluster"), cluster.name}});
            if (!cluster.snapshot)
                continue;
            entry.nodes = cluster.snapshot->nodes();
            entry.primary = answeringPrimary(*cluster.snapshot);
            entry.nodeLabels.reserve(entry.nodes.size());
            for (const NodeSnapshot &node : std::as_const(entry.nodes))
                entry.nodeLabels.append(
                    LabelSet(entry.labels, {{QStringLiteral("node"), node.id()}}));
            nodeCount += entry.nodes.size();
        }
    }

    // Calls `each(cluster, node, labels)` for every node of every polled cluster.
    template<typename Each> void forEachNode(Each each) const
    {
        for (const Cluster &cluster : clusters) {
            for (qsizetype i = 0; i < cluster.nodes.size(); ++i)
                each(cluster, cluster.nodes.at(i), cluster.nodeLabels.at(i));
        }
    }
};

void writeNodeHealth(ExpositionWriter &writer, const RenderLabels &render)
{
    writer.beginFamily(
        QStringLiteral("clusterdesk_node_up"), MetricType::Gauge,
        QStringLiteral("1 when the node answered the exporter's last poll, else 0."));
    render.forEachNode([&](const auto &, const NodeSnapshot &node, const LabelSet &labels) {
        writer.series(labels, ExporterMetrics::answered(node) ? 1 : 0);
    });
    writer.beginFamily(QStringLiteral("clusterdesk_node_health"), MetricType::Gauge,
                       QStringLiteral("The node's health as the console judges it: one series "
                                      "per state, 1 for the current one."));
    const NodeHealth states[] = {NodeHealth::Up, NodeHealth::Degraded, NodeHealth::Slow,
                                 NodeHealth::Unreachable, NodeHealth::Unknown};
    QList<LabelSet> stateLabels;
    for (const NodeHealth health : states)
        stateLabels.append(LabelSet({{QStringLiteral("state"), nodeHealthKey(health)}}));
    render.forEachNode([&](const auto &, const NodeSnapshot &node, const LabelSet &labels) {
        for (qsizetype i = 0; i < stateLabels.size(); ++i)
            writer.series(labels, node.health() == states[i] ? 1 : 0, stateLabels.at(i));
    });
}

void writeNodeGauges(ExpositionWriter &writer, const RenderLabels &render)
{
    for (const NodeGauge &gauge : nodeGauges()) {
        writer.beginFamily(QLatin1String(gauge.name), MetricType::Gauge, QLatin1String(gauge.help));
        render.forEachNode([&](const RenderLabels::Cluster &cluster, const NodeSnapshot &node,
                               const LabelSet &labels) {
            if (!ExporterMetrics::answered(node))
                return;
            if (const auto value = gauge.value(node, cluster.primary))
                writer.series(labels, *value);
        });
    }
    writer.beginFamily(QStringLiteral("clusterdesk_node_info"), MetricType::Gauge,
                       QStringLiteral("The node's server version, role and schema version."));
    render.forEachNode([&](const RenderLabels::Cluster &cluster, const NodeSnapshot &node,
                           const LabelSet &labels) {
        // A plain Spectrum cluster publishes none of the three: no series rather than blanks.
        if (!ExporterMetrics::answered(node) || !cluster.state->snapshot->capabilities().supports(
                                                    ClusterCapabilities::Feature::NodeDetails))
            return;
        const auto schema = node.schemaVersion();
        writer.series(
            labels, 1,
            LabelSet({{QStringLiteral("version"), node.serverVersion()},
                      {QStringLiteral("role"), node.role()},
                      {QStringLiteral("schema"), schema ? QString::number(*schema) : QString()}}));
    });
}

// What the cluster offers and where its clocks come from, so a dashboard can tell a metric
// that is absent because the cluster cannot supply it from one that failed.
void writeClusterInfo(ExpositionWriter &writer, const RenderLabels &render)
{
    using Interface = ClusterCapabilities::Interface;
    using State = ClusterCapabilities::State;
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_info"), MetricType::Gauge,
                       QStringLiteral("Always 1; api is the management interface the cluster "
                                      "answers (clusterdesk, spectrum or unknown), clock_source "
                                      "where the node clock offsets come from."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        if (!cluster.state->snapshot)
            continue;
        const ClusterCapabilities capabilities = cluster.state->snapshot->capabilities();
        const bool spectrum = capabilities.isPlainSpectrum();
        const QString api = spectrum ? QStringLiteral("spectrum")
                            : capabilities.clusterdeskApi == State::Available
                                ? QStringLiteral("clusterdesk")
                                : QStringLiteral("unknown");
        writer.series(cluster.labels, 1,
                      LabelSet({{QStringLiteral("api"), api},
                                {QStringLiteral("clock_source"), capabilities.clockSourceKey()}}));
    }
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_interface_available"), MetricType::Gauge,
                       QStringLiteral("1 when the interface answered when last asked, 0 when it "
                                      "is absent; no series while it is not known."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        if (!cluster.state->snapshot)
            continue;
        const ClusterCapabilities capabilities = cluster.state->snapshot->capabilities();
        for (const Interface which : {Interface::ClusterdeskApi, Interface::SpectrumTokens,
                                      Interface::RestCatalogue, Interface::SoapCatalogue}) {
            const State state = capabilities.state(which);
            if (state != State::Unknown)
                writer.series(cluster.labels, state == State::Available ? 1 : 0,
                              LabelSet({{QStringLiteral("interface"),
                                         ClusterCapabilities::interfaceKey(which)}}));
        }
    }
}

void writeClusterMetrics(ExpositionWriter &writer, const RenderLabels &render)
{
    writeClusterInfo(writer, render);
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_config_revision"), MetricType::Gauge,
                       QStringLiteral("The primary's configuration revision."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        if (cluster.primary && cluster.primary->config().revision)
            writer.series(cluster.labels, double(*cluster.primary->config().revision));
    }
    writer.beginFamily(QStringLiteral("clusterdesk_cluster_findings"), MetricType::Gauge,
                       QStringLiteral("The console's findings about the cluster, by severity."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        if (!cluster.state->snapshot)
            continue;
        const QList<Finding> findings = cluster.state->snapshot->findings();
        for (const Severity severity : {Severity::Info, Severity::Warning, Severity::Critical}) {
            const auto count =
                std::count_if(findings.cbegin(), findings.cend(),
                              [&](const Finding &f) { return f.severity == severity; });
            writer.series(cluster.labels, double(count),
                          LabelSet({{QStringLiteral("severity"), severityKey(severity)}}));
        }
    }
    writer.beginFamily(QStringLiteral("clusterdesk_poll_duration_seconds"), MetricType::Histogram,
                       QStringLiteral("How long the exporter's polls of the cluster took."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        // A state made without a histogram (no bounds, no counts) has nothing to say yet.
        const metrics::HistogramSnapshot &durations = cluster.state->pollDurations;
        if (durations.cumulativeCounts.size() == durations.upperBounds.size() + 1)
            writer.histogramSeries(cluster.labels, durations);
    }
    writer.beginFamily(QStringLiteral("clusterdesk_poll_errors_total"), MetricType::Counter,
                       QStringLiteral("Polls that could not read the cluster, by reason."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        QMap<QString, quint64> errors = cluster.state->pollErrors;
        for (const QString &reason : ExporterMetrics::knownErrorReasons())
            errors.insert(reason, cluster.state->pollErrors.value(reason));
        for (auto it = errors.cbegin(); it != errors.cend(); ++it)
            writer.series(cluster.labels, double(it.value()),
                          LabelSet({{QStringLiteral("reason"), it.key()}}));
    }
    writer.beginFamily(QStringLiteral("clusterdesk_last_poll_timestamp_seconds"), MetricType::Gauge,
                       QStringLiteral("When the exporter's last poll of the cluster ended "
                                      "(reached or not), in Unix seconds."));
    for (const RenderLabels::Cluster &cluster : render.clusters) {
        if (cluster.state->lastPollEndMs > 0)
            writer.series(cluster.labels, double(cluster.state->lastPollEndMs) / 1000.0);
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
    const RenderLabels render(state);
    ExpositionWriter writer;
    // One allocation for the page: about 1.7 KB per node (16 lines) and 2 KB per cluster.
    writer.reserve(render.nodeCount * BytesPerNode + render.clusters.size() * BytesPerCluster +
                   BytesOfHelp);
    writeNodeHealth(writer, render);
    writeNodeGauges(writer, render);
    writeClusterMetrics(writer, render);
    return writer.text();
}
