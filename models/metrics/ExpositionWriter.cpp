#include "ExpositionWriter.h"

#include "ExpositionFormat.h"

namespace metrics {
namespace {

QByteArray typeName(MetricType type)
{
    switch (type) {
    case MetricType::Gauge:
        return QByteArrayLiteral("gauge");
    case MetricType::Counter:
        return QByteArrayLiteral("counter");
    case MetricType::Histogram:
        return QByteArrayLiteral("histogram");
    }
    return QByteArrayLiteral("untyped");
}

// Whether series() and histogramSeries() check for repeated series: a bug in the caller that
// a debug build (and so the tests) catches, and a release build does not pay for.
#ifdef QT_DEBUG
constexpr bool CheckUniqueByConstruction = true;
#else
constexpr bool CheckUniqueByConstruction = false;
#endif

} // namespace

bool ExpositionWriter::beginFamily(const QString &name, MetricType type, const QString &help)
{
    m_current.clear();
    m_currentName.clear();
    m_seriesInFamily.clear();
    if (!isValidMetricName(name)) {
        m_errors.append(QStringLiteral("invalid metric name \"%1\"").arg(name));
        return false;
    }
    if (m_families.contains(name)) {
        m_errors.append(QStringLiteral("metric family %1 written twice").arg(name));
        return false;
    }
    m_families.insert(name);
    m_current = name;
    m_currentName = name.toLatin1(); // valid names are ASCII
    m_type = type;
    m_text += "# HELP " + m_currentName + ' ' + escapeHelp(help) + '\n';
    m_text += "# TYPE " + m_currentName + ' ' + typeName(type) + '\n';
    return true;
}

bool ExpositionWriter::acceptLabels(const LabelSet &labels, bool histogram)
{
    if (m_current.isEmpty())
        return false; // the family was refused and its error already recorded
    if (histogram != (m_type == MetricType::Histogram)) {
        m_errors.append(
            histogram ? QStringLiteral("histogram series for %1, not a histogram").arg(m_current)
                      : QStringLiteral("a plain sample for histogram %1").arg(m_current));
        return false;
    }
    if (!labels.isValid() || (histogram && labels.hasLe())) {
        const QString name = labels.isValid() ? QStringLiteral("le") : labels.invalidName();
        m_errors.append(QStringLiteral("invalid label name \"%1\" on %2").arg(name, m_current));
        return false;
    }
    return true;
}

bool ExpositionWriter::acceptValue(double value)
{
    if (m_type == MetricType::Counter && value < 0) {
        m_errors.append(QStringLiteral("negative counter %1").arg(m_current));
        return false;
    }
    return true;
}

bool ExpositionWriter::acceptSeries(const QByteArray &labels, const QByteArray &more)
{
    const QByteArray key = more.isEmpty() ? labels : labels + ',' + more;
    if (m_seriesInFamily.contains(key)) {
        m_errors.append(
            QStringLiteral("series %1{%2} written twice").arg(m_current, QString::fromUtf8(key)));
        return false;
    }
    m_seriesInFamily.insert(key);
    return true;
}

void ExpositionWriter::writeLine(const QByteArray &suffix, const QByteArray &labels,
                                 const QByteArray &more, double value)
{
    m_text += m_currentName;
    m_text += suffix;
    if (!labels.isEmpty() || !more.isEmpty()) {
        m_text += '{';
        m_text += labels;
        if (!labels.isEmpty() && !more.isEmpty())
            m_text += ',';
        m_text += more;
        m_text += '}';
    }
    m_text += ' ';
    appendValue(m_text, value);
    m_text += '\n';
}

void ExpositionWriter::sample(const Labels &labels, double value)
{
    const LabelSet set(labels);
    if (acceptLabels(set, false) && acceptValue(value) && acceptSeries(set.text(), {}))
        writeLine({}, set.text(), {}, value);
}

void ExpositionWriter::series(const LabelSet &labels, double value, const LabelSet &more)
{
    if (!acceptLabels(labels, false) || !acceptLabels(more, false) || !acceptValue(value))
        return;
    if (CheckUniqueByConstruction && !acceptSeries(labels.text(), more.text()))
        return;
    writeLine({}, labels.text(), more.text(), value);
}

void ExpositionWriter::histogram(const Labels &labels, const HistogramSnapshot &snapshot)
{
    const LabelSet set(labels);
    if (acceptLabels(set, true) && acceptSeries(set.text(), {}))
        writeHistogram(set, snapshot);
}

void ExpositionWriter::histogramSeries(const LabelSet &labels, const HistogramSnapshot &snapshot)
{
    if (!acceptLabels(labels, true))
        return;
    if (CheckUniqueByConstruction && !acceptSeries(labels.text(), {}))
        return;
    writeHistogram(labels, snapshot);
}

void ExpositionWriter::writeHistogram(const LabelSet &labels, const HistogramSnapshot &snapshot)
{
    Q_ASSERT(snapshot.cumulativeCounts.size() == snapshot.upperBounds.size() + 1);
    const QByteArray bucket = QByteArrayLiteral("_bucket");
    QByteArray bound;
    for (qsizetype i = 0; i < snapshot.upperBounds.size(); ++i) {
        bound = QByteArrayLiteral("le=\"");
        appendValue(bound, snapshot.upperBounds.at(i));
        bound += '"';
        writeLine(bucket, labels.text(), bound, double(snapshot.cumulativeCounts.at(i)));
    }
    writeLine(bucket, labels.text(), QByteArrayLiteral("le=\"+Inf\""), double(snapshot.count));
    writeLine(QByteArrayLiteral("_sum"), labels.text(), {}, snapshot.sum);
    writeLine(QByteArrayLiteral("_count"), labels.text(), {}, double(snapshot.count));
}

void ExpositionWriter::gauge(const QString &name, const QString &help, double value,
                             const Labels &labels)
{
    if (beginFamily(name, MetricType::Gauge, help))
        sample(labels, value);
}

void ExpositionWriter::counter(const QString &name, const QString &help, double value,
                               const Labels &labels)
{
    if (beginFamily(name, MetricType::Counter, help))
        sample(labels, value);
}

void ExpositionWriter::info(const QString &name, const QString &help, const Labels &labels)
{
    gauge(name, help, 1, labels);
}

} // namespace metrics
