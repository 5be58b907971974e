#pragma once
// ExporterMetrics: what `clusterdesk exporter` serves on /metrics, made from the monitors'
// snapshots (values in, Prometheus text out, no I/O). The names, labels and units are
// documented in docs/metrics.md; a node that did not answer its last poll has
// clusterdesk_node_up 0 and its health, and none of the gauges that would need an answer
// (no stale values).

#include "ClusterSnapshot.h"
#include "Histogram.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// One exported cluster as the exporter knows it now.
struct ExporterClusterState
{
    QString name;                            // the saved cluster's name: the `cluster` label
    std::optional<ClusterSnapshot> snapshot; // the newest live poll; none before the first
    metrics::HistogramSnapshot pollDurations;
    QMap<QString, quint64> pollErrors; // reason -> polls that failed for it
    qint64 lastPollEndMs = 0;          // 0: no poll has finished yet
};

struct ExporterState
{
    QList<ExporterClusterState> clusters;
};

class ExporterMetrics final
{
public:
    // The poll error reasons exported at 0 before they first happen, so that rate() and
    // increase() see the first failure.
    static QStringList knownErrorReasons();
    // True for a node whose answer this poll's gauges come from.
    static bool answered(const NodeSnapshot &node);

    static QByteArray render(const ExporterState &state);
};
