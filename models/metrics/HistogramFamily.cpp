#include "HistogramFamily.h"

#include "CounterFamily.h"

namespace metrics {

HistogramFamily::HistogramFamily(QString name, QString help, QStringList labelNames,
                                 QList<double> upperBounds)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames))
    , m_bounds(std::move(upperBounds))
{}

void HistogramFamily::observe(const QStringList &labelValues, double value)
{
    Q_ASSERT(labelValues.size() == m_labelNames.size());
    {
        QReadLocker locker(&m_lock);
        const auto found = m_series.find(labelValues);
        if (found != m_series.end()) {
            found->second.observe(value);
            return;
        }
    }
    QWriteLocker locker(&m_lock);
    m_series.try_emplace(labelValues, m_bounds).first->second.observe(value);
}

HistogramSnapshot HistogramFamily::snapshot(const QStringList &labelValues) const
{
    QReadLocker locker(&m_lock);
    const auto found = m_series.find(labelValues);
    if (found != m_series.end())
        return found->second.snapshot();
    HistogramSnapshot empty;
    empty.upperBounds = m_bounds;
    empty.cumulativeCounts = QList<quint64>(m_bounds.size() + 1, 0);
    return empty;
}

void HistogramFamily::write(ExpositionWriter &writer) const
{
    if (!writer.beginFamily(m_name, MetricType::Histogram, m_help))
        return;
    QReadLocker locker(&m_lock);
    for (const auto &[values, histogram] : m_series)
        writer.histogram(zipLabels(m_labelNames, values), histogram.snapshot());
}

} // namespace metrics
