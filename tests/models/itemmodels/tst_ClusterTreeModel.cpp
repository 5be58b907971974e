// The sidebar's tree under QAbstractItemModelTester: folders by group path (nested, folders
// first, clusters in the list's order), empty groups kept, a folder's text counting what it
// holds; a cluster moved to another group or a folder renamed keeps the persistent indexes on
// the same cluster; a poll changes the cluster's row and its folders only.
#include "ClusterTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Profile = ClusterListModel::Profile;

Profile profile(const QString &id, const QString &group)
{
    Profile p{id, id.toUpper(), QUrl(u"https://%1.example:8443"_s.arg(id))};
    p.group = group;
    return p;
}

ClusterSnapshot snapshotFor(const QString &profileId, Severity worst, bool reachable = true)
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
        .withTakenAtMs(1000)
        .withReachable(reachable)
        .withNodes(
            {NodeSnapshot::placeholder("node-1", "node-1", QUrl()).withHealth(NodeHealth::Up, 0)})
        .withFindings(findings);
}

// The tree as text: "EMEA[Production[a d] c] b", folders by name, clusters by id.
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList items;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(ClusterTreeModel::IsGroupRole).toBool())
            items << index.data(ClusterListModel::NameRole).toString() + u'[' +
                         shape(model, index) + u']';
        else
            items << index.data(ClusterListModel::ProfileIdRole).toString();
    }
    return items.join(u' ');
}

} // namespace

