// RevisionWaiters: callbacks fire once, when their revision is reached or their cap passes.

#include "RevisionWaiters.h"

#include <QTest>

using namespace node;

class tst_RevisionWaiters final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alreadyReached()
    {
        RevisionWaiters waiters;
        QList<bool> results;
        waiters.waitFor(5, 5, 10000, [&](bool reached) { results.append(reached); });
        QCOMPARE(results, QList<bool>{true});
        QCOMPARE(waiters.pending(), 0);
    }

    void reachedByNotify()
    {
        RevisionWaiters waiters;
        QList<int> order;
        waiters.waitFor(3, 1, 10000, [&](bool reached) { order.append(reached ? 3 : -3); });
        waiters.waitFor(2, 1, 10000, [&](bool reached) { order.append(reached ? 2 : -2); });
        waiters.notify(2);
        QCOMPARE(order, QList<int>{2});
        QCOMPARE(waiters.pending(), 1);
        waiters.notify(9);
        QCOMPARE(order, (QList<int>{2, 3}));
        waiters.notify(10); // each callback runs once
        QCOMPARE(order, (QList<int>{2, 3}));
    }

    void capPasses()
    {
        RevisionWaiters waiters;
        QList<bool> results;
        waiters.waitFor(7, 1, 20, [&](bool reached) { results.append(reached); });
        QTRY_COMPARE(results, QList<bool>{false});
        QCOMPARE(waiters.pending(), 0);
        waiters.notify(7); // too late: nothing fires again
        QCOMPARE(results, QList<bool>{false});
    }

    void callbackMayWaitAgain()
    {
        RevisionWaiters waiters;
        QList<bool> results;
        waiters.waitFor(2, 1, 10000, [&](bool) {
            waiters.waitFor(3, 2, 10000, [&](bool reached) { results.append(reached); });
        });
        waiters.notify(2);
        QCOMPARE(waiters.pending(), 1);
        waiters.notify(3);
        QCOMPARE(results, QList<bool>{true});
    }
};

QTEST_GUILESS_MAIN(tst_RevisionWaiters)
#include "tst_RevisionWaiters.moc"
