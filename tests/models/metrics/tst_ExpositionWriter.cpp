// The writer's families, histograms and refusals, and Debian's promtool reading its output.
#include "ExpositionFormat.h"
#include "ExpositionWriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using metrics::ExpositionWriter;
using metrics::LabelSet;
using metrics::MetricType;

namespace {

metrics::HistogramSnapshot sampleHistogram()
{
    metrics::Histogram histogram({0.125, 0.5, 1});
    for (const double value : {0.0625, 0.125, 0.25, 0.75, 3.0})
        histogram.observe(value);
    return histogram.snapshot();
}

// Every kind of family the node and the exporter write, with hostile label values.
QByteArray everyKind()
{
    ExpositionWriter writer;
    writer.gauge(u"clusterdesk_test_up"_s, u"1 when up.\nSecond line with a \\."_s, 1);
    writer.beginFamily(u"clusterdesk_test_requests_total"_s, MetricType::Counter,
                       u"Requests answered."_s);
    writer.sample({{u"route"_s, u"/api/v1/resources/{type}/{name}"_s}, {u"code"_s, u"200"_s}}, 7);
    writer.sample({{u"route"_s, u"quote\" back\\slash\nnewline"_s}, {u"code"_s, u"404"_s}}, 1);
    writer.info(u"clusterdesk_test_info"_s, u"Version and role."_s,
                {{u"version"_s, u"1.2.3"_s}, {u"role"_s, u"primary"_s}});
    writer.gauge(u"clusterdesk_test_offset_seconds"_s, u"Not measured."_s,
                 std::numeric_limits<double>::quiet_NaN(), {{u"node"_s, u"n1"_s}});
    writer.gauge(u"clusterdesk_test_bound_seconds"_s, u"Unbounded."_s,
                 std::numeric_limits<double>::infinity());
    writer.beginFamily(u"clusterdesk_test_duration_seconds"_s, MetricType::Histogram,
                       u"How long."_s);
    writer.histogram({{u"route"_s, u"/healthz"_s}}, sampleHistogram());
    writer.histogram({}, sampleHistogram());
    return writer.text();
}

} // namespace

class tst_ExpositionWriter final : public QObject
{
    Q_OBJECT

private slots:
    void gaugeAndCounterLines()
    {
        ExpositionWriter writer;
        writer.gauge(u"a_up"_s, u"Up."_s, 1);
        writer.counter(u"b_total"_s, u"Count."_s, 42, {{u"code"_s, u"200"_s}});
        QCOMPARE(writer.text(), QByteArray("# HELP a_up Up.\n# TYPE a_up gauge\na_up 1\n"
                                           "# HELP b_total Count.\n# TYPE b_total counter\n"
                                           "b_total{code=\"200\"} 42\n"));
        QVERIFY(writer.errors().isEmpty());
    }

    void labelsAreEscaped()
    {
        ExpositionWriter writer;
        writer.info(u"x_info"_s, u"h"_s, {{u"v"_s, u"a\"b\\c\nd"_s}});
        QVERIFY(writer.text().endsWith("x_info{v=\"a\\\"b\\\\c\\nd\"} 1\n"));
    }

    void histogramIsCumulative()
    {
        ExpositionWriter writer;
        writer.beginFamily(u"d_seconds"_s, MetricType::Histogram, u"h"_s);
        writer.histogram({{u"route"_s, u"/x"_s}}, sampleHistogram());
        const QByteArray expected = "d_seconds_bucket{route=\"/x\",le=\"0.125\"} 2\n"
                                    "d_seconds_bucket{route=\"/x\",le=\"0.5\"} 3\n"
                                    "d_seconds_bucket{route=\"/x\",le=\"1\"} 4\n"
                                    "d_seconds_bucket{route=\"/x\",le=\"+Inf\"} 5\n"
                                    "d_seconds_sum{route=\"/x\"} 4.1875\n"
                                    "d_seconds_count{route=\"/x\"} 5\n";
        QVERIFY2(writer.text().endsWith(expected), writer.text().constData());
    }

