// FaultState: the fault-injection body is validated as a whole (a bad key changes nothing)
// and the injected clock offset shows in the node's clock.

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
            R"({"clockOffsetMs":0,"degraded":false,"delayMs":0,"kernelClock":null,"replicationPaused":false})";
        QTest::newRow("empty") << QByteArray("{}") << true << untouched;
        QTest::newRow("all")
            << QByteArray(
                   R"({"clockOffsetMs":-800,"replicationPaused":true,"degraded":true,"delayMs":250})")
            << true
            << QByteArray(
                   R"({"clockOffsetMs":-800,"degraded":true,"delayMs":250,"kernelClock":null,"replicationPaused":true})");
        QTest::newRow("subset")
            << QByteArray(R"({"delayMs":5})") << true
            << QByteArray(
                   R"({"clockOffsetMs":0,"degraded":false,"delayMs":5,"kernelClock":null,"replicationPaused":false})");
        QTest::newRow("unknown key")
            << QByteArray(R"({"delayMs":5,"latency":3})") << false << untouched;
        QTest::newRow("delay negative") << QByteArray(R"({"delayMs":-1})") << false << untouched;
        QTest::newRow("delay fraction") << QByteArray(R"({"delayMs":1.5})") << false << untouched;
        QTest::newRow("delay too long") << QByteArray(R"({"delayMs":60001})") << false << untouched;
        QTest::newRow("delay as string") << QByteArray(R"({"delayMs":"5"})") << false << untouched;
        QTest::newRow("offset too large")
            << QByteArray(R"({"clockOffsetMs":86400001})") << false << untouched;
        QTest::newRow("bool as number") << QByteArray(R"({"degraded":1})") << false << untouched;
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
};

QTEST_GUILESS_MAIN(tst_FaultState)
#include "tst_FaultState.moc"
