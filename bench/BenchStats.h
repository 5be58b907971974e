#pragma once
// Median and p99 of benchmark timings, shared by the small benchmark programs in bench/.

#include <QList>

#include <algorithm>
#include <cmath>

namespace BenchStats {

// The nearest-rank percentile (0 < p <= 100) of `values`, which need not be sorted.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

inline double median(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

// The mean: where a periodic expensive step (a batch moved, a checkpoint) matters, the median
// hides it and the mean spreads it.
inline double mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum / double(values.size());
}

} // namespace BenchStats
