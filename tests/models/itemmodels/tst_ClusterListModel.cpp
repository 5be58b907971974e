// The saved-cluster list under QAbstractItemModelTester: rows follow the profiles by
// insert/remove/move (no reset) and each poll updates one row with only the changed roles.
#include "ClusterListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

using Profile = ClusterListModel::Profile;

Profile profile(const QString &id, const QString &name)
{
    return {id, name, QUrl(QStringLiteral("https://%1.example:8443").arg(id))};
}

QStringList ids(const ClusterListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(ClusterListModel::ProfileIdRole).toString();
    return result;
}

QList<int> sortedRoles(const QVariant &roles)
{
    QList<int> list = roles.value<QList<int>>();
    std::sort(list.begin(), list.end());
    return list;
}

ClusterSnapshot snapshotFor(const QString &profileId, qint64 takenAtMs, Severity worst)
{
    QList<Finding> findings;
    if (worst != Severity::Ok) {
        Finding finding;
        finding.severity = worst;
        finding.text = "something";
        findings << finding;
    }
    return ClusterSnapshot()
        .withProfileId(profileId)
        .withTakenAtMs(takenAtMs)
        .withReachable(true)
        .withNodes(
            {NodeSnapshot::placeholder("node-1", "node-1", QUrl()).withHealth(NodeHealth::Up, 0),
             NodeSnapshot::placeholder("node-2", "node-2", QUrl())
                 .withHealth(NodeHealth::Unreachable, 2)})
        .withFindings(findings);
}

} // namespace

class tst_ClusterListModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void profilesBecomeRows();
    void reorderMovesRows();
    void removeAndRename();
    void snapshotUpdatesOneRowNarrowly();
    void agesFollowTheClock();
    void moveProfile();
    void roleNames();

