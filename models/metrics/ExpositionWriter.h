#pragma once
// Writes metric families in the Prometheus text exposition format 0.0.4: HELP and TYPE lines,
// then the family's samples, each family once. A name that breaks the grammar, a family
// written twice or a series repeated is left out and reported in errors(), so a bad metric
// never makes a scraper reject the whole page.
//
// Two ways to write samples: from Labels, checked for repeated series (sample(), histogram()),
// or from LabelSets the caller built once and whose series are unique by construction
// (series(), histogramSeries()): the exporter's path for thousands of nodes, where checking
// every series in a hash set would cost more than writing it. Debug builds check those too.

#include "Histogram.h"
#include "LabelSet.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace metrics {

enum class MetricType { Gauge, Counter, Histogram };

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

    // A sample whose labels are `labels` followed by `more` (either may be empty). The caller
    // writes each label set once per family; only debug builds check that.
    void series(const LabelSet &labels, double value, const LabelSet &more = {});
    void histogramSeries(const LabelSet &labels, const HistogramSnapshot &snapshot);

    // One-sample families, for the common cases.
    void gauge(const QString &name, const QString &help, double value, const Labels &labels = {});
    void counter(const QString &name, const QString &help, double value, const Labels &labels = {});
    void info(const QString &name, const QString &help, const Labels &labels);

    // Reserves room for a page of about this many bytes, once, before the first family.
    void reserve(qsizetype bytes) { m_text.reserve(bytes); }
    QByteArray text() const { return m_text; }
    // What was left out and why (for a log line or a test); empty when all was written.
    QStringList errors() const { return m_errors; }

private:
    // False (with the error recorded) when `labels` cannot be written in the current family.
    bool acceptLabels(const LabelSet &labels, bool histogram);
    bool acceptValue(double value);
    bool acceptSeries(const QByteArray &labels, const QByteArray &more);
    void writeLine(const QByteArray &suffix, const QByteArray &labels, const QByteArray &more,
                   double value);
    void writeHistogram(const LabelSet &labels, const HistogramSnapshot &snapshot);

    QByteArray m_text;
    QStringList m_errors;
    QSet<QString> m_families;
    QSet<QByteArray> m_seriesInFamily;
    QString m_current;        // empty while no family is open (or the last one was refused)
    QByteArray m_currentName; // m_current in UTF-8, written at the start of every line
    MetricType m_type = MetricType::Gauge;
};

} // namespace metrics
