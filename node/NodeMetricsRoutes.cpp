#include "NodeMetricsRoutes.h"

#include "ConfigDatabase.h"
#include "FaultState.h"
#include "NodeMetrics.h"
#include "Replicator.h"

#include "ExpositionFormat.h"

#include <limits>

namespace node {
namespace {

// Replicator::syncState()'s values, all written so a state's series exists before it is taken.
const QStringList kSyncStates{
    QStringLiteral("in-sync"),        QStringLiteral("catching-up"),
    QStringLiteral("paused"),         QStringLiteral("primary-unreachable"),
    QStringLiteral("primary-behind"), QStringLiteral("history-mismatch")};

} // namespace

NodeMetricsRoutes::NodeMetricsRoutes(NodeContext &context)
    : m_context(context)
{}

void NodeMetricsRoutes::addRoutes(RouteTable &table)
{
    table.add({"GET", QStringLiteral("/metrics"), [this](const RouteCall &call) {
                   HttpResponse response;
                   response.status = 200;
                   response.body = page();
                   response.headers.emplaceBack("Content-Type", metrics::expositionContentType());
                   response.headers.emplaceBack("Cache-Control", "no-store");
                   call.exchange->send(std::move(response));
               }});
}

QByteArray NodeMetricsRoutes::page() const
{
    metrics::ExpositionWriter writer;
    writeNode(writer);
    writeReplication(writer);
    if (m_context.metrics)
        m_context.metrics->write(writer);
    return writer.text();
}

void NodeMetricsRoutes::writeNode(metrics::ExpositionWriter &writer) const
{
    const NodeOptions &options = *m_context.options;
    const bool healthy = !m_context.draining && !m_context.faults->degraded();
    writer.gauge(NodeMetrics::name("up"),
                 QStringLiteral("1 while the node serves (what /healthz answers 200 for), 0 while "
                                "it is degraded or shutting down."),
                 healthy ? 1 : 0);
    writer.info(NodeMetrics::name("info"),
                QStringLiteral("The node's identity: id, cluster name, server version, role and "
                               "database schema version; always 1."),
                {{QStringLiteral("node"), options.id},
                 {QStringLiteral("cluster"), options.clusterName},
                 {QStringLiteral("version"), options.serverVersion},
                 {QStringLiteral("role"), m_context.role()},
                 {QStringLiteral("schema"), QString::number(m_context.database->schemaVersion())}});
    writer.gauge(NodeMetrics::name("start_time_seconds"),
                 QStringLiteral("When the node started, in seconds since the Unix epoch (its own "
                                "clock, injected offset included)."),
                 double(m_context.startedAt.toMSecsSinceEpoch()) / 1000.0);
    writer.gauge(NodeMetrics::name("active_requests"),
                 QStringLiteral("Requests received and not answered yet (held long-polls "
                                "included)."),
                 m_context.activeRequests);
    writer.gauge(NodeMetrics::name("config_revision"),
                 QStringLiteral("The revision of this node's copy of the configuration."),
                 double(m_context.database->revision()));
}

void NodeMetricsRoutes::writeReplication(metrics::ExpositionWriter &writer) const
{
    const Replicator &replicator = *m_context.replicator;
    const qint64 revision = m_context.database->revision();
    writer.gauge(NodeMetrics::name("primary_config_revision"),
                 QStringLiteral("The primary's revision as this node last heard it (its own on "
                                "the primary)."),
                 double(replicator.primaryRevision()));
    writer.gauge(NodeMetrics::name("replication_lag"),
                 QStringLiteral("Revisions this copy is behind the primary (0 on the primary)."),
                 double(std::max<qint64>(0, replicator.primaryRevision() - revision)));
    if (writer.beginFamily(NodeMetrics::name("replication_state"), metrics::MetricType::Gauge,
                           QStringLiteral("1 for the replication state this node is in, 0 for "
                                          "the others (the primary is always in-sync)."))) {
        const QString current = replicator.syncState();
        for (const QString &state : kSyncStates)
            writer.sample({{QStringLiteral("state"), state}}, state == current ? 1 : 0);
    }
    writer.gauge(NodeMetrics::name("replication_last_sync_timestamp_seconds"),
                 QStringLiteral("When this copy last caught up with the primary, in seconds "
                                "since the Unix epoch (now on the primary)."),
                 double(replicator.lastSyncAt().toMSecsSinceEpoch()) / 1000.0);
    writer.gauge(NodeMetrics::name("replication_last_apply_seconds"),
                 QStringLiteral("How long the last batch of the primary's changes took to write "
                                "to this copy (NaN before the first, and on the primary)."),
                 replicator.lastApplySeconds().value_or(std::numeric_limits<double>::quiet_NaN()));
    writer.counter(NodeMetrics::name("replication_applied_batches_total"),
                   QStringLiteral("Batches of the primary's changes applied to this copy."),
                   double(replicator.appliedBatches()));
}

} // namespace node
