#include "Histogram.h"

#include <algorithm>
#include <cmath>

namespace metrics {

QList<double> Histogram::defaultDurationBounds()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

Histogram::Histogram(QList<double> upperBounds)
    : m_bounds(std::move(upperBounds))
    , m_buckets(new std::atomic<quint64>[m_bounds.size() + 1])
{
    Q_ASSERT(std::is_sorted(m_bounds.cbegin(), m_bounds.cend()));
    for (qsizetype i = 0; i <= m_bounds.size(); ++i)
        m_buckets[i].store(0, std::memory_order_relaxed);
}

void Histogram::observe(double value)
{
    if (std::isnan(value))
        return;
    const auto bound = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    m_buckets[bound - m_bounds.cbegin()].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

HistogramSnapshot Histogram::snapshot() const
{
    HistogramSnapshot out;
    out.upperBounds = m_bounds;
    out.cumulativeCounts.reserve(m_bounds.size() + 1);
    quint64 running = 0;
    for (qsizetype i = 0; i <= m_bounds.size(); ++i) {
        running += m_buckets[i].load(std::memory_order_relaxed);
        out.cumulativeCounts.append(running);
    }
    out.count = running;
    out.sum = m_sum.load(std::memory_order_relaxed);
    return out;
}

} // namespace metrics
