// Health hysteresis over sequences of polls: one miss is a blip, two make a node Unreachable.
#include "HealthTracker.h"

#include <QTest>

class tst_HealthTracker final : public QObject
{
    Q_OBJECT

private slots:
    void sequences_data();
    void sequences();
    void lastSeenAndLatency();
    void nodesAreIndependent();
    void appliedToSnapshot();
};

// Each poll: 'A' answered up, 'D' answered degraded, '-' no answer, 'S' no answer within the
// node's deadline (slow). Expected per poll: health letter (U=Up, G=Degraded, X=Unreachable,
// L=Slow, ?=Unknown) and missed count.
void tst_HealthTracker::sequences_data()
{
    QTest::addColumn<QString>("polls");
    QTest::addColumn<QString>("health");
    QTest::addColumn<QList<int>>("missed");

    QTest::newRow("always up") << "AAA"
                               << "UUU" << QList<int>{0, 0, 0};
    QTest::newRow("one blip") << "A-A"
                              << "UUU" << QList<int>{0, 1, 0};
    QTest::newRow("two misses") << "A--"
                                << "UUX" << QList<int>{0, 1, 2};
    QTest::newRow("down and back") << "A---A"
                                   << "UUXXU" << QList<int>{0, 1, 2, 3, 0};
    QTest::newRow("degraded at once") << "ADA"
                                      << "UGU" << QList<int>{0, 0, 0};
    QTest::newRow("degraded then blip") << "AD-"
                                        << "UGG" << QList<int>{0, 0, 1};
    QTest::newRow("degraded then gone") << "AD--"
                                        << "UGGX" << QList<int>{0, 0, 1, 2};
    QTest::newRow("never answered") << "--"
                                    << "?X" << QList<int>{1, 2};
    QTest::newRow("first answer") << "-A"
                                  << "?U" << QList<int>{1, 0};
    QTest::newRow("alternating") << "A-A-A-"
                                 << "UUUUUU" << QList<int>{0, 1, 0, 1, 0, 1};
    QTest::newRow("unreachable then degraded") << "--D"
                                               << "?XG" << QList<int>{1, 2, 0};
    QTest::newRow("slow is not missed") << "ASSS"
                                        << "ULLL" << QList<int>{0, 0, 0, 0};
    QTest::newRow("slow from the start") << "SA"
                                         << "LU" << QList<int>{0, 0};
    QTest::newRow("slow then gone") << "AS--"
                                    << "ULLX" << QList<int>{0, 0, 1, 2};
}

void tst_HealthTracker::sequences()
{
    QFETCH(QString, polls);
    QFETCH(QString, health);
    QFETCH(QList<int>, missed);
    QCOMPARE(health.size(), polls.size());

    HealthTracker tracker;
    QCOMPARE(tracker.status("node-1").health, NodeHealth::Unknown);
    for (int i = 0; i < polls.size(); ++i) {
        HealthTracker::Observation observation;
        observation.answered = polls.at(i) != QLatin1Char('-');
        observation.degraded = polls.at(i) == QLatin1Char('D');
        observation.answered = observation.answered && polls.at(i) != QLatin1Char('S');
        const HealthTracker::Status status = polls.at(i) == QLatin1Char('S')
                                                 ? tracker.observeSlow("node-1", 2000)
                                                 : tracker.observe("node-1", observation, 1000 * i);
        const NodeHealth expected = health.at(i) == QLatin1Char('U')   ? NodeHealth::Up
                                    : health.at(i) == QLatin1Char('G') ? NodeHealth::Degraded
                                    : health.at(i) == QLatin1Char('X') ? NodeHealth::Unreachable
                                    : health.at(i) == QLatin1Char('L') ? NodeHealth::Slow
                                                                       : NodeHealth::Unknown;
        QVERIFY2(status.health == expected, qPrintable(QStringLiteral("poll %1").arg(i)));
        QCOMPARE(status.missedPolls, missed.at(i));
        QCOMPARE(tracker.status("node-1").health, expected);
    }
}

void tst_HealthTracker::lastSeenAndLatency()
{
    HealthTracker tracker;
    tracker.observe("node-1", {true, false, 12.5}, 1000);
    auto status = tracker.observe("node-1", {false, false, std::nullopt}, 2000);
    QCOMPARE(status.lastSeenMs, qint64(1000));
    QCOMPARE(status.latencyMs, std::optional<double>(12.5)); // the last answer's
    status = tracker.observe("node-1", {true, true, 30.0}, 3000);
    QCOMPARE(status.lastSeenMs, qint64(3000));
    QCOMPARE(status.latencyMs, std::optional<double>(30.0));
    QCOMPARE(tracker.status("never").lastSeenMs, qint64(0));
    // Unreachable: no latency shown beside it (the newcomer saw "Unreachable, 1.6 ms").
    for (int poll = 0; poll < HealthTracker::UnreachableAfterMissedPolls; ++poll)
        status = tracker.observe("node-1", {false, false, std::nullopt}, 4000 + poll);
    QCOMPARE(status.health, NodeHealth::Unreachable);
    QCOMPARE(status.latencyMs, std::nullopt);
    QCOMPARE(status.lastSeenMs, qint64(3000));
}

void tst_HealthTracker::nodesAreIndependent()
{
    HealthTracker tracker;
    tracker.observe("node-1", {true, false, 1.0}, 0);
    tracker.observe("node-2", {true, false, 1.0}, 0);
    tracker.observe("node-1", {false, false, {}}, 1000);
    tracker.observe("node-1", {false, false, {}}, 2000);
    tracker.observe("node-2", {true, false, 1.0}, 2000);
    QCOMPARE(tracker.status("node-1").health, NodeHealth::Unreachable);
    QCOMPARE(tracker.status("node-2").health, NodeHealth::Up);
    tracker.forget("node-1");
    QCOMPARE(tracker.status("node-1").health, NodeHealth::Unknown);
}

void tst_HealthTracker::appliedToSnapshot()
{
    HealthTracker tracker;
    tracker.observe("node-1", {true, false, 4.0}, 5000);
    const auto status = tracker.observe("node-1", {false, false, {}}, 6000);
    const NodeSnapshot node = HealthTracker::applied(
        NodeSnapshot::placeholder("node-1", "node-1",
                                  QUrl(QStringLiteral("http://127.0.0.1:9101"))),
        status);
    QCOMPARE(node.health(), NodeHealth::Up);
    QCOMPARE(node.missedPolls(), 1);
    QCOMPARE(node.lastSeenMs(), qint64(5000));
    QCOMPARE(node.latencyMs(), std::optional<double>(4.0));
}

QTEST_GUILESS_MAIN(tst_HealthTracker)
#include "tst_HealthTracker.moc"
