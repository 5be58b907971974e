// DateHeaderClock: simulated servers with known offsets answer with whole-second Date headers;
// the bound must always contain the truth, narrow to about the round trip within a handful of
// well-timed samples, refuse samples that contradict the others, and the header parser must
// take IMF-fixdate only.

#include "DateHeaderClock.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

constexpr qint64 kSecondUs = 1'000'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A server whose clock runs `offsetUs` ahead of ours and stamps its answer somewhere within
// the round trip (where exactly is the network's business).
struct SimulatedServer
{
    qint64 offsetUs = 0;
    QRandomGenerator *random = nullptr;

    // One request sent at t0 with a round trip of `roundTripUs`: t1 and the Date value.
    std::pair<qint64, qint64> exchange(qint64 t0Us, qint64 roundTripUs) const
    {
        const qint64 stampUs = t0Us + qint64(random->bounded(double(roundTripUs)));
        return {t0Us + roundTripUs, floorDiv(stampUs + offsetUs, kSecondUs)};
    }
};

} // namespace

class tst_DateHeaderClock final : public QObject
{
    Q_OBJECT

private:
    // Runs `samples` timed exchanges; checks the bound holds the truth after every one.
    static DateHeaderClock measure(const SimulatedServer &server, qint64 startUs,
                                   qint64 roundTripUs, qint64 jitterUs, int samples)
    {
        DateHeaderClock clock;
        qint64 now = startUs;
        for (int i = 0; i < samples; ++i) {
            const qint64 t0 = clock.nextSendUs(now, roundTripUs);
            [&] { QVERIFY(t0 >= now); }();
            const qint64 trip =
                roundTripUs + (jitterUs > 0 ? qint64(server.random->bounded(double(jitterUs))) : 0);
            const auto [t1, second] = server.exchange(t0, trip);
            [&] { QCOMPARE(clock.add(t0, t1, second), DateHeaderClock::Outcome::Accepted); }();
            [&] {
                QVERIFY2(clock.lowUs() <= server.offsetUs && server.offsetUs <= clock.highUs(),
                         qPrintable(QStringLiteral("truth %1 outside [%2, %3] after %4 samples")
                                        .arg(server.offsetUs)
                                        .arg(clock.lowUs())
                                        .arg(clock.highUs())
                                        .arg(i + 1)));
            }();
            now = t1 + 1000; // the next request is prepared a millisecond later
        }
        return clock;
    }

private Q_SLOTS:
    void oneSampleBoundsBySecondAndRoundTrip()
    {
        DateHeaderClock clock;
        QVERIFY(!clock.hasEstimate());
        QCOMPARE(clock.nextSendUs(5, 1000), 5);
        // Sent at 10.2 s, back at 10.3 s, the server said 12 s: offset in [1.7 s, 2.8 s].
        QCOMPARE(clock.add(10'200'000, 10'300'000, 12), DateHeaderClock::Outcome::Accepted);
        QCOMPARE(clock.lowUs(), 1'700'000);
        QCOMPARE(clock.highUs(), 2'800'000);
        QCOMPARE(clock.offsetUs(), 2'250'000);
        QCOMPARE(clock.errorBoundUs(), 550'000);
        QCOMPARE(clock.acceptedSamples(), 1);
    }

    void boundAlwaysContainsTheTruth()
    {
        QRandomGenerator random(20261203);
        for (int trial = 0; trial < 2000; ++trial) {
            const SimulatedServer server{qint64(random.bounded(20'000'000.0)) - 10'000'000,
                                         &random};
            const qint64 start = 1'700'000'000LL * kSecondUs + qint64(random.bounded(1e9));
            const qint64 trip = 100 + qint64(random.bounded(200'000.0)); // 0.1 .. 200 ms
            measure(server, start, trip, trip / 4, 12);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void convergesToAboutTheRoundTrip_data()
    {
        QTest::addColumn<qint64>("roundTripUs");
        QTest::newRow("1 ms") << qint64(1000);
        QTest::newRow("10 ms") << qint64(10'000);
        QTest::newRow("80 ms") << qint64(80'000);
    }
    void convergesToAboutTheRoundTrip()
    {
        QFETCH(qint64, roundTripUs);
        QRandomGenerator random(7);
        for (int trial = 0; trial < 300; ++trial) {
            const SimulatedServer server{qint64(random.bounded(4'000'000.0)) - 2'000'000, &random};
            const DateHeaderClock clock =
                measure(server, 1'800'000'000LL * kSecondUs + trial * 37'000, roundTripUs, 0, 12);
            if (QTest::currentTestFailed())
                return;
            // Twelve samples halve a second eleven times: the round trip dominates what is left.
            QVERIFY2(clock.errorBoundUs() <= roundTripUs / 2 + 2000,
                     qPrintable(QStringLiteral("±%1 µs after 12 samples at %2 µs round trip")
                                    .arg(clock.errorBoundUs())
                                    .arg(roundTripUs)));
        }
    }

    void nodeEightHundredMsAheadWithin50Ms()
    {
        // The case: +800 ms, ~1 ms round trip, a handful of samples.
        QRandomGenerator random(800);
        for (int trial = 0; trial < 200; ++trial) {
            const SimulatedServer server{800'000, &random};
            const DateHeaderClock clock =
                measure(server, 1'790'000'000LL * kSecondUs + trial * 123'457, 1000, 300, 6);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(
                qAbs(clock.offsetUs() - 800'000) <= 50'000 && clock.errorBoundUs() <= 50'000,
                qPrintable(
                    QStringLiteral("%1 ± %2 µs").arg(clock.offsetUs()).arg(clock.errorBoundUs())));
        }
    }

    void nextSendStraddlesThePredictedBoundary()
    {
        DateHeaderClock clock;
        // Whole-second answers at instants of our own choosing (zero round trip) pin the offset
        // to [0.5 s, 0.7 s]: estimate 0.6 s.
        QCOMPARE(clock.add(99'700'000, 99'700'000, 100), DateHeaderClock::Outcome::Accepted);
        QCOMPARE(clock.add(100'300'000, 100'300'000, 100), DateHeaderClock::Outcome::Accepted);
        QCOMPARE(clock.add(100'500'000, 100'500'000, 101), DateHeaderClock::Outcome::Accepted);
        QCOMPARE(clock.lowUs(), 500'000);
        QCOMPARE(clock.highUs(), 700'000);
        // At our 100.6 s the server reads ~101.2 s; its next boundary (102 s) is at our
        // 101.4 s, so with a 20 ms round trip we send at 101.39 s.
        QCOMPARE(clock.nextSendUs(100'600'000, 20'000), 101'390'000);
        // Never in the past, and a boundary too close to reach is skipped for the next.
        QCOMPARE(clock.nextSendUs(101'395'000, 20'000), 102'390'000);
    }

    void rejectsInconsistentSamples()
    {
        DateHeaderClock clock;
        QCOMPARE(clock.add(10'000'000, 10'010'000, 10), DateHeaderClock::Outcome::Accepted);
        const qint64 low = clock.lowUs();
        const qint64 high = clock.highUs();
        // The server's clock stepped five seconds: its interval misses the first entirely.
        QCOMPARE(clock.add(11'000'000, 11'010'000, 16), DateHeaderClock::Outcome::Inconsistent);
        QCOMPARE(clock.lowUs(), low);
        QCOMPARE(clock.highUs(), high);
        QCOMPARE(clock.rejectedSamples(), 1);
        QCOMPARE(clock.consecutiveRejections(), 1);
        QCOMPARE(clock.add(12'010'000, 12'000'000, 12), DateHeaderClock::Outcome::Invalid);
        QCOMPARE(clock.add(12'000'000, 12'010'000, 12), DateHeaderClock::Outcome::Accepted);
        QCOMPARE(clock.consecutiveRejections(), 0);
        QCOMPARE(clock.acceptedSamples(), 2);
        clock.reset();
        QVERIFY(!clock.hasEstimate());
        QCOMPARE(clock.add(11'000'000, 11'010'000, 16), DateHeaderClock::Outcome::Accepted);
    }

    void parsesImfFixdate()
    {
        QCOMPARE(DateHeaderClock::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 std::optional<qint64>(784111777));
        QCOMPARE(DateHeaderClock::parseHttpDate("  Thu, 03 Dec 2026 02:10:05 GMT "),
                 std::optional<qint64>(1796263805));
        QCOMPARE(DateHeaderClock::formatHttpDate(784111777),
                 QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    }

    void refusesOtherForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT")
                                 << QStringLiteral("RFC 850");
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994")
                                 << QStringLiteral("asctime");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("missing");
        QTest::newRow("wrong weekday")
            << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << QStringLiteral("IMF-fixdate");
        QTest::newRow("other zone")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC") << QStringLiteral("IMF-fixdate");
        QTest::newRow("numeric zone")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 +0000") << QStringLiteral("IMF-fixdate");
        QTest::newRow("single-digit day")
            << QByteArray("Sun, 6 Nov 1994 08:49:37 GMT") << QStringLiteral("IMF-fixdate");
        QTest::newRow("lower-case month")
            << QByteArray("Sun, 06 nov 1994 08:49:37 GMT") << QStringLiteral("IMF-fixdate");
        QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT")
                                 << QStringLiteral("IMF-fixdate");
        QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z")
                                  << QStringLiteral("IMF-fixdate");
        QTest::newRow("garbage") << QByteArray("\xff\xfe soon") << QStringLiteral("IMF-fixdate");
    }
    void refusesOtherForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, reason);
        QString error;
        QCOMPARE(DateHeaderClock::parseHttpDate(value, &error), std::nullopt);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_DateHeaderClock)
#include "tst_DateHeaderClock.moc"
