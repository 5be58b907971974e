// What one poll asks, counted on the wire (issue #15): one /api/v1/node per node carries the
// clock sample, a burst of /api/v1/time only for a node first seen, after a jump or on an
// explicit refresh, older nodes fall back to one /api/v1/time each, a node's own member list is
// read only when its membershipEtag says it changed, and a poll that runs past the next one's
// due time is reported late.

#include "ClusterMonitor.h"
#include "FakeFleetHandler.h"
#include "HostileHttpServer.h"

#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

using Counts = QHash<QByteArray, int>; // per path

} // namespace

class tst_ClusterMonitorPolls final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void currentNodesNeedOneRequestEach();
    void olderNodesFallBackToTimeExchanges();
    void membershipChangeRereadsOnlyThatList();
    void clockJumpBurstsThatNodeAgain();
    void refreshBurstsEveryNode();
    void pollPastItsIntervalIsLate();

private:
    // Starts the monitor and waits for `polls` snapshots; returns per poll the requests by path.
    QList<Counts> poll(int polls);
    QList<Counts> more(int polls);
    static int total(const Counts &counts);

    std::shared_ptr<FakeFleet> m_fleet;
    std::unique_ptr<HostileHttpServer> m_server;
    std::unique_ptr<ClusterMonitor> m_monitor;
    QList<ClusterSnapshot> m_snapshots;
    QList<qsizetype> m_marks; // requests received when each snapshot arrived
};

void tst_ClusterMonitorPolls::init()
{
    m_fleet = std::make_shared<FakeFleet>();
    m_server = std::make_unique<HostileHttpServer>();
    QVERIFY(m_server->start());
    m_server->setHandler(fakeFleetHandler(m_fleet));
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("fleet"), m_server->url());
    profile.pollIntervalMs = ClusterProfile::MinPollIntervalMs;
    m_monitor = std::make_unique<ClusterMonitor>(profile);
    m_snapshots.clear();
    m_marks = {0};
    connect(m_monitor.get(), &ClusterMonitor::snapshotReady, this,
            [this](const ClusterSnapshot &snapshot) {
                m_snapshots.append(snapshot);
                m_marks.append(m_server->requestCount());
            });
}

void tst_ClusterMonitorPolls::cleanup()
{
    m_monitor.reset();
    m_server.reset();
}

QList<Counts> tst_ClusterMonitorPolls::poll(int polls)
{
    m_monitor->start();
    return more(polls);
}

QList<Counts> tst_ClusterMonitorPolls::more(int polls)
{
    const qsizetype first = m_snapshots.size();
    QList<Counts> perPoll;
    if (!QTest::qWaitFor([&] { return m_snapshots.size() >= first + polls; }, kTimeoutMs)) {
        QTest::qFail("fewer polls than expected", __FILE__, __LINE__);
        return QList<Counts>(polls);
    }
    const QList<HostileHttpServer::Request> &requests = m_server->requests();
    for (qsizetype p = first; p < first + polls; ++p) {
        Counts counts;
        for (qsizetype i = m_marks.at(p); i < m_marks.at(p + 1); ++i)
            ++counts[requests.at(i).path()];
        perPoll.append(counts);
    }
    return perPoll;
}

int tst_ClusterMonitorPolls::total(const Counts &counts)
{
    int sum = 0;
    for (const int n : counts)
        sum += n;
    return sum;
}

void tst_ClusterMonitorPolls::currentNodesNeedOneRequestEach()
{
    const QList<Counts> polls = poll(3);
    QCOMPARE(polls.size(), 3);
    // First sight: the membership, each node's view, a burst of four exchanges per node and the
    // license. No node's own list: every digest equals the balancer's answer.
    QCOMPARE(polls[0].value("/api/v1/cluster"), 1);
    QCOMPARE(polls[0].value("/api/v1/node"), 3);
    QCOMPARE(polls[0].value("/api/v1/time"), 3 * ClockFilter::BurstSamples);
    QCOMPARE(polls[0].value("/api/v1/license"), 1);
    // Then one request per node plus the membership.
    for (int p = 1; p < 3; ++p) {
        QCOMPARE(polls[p].value("/api/v1/cluster"), 1);
        QCOMPARE(polls[p].value("/api/v1/node"), 3);
        QCOMPARE(total(polls[p]), 1 + 3);
    }
    const ClusterSnapshot last = m_snapshots.last();
    for (const NodeSnapshot &node : last.nodes()) {
        QVERIFY(node.clock().measured);
        QVERIFY2(std::abs(node.clock().offsetMs) < 50, qPrintable(node.id()));
        // 4 + 1 + 1 + 1 samples kept.
        QCOMPARE(m_monitor->clockFilter(node.id()).samples().size(), ClockFilter::BurstSamples + 3);
    }
}

