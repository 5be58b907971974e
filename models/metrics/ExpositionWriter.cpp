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

// Appends `le` to a histogram series' labels: `{a="x"}` + 0.5 -> `{a="x",le="0.5"}`.
QByteArray withBound(const QByteArray &labels, const QByteArray &bound)
{
    const QByteArray le = "le=\"" + bound + '"';
    if (labels.isEmpty())
        return '{' + le + '}';
    return labels.chopped(1) + ',' + le + '}';
}

} // namespace

bool ExpositionWriter::beginFamily(const QString &name, MetricType type, const QString &help)
{
    m_current.clear();
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
    m_type = type;
    const QByteArray utf8 = name.toUtf8();
    m_text += "# HELP " + utf8 + ' ' + escapeHelp(help) + '\n';
    m_text += "# TYPE " + utf8 + ' ' + typeName(type) + '\n';
    return true;
}

QByteArray ExpositionWriter::labelText(const Labels &labels, bool &valid)
{
    valid = true;
    if (labels.isEmpty())
        return {};
    QByteArray out = "{";
    for (const auto &[name, value] : labels) {
        const bool reserved = m_type == MetricType::Histogram && name == QLatin1String("le");
        if (!isValidLabelName(name) || reserved) {
            m_errors.append(QStringLiteral("invalid label name \"%1\" on %2").arg(name, m_current));
            valid = false;
            return {};
        }
        if (out.size() > 1)
            out += ',';
        out += name.toUtf8() + "=\"" + escapeLabelValue(value) + '"';
    }
    return out + '}';
}

bool ExpositionWriter::acceptSeries(const QByteArray &seriesKey)
{
    if (m_seriesInFamily.contains(seriesKey)) {
        m_errors.append(QStringLiteral("series %1%2 written twice")
                            .arg(m_current, QString::fromUtf8(seriesKey)));
        return false;
    }
    m_seriesInFamily.insert(seriesKey);
    return true;
}

void ExpositionWriter::writeLine(const QByteArray &name, const QByteArray &labels, double value)
{
    m_text += name + labels + ' ' + formatValue(value) + '\n';
}

void ExpositionWriter::sample(const Labels &labels, double value)
{
    if (m_current.isEmpty())
        return; // the family was refused and its error already recorded
    if (m_type == MetricType::Histogram) {
        m_errors.append(QStringLiteral("a plain sample for histogram %1").arg(m_current));
        return;
    }
    if (m_type == MetricType::Counter && value < 0) {
        m_errors.append(QStringLiteral("negative counter %1").arg(m_current));
        return;
    }
    bool valid = false;
    const QByteArray text = labelText(labels, valid);
    if (valid && acceptSeries(text))
        writeLine(m_current.toUtf8(), text, value);
}

void ExpositionWriter::histogram(const Labels &labels, const HistogramSnapshot &snapshot)
{
    if (m_current.isEmpty())
        return;
    if (m_type != MetricType::Histogram) {
        m_errors.append(QStringLiteral("histogram series for %1, not a histogram").arg(m_current));
        return;
    }
    Q_ASSERT(snapshot.cumulativeCounts.size() == snapshot.upperBounds.size() + 1);
    bool valid = false;
    const QByteArray text = labelText(labels, valid);
    if (!valid || !acceptSeries(text))
        return;
    const QByteArray name = m_current.toUtf8();
    const QByteArray bucket = name + "_bucket";
    for (qsizetype i = 0; i < snapshot.upperBounds.size(); ++i) {
        writeLine(bucket, withBound(text, formatValue(snapshot.upperBounds.at(i))),
                  double(snapshot.cumulativeCounts.at(i)));
    }
    writeLine(bucket, withBound(text, "+Inf"), double(snapshot.count));
    writeLine(name + "_sum", text, snapshot.sum);
    writeLine(name + "_count", text, double(snapshot.count));
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
