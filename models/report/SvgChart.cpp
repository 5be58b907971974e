#include "SvgChart.h"

#include "ReportData.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double LeftMargin = 64;
constexpr double RightMargin = 150; // the legend
constexpr double TopMargin = 28;
constexpr double BottomMargin = 34;

struct Reduced
{
    QString nodeId;
    double worst = 0;
    QList<QList<QPointF>> segments; // (timeMs, offsetMs) before scaling
};

// Keeps, per pixel column, the first, minimum and maximum value: the line keeps its spikes
// while a fortnight of 5-second samples shrinks to a few points per pixel.
Reduced reduce(const QString &nodeId, const QList<NodeSample> &samples, qint64 fromMs, qint64 toMs,
               int columns)
{
    Reduced out;
    out.nodeId = nodeId;
    const double span = double(std::max<qint64>(toMs - fromMs, 1));
    // A gap longer than 5 % of the period, or a sample without an offset, breaks the line.
    const qint64 gapMs = std::max<qint64>((toMs - fromMs) / 20, 60'000);
    QList<QPointF> current;
    int column = -1;
    QPointF columnMin;
    QPointF columnMax;
    qint64 lastTime = 0;
    auto flush = [&] {
        if (column < 0)
            return;
        if (columnMin.x() <= columnMax.x()) {
            current << columnMin;
            if (columnMax != columnMin)
                current << columnMax;
        } else {
            current << columnMax << columnMin;
        }
        column = -1;
    };
    auto breakLine = [&] {
        flush();
        if (!current.isEmpty())
            out.segments << current;
        current.clear();
    };
    for (const NodeSample &sample : samples) {
        if (sample.timeMs < fromMs || sample.timeMs > toMs)
            continue;
        if (!sample.offsetMs || !std::isfinite(*sample.offsetMs)) {
            breakLine();
            continue;
        }
        if (lastTime != 0 && sample.timeMs - lastTime > gapMs)
            breakLine();
        lastTime = sample.timeMs;
        out.worst = std::max(out.worst, std::fabs(*sample.offsetMs));
        const int sampleColumn = int(double(sample.timeMs - fromMs) / span * columns);
        const QPointF point(double(sample.timeMs), *sample.offsetMs);
        if (sampleColumn != column) {
            flush();
            column = sampleColumn;
            columnMin = columnMax = point;
            continue;
        }
        if (point.y() < columnMin.y())
            columnMin = point;
        if (point.y() > columnMax.y())
            columnMax = point;
    }
    breakLine();
    return out;
}

QString timeLabel(qint64 ms, qint64 spanMs)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms);
    return time.toString(spanMs > 2 * 86'400'000LL ? QStringLiteral("MM-dd")
                                                   : QStringLiteral("MM-dd HH:mm"));
}

} // namespace

QString SvgChart::seriesColor(int index)
{
    static const char *const colors[] = {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                         "#e69f00", "#56b4e9", "#000000", "#7f3c8d",
                                         "#11a579", "#3969ac", "#f2b701", "#e73f74"};
    return QString::fromLatin1(colors[std::abs(index) % int(std::size(colors))]);
}

QList<double> SvgChart::niceTicks(double low, double high, int count)
{
    if (!std::isfinite(low) || !std::isfinite(high) || count < 1)
        return {};
    if (high <= low)
        high = low + 1;
    const double rough = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    QList<double> ticks;
    for (double value = std::ceil(low / step) * step; value <= high + step * 1e-9; value += step)
        ticks << (std::fabs(value) < step * 1e-9 ? 0.0 : value);
    return ticks;
}

ChartLayout SvgChart::offsetHistory(const QMap<QString, QList<NodeSample>> &history, qint64 fromMs,
                                    qint64 toMs, const QSizeF &size)
{
    ChartLayout layout;
    layout.size = size;
    layout.plot =
        QRectF(LeftMargin, TopMargin, std::max(10.0, size.width() - LeftMargin - RightMargin),
               std::max(10.0, size.height() - TopMargin - BottomMargin));
    layout.title = ReportTr::tr("Clock offset against this computer");
    layout.yTitle = ReportTr::tr("ms");
    if (toMs <= fromMs) {
        layout.empty = ReportTr::tr("No period to chart.");
        return layout;
    }

    const int columns = std::max(1, int(layout.plot.width()));
    QList<Reduced> reduced;
    for (auto it = history.cbegin(); it != history.cend(); ++it) {
        Reduced node = reduce(it.key(), it.value(), fromMs, toMs, columns);
        if (!node.segments.isEmpty())
            reduced << std::move(node);
    }
    if (reduced.isEmpty()) {
        layout.empty = ReportTr::tr("No clock samples in the local store for this period.");
        return layout;
    }
    if (reduced.size() > MaxSeries) {
        std::stable_sort(reduced.begin(), reduced.end(),
                         [](const Reduced &a, const Reduced &b) { return a.worst > b.worst; });
        layout.note = ReportTr::tr("Showing the %1 nodes with the largest offsets of %2.")
                          .arg(MaxSeries)
                          .arg(reduced.size());
        reduced.resize(MaxSeries);
        std::sort(reduced.begin(), reduced.end(),
                  [](const Reduced &a, const Reduced &b) { return a.nodeId < b.nodeId; });
    }

    double low = 0;
    double high = 0;
    for (const Reduced &node : reduced) {
        for (const QList<QPointF> &segment : node.segments) {
            for (const QPointF &point : segment) {
                low = std::min(low, point.y());
                high = std::max(high, point.y());
            }
        }
    }
    const QList<double> yValues = niceTicks(low, high, 5);
    const double yLow = yValues.isEmpty() ? low : std::min(low, yValues.constFirst());
    const double yHigh = yValues.isEmpty() ? high : std::max(high, yValues.constLast());
    const QRectF plot = layout.plot;
    auto mapX = [&](double ms) {
        return plot.left() + (ms - double(fromMs)) / double(toMs - fromMs) * plot.width();
    };
    auto mapY = [&](double value) {
        return plot.bottom() - (value - yLow) / std::max(yHigh - yLow, 1e-9) * plot.height();
    };
    for (double value : yValues)
        layout.yTicks << ChartTick{mapY(value), QString::number(value)};
    if (yLow <= 0 && yHigh >= 0)
        layout.zeroY = mapY(0);
    const int xCount = std::max(2, int(plot.width() / 110));
    for (int i = 0; i <= xCount; ++i) {
        const qint64 ms = fromMs + (toMs - fromMs) * i / xCount;
        layout.xTicks << ChartTick{mapX(double(ms)), timeLabel(ms, toMs - fromMs)};
    }
    for (int i = 0; i < reduced.size(); ++i) {
        ChartSeries series;
        series.label = reduced.at(i).nodeId;
        series.color = seriesColor(i);
        for (const QList<QPointF> &segment : reduced.at(i).segments) {
            QList<QPointF> mapped;
            mapped.reserve(segment.size());
            for (const QPointF &point : segment)
                mapped << QPointF(mapX(point.x()), mapY(point.y()));
            series.segments << mapped;
        }
        layout.series << series;
    }
    return layout;
}

