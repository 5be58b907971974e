// NTP offset maths, best-of-N selection and the median used for the cluster's clock agreement.
#include "ClockSample.h"

#include <QJsonObject>
#include <QTest>

class tst_ClockSample final : public QObject
{
    Q_OBJECT

private slots:
    void offsetAndDelay_data();
    void offsetAndDelay();
    void implausibleSamples_data();
    void implausibleSamples();
    void bestOfSeveral_data();
    void bestOfSeveral();
    void median_data();
    void median();
    void fromTimeJson_data();
    void fromTimeJson();
};

void tst_ClockSample::offsetAndDelay_data()
{
    QTest::addColumn<qint64>("t0");
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<qint64>("t2");
    QTest::addColumn<qint64>("t3");
    QTest::addColumn<double>("offsetUs");
    QTest::addColumn<qint64>("delayUs");
    QTest::addColumn<double>("errorUs");

    const qint64 base = 1795759403123456;
    // Same clocks, 1 ms each way, 100 µs of server time.
    QTest::newRow("in step") << base << base + 1000 << base + 1100 << base + 2100 << 0.0
                             << qint64(2000) << 1000.0;
    // Node 800 ms ahead, symmetric 1 ms legs.
    QTest::newRow("node ahead") << base << base + 801000 << base + 801100 << base + 2100 << 800000.0
                                << qint64(2000) << 1000.0;
    // Node 250 ms behind: negative offset.
    QTest::newRow("node behind") << base << base - 249000 << base - 248900 << base + 2100
                                 << -250000.0 << qint64(2000) << 1000.0;
    // Asymmetric legs: 3 ms out, 1 ms back, same clocks. The estimate is off by half the
    // asymmetry (+1 ms) and stays within the ±δ/2 bound (2 ms).
    QTest::newRow("asymmetric out")
        << base << base + 3000 << base + 3000 << base + 4000 << 1000.0 << qint64(4000) << 2000.0;
    // The other way round: 1 ms out, 3 ms back.
    QTest::newRow("asymmetric back")
        << base << base + 1000 << base + 1000 << base + 4000 << -1000.0 << qint64(4000) << 2000.0;
    // Asymmetry and a negative offset: node 50 ms behind, 5 ms out, 1 ms back.
    QTest::newRow("asymmetric behind") << base << base - 45000 << base - 44000 << base + 7000
                                       << -48000.0 << qint64(6000) << 3000.0;
    // Odd sum keeps the half microsecond.
    QTest::newRow("half microsecond")
        << qint64(0) << qint64(3) << qint64(3) << qint64(5) << 0.5 << qint64(5) << 2.5;
    QTest::newRow("half microsecond 2")
        << qint64(0) << qint64(2) << qint64(2) << qint64(1) << 1.5 << qint64(1) << 0.5;
    QTest::newRow("zero round trip")
        << base << base + 5 << base + 5 << base << 5.0 << qint64(0) << 0.0;
}

void tst_ClockSample::offsetAndDelay()
{
    QFETCH(qint64, t0);
    QFETCH(qint64, t1);
    QFETCH(qint64, t2);
    QFETCH(qint64, t3);
    QFETCH(double, offsetUs);
    QFETCH(qint64, delayUs);
    QFETCH(double, errorUs);

    const ClockSample sample(t0, t1, t2, t3);
    QCOMPARE(sample.offsetUs(), offsetUs);
    QCOMPARE(sample.delayUs(), delayUs);
    QCOMPARE(sample.errorBoundUs(), errorUs);
    QCOMPARE(sample.offsetMs(), offsetUs / 1000.0);
    QCOMPARE(sample.errorBoundMs(), errorUs / 1000.0);
    QVERIFY(sample.isPlausible());
}

void tst_ClockSample::implausibleSamples_data()
{
    QTest::addColumn<qint64>("t0");
    QTest::addColumn<qint64>("t1");
    QTest::addColumn<qint64>("t2");
    QTest::addColumn<qint64>("t3");

    QTest::newRow("answer before request (node)")
        << qint64(0) << qint64(100) << qint64(50) << qint64(200);
    QTest::newRow("received before sent (console)")
        << qint64(200) << qint64(0) << qint64(10) << qint64(100);
    QTest::newRow("server time longer than round trip")
        << qint64(0) << qint64(0) << qint64(500) << qint64(100);
}

