// The node action values and rules: keys, the last-serving-node guard, the restart note's
// condition.

#include "NodeAction.h"

#include <QtTest>

namespace {

NodeSnapshot node(const char *name, LbState state, NodeHealth health = NodeHealth::Up)
{
    const QString id = QString::fromLatin1(name);
    NodeSnapshot::LoadBalancer lb;
    lb.state = state;
    return NodeSnapshot::placeholder(id, id, QUrl()).withHealth(health, 0).withLoadBalancer(lb);
}

} // namespace

class tst_NodeAction final : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTrip();
    void lastServingNode_data();
    void lastServingNode();
    void wholeClusterOutOfService_data();
    void wholeClusterOutOfService();
};

void tst_NodeAction::keysRoundTrip()
{
    for (NodeAction action : {NodeAction::Drain, NodeAction::Maint, NodeAction::Ready})
        QCOMPARE(nodeActionFromKey(nodeActionKey(action)), action);
    QCOMPARE(nodeActionKey(NodeAction::Maint), QStringLiteral("maint"));
    QVERIFY(!nodeActionFromKey(u"shutdown"));
    QCOMPARE(nodeActionTarget(NodeAction::Drain), LbState::Drain);
    QCOMPARE(nodeActionTarget(NodeAction::Ready), LbState::Up);
}

void tst_NodeAction::lastServingNode_data()
{
    QTest::addColumn<QList<NodeSnapshot>>("nodes");
    QTest::addColumn<QString>("target");
    QTest::addColumn<NodeAction>("action");
    QTest::addColumn<bool>("last");
    const QList<NodeSnapshot> twoUp{node("n1", LbState::Up), node("n2", LbState::Up)};
    const QList<NodeSnapshot> oneUp{node("n1", LbState::Up), node("n2", LbState::Maint),
                                    node("n3", LbState::Down)};
    QTest::newRow("another is up") << twoUp << QStringLiteral("n1") << NodeAction::Maint << false;
    QTest::newRow("last up, maint") << oneUp << QStringLiteral("n1") << NodeAction::Maint << true;
    QTest::newRow("last up, drain") << oneUp << QStringLiteral("n1") << NodeAction::Drain << true;
    QTest::newRow("ready is never guarded")
        << oneUp << QStringLiteral("n1") << NodeAction::Ready << false;
    QTest::newRow("target already out")
        << oneUp << QStringLiteral("n2") << NodeAction::Maint << false;
    QTest::newRow("other draining")
        << QList<NodeSnapshot>{node("n1", LbState::Up), node("n2", LbState::Drain)}
        << QStringLiteral("n1") << NodeAction::Maint << true;
    QTest::newRow("unknown node") << twoUp << QStringLiteral("n9") << NodeAction::Maint << false;
}

void tst_NodeAction::lastServingNode()
{
    QFETCH(QList<NodeSnapshot>, nodes);
    QFETCH(QString, target);
    QFETCH(NodeAction, action);
    QFETCH(bool, last);
    QCOMPARE(NodeActionRules::takesLastServingNode(nodes, target, action), last);
}

void tst_NodeAction::wholeClusterOutOfService_data()
{
    QTest::addColumn<QList<NodeSnapshot>>("nodes");
    QTest::addColumn<bool>("out");
    QTest::newRow("none") << QList<NodeSnapshot>{} << false;
    QTest::newRow("one up") << QList<NodeSnapshot>{node("n1", LbState::Up),
                                                   node("n2", LbState::Maint)}
                            << false;
    QTest::newRow("all maint or down")
        << QList<NodeSnapshot>{node("n1", LbState::Maint), node("n2", LbState::Down),
                               node("n3", LbState::Drain)}
        << true;
    QTest::newRow("unreachable, no stats")
        << QList<NodeSnapshot>{node("n1", LbState::Unknown, NodeHealth::Unreachable),
                               node("n2", LbState::Maint)}
        << true;
    QTest::newRow("answering, no stats")
        << QList<NodeSnapshot>{node("n1", LbState::Unknown), node("n2", LbState::Maint)} << false;
}

void tst_NodeAction::wholeClusterOutOfService()
{
    QFETCH(QList<NodeSnapshot>, nodes);
    QFETCH(bool, out);
    QCOMPARE(NodeActionRules::wholeClusterOutOfService(nodes), out);
    QVERIFY(!NodeActionRules::restartOrderNote().isEmpty());
}

QTEST_GUILESS_MAIN(tst_NodeAction)
#include "tst_NodeAction.moc"
