// NTP's clock filter on synthetic samples: the smallest round trip of the last eight wins, the
// error bound grows with the chosen sample's age by the stated drift bound, and a sample outside
// the bounds is a jump. Time is injected: no test waits.
#include "ClockFilter.h"

#include <QTest>

namespace {

constexpr qint64 Base = 1795759403000000;

// A sample taken at console time `t0`, `offsetUs` ahead, with `delayUs` on the network split
// evenly and 100 µs spent in the node.
ClockSample sampleAt(qint64 t0, qint64 offsetUs, qint64 delayUs)
{
    const qint64 t1 = t0 + delayUs / 2 + offsetUs;
    const qint64 t2 = t1 + 100;
    const qint64 t3 = t0 + delayUs + 100;
    return ClockSample(t0, t1, t2, t3);
}

} // namespace

class tst_ClockFilter final : public QObject
{
    Q_OBJECT

private slots:
    void emptyFilterHasNothingToSay();
    void smallestRoundTripWins();
    void keepsOnlyTheLastEight();
    void errorBoundGrowsWithAge_data();
    void errorBoundGrowsWithAge();
    void implausibleSamplesAreDropped();
    void jumpBeyondBothBounds_data();
    void jumpBeyondBothBounds();
    void noisyPathKeepsTheTruthInsideTheBound();
};

void tst_ClockFilter::emptyFilterHasNothingToSay()
{
    ClockFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.chosen());
    QVERIFY(!filter.errorBoundUs(Base));
    QVERIFY(!filter.expectation(Base));
}

void tst_ClockFilter::smallestRoundTripWins()
{
    ClockFilter filter;
    filter.add(sampleAt(Base, 800000 + 9000, 30000));   // late on the way out: biased
    filter.add(sampleAt(Base + 2000000, 800000, 2000)); // the quick one
    filter.add(sampleAt(Base + 4000000, 800000 - 6000, 20000));
    const auto chosen = filter.chosen();
    QVERIFY(chosen);
    QCOMPARE(chosen->t0Us(), Base + 2000000);
    QCOMPARE(chosen->offsetUs(), 800000.0);
    QCOMPARE(filter.samples().size(), 3);
}

void tst_ClockFilter::keepsOnlyTheLastEight()
{
    ClockFilter filter;
    // The best sample first, then eight worse ones push it out.
    filter.add(sampleAt(Base, 0, 500));
    for (int i = 1; i <= ClockFilter::Depth; ++i)
        filter.add(sampleAt(Base + i * 2000000, 0, 4000 + i));
    QCOMPARE(filter.samples().size(), ClockFilter::Depth);
    QCOMPARE(filter.chosen()->delayUs(), 4001);
    QCOMPARE(filter.samples().constFirst().t0Us(), Base + 2000000);
}

void tst_ClockFilter::errorBoundGrowsWithAge_data()
{
    QTest::addColumn<qint64>("ageUs");
    QTest::addColumn<double>("boundUs");

    // Half the round trip (1 ms) plus age x 15 ppm.
    QTest::newRow("just taken") << qint64(0) << 1000.0;
    QTest::newRow("2 s old") << qint64(2000000) << 1030.0;
    QTest::newRow("16 s old") << qint64(16000000) << 1240.0;
    QTest::newRow("an hour old") << qint64(3600000000) << 1000.0 + 54000.0;
    // A console clock stepped back: no younger than taken.
    QTest::newRow("from the future") << qint64(-5000000) << 1000.0;
}

void tst_ClockFilter::errorBoundGrowsWithAge()
{
    QFETCH(qint64, ageUs);
    QFETCH(double, boundUs);
    ClockFilter filter;
    const ClockSample sample(Base, Base + 1000, Base + 1000, Base + 2000); // 2 ms round trip
    filter.add(sample);
    QCOMPARE(*filter.errorBoundUs(sample.t3Us() + ageUs), boundUs);
    const auto expected = filter.expectation(sample.t3Us() + ageUs);
    QCOMPARE(expected->offsetUs, 0.0);
    QCOMPARE(expected->boundUs, boundUs);
}

void tst_ClockFilter::implausibleSamplesAreDropped()
{
    ClockFilter filter;
    filter.add(ClockSample(Base, Base + 10, Base + 5, Base + 20)); // node time runs backwards
    filter.add(ClockSample(Base, Base, Base, Base - 1));           // received before sent
    QVERIFY(filter.isEmpty());
}

void tst_ClockFilter::jumpBeyondBothBounds_data()
{
    QTest::addColumn<qint64>("newOffsetUs");
    QTest::addColumn<qint64>("newDelayUs");
    QTest::addColumn<bool>("jump");

    // Expected 800 ms ± 1 ms. A new sample with a 4 ms round trip (±2 ms) overlaps within 3 ms.
    QTest::newRow("same offset") << qint64(800000) << qint64(4000) << false;
    QTest::newRow("inside both bounds") << qint64(802900) << qint64(4000) << false;
    QTest::newRow("just outside") << qint64(803200) << qint64(4000) << true;
    QTest::newRow("stepped back") << qint64(0) << qint64(4000) << true;
    // A very slow exchange is too vague to call a 20 ms move a jump.
    QTest::newRow("vague sample") << qint64(820000) << qint64(60000) << false;
}

void tst_ClockFilter::jumpBeyondBothBounds()
{
    QFETCH(qint64, newOffsetUs);
    QFETCH(qint64, newDelayUs);
    QFETCH(bool, jump);
    const ClockFilter::Expectation expected{800000.0, 1000.0};
    QCOMPARE(ClockFilter::isJump(expected, sampleAt(Base, newOffsetUs, newDelayUs)), jump);
}

void tst_ClockFilter::noisyPathKeepsTheTruthInsideTheBound()
{
    // A node 800 ms ahead behind a path adding 0-50 ms on either leg, one sample every 2 s:
    // whatever the filter chooses, truth lies within offset ± bound.
    ClockFilter filter;
    quint32 seed = 12345;
    const auto jitter = [&seed] {
        seed = seed * 1664525u + 1013904223u; // deterministic LCG: a reproducible "noise"
        return qint64((seed >> 8) % 50000);
    };
    const qint64 truth = 800000;
    int inside = 0;
    constexpr int Polls = 150;
    for (int i = 0; i < Polls; ++i) {
        const qint64 t0 = Base + qint64(i) * 2000000;
        const qint64 out = 500 + jitter();
        const qint64 back = 500 + jitter();
        const qint64 t1 = t0 + out + truth;
        const qint64 t2 = t1 + 200;
        const qint64 t3 = t0 + out + 200 + back;
        filter.add(ClockSample(t0, t1, t2, t3));
        const auto expected = filter.expectation(t3);
        QVERIFY(expected);
        if (std::abs(expected->offsetUs - double(truth)) <= expected->boundUs)
            ++inside;
        QVERIFY2(std::abs(expected->offsetUs - double(truth)) < 20000.0,
                 qPrintable(QString::number(expected->offsetUs)));
    }
    QCOMPARE(inside, Polls);
}

QTEST_APPLESS_MAIN(tst_ClockFilter)
#include "tst_ClockFilter.moc"
