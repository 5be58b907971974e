// Membership from several witnesses: parsing a node's member list (bad entries, duplicates,
// the node limit) and the findings for nodes whose lists leave members out.
#include "MembershipView.h"

#include <QJsonObject>
#include <QTest>

class tst_MembershipView final : public QObject
{
    Q_OBJECT

private slots:
    void parse();
    void disagreements_data();
    void disagreements();
};

void tst_MembershipView::parse()
{
    const QJsonArray nodes{QJsonObject{{"id", "node-1"}, {"role", "primary"}, {"url", "http://a"}},
                           QJsonObject{{"name", "no id"}},
                           QJsonValue(42),
                           QJsonObject{{"id", "node-2"}, {"state", "up"}},
                           QJsonObject{{"id", "node-1"}, {"role", "replica"}},
                           QJsonObject{{"id", "node-3"}}};
    const QList<Member> members = MembershipView::parse(nodes, 256);
    QCOMPARE(MembershipView::idsOf(members), QStringList({"node-1", "node-2", "node-3"}));
    QCOMPARE(members.at(0).role, QStringLiteral("primary")); // the first entry counts
    QCOMPARE(members.at(0).url, QUrl("http://a"));
    QCOMPARE(members.at(1).state, QStringLiteral("up"));
    QCOMPARE(MembershipView::parse(nodes, 2).size(), 2);
}

void tst_MembershipView::disagreements_data()
{
    QTest::addColumn<QStringList>("node1");
    QTest::addColumn<QStringList>("node4");
    QTest::addColumn<QStringList>("loadBalancerOnly");
    QTest::addColumn<QStringList>("flagged");

    const QStringList three{"node-1", "node-2", "node-3"};
    const QStringList four{"node-1", "node-2", "node-3", "node-4"};
    QTest::newRow("all agree") << four << four << QStringList{} << QStringList{};
    QTest::newRow("old node does not know the new one")
        << three << four << QStringList{} << QStringList{"node-1"};
    QTest::newRow("only the load balancer knows node-4")
        << three << QStringList{} << QStringList{"node-4"} << QStringList{"node-1"};
}

void tst_MembershipView::disagreements()
{
    QFETCH(QStringList, node1);
    QFETCH(QStringList, node4);
    QFETCH(QStringList, loadBalancerOnly);
    QFETCH(QStringList, flagged);
    QHash<QString, QStringList> lists{{"node-1", node1}};
    if (!node4.isEmpty())
        lists.insert("node-4", node4);
    const QStringList members{"node-1", "node-2", "node-3", "node-4"};
    QStringList found;
    for (const Finding &finding : MembershipView::disagreements(lists, members, loadBalancerOnly)) {
        QCOMPARE(finding.code, QStringLiteral("cluster.membership-disagrees"));
        QCOMPARE(finding.severity, Severity::Warning);
        found << finding.nodeId;
        QCOMPARE(finding.text,
                 QStringLiteral("node-1 lists 3 of the 4 known members: it does not know node-4"));
        QCOMPARE(finding.action.contains(QLatin1String("load balancer")),
                 !loadBalancerOnly.isEmpty());
    }
    QCOMPARE(found, flagged);
}

QTEST_GUILESS_MAIN(tst_MembershipView)
#include "tst_MembershipView.moc"
