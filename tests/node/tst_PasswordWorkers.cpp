// PasswordWorkers: PBKDF2 runs on the pool, not on the calling thread, the answer comes back
// on the caller's thread, and a full queue refuses at once instead of growing.

#include "Credentials.h"
#include "PasswordWorkers.h"

#include <QTest>
#include <QThread>
#include <QTimer>
#include <optional>

using namespace node;

class tst_PasswordWorkers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersOnTheCallersThreadWhileItKeepsRunning()
    {
        // Slow enough that the caller's timer must fire while the hash runs elsewhere.
        const QString hash = Credentials::hashPassword(QStringLiteral("pw"), 400'000);
        PasswordWorkers workers(1, 4);
        std::optional<bool> result;
        QThread *answeredOn = nullptr;
        int ticks = 0;
        int ticksAtAnswer = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();
        QVERIFY(workers.verify(QStringLiteral("pw"), hash, [&](std::optional<bool> matches) {
            result = matches.value_or(false);
            answeredOn = QThread::currentThread();
            ticksAtAnswer = ticks;
        }));
        QCOMPARE(workers.pending(), 1);
        QVERIFY(!result); // never answered synchronously
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(*result);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY2(ticksAtAnswer > 0, "the calling thread's event loop stalled during the hash");
        QCOMPARE(workers.pending(), 0);
    }

    void wrongPasswordIsFalse()
    {
        PasswordWorkers workers(1, 4);
        std::optional<bool> result;
        QVERIFY(workers.verify(QStringLiteral("wrong"),
                               Credentials::hashPassword(QStringLiteral("pw"), 1000),
                               [&](std::optional<bool> matches) { result = matches; }));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); // workers run at nice +10
        QVERIFY(!*result);
    }

    void fullQueueRefusesAtOnce()
    {
        const QString hash = Credentials::hashPassword(QStringLiteral("pw"), 200'000);
        PasswordWorkers workers(1, 3);
        int answered = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(workers.verify(QStringLiteral("x"), hash,
                                   [&](std::optional<bool>) { ++answered; }));
        bool refusedCalled = false;
        QVERIFY(!workers.verify(QStringLiteral("x"), hash,
                                [&](std::optional<bool>) { refusedCalled = true; }));
        QCOMPARE(workers.pending(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 60000);
        QVERIFY(!refusedCalled);
        // Room again once the queue drained.
        QVERIFY(
            workers.verify(QStringLiteral("x"), hash, [&](std::optional<bool>) { ++answered; }));
        QTRY_COMPARE_WITH_TIMEOUT(answered, 4, 60000);
    }

    void checkThatWaitedTooLongIsNotRun()
    {
        // One worker, busy for a while: the second check's deadline passes in the queue.
        const QString slow = Credentials::hashPassword(QStringLiteral("pw"), 400'000);
        PasswordWorkers workers(1, 4, 1);
        std::optional<bool> first;
        std::optional<std::optional<bool>> second;
        QVERIFY(workers.verify(QStringLiteral("pw"), slow,
                               [&](std::optional<bool> matches) { first = matches; }));
        QVERIFY(workers.verify(QStringLiteral("pw"), slow,
                               [&](std::optional<bool> matches) { second = matches; }));
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 30000);
        QVERIFY(!second->has_value()); // not checked
        QCOMPARE(workers.pending(), 0);
    }

    void destroyedWithChecksInFlight()
    {
        // Queued checks are dropped, running ones finish; no callback runs on a dead owner.
        bool called = false;
        {
            PasswordWorkers workers(1, 8);
            const QString hash = Credentials::hashPassword(QStringLiteral("pw"), 50'000);
            for (int i = 0; i < 8; ++i)
                QVERIFY(workers.verify(QStringLiteral("x"), hash,
                                       [&](std::optional<bool>) { called = true; }));
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_PasswordWorkers)
#include "tst_PasswordWorkers.moc"
