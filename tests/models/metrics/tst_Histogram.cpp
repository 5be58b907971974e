// Bucket placement (bounds are inclusive), the cumulative snapshot and observing from threads.
#include "Histogram.h"

#include <QTest>
#include <QThread>

#include <limits>
#include <memory>
#include <vector>

using metrics::Histogram;

class tst_Histogram final : public QObject
{
    Q_OBJECT

private slots:
    void bucketOfValue_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QList<quint64>>("cumulative");
        QTest::newRow("below the first") << 0.01 << QList<quint64>{1, 1, 1, 1};
        QTest::newRow("on the first bound") << 0.1 << QList<quint64>{1, 1, 1, 1};
        QTest::newRow("just above it") << 0.1000001 << QList<quint64>{0, 1, 1, 1};
        QTest::newRow("on the last bound") << 1.0 << QList<quint64>{0, 0, 1, 1};
        QTest::newRow("above all") << 7.0 << QList<quint64>{0, 0, 0, 1};
        QTest::newRow("negative") << -1.0 << QList<quint64>{1, 1, 1, 1};
        QTest::newRow("infinite") << std::numeric_limits<double>::infinity()
                                  << QList<quint64>{0, 0, 0, 1};
    }
    void bucketOfValue()
    {
        QFETCH(double, value);
        QFETCH(QList<quint64>, cumulative);
        Histogram histogram({0.1, 0.5, 1});
        histogram.observe(value);
        const metrics::HistogramSnapshot snapshot = histogram.snapshot();
        QCOMPARE(snapshot.cumulativeCounts, cumulative);
        QCOMPARE(snapshot.count, quint64(1));
        QCOMPARE(snapshot.sum, value);
    }

    void cumulativeOverManyValues()
    {
        Histogram histogram({1, 2, 3});
        for (const double value : {0.5, 1.5, 1.5, 2.5, 2.5, 2.5, 9.0})
            histogram.observe(value);
        const metrics::HistogramSnapshot snapshot = histogram.snapshot();
        QCOMPARE(snapshot.upperBounds, (QList<double>{1, 2, 3}));
        QCOMPARE(snapshot.cumulativeCounts, (QList<quint64>{1, 3, 6, 7}));
        QCOMPARE(snapshot.count, quint64(7));
        QCOMPARE(snapshot.sum, 20.0);
    }

    void nanIsIgnored()
    {
        Histogram histogram({1});
        histogram.observe(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(histogram.snapshot().count, quint64(0));
        QCOMPARE(histogram.snapshot().sum, 0.0);
    }

    void defaultBoundsAscend()
    {
        const QList<double> bounds = Histogram::defaultDurationBounds();
        QVERIFY(!bounds.isEmpty());
        QVERIFY(std::is_sorted(bounds.cbegin(), bounds.cend()));
        QCOMPARE(Histogram().snapshot().cumulativeCounts.size(), bounds.size() + 1);
    }

    void observedFromThreads()
    {
        Histogram histogram({0.5});
        constexpr int threads = 4;
        constexpr int perThread = 20000;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&histogram, t] {
                for (int i = 0; i < perThread; ++i)
                    histogram.observe(t % 2 ? 1.0 : 0.25);
            }));
            workers.back()->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait());
        const metrics::HistogramSnapshot snapshot = histogram.snapshot();
        QCOMPARE(snapshot.count, quint64(threads * perThread));
        QCOMPARE(snapshot.cumulativeCounts.first(), quint64(threads / 2 * perThread));
        QCOMPARE(snapshot.sum, (threads / 2) * perThread * 1.25);
    }
};

QTEST_GUILESS_MAIN(tst_Histogram)
#include "tst_Histogram.moc"
