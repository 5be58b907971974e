#include "NodeHistorySeries.h"

#include <algorithm>

namespace {

std::optional<double> finite(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? value : std::nullopt;
}

void addOffset(NodeHistorySeries &series, double x, const NodeSample &sample)
{
    const std::optional<double> offset = finite(sample.offsetMs);
    if (!offset)
        return;
    const std::optional<double> error = finite(sample.errorMs);
    const double bound = error ? std::fabs(*error) : 0;
    series.offset.append({x, *offset});
    series.offsetUpper.append({x, *offset + bound});
    series.offsetLower.append({x, *offset - bound});
    series.offsetLow = std::min(series.offsetLow, *offset - bound);
    series.offsetHigh = std::max(series.offsetHigh, *offset + bound);
}

void addLoad(NodeHistorySeries &series, double x, const NodeSample &sample)
{
    // A node never reports a negative load; one that does is left out rather than drawn.
    if (sample.activeRequests && *sample.activeRequests >= 0) {
        const double requests = double(*sample.activeRequests);
        series.activeRequests.append({x, requests});
        series.requestsHigh = std::max(series.requestsHigh, requests);
    }
    if (sample.rssBytes && *sample.rssBytes >= 0) {
        const double mib = double(*sample.rssBytes) / NodeHistorySeries::BytesPerMiB;
        series.memoryMiB.append({x, mib});
        series.memoryHighMiB = std::max(series.memoryHighMiB, mib);
    }
}

} // namespace

NodeHistorySeries NodeHistorySeries::fromSamples(const QList<NodeSample> &samples, qint64 fromMs,
                                                 qint64 toMs)
{
    NodeHistorySeries series;
    series.fromMs = fromMs;
    series.toMs = toMs;
    series.sampleCount = samples.size();
    const qsizetype stride = std::max<qsizetype>(1, (samples.size() + MaxPoints - 1) / MaxPoints);
    for (qsizetype i = 0; i < samples.size(); i += stride) {
        const NodeSample &sample = samples.at(i);
        const double x = double(sample.timeMs);
        addOffset(series, x, sample);
        if (const std::optional<double> latency = finite(sample.latencyMs)) {
            series.latency.append({x, *latency});
            series.latencyHigh = std::max(series.latencyHigh, *latency);
        }
        addLoad(series, x, sample);
    }
    series.revisionChanges = revisionChangesOf(samples);
    return series;
}

QList<NodeRevisionChange> NodeHistorySeries::revisionChangesOf(const QList<NodeSample> &samples)
{
    QList<NodeRevisionChange> changes;
    std::optional<qint64> current;
    for (const NodeSample &sample : samples) {
        if (!sample.revision || sample.revision == current)
            continue;
        changes.append({sample.timeMs, *sample.revision, current});
        current = sample.revision;
    }
    return changes;
}
