// InFlightLimit, the adaptive cap of RequestDispatcher (issue #15), fed answer times directly:
// steady answers keep the ceiling, answers that take far longer than their best shrink it to
// the floor and no further, it grows back only when quiet windows also had requests waiting for
// it, and a node that is always slow is not taken for queueing.
#include "InFlightLimit.h"

#include <QTest>

class tst_InFlightLimit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeIsClamped();
    void steadyAnswersKeepTheCeiling();
    void queuedAnswersShrinkToTheFloor();
    void growsBackOnlyWhenTheCapHeldRequestsBack();
    void aSlowNodeIsNotQueueing();
    void baselineFollowsALastingChange();

private:
    // `count` answers to keys k0..k(keys-1) in turn, each taking `us`.
    static void feed(InFlightLimit &limit, int count, qint64 us, int keys = 16,
                     bool capReached = false);
};

void tst_InFlightLimit::feed(InFlightLimit &limit, int count, qint64 us, int keys, bool capReached)
{
    for (int i = 0; i < count; ++i) {
        if (capReached)
            limit.noteCapReached();
        limit.onAnswer(QStringLiteral("k%1").arg(i % keys), us);
    }
}

void tst_InFlightLimit::rangeIsClamped()
{
    InFlightLimit limit;
    limit.setRange(6, 128);
    QCOMPARE(limit.current(), 128);
    QCOMPARE(limit.floor(), 6);
    limit.setRange(6, 4);
    QCOMPARE(limit.floor(), 4);
    QCOMPARE(limit.current(), 4);
    limit.setRange(0, 0);
    QCOMPARE(limit.floor(), 1);
    QCOMPARE(limit.ceiling(), 1);
}

void tst_InFlightLimit::steadyAnswersKeepTheCeiling()
{
    InFlightLimit limit;
    limit.setRange(6, 128);
    feed(limit, 5000, 20000, 16, true);
    QCOMPARE(limit.current(), 128);
    // Loopback answers varying within the slack are not queueing either.
    for (int i = 0; i < 2000; ++i)
        limit.onAnswer(QStringLiteral("k%1").arg(i % 16), 300 + (i % 7) * 600);
    QCOMPARE(limit.current(), 128);
}

void tst_InFlightLimit::queuedAnswersShrinkToTheFloor()
{
    InFlightLimit limit;
    limit.setRange(6, 128);
    feed(limit, 128, 2000, 64); // one window of best times: 2 ms
    // Answers now wait half a second in some queue: a quarter less per window.
    feed(limit, 128, 500000, 64);
    QCOMPARE(limit.current(), 96);
    feed(limit, 96, 500000, 64);
    QCOMPARE(limit.current(), 72);
    feed(limit, 2000, 500000, 64);
    QCOMPARE(limit.current(), 6);
    // A few queued answers in a window are not enough.
    InFlightLimit calm;
    calm.setRange(6, 64);
    feed(calm, 64, 2000);
    for (int i = 0; i < 64; ++i)
        calm.onAnswer(QStringLiteral("k%1").arg(i % 16), i % 4 == 0 ? 500000 : 2000);
    QCOMPARE(calm.current(), 64);
}

void tst_InFlightLimit::growsBackOnlyWhenTheCapHeldRequestsBack()
{
    InFlightLimit limit;
    limit.setRange(6, 64);
    feed(limit, 64, 2000, 64);
    feed(limit, 1000, 500000, 64);
    QCOMPARE(limit.current(), 6);
    // Quiet again, but nothing waited for the cap: no evidence that more would help.
    feed(limit, 500, 2000);
    QCOMPARE(limit.current(), 6);
    // Requests wait for it: an eighth more per window (at least one), up to the ceiling.
    feed(limit, 8, 2000, 16, true);
    QCOMPARE(limit.current(), 7);
    feed(limit, 8, 2000, 16, true);
    QCOMPARE(limit.current(), 8);
    feed(limit, 3000, 2000, 16, true);
    QCOMPARE(limit.current(), 64);
}

void tst_InFlightLimit::aSlowNodeIsNotQueueing()
{
    InFlightLimit limit;
    limit.setRange(6, 64);
    // Every answer from "slow" takes a second, from the others 2 ms: its own best is a second.
    for (int i = 0; i < 3000; ++i) {
        limit.onAnswer(QStringLiteral("lb/api/v1/node@slow"), 1000000);
        limit.onAnswer(QStringLiteral("lb/api/v1/node@fast"), 2000);
    }
    QCOMPARE(limit.current(), 64);
    QCOMPARE(limit.baselineUs(QStringLiteral("lb/api/v1/node@slow")), 1000000);
    QCOMPARE(limit.baselineUs(QStringLiteral("unknown")), -1);
}

void tst_InFlightLimit::baselineFollowsALastingChange()
{
    InFlightLimit limit;
    limit.setRange(6, 64);
    limit.onAnswer(QStringLiteral("k"), 2000);
    for (int i = 0; i < 1000; ++i)
        limit.onAnswer(QStringLiteral("k"), 100000);
    // Crept up to the new normal (within a few per cent), but a faster answer resets it.
    QVERIFY2(limit.baselineUs(QStringLiteral("k")) > 95000,
             qPrintable(QString::number(limit.baselineUs(QStringLiteral("k")))));
    limit.onAnswer(QStringLiteral("k"), 3000);
    QCOMPARE(limit.baselineUs(QStringLiteral("k")), 3000);
}

QTEST_GUILESS_MAIN(tst_InFlightLimit)
#include "tst_InFlightLimit.moc"