void tst_ClusterMonitorPolls::olderNodesFallBackToTimeExchanges()
{
    m_fleet->currentForm = false;
    const QList<Counts> polls = poll(2);
    QCOMPARE(polls[0].value("/api/v1/time"), 3 * ClockFilter::BurstSamples);
    // Without a digest every node's list is read, as before; one exchange per node.
    QCOMPARE(polls[1].value("/api/v1/cluster"), 1 + 3);
    QCOMPARE(polls[1].value("/api/v1/node"), 3);
    QCOMPARE(polls[1].value("/api/v1/time"), 3);
    QCOMPARE(total(polls[1]), 4 + 3 + 3);
    for (const NodeSnapshot &node : m_snapshots.last().nodes())
        QVERIFY(node.clock().measured);
}

void tst_ClusterMonitorPolls::membershipChangeRereadsOnlyThatList()
{
    const QList<Counts> before = poll(1);
    QCOMPARE(before[0].value("/api/v1/cluster"), 1);
    // node-3 now lists only two members: its digest changes, its list is read once.
    m_fleet->ownView.insert(QStringLiteral("node-3"),
                            {QStringLiteral("node-1"), QStringLiteral("node-3")});
    const QList<Counts> after = more(2);
    QCOMPARE(after[0].value("/api/v1/cluster"), 2);
    QCOMPARE(total(after[0]), 2 + 3);
    QCOMPARE(after[1].value("/api/v1/cluster"), 1); // same digest as last time: known
    // Both polls know node-3's list and say it leaves node-2 out.
    for (qsizetype s = m_snapshots.size() - 2; s < m_snapshots.size(); ++s) {
        bool disagrees = false;
        for (const Finding &finding : m_snapshots.at(s).findings()) {
            disagrees =
                disagrees || (finding.code == QLatin1String("cluster.membership-disagrees") &&
                              finding.nodeId == QLatin1String("node-3"));
        }
        QVERIFY2(disagrees, qPrintable(QString::number(s)));
    }
}

void tst_ClusterMonitorPolls::clockJumpBurstsThatNodeAgain()
{
    poll(2);
    m_fleet->clockOffsetUs.insert(QStringLiteral("node-2"), 5000000); // stepped 5 s ahead
    const QList<Counts> polls = more(1);
    QCOMPARE(polls[0].value("/api/v1/time"), ClockFilter::BurstSamples);
    // The old history is void: the inline sample and the burst only.
    const ClockFilter filter = m_monitor->clockFilter(QStringLiteral("node-2"));
    QCOMPARE(filter.samples().size(), 1 + ClockFilter::BurstSamples);
    const auto node = m_snapshots.last().node(QStringLiteral("node-2"));
    QVERIFY(node);
    QVERIFY2(std::abs(node->clock().offsetMs - 5000) < 50,
             qPrintable(QString::number(node->clock().offsetMs)));
    QCOMPARE(m_monitor->clockFilter(QStringLiteral("node-1")).samples().size(),
             ClockFilter::BurstSamples + 3);
}

void tst_ClusterMonitorPolls::refreshBurstsEveryNode()
{
    poll(2);
    m_monitor->refreshNow();
    const QList<Counts> polls = more(1);
    QCOMPARE(polls[0].value("/api/v1/time"), 3 * ClockFilter::BurstSamples);
}

void tst_ClusterMonitorPolls::pollPastItsIntervalIsLate()
{
    // Every answer takes 600 ms: a poll is at least the membership and a node answer, past the
    // 1 s interval.
    m_server->setMode(HostileHttpServer::Mode::Slow);
    m_server->setSlowDelay(std::chrono::milliseconds(600));
    poll(2);
    QVERIFY(m_monitor->latePolls() >= 2);
    bool late = false;
    for (const Finding &finding : m_snapshots.last().findings()) {
        if (finding.code == QLatin1String("poll.late")) {
            late = true;
            QCOMPARE(finding.severity, Severity::Info);
            QVERIFY2(finding.text.contains(QLatin1String("1000 ms")), qPrintable(finding.text));
        }
    }
    QVERIFY(late);
    // Late polls are not skipped: the next one started as soon as the late one ended.
    QVERIFY(m_snapshots.last().takenAtMs() - m_snapshots.first().takenAtMs() < 5000);
}

QTEST_GUILESS_MAIN(tst_ClusterMonitorPolls)
#include "tst_ClusterMonitorPolls.moc"
