#pragma once
// NodeHistorySeries: one node's stored samples over a period turned into what the history
// charts draw: the clock offset with its error band, latency, load (requests and memory in MiB)
// as points (x: epoch ms), their value ranges, and where the configuration revision changed.
// Long periods are thinned to about MaxPoints points: more points than pixels only cost time.

#include "StoreRecords.h"

#include <QList>
#include <QPointF>

#include <cmath>
#include <optional>

struct NodeRevisionChange
{
    qint64 timeMs = 0;
    qint64 revision = 0;
    std::optional<qint64> previous; // unset for the first revision seen in the period
    friend bool operator==(const NodeRevisionChange &, const NodeRevisionChange &) = default;
};

struct NodeHistorySeries
{
    static constexpr int MaxPoints = 1500;
    static constexpr double BytesPerMiB = 1024.0 * 1024.0;

    qint64 fromMs = 0;
    qint64 toMs = 0;
    qsizetype sampleCount = 0; // before thinning

    QList<QPointF> offset;
    QList<QPointF> offsetUpper; // offset + error bound
    QList<QPointF> offsetLower; // offset - error bound
    QList<QPointF> latency;
    QList<QPointF> activeRequests;
    QList<QPointF> memoryMiB;
    // The value ranges of the points; low > high when a series has none.
    double offsetLow = INFINITY;
    double offsetHigh = -INFINITY;
    double latencyHigh = 0;
    double requestsHigh = 0;
    double memoryHighMiB = 0;

    QList<NodeRevisionChange> revisionChanges; // oldest first, from every sample

    // `samples` oldest first, as the store gives them; values that are unset or not finite are
    // left out of their series (a node that did not answer has no latency, not a zero).
    static NodeHistorySeries fromSamples(const QList<NodeSample> &samples, qint64 fromMs,
                                         qint64 toMs);
    static QList<NodeRevisionChange> revisionChangesOf(const QList<NodeSample> &samples);
};