private:
    ClusterListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ClusterListModel::init()
{
    m_model = new ClusterListModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_ClusterListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_ClusterListModel::profilesBecomeRows()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setProfiles({profile("a", "Alpha"), profile("b", "Beta"), profile("a", "Dup")});
    QCOMPARE(ids(*m_model), QStringList({"a", "b"}));
    QCOMPARE(inserted.size(), 2);
    const QModelIndex alpha = m_model->index(0);
    QCOMPARE(alpha.data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(alpha.data(ClusterListModel::UrlRole).toUrl(),
             QUrl(QStringLiteral("https://a.example:8443")));
    QCOMPARE(alpha.data(ClusterListModel::HasSnapshotRole).toBool(), false);
    QCOMPARE(alpha.data(ClusterListModel::LastRefreshAgeRole).toString(), QStringLiteral("never"));
    QCOMPARE(alpha.data(ClusterListModel::WorstSeverityRole).toInt(), int(Severity::Ok));
    QCOMPARE(m_model->profiles().size(), 2);
}

void tst_ClusterListModel::reorderMovesRows()
{
    m_model->setProfiles({profile("a", "A"), profile("b", "B"), profile("c", "C")});
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setProfiles({profile("c", "C"), profile("a", "A"), profile("b", "B")});
    QCOMPARE(ids(*m_model), QStringList({"c", "a", "b"}));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(inserted.size() + removed.size() + reset.size() + changed.size(), 0);

    // Reorder, add and drop at once.
    m_model->setProfiles({profile("b", "B"), profile("d", "D"), profile("c", "C")});
    QCOMPARE(ids(*m_model), QStringList({"b", "d", "c"}));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
}

void tst_ClusterListModel::removeAndRename()
{
    m_model->setProfiles({profile("a", "A"), profile("b", "B")});
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateProfile(profile("b", "Bravo")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(sortedRoles(changed.at(0).at(2)),
             QList<int>({Qt::DisplayRole, ClusterListModel::NameRole}));
    QVERIFY(!m_model->updateProfile(profile("zz", "nobody")));
    QVERIFY(m_model->removeProfile("a"));
    QVERIFY(!m_model->removeProfile("a"));
    QCOMPARE(ids(*m_model), QStringList({"b"}));
    m_model->addProfile(profile("c", "C"), 0);
    QCOMPARE(ids(*m_model), QStringList({"c", "b"}));
}

void tst_ClusterListModel::snapshotUpdatesOneRowNarrowly()
{
    m_model->setProfiles({profile("a", "A"), profile("b", "B"), profile("c", "C")});
    m_model->setCurrentTimeMs(100000);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->updateSnapshot(snapshotFor("b", 90000, Severity::Warning)));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    const QList<int> roles = sortedRoles(changed.at(0).at(2));
    QVERIFY(roles.contains(ClusterListModel::WorstSeverityRole));
    QVERIFY(roles.contains(ClusterListModel::LastRefreshAgeRole));
    QVERIFY(!roles.contains(ClusterListModel::NameRole));
    QVERIFY(!roles.contains(Qt::DisplayRole));

    const QModelIndex b = m_model->index(1);
    QCOMPARE(b.data(ClusterListModel::WorstSeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(b.data(ClusterListModel::ReachableRole).toBool(), true);
    QCOMPARE(b.data(ClusterListModel::NodesUpRole).toString(), QStringLiteral("1/2"));
    QCOMPARE(b.data(ClusterListModel::LastRefreshAgeRole).toString(),
             QStringLiteral("10 seconds ago"));
    QCOMPARE(b.data(ClusterListModel::StaleRole).toBool(), false);

    // The next poll changes only the severity and the time.
    changed.clear();
    m_model->updateSnapshot(snapshotFor("b", 90000, Severity::Critical));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(sortedRoles(changed.at(0).at(2)), QList<int>({ClusterListModel::WorstSeverityRole}));

    // Same again: nothing to announce.
    changed.clear();
    m_model->updateSnapshot(snapshotFor("b", 90000, Severity::Critical));
    QCOMPARE(changed.size(), 0);

    // A stale snapshot from the store says so.
    m_model->updateSnapshot(snapshotFor("c", 40000, Severity::Ok).withStale(true));
    QCOMPARE(m_model->index(2).data(ClusterListModel::StaleRole).toBool(), true);
    QVERIFY(m_model->index(2).data(Qt::ToolTipRole).toString().contains("saved state"));
    QVERIFY(!m_model->updateSnapshot(snapshotFor("nobody", 1, Severity::Ok)));
}

void tst_ClusterListModel::agesFollowTheClock()
{
    m_model->setProfiles({profile("a", "A"), profile("b", "B")});
    m_model->setCurrentTimeMs(60000);
    m_model->updateSnapshot(snapshotFor("a", 59000, Severity::Ok));
    QCOMPARE(m_model->index(0).data(ClusterListModel::LastRefreshAgeRole).toString(),
             QStringLiteral("just now"));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setCurrentTimeMs(60500); // same text: no signal
    QCOMPARE(changed.size(), 0);
    m_model->setCurrentTimeMs(179000);
    QCOMPARE(changed.size(), 1); // row a only: b was never refreshed
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(sortedRoles(changed.at(0).at(2)),
             QList<int>({Qt::ToolTipRole, ClusterListModel::LastRefreshAgeRole}));
    QCOMPARE(m_model->index(0).data(ClusterListModel::LastRefreshAgeRole).toString(),
             QStringLiteral("2 minutes ago"));
}

void tst_ClusterListModel::moveProfile()
{
    m_model->setProfiles({profile("a", "A"), profile("b", "B"), profile("c", "C")});
    QSignalSpy moved(m_model, &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->moveProfile("a", 2));
    QCOMPARE(ids(*m_model), QStringList({"b", "c", "a"}));
    QVERIFY(m_model->moveProfile("a", 0));
    QCOMPARE(ids(*m_model), QStringList({"a", "b", "c"}));
    QVERIFY(m_model->moveProfile("b", 1)); // already there
    QCOMPARE(moved.size(), 2);
    QVERIFY(!m_model->moveProfile("a", 3));
    QVERIFY(!m_model->moveProfile("zz", 0));
    QVERIFY(!m_model->moveProfile("a", -1));
}

void tst_ClusterListModel::roleNames()
{
    const auto names = m_model->roleNames();
    QCOMPARE(names.value(ClusterListModel::WorstSeverityRole), QByteArray("worstSeverity"));
    QCOMPARE(names.value(ClusterListModel::LastRefreshAgeRole), QByteArray("lastRefreshAge"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

QTEST_GUILESS_MAIN(tst_ClusterListModel)
#include "tst_ClusterListModel.moc"
