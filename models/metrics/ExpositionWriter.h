#pragma once
// Writes metric families in the Prometheus text exposition format 0.0.4: HELP and TYPE lines,
// then the family's samples, each family once. A name that breaks the grammar, a family
// written twice or a series repeated is left out and reported in errors(), so a bad metric
// never makes a scraper reject the whole page.

#include "Histogram.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace metrics {

enum class MetricType { Gauge, Counter, Histogram };

// Label name and value pairs, written in this order.
using Labels = QList<std::pair<QString, QString>>;

class ExpositionWriter final
{
public:
    // Starts a family. Counters' names end in "_total"; info metrics are gauges named
    // "..._info" at 1. False (and the family's samples are dropped) when the name is invalid
    // or already written.
    bool beginFamily(const QString &name, MetricType type, const QString &help);
    // A sample of the current gauge or counter family.
    void sample(const Labels &labels, double value);
    // The current histogram family's series: `_bucket{le=...}` (cumulative, ending in +Inf),
    // `_sum` and `_count`.
    void histogram(const Labels &labels, const HistogramSnapshot &snapshot);

    // One-sample families, for the common cases.
    void gauge(const QString &name, const QString &help, double value, const Labels &labels = {});
    void counter(const QString &name, const QString &help, double value, const Labels &labels = {});
    void info(const QString &name, const QString &help, const Labels &labels);

    QByteArray text() const { return m_text; }
    // What was left out and why (for a log line or a test); empty when all was written.
    QStringList errors() const { return m_errors; }

private:
    // `{a="x",b="y"}`, empty without labels; `valid` is false when a label name is not.
    QByteArray labelText(const Labels &labels, bool &valid);
    bool acceptSeries(const QByteArray &seriesKey);
    void writeLine(const QByteArray &name, const QByteArray &labels, double value);

    QByteArray m_text;
    QStringList m_errors;
    QSet<QString> m_families;
    QSet<QByteArray> m_seriesInFamily;
    QString m_current; // empty while no family is open (or the last one was refused)
    MetricType m_type = MetricType::Gauge;
};

} // namespace metrics
