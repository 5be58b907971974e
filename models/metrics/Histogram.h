#pragma once
// A histogram of observations (durations in seconds, mostly) with fixed upper bounds, safe to
// observe from any thread with atomics only, and its snapshot in Prometheus's cumulative form.

#include <QList>

#include <atomic>
#include <memory>

namespace metrics {

struct HistogramSnapshot
{
    QList<double> upperBounds;       // ascending, without +Inf
    QList<quint64> cumulativeCounts; // one per bound, then +Inf (== count)
    double sum = 0;
    quint64 count = 0;
};

class Histogram final
{
public:
    // Upper bounds for request and poll durations: 5 ms to 10 s.
    static QList<double> defaultDurationBounds();

    // `upperBounds` must be ascending and finite; +Inf is implied.
    explicit Histogram(QList<double> upperBounds = defaultDurationBounds());
    Histogram(const Histogram &) = delete;
    Histogram &operator=(const Histogram &) = delete;

    // Counted in the first bucket whose bound is >= value (bounds are inclusive, "le"). NaN is
    // ignored: it has no bucket and would make the sum meaningless.
    void observe(double value);
    // Consistent per bucket; the +Inf bucket and the count are the sum of the buckets read, so
    // they always agree even while other threads observe.
    HistogramSnapshot snapshot() const;

private:
    const QList<double> m_bounds;
    std::unique_ptr<std::atomic<quint64>[]> m_buckets; // not cumulative; last is +Inf
    std::atomic<double> m_sum{0};
};

} // namespace metrics
