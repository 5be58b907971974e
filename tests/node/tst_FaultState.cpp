// FaultState: the fault-injection body is validated as a whole (a bad key changes nothing)
// and the injected clock offset shows in the node's clock; hiddenServices takes names only.

#include "FaultState.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace node;

class tst_FaultState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QByteArray>("after");
        const QByteArray untouched =
            R"({"clockOffsetMs":0,"degraded":false,"delayJitterMs":0,"delayMs":0,"hiddenServices":[],"kernelClock":null,"replicationPaused":false})";
        QTest::newRow("empty") << QByteArray("{}") << true << untouched;
        QTest::newRow("all")
            << QByteArray(
                   R"({"clockOffsetMs":-800,"replicationPaused":true,"degraded":true,"delayJitterMs":0,"delayMs":250})")
            << true
            << QByteArray(
                   R"({"clockOffsetMs":-800,"degraded":true,"delayJitterMs":0,"delayMs":250,"hiddenServices":[],"kernelClock":null,"replicationPaused":true})");
        QTest::newRow("subset")
            << QByteArray(R"({"delayMs":5})") << true
            << QByteArray(
                   R"({"clockOffsetMs":0,"degraded":false,"delayJitterMs":0,"delayMs":5,"hiddenServices":[],"kernelClock":null,"replicationPaused":false})");
        QTest::newRow("unknown key")
            << QByteArray(R"({"delayMs":5,"latency":3})") << false << untouched;
        QTest::newRow("delay negative") << QByteArray(R"({"delayMs":-1})") << false << untouched;
        QTest::newRow("delay fraction") << QByteArray(R"({"delayMs":1.5})") << false << untouched;
        QTest::newRow("delay too long") << QByteArray(R"({"delayMs":60001})") << false << untouched;
        QTest::newRow("delay as string") << QByteArray(R"({"delayMs":"5"})") << false << untouched;
        QTest::newRow("jitter")
            << QByteArray(R"({"delayMs":10,"delayJitterMs":50})") << true
            << QByteArray(
                   R"({"clockOffsetMs":0,"degraded":false,"delayJitterMs":50,"delayMs":10,"hiddenServices":[],"kernelClock":null,"replicationPaused":false})");
        QTest::newRow("jitter negative")
            << QByteArray(R"({"delayJitterMs":-5})") << false << untouched;
        QTest::newRow("jitter too large")
            << QByteArray(R"({"delayJitterMs":60001})") << false << untouched;
        QTest::newRow("jitter fraction")
            << QByteArray(R"({"delayJitterMs":0.5})") << false << untouched;
        QTest::newRow("offset too large")
            << QByteArray(R"({"clockOffsetMs":86400001})") << false << untouched;
        QTest::newRow("bool as number") << QByteArray(R"({"degraded":1})") << false << untouched;
        QTest::newRow("hidden services")
            << QByteArray(R"({"hiddenServices":["ValidateAddress"]})") << true
            << QByteArray(
                   R"({"clockOffsetMs":0,"degraded":false,"delayJitterMs":0,"delayMs":0,"hiddenServices":["ValidateAddress"],"kernelClock":null,"replicationPaused":false})");
        QTest::newRow("hidden services not an array")
            << QByteArray(R"({"hiddenServices":"ValidateAddress"})") << false << untouched;
        QTest::newRow("hidden service empty name")
            << QByteArray(R"({"hiddenServices":[""]})") << false << untouched;
        QTest::newRow("hidden service not a string")
            << QByteArray(R"({"delayMs":5,"hiddenServices":[3]})") << false << untouched;
        QTest::newRow("bad value after good")
            << QByteArray(R"({"degraded":true,"replicationPaused":"no"})") << false << untouched;
    }
    void apply()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, accepted);
        QFETCH(QByteArray, after);
        FaultState faults(true);
        QString error;
        QCOMPARE(faults.apply(QJsonDocument::fromJson(body).object(), &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        QCOMPARE(QJsonDocument(faults.toJson()).toJson(QJsonDocument::Compact), after);
    }

    void pauseSignal()
    {
        FaultState faults(true);
        QSignalSpy paused(&faults, &FaultState::replicationPausedChanged);
        faults.setReplicationPaused(true);
        faults.setReplicationPaused(true); // no change, no signal
        faults.setReplicationPaused(false);
        QCOMPARE(paused.size(), 2);
        QCOMPARE(paused.at(0).at(0).toBool(), true);
        QCOMPARE(paused.at(1).at(0).toBool(), false);
    }

    void clockOffset()
    {
        FaultState faults(true);
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        faults.setClockOffsetMs(3'600'000);
        const qint64 reported = faults.nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(reported >= before + 3'600'000);
        QVERIFY(reported <= after + 3'600'000);
        QCOMPARE(faults.now().timeSpec(), Qt::UTC);
    }

    void noJitterWithoutTheFault()
    {
        FaultState faults(true);
        faults.setDelayMs(250); // a slow node is not a noisy path
        for (int i = 0; i < 20; ++i)
            QCOMPARE(faults.nextJitterMs(), 0);
    }

    // Every draw lies in 0..jitter and the draws cover the range: both ends are reached and
    // each fifth gets its share (2000 draws over 51 values: missing an end has a chance
    // below (50/51)^2000 < 1e-17).
    void jitterSpreadsOverTheRange()
    {
        FaultState faults(true);
        faults.setDelayJitterMs(50);
        QList<int> perFifth(5, 0);
        int lowest = INT_MAX;
        int highest = INT_MIN;
        for (int i = 0; i < 2000; ++i) {
            const int delay = faults.nextJitterMs();
            QVERIFY2(delay >= 0 && delay <= 50, qPrintable(QString::number(delay)));
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
            ++perFifth[std::min(4, delay / 10)];
        }
        QCOMPARE(lowest, 0);
        QCOMPARE(highest, 50);
        for (int count : perFifth)
            QVERIFY2(count > 200, qPrintable(QString::number(count))); // ~400 expected each
    }
};

QTEST_GUILESS_MAIN(tst_FaultState)
#include "tst_FaultState.moc"
