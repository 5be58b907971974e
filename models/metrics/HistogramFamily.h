#pragma once
// A histogram family (name, help, label names, bucket bounds) and its series keyed by label
// values, safe to observe from any thread (see CounterFamily for the locking and the rule on
// bounded label values).

#include "ExpositionWriter.h"
#include "Histogram.h"

#include <QReadWriteLock>
#include <QStringList>

#include <map>

namespace metrics {

class HistogramFamily final
{
public:
    HistogramFamily(QString name, QString help, QStringList labelNames = {},
                    QList<double> upperBounds = Histogram::defaultDurationBounds());
    HistogramFamily(const HistogramFamily &) = delete;
    HistogramFamily &operator=(const HistogramFamily &) = delete;

    void observe(const QStringList &labelValues, double value);
    // Empty counts when the series was never observed.
    HistogramSnapshot snapshot(const QStringList &labelValues) const;
    void write(ExpositionWriter &writer) const;

private:
    const QString m_name;
    const QString m_help;
    const QStringList m_labelNames;
    const QList<double> m_bounds;
    mutable QReadWriteLock m_lock;
    std::map<QStringList, Histogram> m_series;
};

} // namespace metrics
