// SvgChart: tick maths, the per-pixel reduction (spikes kept, points bounded), gaps, the series
// cap, and SVG that an XML reader accepts.
#include "SvgChart.h"

#include <QXmlStreamReader>
#include <QtTest>

namespace {

QList<NodeSample> samples(const QString &id, qint64 fromMs, int count, qint64 stepMs, double offset)
{
    QList<NodeSample> list;
    for (int i = 0; i < count; ++i) {
        NodeSample sample;
        sample.nodeId = id;
        sample.timeMs = fromMs + i * stepMs;
        sample.offsetMs = offset;
        list << sample;
    }
    return list;
}

int pointCount(const ChartLayout &layout)
{
    int points = 0;
    for (const ChartSeries &series : layout.series) {
        for (const auto &segment : series.segments)
            points += int(segment.size());
    }
    return points;
}

} // namespace

class tst_SvgChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceTicks_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("0..10") << 0.0 << 10.0 << QList<double>{0, 2, 4, 6, 8, 10};
        QTest::newRow("-1..800") << -1.0 << 800.0 << QList<double>{0, 200, 400, 600, 800};
        QTest::newRow("-3..3") << -3.0 << 3.0 << QList<double>{-2, 0, 2};
        QTest::newRow("flat") << 5.0 << 5.0 << QList<double>{5, 5.2, 5.4, 5.6, 5.8, 6};
    }
    void niceTicks()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QList<double>, expected);
        const QList<double> ticks = SvgChart::niceTicks(low, high, 5);
        QCOMPARE(ticks.size(), expected.size());
        for (int i = 0; i < ticks.size(); ++i)
            QVERIFY2(qFuzzyCompare(1 + ticks.at(i), 1 + expected.at(i)),
                     qPrintable(QString::number(ticks.at(i))));
    }

    void emptyHistorySaysSo()
    {
        const ChartLayout layout = SvgChart::offsetHistory({}, 0, 1000);
        QVERIFY(layout.isEmpty());
        const QString svg = SvgChart::toSvg(layout);
        QVERIFY(svg.contains(layout.empty.toHtmlEscaped()));
        QVERIFY(SvgChart::offsetHistory({}, 1000, 1000).isEmpty());
    }

    void reducesToThePixelWidthAndKeepsSpikes()
    {
        // A fortnight of 5-second samples: 241,920 per node.
        const qint64 from = 1'700'000'000'000;
        const qint64 to = from + 14 * 86'400'000LL;
        QList<NodeSample> many = samples(QStringLiteral("node-1"), from, 241'920, 5000, 1.0);
        many[100'000].offsetMs = 950.0; // one spike
        const ChartLayout layout =
            SvgChart::offsetHistory({{QStringLiteral("node-1"), many}}, from, to);
        QVERIFY(!layout.isEmpty());
        QVERIFY2(pointCount(layout) <= 3 * int(layout.plot.width()) + 3,
                 qPrintable(QString::number(pointCount(layout))));
        double top = layout.plot.bottom();
        for (const auto &segment : layout.series.constFirst().segments) {
            for (const QPointF &point : segment)
                top = std::min(top, point.y());
        }
        // The spike is the highest point and reaches (nearly) the top of the plot.
        QVERIFY(top < layout.plot.top() + layout.plot.height() * 0.1);
    }

    void gapsSplitTheLine()
    {
        const qint64 from = 0;
        QList<NodeSample> list = samples(QStringLiteral("n"), from, 10, 60'000, 2.0);
        list << samples(QStringLiteral("n"), from + 20 * 3'600'000LL, 10, 60'000, 2.0);
        NodeSample silent;
        silent.timeMs = from + 21 * 3'600'000LL;
        list << silent; // no offset: the node did not answer
        list << samples(QStringLiteral("n"), silent.timeMs + 60'000, 3, 60'000, 2.0);
        const ChartLayout layout =
            SvgChart::offsetHistory({{QStringLiteral("n"), list}}, from, from + 24 * 3'600'000LL);
        QCOMPARE(layout.series.constFirst().segments.size(), 3);
    }

    void capsTheSeriesAtTheWorstNodes()
    {
        QMap<QString, QList<NodeSample>> history;
        for (int i = 0; i < 40; ++i) {
            const QString id = QStringLiteral("node-%1").arg(i, 2, 10, QLatin1Char('0'));
            history.insert(id, samples(id, 0, 5, 1000, i == 33 ? 900.0 : double(i % 3)));
        }
        const ChartLayout layout = SvgChart::offsetHistory(history, 0, 10'000);
        QCOMPARE(layout.series.size(), SvgChart::MaxSeries);
        QVERIFY(!layout.note.isEmpty());
        bool worst = false;
        for (const ChartSeries &series : layout.series)
            worst |= series.label == QLatin1String("node-33");
        QVERIFY(worst);
    }

    void svgIsWellFormed()
    {
        QMap<QString, QList<NodeSample>> history{
            {QStringLiteral("a<&>\"b"), samples(QStringLiteral("x"), 0, 20, 500, -3.5)},
            {QStringLiteral("node-2"), samples(QStringLiteral("y"), 0, 1, 500, 800)}};
        const QString svg = SvgChart::toSvg(SvgChart::offsetHistory(history, 0, 10'000));
        QXmlStreamReader xml(svg);
        int polylines = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("polyline"))
                ++polylines;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(polylines, 2);
        QVERIFY(svg.startsWith(QLatin1String("<svg")));
        QVERIFY(svg.contains(QLatin1String("a&lt;&amp;&gt;")));
    }
};

QTEST_GUILESS_MAIN(tst_SvgChart)
#include "tst_SvgChart.moc"
