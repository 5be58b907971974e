// LoginThrottle: a free budget of failures per client address and per user name, then locks
// that double up to a cap, cleared by a success, forgotten after a quiet period, and a bounded
// number of keys however many addresses a flood uses.

#include "LoginThrottle.h"

#include <QTest>

using namespace node;

class tst_LoginThrottle final : public QObject
{
    Q_OBJECT

private:
    static ThrottlePolicy policy(int freeFailures, qint64 maxLockMs, int maxKeys = 1000)
    {
        ThrottlePolicy result;
        result.freeFailures = freeFailures;
        result.firstLockMs = 1000;
        result.maxLockMs = maxLockMs;
        result.forgetAfterMs = 60 * 60 * 1000;
        result.maxKeys = maxKeys;
        return result;
    }

private Q_SLOTS:
    void budgetThenDoublingLocks()
    {
        LoginThrottle throttle(policy(3, 8000), policy(100, 8000));
        const QString client = QStringLiteral("10.0.0.1");
        qint64 now = 1'000'000;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(throttle.waitMs(client, QStringLiteral("u"), now), 0);
            throttle.recordFailure(client, QStringLiteral("u"), now);
        }
        // The budget is spent only now: the 4th failure locks for 1 s, then 2, 4, 8, 8.
        QCOMPARE(throttle.waitMs(client, QStringLiteral("u"), now), 0);
        const QList<qint64> expected{1000, 2000, 4000, 8000, 8000};
        for (const qint64 lockMs : expected) {
            throttle.recordFailure(client, QStringLiteral("u"), now);
            QCOMPARE(throttle.waitMs(client, QStringLiteral("u"), now), lockMs);
            QCOMPARE(throttle.waitMs(client, QStringLiteral("u"), now + lockMs - 1), 1);
            QCOMPARE(throttle.waitMs(client, QStringLiteral("u"), now + lockMs), 0);
            now += lockMs;
        }
        // Another address is not affected.
        QCOMPARE(throttle.waitMs(QStringLiteral("10.0.0.2"), QStringLiteral("v"), now - 1), 0);
    }

    void userLockedFromAnyAddress()
    {
        LoginThrottle throttle(policy(100, 60000), policy(2, 4000));
        const qint64 now = 5000;
        for (int i = 0; i < 3; ++i)
            throttle.recordFailure(QStringLiteral("10.0.0.%1").arg(i), QStringLiteral("admin"),
                                   now);
        QCOMPARE(throttle.waitMs(QStringLiteral("10.9.9.9"), QStringLiteral("admin"), now), 1000);
        QCOMPARE(throttle.waitMs(QStringLiteral("10.9.9.9"), QStringLiteral("viewer"), now), 0);
    }

    void successClearsBothKeys()
    {
        LoginThrottle throttle(policy(1, 60000), policy(1, 60000));
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("u"), 0);
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("u"), 0);
        QVERIFY(throttle.waitMs(QStringLiteral("a"), QStringLiteral("u"), 0) > 0);
        throttle.recordSuccess(QStringLiteral("a"), QStringLiteral("u"));
        QCOMPARE(throttle.waitMs(QStringLiteral("a"), QStringLiteral("u"), 0), 0);
        QCOMPARE(throttle.trackedKeys(), 0);
    }

    void oldFailuresAreForgotten()
    {
        ThrottlePolicy quick = policy(1, 60000);
        quick.forgetAfterMs = 10'000;
        LoginThrottle throttle(quick, quick);
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("u"), 0);
        // Long after: this failure is the first again, within the budget.
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("u"), 20'000);
        QCOMPARE(throttle.waitMs(QStringLiteral("a"), QStringLiteral("u"), 20'000), 0);
        throttle.recordFailure(QStringLiteral("a"), QStringLiteral("u"), 20'001);
        QCOMPARE(throttle.waitMs(QStringLiteral("a"), QStringLiteral("u"), 20'001), 1000);
    }

    void keysStayBounded()
    {
        // A flood from ever new addresses and user names cannot grow the tables without limit.
        LoginThrottle throttle(policy(2, 60000, 100), policy(2, 60000, 100));
        for (int i = 0; i < 5000; ++i)
            throttle.recordFailure(QStringLiteral("addr-%1").arg(i),
                                   QStringLiteral("user-%1").arg(i), i);
        QVERIFY2(throttle.trackedKeys() <= 200, QByteArray::number(throttle.trackedKeys()));
        // The newest key is still counted.
        throttle.recordFailure(QStringLiteral("addr-4999"), QStringLiteral("x"), 5000);
        throttle.recordFailure(QStringLiteral("addr-4999"), QStringLiteral("y"), 5000);
        QVERIFY(throttle.waitMs(QStringLiteral("addr-4999"), QStringLiteral("z"), 5000) > 0);
    }
};

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_LoginThrottle.moc"
