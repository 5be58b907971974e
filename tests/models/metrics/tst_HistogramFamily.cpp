// Histograms keyed by label values: one series per label set, written cumulatively.
#include "HistogramFamily.h"

#include <QTest>

using namespace Qt::StringLiterals;
using metrics::HistogramFamily;

class tst_HistogramFamily final : public QObject
{
    Q_OBJECT

private slots:
    void seriesPerLabels()
    {
        HistogramFamily family(u"d_seconds"_s, u"h"_s, {u"route"_s}, {0.5});
        family.observe({u"/a"_s}, 0.25);
        family.observe({u"/a"_s}, 1);
        family.observe({u"/b"_s}, 0.5);
        QCOMPARE(family.snapshot({u"/a"_s}).cumulativeCounts, (QList<quint64>{1, 2}));
        QCOMPARE(family.snapshot({u"/b"_s}).cumulativeCounts, (QList<quint64>{1, 1}));
        QCOMPARE(family.snapshot({u"/c"_s}).cumulativeCounts, (QList<quint64>{0, 0}));
    }

    void written()
    {
        HistogramFamily family(u"d_seconds"_s, u"Durations."_s, {u"route"_s}, {0.5});
        family.observe({u"/b"_s}, 0.25);
        family.observe({u"/a"_s}, 2);
        metrics::ExpositionWriter writer;
        family.write(writer);
        QCOMPARE(writer.text(),
                 QByteArray("# HELP d_seconds Durations.\n# TYPE d_seconds histogram\n"
                            "d_seconds_bucket{route=\"/a\",le=\"0.5\"} 0\n"
                            "d_seconds_bucket{route=\"/a\",le=\"+Inf\"} 1\n"
                            "d_seconds_sum{route=\"/a\"} 2\n"
                            "d_seconds_count{route=\"/a\"} 1\n"
                            "d_seconds_bucket{route=\"/b\",le=\"0.5\"} 1\n"
                            "d_seconds_bucket{route=\"/b\",le=\"+Inf\"} 1\n"
                            "d_seconds_sum{route=\"/b\"} 0.25\n"
                            "d_seconds_count{route=\"/b\"} 1\n"));
        QVERIFY(writer.errors().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_HistogramFamily)
#include "tst_HistogramFamily.moc"
