#pragma once
// FleetSummary: one saved cluster as a row of the fleet overview (nodes up, worst clock offset,
// configuration agreement, resource count, last refresh), with the column set, titles, texts
// and raw values shared by FleetTableModel and the fleet report writers.

#include "ClusterProfile.h"
#include "ClusterSnapshot.h"

#include <QString>
#include <QVariant>

#include <optional>

struct FleetSummary
{
    enum class Column : int {
        Cluster,
        NodesUp,
        WorstOffset,
        Agreement,
        Resources,
        LastRefresh,
        Count
    };

    QString profileId;
    QString name;
    bool polled = false; // a snapshot exists (live or stored)
    bool reachable = false;
    bool stale = false; // the stored snapshot from an earlier run
    QString error;      // why the last poll failed
    int nodesTotal = 0;
    int nodesUp = 0;
    std::optional<double> worstOffsetMs; // signed, against the median
    int nodesInSync = 0;
    int nodesBehind = 0;
    int nodesDiverged = 0;
    int resourceCount = -1;   // -1: not counted yet
    qint64 lastRefreshMs = 0; // when the snapshot was taken, epoch ms; 0: never
    Severity worstSeverity = Severity::Ok;

    static FleetSummary from(const ClusterProfile &profile,
                             const std::optional<ClusterSnapshot> &snapshot,
                             int resourceCount = -1);

    static int columnCount() { return int(Column::Count); }
    static QString columnTitle(Column column); // translated
    // The formatted cell ("3 / 3", "+12.4 ms", "all in sync", "2 min ago" against nowMs).
    QString text(Column column, qint64 nowMs) const;
    // For sorting: numbers, names; an invalid QVariant where nothing is known.
    QVariant rawValue(Column column) const;
    // "in-sync", "behind", "diverged", "unknown": the agreement key.
    QString agreementKey() const;

    friend bool operator==(const FleetSummary &, const FleetSummary &) = default;
};