    void histogramWithoutLabels()
    {
        ExpositionWriter writer;
        writer.beginFamily(u"d_seconds"_s, MetricType::Histogram, u"h"_s);
        writer.histogram({}, sampleHistogram());
        QVERIFY(writer.text().contains("\nd_seconds_bucket{le=\"+Inf\"} 5\nd_seconds_sum 4.1875\n"
                                       "d_seconds_count 5\n"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("label");
        QTest::addColumn<double>("value");
        QTest::newRow("bad metric name") << u"a-b"_s << int(MetricType::Gauge) << u"x"_s << 1.0;
        QTest::newRow("bad label name") << u"a"_s << int(MetricType::Gauge) << u"x-y"_s << 1.0;
        QTest::newRow("reserved label") << u"a"_s << int(MetricType::Gauge) << u"__x"_s << 1.0;
        QTest::newRow("le on a histogram")
            << u"a"_s << int(MetricType::Histogram) << u"le"_s << 1.0;
        QTest::newRow("negative counter")
            << u"a_total"_s << int(MetricType::Counter) << u"x"_s << -1.0;
    }
    void refusals()
    {
        QFETCH(QString, family);
        QFETCH(int, type);
        QFETCH(QString, label);
        QFETCH(double, value);
        ExpositionWriter writer;
        writer.beginFamily(family, MetricType(type), u"h"_s);
        if (MetricType(type) == MetricType::Histogram)
            writer.histogram({{label, u"v"_s}}, sampleHistogram());
        else
            writer.sample({{label, u"v"_s}}, value);
        QCOMPARE(writer.errors().size(), 1);
        QVERIFY(!writer.text().contains("{"));
        QVERIFY(!writer.text().contains("a 1"));
    }

    void aFamilyIsWrittenOnce()
    {
        ExpositionWriter writer;
        writer.gauge(u"a"_s, u"h"_s, 1);
        writer.gauge(u"a"_s, u"h"_s, 2);
        QCOMPARE(writer.text().count("# TYPE a gauge"), 1);
        QVERIFY(!writer.text().contains("a 2"));
        QCOMPARE(writer.errors().size(), 1);
    }

    void aSeriesIsWrittenOnce()
    {
        ExpositionWriter writer;
        writer.beginFamily(u"a"_s, MetricType::Gauge, u"h"_s);
        writer.sample({{u"n"_s, u"1"_s}}, 1);
        writer.sample({{u"n"_s, u"1"_s}}, 2);
        writer.sample({{u"n"_s, u"2"_s}}, 3);
        QVERIFY(!writer.text().contains("} 2\n"));
        QVERIFY(writer.text().contains("a{n=\"2\"} 3\n"));
        QCOMPARE(writer.errors().size(), 1);
    }

    // The label-set path writes the same text as the Labels path.
    void labelSetsWriteTheSameText()
    {
        const metrics::Labels node = {{u"cluster"_s, u"a \"b\"\\"_s}, {u"node"_s, u"n\n1"_s}};
        ExpositionWriter fromLabels;
        fromLabels.beginFamily(u"g"_s, MetricType::Gauge, u"h"_s);
        fromLabels.sample(node, 0.5);
        fromLabels.sample(node + metrics::Labels{{u"state"_s, u"up"_s}}, 1);
        fromLabels.beginFamily(u"d_seconds"_s, MetricType::Histogram, u"h"_s);
        fromLabels.histogram(node, sampleHistogram());
        fromLabels.beginFamily(u"e"_s, MetricType::Gauge, u"h"_s);
        fromLabels.sample({}, 2);
        fromLabels.sample({{u"s"_s, u"x"_s}}, 3);

        const LabelSet set(node);
        ExpositionWriter fromSets;
        fromSets.reserve(4096);
        fromSets.beginFamily(u"g"_s, MetricType::Gauge, u"h"_s);
        fromSets.series(set, 0.5);
        fromSets.series(set, 1, LabelSet({{u"state"_s, u"up"_s}}));
        fromSets.beginFamily(u"d_seconds"_s, MetricType::Histogram, u"h"_s);
        fromSets.histogramSeries(set, sampleHistogram());
        fromSets.beginFamily(u"e"_s, MetricType::Gauge, u"h"_s);
        fromSets.series({}, 2);
        fromSets.series({}, 3, LabelSet({{u"s"_s, u"x"_s}}));
        QCOMPARE(fromSets.text(), fromLabels.text());
        QVERIFY(fromSets.errors().isEmpty());
        QCOMPARE(LabelSet(set, {{u"state"_s, u"up"_s}}).text(),
                 LabelSet(node + metrics::Labels{{u"state"_s, u"up"_s}}).text());
    }

    void labelSetRefusals()
    {
        const LabelSet bad({{u"ok"_s, u"1"_s}, {u"x-y"_s, u"2"_s}});
        QVERIFY(!bad.isValid());
        QCOMPARE(bad.invalidName(), u"x-y"_s);
        QVERIFY(!LabelSet(bad, {{u"fine"_s, u"3"_s}}).isValid());
        ExpositionWriter writer;
        writer.beginFamily(u"a_total"_s, MetricType::Counter, u"h"_s);
        writer.series(bad, 1);
        writer.series(LabelSet({{u"n"_s, u"1"_s}}), -1);
        writer.series(LabelSet({{u"n"_s, u"1"_s}}), 1, bad);
        writer.beginFamily(u"h_seconds"_s, MetricType::Histogram, u"h"_s);
        writer.histogramSeries(LabelSet({{u"le"_s, u"1"_s}}), sampleHistogram());
        writer.series({}, 1);
        QCOMPARE(writer.errors().size(), 5);
        QVERIFY(!writer.text().contains('{'));
        QVERIFY(!writer.text().contains("_bucket"));
    }

    // series() trusts the caller to write each label set once per family; a debug build (the
    // tests' build) still checks, so a caller's bug shows up here.
    void labelSetSeriesAreCheckedInDebugBuilds()
    {
#ifdef QT_DEBUG
        ExpositionWriter writer;
        writer.beginFamily(u"a"_s, MetricType::Gauge, u"h"_s);
        const LabelSet set({{ u"n"_s, u"1"_s }});
        writer.series(set, 1);
        writer.series(set, 2);
        writer.series(set, 3, LabelSet({{ u"s"_s, u"x"_s }}));
        QCOMPARE(writer.text().count("a{"), 2);
        QCOMPARE(writer.errors().size(), 1);
#else
        QSKIP("release builds do not check series() for repeats");
#endif
    }

    void mixingKindsIsRefused()
    {
        ExpositionWriter writer;
        writer.beginFamily(u"h_seconds"_s, MetricType::Histogram, u"h"_s);
        writer.sample({}, 1);
        writer.beginFamily(u"g"_s, MetricType::Gauge, u"h"_s);
        writer.histogram({}, sampleHistogram());
        QCOMPARE(writer.errors().size(), 2);
        QVERIFY(!writer.text().contains("h_seconds 1"));
        QVERIFY(!writer.text().contains("_bucket"));
    }

    void promtoolAccepts()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus)");
        QProcess process;
        process.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(process.waitForStarted());
        process.write(everyKind());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QByteArray said = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
    }

    // The check above must be able to fail: promtool refuses a page with a broken escape.
    void promtoolRefusesBrokenText()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus)");
        QProcess process;
        process.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(process.waitForStarted());
        process.write("# HELP a h\n# TYPE a gauge\na{x=\"\\q\"} 1\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(tst_ExpositionWriter)
#include "tst_ExpositionWriter.moc"
