#include "CounterFamily.h"

namespace metrics {

Labels zipLabels(const QStringList &names, const QStringList &values)
{
    Q_ASSERT(names.size() == values.size());
    Labels labels;
    labels.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i)
        labels.append({names.at(i), values.at(i)});
    return labels;
}

CounterFamily::CounterFamily(QString name, QString help, QStringList labelNames)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames))
{}

void CounterFamily::add(const QStringList &labelValues, quint64 delta)
{
    Q_ASSERT(labelValues.size() == m_labelNames.size());
    {
        QReadLocker locker(&m_lock);
        const auto found = m_series.find(labelValues);
        if (found != m_series.end()) {
            found->second.fetch_add(delta, std::memory_order_relaxed);
            return;
        }
    }
    QWriteLocker locker(&m_lock);
    m_series[labelValues].fetch_add(delta, std::memory_order_relaxed);
}

quint64 CounterFamily::value(const QStringList &labelValues) const
{
    QReadLocker locker(&m_lock);
    const auto found = m_series.find(labelValues);
    return found == m_series.end() ? 0 : found->second.load(std::memory_order_relaxed);
}

void CounterFamily::write(ExpositionWriter &writer) const
{
    if (!writer.beginFamily(m_name, MetricType::Counter, m_help))
        return;
    QReadLocker locker(&m_lock);
    for (const auto &[values, count] : m_series)
        writer.sample(zipLabels(m_labelNames, values), double(count.load()));
}

} // namespace metrics
