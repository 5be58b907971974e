#pragma once
// StatusFormatter: one ClusterSnapshot as a fixed-width text table with its findings below (for
// people at a terminal) or as JSON (for scripts), and the exit code `clusterdesk status` returns.

#include "ClusterSnapshot.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

class StatusFormatter final
{
public:
    // sysexits-style codes a shell script can branch on.
    enum ExitCode : int {
        Healthy = 0,     // no finding above Info
        Warnings = 1,    // the worst finding is a warning
        Critical = 2,    // at least one critical finding
        Unreachable = 3, // the cluster could not be read (connection, TLS or sign-in failed)
        UsageError = 64, // bad arguments, unknown saved cluster, missing password
    };

    static int exitCode(const ClusterSnapshot &snapshot);

    // A summary line, the node table, then the findings worst first (or "No findings.").
    static QString table(const ClusterSnapshot &snapshot);
    // ClusterSnapshot::toJson() plus "exitCode".
    static QJsonObject json(const ClusterSnapshot &snapshot);

    // The node table's columns, in the order of headers() and cells().
    enum Column : int {
        Node,
        Role,
        Health,
        LoadBalancer,
        Latency,
        Offset,
        VsMedian,
        Ntp,
        Revision,
        Checksum,
        Lag,
        Sync,
        Version,
        ColumnCount
    };

    // The table's cells for one node, in column order (exposed for tests).
    static QStringList headers();
    static QStringList cells(const NodeSnapshot &node);

    // Lays out rows under headers in columns two spaces apart; the columns listed in
    // `rightAligned` (indexes) are aligned right. No trailing spaces.
    static QString layOut(const QStringList &headers, const QList<QStringList> &rows,
                          const QList<int> &rightAligned = {});
};
