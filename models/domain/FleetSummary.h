#pragma once
// FleetSummary: one saved cluster as a row of the fleet overview (nodes up, worst clock offset,
// configuration agreement, resource count, last refresh, group), with the column set, titles,
// texts and raw values shared by FleetTableModel and the fleet report writers; and the totals
// of a group of clusters.

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
        Group,
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
    QString group;    // the profile's folder path; empty: none
    int findings = 0; // in the last snapshot
    // What the cluster offers (the snapshot's, else the profile's): a plain Spectrum cluster's
    // row says what it does not publish instead of showing an error or a blank.
    ClusterCapabilities capabilities;
    int servicesDiffering = 0; // services not the same on every node (a plain Spectrum cluster)

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
    // One line on why the cell shows less than usual (a plain Spectrum cluster: what it does
    // not publish, what is estimated); empty when nothing is missing.
    QString note(Column column) const;

    // Whether a cluster in `clusterGroup` belongs to `group` (the group itself or a folder
    // inside it: "EMEA/Production" is in "EMEA"); every cluster belongs to the empty group.
    static bool inGroup(const QString &clusterGroup, const QString &group);

    friend bool operator==(const FleetSummary &, const FleetSummary &) = default;
};

// The clusters of one group taken together, for the Fleet view's group filter.
struct FleetGroupTotals
{
    int clusters = 0;
    int polled = 0;
    int nodesUp = 0;
    int nodesTotal = 0;
    std::optional<double> worstOffsetMs; // the largest by magnitude, signed
    int findings = 0;
    Severity worstSeverity = Severity::Ok;

    static FleetGroupTotals of(const QList<FleetSummary> &summaries, const QString &group);
    // "3 clusters · 8/9 nodes up · worst offset +12.0 ms · 4 findings" (translated)
    QString text() const;
};
