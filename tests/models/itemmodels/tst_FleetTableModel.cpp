// FleetSummary and FleetTableModel under QAbstractItemModelTester: columns from a snapshot,
// raw values for sorting, cell-only updates, profiles coming and going.
#include "FleetTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

NodeSnapshot node(const QString &id, NodeHealth health, ConfigAgreementState agreement,
                  double offsetMs)
{
    NodeSnapshot::Config config;
    config.agreement = agreement;
    NodeSnapshot::Clock clock;
    clock.measured = true;
    clock.offsetVsMedianMs = offsetMs;
    return NodeSnapshot::placeholder(id, id, QUrl())
        .withHealth(health, 0)
        .withConfig(config)
        .withClock(clock);
}

ClusterSnapshot snapshot(const QString &profileId, qint64 takenAtMs, int up, int total,
                         ConfigAgreementState agreement, double offsetMs)
{
    QList<NodeSnapshot> nodes;
    for (int i = 0; i < total; ++i)
        nodes.append(node(u"n%1"_s.arg(i), i < up ? NodeHealth::Up : NodeHealth::Unreachable,
                          i == 0 ? agreement : ConfigAgreementState::InSync,
                          i == 0 ? offsetMs : 0.0));
    return ClusterSnapshot()
        .withProfileId(profileId)
        .withTakenAtMs(takenAtMs)
        .withReachable(true)
        .withNodes(nodes);
}

} // namespace

class tst_FleetTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void summaryFromSnapshot();
    void modelRowsAndSorting();
};

void tst_FleetTableModel::summaryFromSnapshot()
{
    const ClusterProfile profile = ClusterProfile::create(u"prod"_s, QUrl(u"http://lb"_s));
    FleetSummary empty = FleetSummary::from(profile, std::nullopt);
    QCOMPARE(empty.text(FleetSummary::Column::NodesUp, 0), u"not polled yet"_s);
    QVERIFY(!empty.rawValue(FleetSummary::Column::Resources).isValid());
    QCOMPARE(empty.text(FleetSummary::Column::LastRefresh, 0), u"never"_s);

    const FleetSummary s = FleetSummary::from(
        profile, snapshot(profile.id, 1000, 2, 3, ConfigAgreementState::Diverged, -12.5), 7);
    QCOMPARE(s.text(FleetSummary::Column::Cluster, 0), u"prod"_s);
    QCOMPARE(s.text(FleetSummary::Column::NodesUp, 0), u"2 / 3"_s);
    QCOMPARE(s.text(FleetSummary::Column::WorstOffset, 0), u"-12.5 ms"_s);
    QCOMPARE(s.rawValue(FleetSummary::Column::WorstOffset).toDouble(), 12.5);
    QCOMPARE(s.agreementKey(), u"diverged"_s);
    QCOMPARE(s.text(FleetSummary::Column::Resources, 0), u"7"_s);
    QCOMPARE(s.text(FleetSummary::Column::LastRefresh, 121000), u"2 min ago"_s);
    QCOMPARE(s.rawValue(FleetSummary::Column::LastRefresh).toLongLong(), 1000);
}

void tst_FleetTableModel::modelRowsAndSorting()
{
    FleetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FleetTableModel::RawValueRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);

    const ClusterProfile a = ClusterProfile::create(u"alpha"_s, QUrl(u"http://a"_s));
    const ClusterProfile b = ClusterProfile::create(u"beta"_s, QUrl(u"http://b"_s));
    model.setProfiles({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), FleetSummary::columnCount());
    QCOMPARE(model.headerData(int(FleetSummary::Column::NodesUp), Qt::Horizontal).toString(),
             u"Nodes up"_s);

    model.setSnapshot(a.id, snapshot(a.id, 1000, 3, 3, ConfigAgreementState::InSync, 1.0));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setResourceCount(b.id, 40);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(topLeft.column(), int(FleetSummary::Column::Resources));
    QCOMPARE(bottomRight.column(), int(FleetSummary::Column::Resources));
    model.setResourceCount(a.id, 5);

    proxy.sort(int(FleetSummary::Column::Resources), Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"beta"_s);
    proxy.sort(int(FleetSummary::Column::Resources), Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toString(), u"alpha"_s);
    QCOMPARE(model.index(0, 0).data(FleetTableModel::ProfileIdRole).toString(), a.id);

    // The same profiles again keep the rows; one removed resets to the new list.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProfiles({a, b});
    QCOMPARE(reset.size(), 0);
    model.setProfiles({b});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.summaryAt(0)->resourceCount, 40);
    QCOMPARE(model.rowOf(a.id), -1);
}

QTEST_GUILESS_MAIN(tst_FleetTableModel)
#include "tst_FleetTableModel.moc"
