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

// Keeps the `count` series with the largest offsets, in node order.
void keepWorst(QList<Reduced> &reduced, int count)
{
    std::stable_sort(reduced.begin(), reduced.end(),
                     [](const Reduced &a, const Reduced &b) { return a.worst > b.worst; });
    reduced.resize(count);
    std::sort(reduced.begin(), reduced.end(),
              [](const Reduced &a, const Reduced &b) { return a.nodeId < b.nodeId; });
}

// Maps (timeMs, offsetMs) to pixels in the plot.
struct Axes
{
    QRectF plot;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double yLow = 0;
    double yHigh = 0;

    double x(double ms) const
    {
        return plot.left() + (ms - double(fromMs)) / double(toMs - fromMs) * plot.width();
    }
    double y(double value) const
    {
        return plot.bottom() - (value - yLow) / std::max(yHigh - yLow, 1e-9) * plot.height();
    }
    QPointF map(const QPointF &point) const { return {x(point.x()), y(point.y())}; }
};

// Scales the value axis to cover every point and 0, and sets the layout's ticks and 0 line.
Axes placeAxes(ChartLayout &layout, const QList<Reduced> &reduced, qint64 fromMs, qint64 toMs)
{
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
    const QList<double> yValues = SvgChart::niceTicks(low, high, 5);
    Axes axes{layout.plot, fromMs, toMs,
              yValues.isEmpty() ? low : std::min(low, yValues.constFirst()),
              yValues.isEmpty() ? high : std::max(high, yValues.constLast())};
    for (double value : yValues)
        layout.yTicks << ChartTick{axes.y(value), QString::number(value)};
    if (axes.yLow <= 0 && axes.yHigh >= 0)
        layout.zeroY = axes.y(0);
    const int xCount = std::max(2, int(layout.plot.width() / 110));
    for (int i = 0; i <= xCount; ++i) {
        const qint64 ms = fromMs + (toMs - fromMs) * i / xCount;
        layout.xTicks << ChartTick{axes.x(double(ms)), timeLabel(ms, toMs - fromMs)};
    }
    return axes;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

// The SVG elements of a chart, written in document order.
class SvgWriter
{
public:
    explicit SvgWriter(QString *text)
        : m_xml(text)
    {}

    // The root element, its title and the plot's frame.
    void begin(const ChartLayout &layout)
    {
        m_xml.writeStartElement(QStringLiteral("svg"));
        m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
        m_xml.writeAttribute(QStringLiteral("width"), number(layout.size.width()));
        m_xml.writeAttribute(QStringLiteral("height"), number(layout.size.height()));
        m_xml.writeAttribute(QStringLiteral("viewBox"),
                             QStringLiteral("0 0 %1 %2")
                                 .arg(number(layout.size.width()), number(layout.size.height())));
        m_xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
        m_xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
        m_xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("11"));
        m_xml.writeTextElement(QStringLiteral("title"), layout.title);
        const QRectF plot = layout.plot;
        text(plot.left(), 16, layout.title, QStringLiteral("start"));
        m_xml.writeEmptyElement(QStringLiteral("rect"));
        m_xml.writeAttribute(QStringLiteral("x"), number(plot.left()));
        m_xml.writeAttribute(QStringLiteral("y"), number(plot.top()));
        m_xml.writeAttribute(QStringLiteral("width"), number(plot.width()));
        m_xml.writeAttribute(QStringLiteral("height"), number(plot.height()));
        m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        m_xml.writeAttribute(QStringLiteral("stroke"), QStringLiteral("#999999"));
    }

    void end() { m_xml.writeEndElement(); }

    void text(double x, double y, const QString &content, const QString &anchor,
              const QString &fill = QStringLiteral("#333333"))
    {
        m_xml.writeStartElement(QStringLiteral("text"));
        m_xml.writeAttribute(QStringLiteral("x"), number(x));
        m_xml.writeAttribute(QStringLiteral("y"), number(y));
        m_xml.writeAttribute(QStringLiteral("text-anchor"), anchor);
        m_xml.writeAttribute(QStringLiteral("fill"), fill);
        m_xml.writeCharacters(content);
        m_xml.writeEndElement();
    }

    void line(const QPointF &from, const QPointF &to, const QString &stroke,
              const QString &dash = {})
    {
        m_xml.writeEmptyElement(QStringLiteral("line"));
        m_xml.writeAttribute(QStringLiteral("x1"), number(from.x()));
        m_xml.writeAttribute(QStringLiteral("y1"), number(from.y()));
        m_xml.writeAttribute(QStringLiteral("x2"), number(to.x()));
        m_xml.writeAttribute(QStringLiteral("y2"), number(to.y()));
        m_xml.writeAttribute(QStringLiteral("stroke"), stroke);
        if (!dash.isEmpty())
            m_xml.writeAttribute(QStringLiteral("stroke-dasharray"), dash);
    }

    // Grid lines, tick labels, the 0 line and the value axis' title.
    void axes(const ChartLayout &layout)
    {
        const QRectF plot = layout.plot;
        for (const ChartTick &tick : layout.yTicks) {
            line({plot.left(), tick.position}, {plot.right(), tick.position},
                 QStringLiteral("#e4e4e4"));
            text(plot.left() - 6, tick.position + 4, tick.label, QStringLiteral("end"));
        }
        if (layout.zeroY >= 0)
            line({plot.left(), layout.zeroY}, {plot.right(), layout.zeroY},
                 QStringLiteral("#777777"), QStringLiteral("4 3"));
        for (const ChartTick &tick : layout.xTicks) {
            line({tick.position, plot.bottom()}, {tick.position, plot.bottom() + 4},
                 QStringLiteral("#999999"));
            text(tick.position, plot.bottom() + 16, tick.label, QStringLiteral("middle"));
        }
        text(14, plot.top() + plot.height() / 2, layout.yTitle, QStringLiteral("middle"));
    }

    // One polyline per segment and the series' legend entry at `legendY`.
    void series(const ChartSeries &series, double legendY, const QRectF &plot)
    {
        for (const QList<QPointF> &segment : series.segments) {
            QString points;
            points.reserve(segment.size() * 12);
            for (const QPointF &point : segment)
                points += number(point.x()) + QLatin1Char(',') + number(point.y()) + u' ';
            if (segment.size() == 1) // a lone sample still shows
                points += number(segment.constFirst().x() + 1.5) + QLatin1Char(',') +
                          number(segment.constFirst().y());
            m_xml.writeEmptyElement(QStringLiteral("polyline"));
            m_xml.writeAttribute(QStringLiteral("points"), points.trimmed());
            m_xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
            m_xml.writeAttribute(QStringLiteral("stroke"), series.color);
            m_xml.writeAttribute(QStringLiteral("stroke-width"), QStringLiteral("1.5"));
        }
        line({plot.right() + 12, legendY - 4}, {plot.right() + 30, legendY - 4}, series.color);
        text(plot.right() + 36, legendY, series.label, QStringLiteral("start"));
    }

private:
    QXmlStreamWriter m_xml;
};

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
        layout.note = ReportTr::tr("Showing the %1 nodes with the largest offsets of %2.")
                          .arg(MaxSeries)
                          .arg(reduced.size());
        keepWorst(reduced, MaxSeries);
    }
    const Axes axes = placeAxes(layout, reduced, fromMs, toMs);
    for (int i = 0; i < reduced.size(); ++i) {
        ChartSeries series;
        series.label = reduced.at(i).nodeId;
        series.color = seriesColor(i);
        for (const QList<QPointF> &segment : reduced.at(i).segments) {
            QList<QPointF> mapped;
            mapped.reserve(segment.size());
            for (const QPointF &point : segment)
                mapped << axes.map(point);
            series.segments << mapped;
        }
        layout.series << series;
    }
    return layout;
}

QString SvgChart::toSvg(const ChartLayout &layout)
{
    QString text;
    SvgWriter svg(&text);
    svg.begin(layout);
    const QRectF plot = layout.plot;
    if (layout.isEmpty()) {
        svg.text(plot.center().x(), plot.center().y(), layout.empty, QStringLiteral("middle"));
    } else {
        svg.axes(layout);
        for (int i = 0; i < layout.series.size(); ++i)
            svg.series(layout.series.at(i), plot.top() + 10 + i * 14, plot);
        if (!layout.note.isEmpty())
            svg.text(plot.left(), layout.size.height() - 2, layout.note, QStringLiteral("start"),
                     QStringLiteral("#666666"));
    }
    svg.end();
    return text;
}