class tst_ClusterTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_list = std::make_unique<ClusterListModel>();
        m_tree = std::make_unique<ClusterTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_tree.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tree->setSourceModel(m_list.get());
        m_list->setProfiles({profile(u"a"_s, u"EMEA/Production"_s), profile(u"b"_s, {}),
                             profile(u"c"_s, u"EMEA"_s), profile(u"d"_s, u"EMEA/Production"_s)});
    }

    void cleanup()
    {
        m_tester.reset();
        m_tree.reset();
        m_list.reset();
    }

    void foldersByGroupPath()
    {
        QCOMPARE(shape(*m_tree), u"EMEA[Production[a d] c] b"_s);
        m_tree->setGroups({u"Staging"_s, u" APAC / Test/"_s});
        QCOMPARE(shape(*m_tree), u"APAC[Test[]] EMEA[Production[a d] c] Staging[] b"_s);
        QCOMPARE(m_tree->groupPaths(), (QStringList{u"APAC"_s, u"APAC/Test"_s, u"EMEA"_s,
                                                    u"EMEA/Production"_s, u"Staging"_s}));
        const QModelIndex production = m_tree->indexOfGroup(u"EMEA/Production"_s);
        QVERIFY(production.isValid());
        QCOMPARE(production.data(ClusterTreeModel::GroupPathRole).toString(), u"EMEA/Production"_s);
        QCOMPARE(production.parent(), m_tree->indexOfGroup(u"EMEA"_s));
        const QModelIndex a = m_tree->indexOfProfile(u"a"_s);
        QCOMPARE(a.parent(), production);
        QCOMPARE(a.data(ClusterTreeModel::GroupPathRole).toString(), u"EMEA/Production"_s);
        QCOMPARE(a.data(ClusterTreeModel::OrderRole).toInt(), 0);
        QCOMPARE(a.data(Qt::DisplayRole).toString(), u"A"_s);
        QVERIFY(m_tree->flags(a) & Qt::ItemNeverHasChildren);
        QCOMPARE(m_tree->indexOfGroup(u"Staging"_s).data().toString(), u"Staging (empty)"_s);
    }

    void folderTextCountsWhatItHolds()
    {
        const QModelIndex emea = m_tree->indexOfGroup(u"EMEA"_s);
        QCOMPARE(emea.data().toString(), u"EMEA (3)"_s);
        QCOMPARE(emea.data(ClusterTreeModel::ClusterCountRole).toInt(), 3);
        QCOMPARE(emea.data(ClusterListModel::HasSnapshotRole).toBool(), false);

        QSignalSpy changed(m_tree.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_list->updateSnapshot(snapshotFor(u"a"_s, Severity::Critical)));
        QVERIFY(m_list->updateSnapshot(snapshotFor(u"c"_s, Severity::Warning)));
        QVERIFY(m_list->updateSnapshot(snapshotFor(u"b"_s, Severity::Critical, false)));
        QCOMPARE(emea.data().toString(), u"EMEA (3, 1 critical, 1 with warnings)"_s);
        QCOMPARE(emea.data(ClusterListModel::WorstSeverityRole).toInt(), int(Severity::Critical));
        QCOMPARE(m_tree->indexOfGroup(u"EMEA/Production"_s).data().toString(),
                 u"Production (2, 1 critical)"_s);
        QVERIFY(emea.data(Qt::ToolTipRole).toString().contains(u"1 not refreshed yet"_s));

        // A poll of "a" changed a, Production and EMEA; "b" at the top level only itself.
        QSet<QString> touched;
        for (const auto &args : std::as_const(changed)) {
            const auto index = args.at(0).value<QModelIndex>();
            QCOMPARE(index, args.at(1).value<QModelIndex>());
            touched << (index.data(ClusterTreeModel::IsGroupRole).toBool()
                            ? index.data(ClusterTreeModel::GroupPathRole).toString()
                            : index.data(ClusterListModel::ProfileIdRole).toString());
        }
        QCOMPARE(touched, (QSet<QString>{u"a"_s, u"b"_s, u"c"_s, u"EMEA"_s, u"EMEA/Production"_s}));

        // A cluster waiting for its password counts as a warning, unreachable as critical.
        QVERIFY(m_list->setPasswordNeeded(u"d"_s, u"not stored"_s));
        QCOMPARE(m_tree->indexOfGroup(u"EMEA/Production"_s).data().toString(),
                 u"Production (2, 1 critical, 1 with warnings)"_s);
    }

    void moveKeepsPersistentIndexes()
    {
        QPersistentModelIndex d = m_tree->indexOfProfile(u"d"_s);
        QPersistentModelIndex emea = m_tree->indexOfGroup(u"EMEA"_s);
        QSignalSpy inserted(m_tree.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_tree.get(), &QAbstractItemModel::modelReset);
        QSignalSpy layout(m_tree.get(), &QAbstractItemModel::layoutChanged);

        // d moves to the top level, after b (the list's order).
        m_list->updateProfile(profile(u"d"_s, {}));
        QCOMPARE(shape(*m_tree), u"EMEA[Production[a] c] b d"_s);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(d.isValid());
        QCOMPARE(d.data(ClusterListModel::ProfileIdRole).toString(), u"d"_s);
        QVERIFY(!d.parent().isValid());
        QCOMPARE(QModelIndex(emea), m_tree->indexOfGroup(u"EMEA"_s));

        // Into a folder nobody had: it appears; the emptied one goes.
        m_list->updateProfile(profile(u"a"_s, u"APAC"_s));
        QCOMPARE(shape(*m_tree), u"APAC[a] EMEA[c] b d"_s);
        QCOMPARE(QModelIndex(emea), m_tree->indexOfGroup(u"EMEA"_s));

        // A renamed folder is a new folder: indexes on the old one are gone, the clusters stay.
        QPersistentModelIndex c = m_tree->indexOfProfile(u"c"_s);
        m_list->updateProfile(profile(u"c"_s, u"Europe"_s));
        QCOMPARE(shape(*m_tree), u"APAC[a] Europe[c] b d"_s);
        QVERIFY(!emea.isValid());
        QCOMPARE(c.data(ClusterListModel::ProfileIdRole).toString(), u"c"_s);
        QCOMPARE(c.parent(), m_tree->indexOfGroup(u"Europe"_s));

        // Reordered and removed clusters follow the list.
        QVERIFY(m_list->moveProfile(u"d"_s, 0));
        QCOMPARE(shape(*m_tree), u"APAC[a] Europe[c] d b"_s);
        QVERIFY(m_list->removeProfile(u"a"_s));
        QCOMPARE(shape(*m_tree), u"Europe[c] d b"_s);
        m_list->addProfile(profile(u"e"_s, u"Europe/Berlin"_s));
        QCOMPARE(shape(*m_tree), u"Europe[Berlin[e] c] d b"_s);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(reset.size(), 0);
    }

    void withoutSource()
    {
        m_tree->setSourceModel(nullptr);
        QCOMPARE(m_tree->rowCount(), 0);
        m_tree->setGroups({u"Only"_s});
        QCOMPARE(shape(*m_tree), u"Only[]"_s);
        QVERIFY(!m_tree->indexOfProfile(u"a"_s).isValid());
    }

private:
    std::unique_ptr<ClusterListModel> m_list;
    std::unique_ptr<ClusterTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(tst_ClusterTreeModel)
#include "tst_ClusterTreeModel.moc"
