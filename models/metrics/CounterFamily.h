#pragma once
// A counter family (name, help, label names) and its series keyed by label values, safe to add
// to from any thread: a lookup under a shared lock and an atomic add; only a series' first use
// takes the lock exclusively. Label values must come from a bounded set (a route pattern, a
// status code), never from a path or a user.

#include "ExpositionWriter.h"

#include <QReadWriteLock>
#include <QStringList>

#include <atomic>
#include <map>

namespace metrics {

class CounterFamily final
{
public:
    CounterFamily(QString name, QString help, QStringList labelNames = {});
    CounterFamily(const CounterFamily &) = delete;
    CounterFamily &operator=(const CounterFamily &) = delete;

    // One value per label name. add(values, 0) makes the series show at 0 before its first
    // event, so a rate over it starts from a known point.
    void add(const QStringList &labelValues, quint64 delta = 1);
    quint64 value(const QStringList &labelValues) const;
    // The family with its series sorted by label values.
    void write(ExpositionWriter &writer) const;

private:
    const QString m_name;
    const QString m_help;
    const QStringList m_labelNames;
    mutable QReadWriteLock m_lock;
    std::map<QStringList, std::atomic<quint64>> m_series;
};

// Pairs label names with values: {"route","code"} + {"/x","200"} -> {{route,/x},{code,200}}.
Labels zipLabels(const QStringList &names, const QStringList &values);

} // namespace metrics