void tst_ClockSample::implausibleSamples()
{
    QFETCH(qint64, t0);
    QFETCH(qint64, t1);
    QFETCH(qint64, t2);
    QFETCH(qint64, t3);
    const ClockSample sample(t0, t1, t2, t3);
    QVERIFY(!sample.isPlausible());
    QVERIFY(!ClockSample::best({sample}).has_value());
}

void tst_ClockSample::bestOfSeveral_data()
{
    QTest::addColumn<QList<ClockSample>>("samples");
    QTest::addColumn<int>("bestIndex"); // -1: none

    const ClockSample slow(0, 5000, 5100, 10100);  // δ 10 ms
    const ClockSample fast(0, 800, 900, 1700);     // δ 1.6 ms
    const ClockSample medium(0, 2000, 2100, 4100); // δ 4 ms
    const ClockSample broken(0, 100, 50, 200);     // t2 < t1
    const ClockSample fastTie(10, 810, 910, 1710); // δ 1.6 ms too, later

    QTest::newRow("empty") << QList<ClockSample>{} << -1;
    QTest::newRow("single") << QList<ClockSample>{slow} << 0;
    QTest::newRow("smallest delay wins") << QList<ClockSample>{slow, fast, medium} << 1;
    QTest::newRow("implausible skipped") << QList<ClockSample>{broken, medium, slow} << 1;
    QTest::newRow("only implausible") << QList<ClockSample>{broken} << -1;
    QTest::newRow("tie keeps the first") << QList<ClockSample>{medium, fast, fastTie} << 1;
}

void tst_ClockSample::bestOfSeveral()
{
    QFETCH(QList<ClockSample>, samples);
    QFETCH(int, bestIndex);
    const auto best = ClockSample::best(samples);
    if (bestIndex < 0) {
        QVERIFY(!best.has_value());
        return;
    }
    QVERIFY(best.has_value());
    QCOMPARE(*best, samples.at(bestIndex));
}

void tst_ClockSample::median_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<double>("median");

    QTest::newRow("empty") << QList<double>{} << false << 0.0;
    QTest::newRow("one") << QList<double>{42.0} << true << 42.0;
    QTest::newRow("odd unsorted") << QList<double>{820.0, -3.0, 2.0} << true << 2.0;
    QTest::newRow("even unsorted") << QList<double>{10.0, -4.0, 0.0, 800.0} << true << 5.0;
    QTest::newRow("two") << QList<double>{-1.0, 3.0} << true << 1.0;
    QTest::newRow("all negative odd")
        << QList<double>{-5.0, -1.0, -300.0, -2.0, -7.0} << true << -5.0;
    QTest::newRow("duplicates") << QList<double>{1.0, 1.0, 1.0, 9.0} << true << 1.0;
}

void tst_ClockSample::median()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, defined);
    QFETCH(double, median);
    const auto result = ClockSample::median(values);
    QCOMPARE(result.has_value(), defined);
    if (defined)
        QCOMPARE(*result, median);
}

void tst_ClockSample::fromTimeJson_data()
{
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("api.md example") << QJsonObject{{"t1Us", 1795759403123456.0},
                                                   {"t2Us", 1795759403123470.0},
                                                   {"nodeId", "node-1"}}
                                    << true << QString();
    QTest::newRow("t1 missing") << QJsonObject{{"t2Us", 1.0}} << false << QStringLiteral("t1Us");
    QTest::newRow("t2 a string") << QJsonObject{{"t1Us", 1.0}, {"t2Us", "12"}} << false
                                 << QStringLiteral("'t2Us' should be an integer");
    QTest::newRow("fractional") << QJsonObject{{"t1Us", 1.5}, {"t2Us", 2.0}} << false
                                << QStringLiteral("t1Us");
}

void tst_ClockSample::fromTimeJson()
{
    QFETCH(QJsonObject, answer);
    QFETCH(bool, valid);
    QFETCH(QString, errorPart);
    QString error;
    const qint64 t0 = 1795759403122456;
    const auto sample = ClockSample::fromTimeJson(t0, answer, t0 + 2014, &error);
    QCOMPARE(sample.has_value(), valid);
    if (valid) {
        QCOMPARE(sample->t1Us(), qint64(1795759403123456));
        QCOMPARE(sample->t2Us(), qint64(1795759403123470));
        QCOMPARE(sample->delayUs(), qint64(2000));
        QCOMPARE(sample->offsetUs(), 0.0);
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(tst_ClockSample)
#include "tst_ClockSample.moc"