QString SvgChart::toSvg(const ChartLayout &layout)
{
    QString text;
    QXmlStreamWriter xml(&text);
    const auto number = [](double value) { return QString::number(value, 'f', 1); };
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), number(layout.size.width()));
    xml.writeAttribute(QStringLiteral("height"), number(layout.size.height()));
    xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("0 0 %1 %2").arg(number(layout.size.width()), number(layout.size.height())));
    xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
    xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("11"));
    xml.writeTextElement(QStringLiteral("title"), layout.title);
    auto textAt = [&](double x, double y, const QString &content, const QString &anchor,
                      const QString &fill = QStringLiteral("#333333")) {
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), number(x));
        xml.writeAttribute(QStringLiteral("y"), number(y));
        xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
        xml.writeAttribute(QStringLiteral("fill"), fill);
        xml.writeCharacters(content);
        xml.writeEndElement();
    };
    auto line = [&](double x1, double y1, double x2, double y2, const QString &stroke,
                    const QString &dash = {}) {
        xml.writeEmptyElement(QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("x1"), number(x1));
        xml.writeAttribute(QStringLiteral("y1"), number(y1));
        xml.writeAttribute(QStringLiteral("x2"), number(x2));
        xml.writeAttribute(QStringLiteral("y2"), number(y2));
        xml.writeAttribute(QStringLiteral("stroke"), stroke);
        if (!dash.isEmpty())
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), dash);
    };
    const QRectF plot = layout.plot;
    textAt(plot.left(), 16, layout.title, QStringLiteral("start"));
    xml.writeEmptyElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), number(plot.left()));
    xml.writeAttribute(QStringLiteral("y"), number(plot.top()));
    xml.writeAttribute(QStringLiteral("width"), number(plot.width()));
    xml.writeAttribute(QStringLiteral("height"), number(plot.height()));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#999999"));
    if (layout.isEmpty()) {
        textAt(plot.center().x(), plot.center().y(), layout.empty, QStringLiteral("middle"));
        xml.writeEndElement();
        return text;
    }
    for (const ChartTick &tick : layout.yTicks) {
        line(plot.left(), tick.position, plot.right(), tick.position, QStringLiteral("#e4e4e4"));
        textAt(plot.left() - 6, tick.position + 4, tick.label, QStringLiteral("end"));
    }
    if (layout.zeroY >= 0)
        line(plot.left(), layout.zeroY, plot.right(), layout.zeroY, QStringLiteral("#777777"),
             QStringLiteral("4 3"));
    for (const ChartTick &tick : layout.xTicks) {
        line(tick.position, plot.bottom(), tick.position, plot.bottom() + 4,
             QStringLiteral("#999999"));
        textAt(tick.position, plot.bottom() + 16, tick.label, QStringLiteral("middle"));
    }
    textAt(14, plot.top() + plot.height() / 2, layout.yTitle, QStringLiteral("middle"));
    for (int i = 0; i < layout.series.size(); ++i) {
        const ChartSeries &series = layout.series.at(i);
        for (const QList<QPointF> &segment : series.segments) {
            QString points;
            points.reserve(segment.size() * 12);
            for (const QPointF &point : segment)
                points += number(point.x()) + QLatin1Char(',') + number(point.y()) + u' ';
            if (segment.size() == 1) // a lone sample still shows
                points += number(segment.constFirst().x() + 1.5) + QLatin1Char(',') +
                          number(segment.constFirst().y());
            xml.writeEmptyElement(QStringLiteral("polyline"));
            xml.writeAttribute(QStringLiteral("points"), points.trimmed());
            xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
            xml.writeAttribute(QStringLiteral("stroke"), series.color);
            xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.5"));
        }
        const double legendY = plot.top() + 10 + i * 14;
        line(plot.right() + 12, legendY - 4, plot.right() + 30, legendY - 4, series.color);
        textAt(plot.right() + 36, legendY, series.label, QStringLiteral("start"));
    }
    if (!layout.note.isEmpty())
        textAt(plot.left(), layout.size.height() - 2, layout.note, QStringLiteral("start"),
               QStringLiteral("#666666"));
    xml.writeEndElement();
    return text;
}
