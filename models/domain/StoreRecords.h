// Value types LocalStore saves and loads: per-node poll samples, opaque JSON snapshots and
// editor drafts. Plain data with no behaviour.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One node's state as seen in one poll cycle.
struct NodeSample
{
    QString nodeId;
    qint64 timeMs = 0;               // Unix epoch milliseconds
    QString state;                   // "up", "degraded", "draining", "unreachable", ...
    std::optional<double> latencyMs; // unset when the node did not answer
    std::optional<double> offsetMs;  // clock offset against the console
    std::optional<double> errorMs;   // uncertainty of that offset
    std::optional<qint64> revision;  // configuration revision

    friend bool operator==(const NodeSample &, const NodeSample &) = default;
};

// A JSON document saved as-is (the store never parses it) with the time it was taken.
struct StoredSnapshot
{
    qint64 takenAtMs = 0;
    QByteArray json;

    friend bool operator==(const StoredSnapshot &, const StoredSnapshot &) = default;
};

// What one poll of one cluster leaves in the store: its samples, its last snapshot and the nodes
// seen up. Empty parts are skipped.
struct ClusterCycleRecord
{
    QString clusterId;
    qint64 timeMs = 0; // of the poll; the up nodes' last-up time
    QList<NodeSample> samples;
    std::optional<StoredSnapshot> snapshot;
    QStringList upNodeIds;

    friend bool operator==(const ClusterCycleRecord &, const ClusterCycleRecord &) = default;
};

// A resource being edited: the server version the edit started from and the edit itself, so
// an unsaved edit survives a restart and can be compared against the server later.
struct ResourceDraft
{
    QString clusterId;
    QString resourceType; // "database", "jdbc", "fileserver", "webservice"
    QString name;
    QByteArray baseJson;  // the resource as last read from the server, empty for a new one
    QByteArray draftJson; // the user's edit
    qint64 updatedAtMs = 0;

    friend bool operator==(const ResourceDraft &, const ResourceDraft &) = default;
};
