// ClusterSidebar and ClusterListDelegate: the list shows the saved clusters with their badges
// and status lines; add, edit, remove (with confirmation) and move up/down are asked for through
// signals, and the enabled states follow the selection. Clusters with a group sit in folders
// that open by themselves and stay closed once closed; a folder's row says what it holds; the
// folder actions ask for their folder, a drop onto a folder asks to file the cluster there.
#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"
#include "ClusterSidebar.h"
#include "ClusterTreeModel.h"

#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <QTreeView>
#include <memory>

namespace {

ClusterSnapshot snapshotFor(const QString &profileId, QList<NodeHealth> health, bool reachable,
                            Severity worst, bool stale = false)
{
    QList<NodeSnapshot> nodes;
    for (int i = 0; i < health.size(); ++i) {
        QString error;
        const QString id = QStringLiteral("node-%1").arg(i + 1);
        auto node = NodeSnapshot::fromNodeJson({{QStringLiteral("id"), id}}, &error);
        Q_ASSERT(node);
        nodes.append(node->withHealth(health.at(i), 0));
    }
    QList<Finding> findings;
    if (worst != Severity::Ok) {
        Finding finding;
        finding.severity = worst;
        finding.code = QStringLiteral("test.finding");
        finding.text = QStringLiteral("Something to look at");
        findings.append(finding);
    }
    return ClusterSnapshot()
        .withProfileId(profileId)
        .withNodes(nodes)
        .withReachable(reachable, reachable ? QString() : QStringLiteral("connection refused"))
        .withTakenAtMs(1'000'000)
        .withFindings(findings)
        .withStale(stale);
}

} // namespace

class tst_ClusterSidebar final : public QObject
{
    Q_OBJECT

private:
    ClusterListModel *m_model = nullptr;
    ClusterSidebar *m_sidebar = nullptr;
    bool m_confirm = false;
    QStringList m_asked;

    QAction *action(const char *name) const
    {
        auto *found = m_sidebar->findChild<QAction *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }
    QModelIndex row(int r) const { return m_sidebar->view()->model()->index(r, 0); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_model = new ClusterListModel;
        m_model->setCurrentTimeMs(1'030'000);
        for (const char *id : {"alpha", "beta", "gamma"})
            m_model->addProfile({QString::fromLatin1(id), QString::fromLatin1(id).toUpper(),
                                 QUrl(QStringLiteral("http://127.0.0.1:8080"))});
        m_sidebar = new ClusterSidebar;
        m_sidebar->setModel(m_model);
        m_confirm = false;
        m_asked.clear();
        m_sidebar->setConfirmRemoval([this](QWidget *, const QString &name) {
            m_asked << name;
            return m_confirm;
        });
        m_sidebar->resize(260, 400);
        m_sidebar->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_sidebar));
    }

    void cleanup()
    {
        delete m_sidebar;
        delete m_model;
    }

    void listsClusters()
    {
        QCOMPARE(m_sidebar->view()->model()->rowCount(), 3);
        QCOMPARE(row(0).data().toString(), QStringLiteral("ALPHA"));
        QCOMPARE(row(2).data().toString(), QStringLiteral("GAMMA"));
        QVERIFY(m_sidebar->view()->sizeHintForRow(0) > m_sidebar->fontMetrics().height());
    }

    void badgesFollowSnapshots_data()
    {
        QTest::addColumn<QList<NodeHealth>>("health");
        QTest::addColumn<bool>("reachable");
        QTest::addColumn<Severity>("worst");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("statusPart");
        using H = NodeHealth;
        QTest::newRow("healthy") << QList<H>{H::Up, H::Up, H::Up} << true << Severity::Ok << false
                                 << "ok"
                                 << "3/3";
        QTest::newRow("info is fine")
            << QList<H>{H::Up, H::Up} << true << Severity::Info << false << "ok"
            << "2/2";
        QTest::newRow("warning") << QList<H>{H::Up, H::Degraded, H::Up} << true << Severity::Warning
                                 << false << "warning"
                                 << "3/3";
        QTest::newRow("critical") << QList<H>{H::Up, H::Unreachable, H::Unreachable} << true
                                  << Severity::Critical << false << "critical"
                                  << "1/3";
        QTest::newRow("unreachable")
            << QList<H>{H::Unreachable} << false << Severity::Critical << false << "critical"
            << "Unreachable";
        QTest::newRow("stale") << QList<H>{H::Up, H::Up, H::Up} << true << Severity::Ok << true
                               << "ok"
                               << "saved";
    }

    void badgesFollowSnapshots()
    {
        QFETCH(QList<NodeHealth>, health);
        QFETCH(bool, reachable);
        QFETCH(Severity, worst);
        QFETCH(bool, stale);
        QFETCH(QString, badge);
        QFETCH(QString, statusPart);
        QCOMPARE(ClusterListDelegate::badgeIconName(row(1)), QStringLiteral("unknown"));
        QCOMPARE(ClusterListDelegate::statusLine(row(1)), QStringLiteral("Not refreshed yet"));
        QVERIFY(m_model->updateSnapshot(
            snapshotFor(QStringLiteral("beta"), health, reachable, worst, stale)));
        QCOMPARE(ClusterListDelegate::badgeIconName(row(1)), badge);
        const QString status = ClusterListDelegate::statusLine(row(1));
        QVERIFY2(status.contains(statusPart), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("30 seconds ago")), qPrintable(status));
        QVERIFY(!ClusterListDelegate::badgeText(row(1)).isEmpty());
        // The other rows are untouched.
        QCOMPARE(ClusterListDelegate::badgeIconName(row(0)), QStringLiteral("unknown"));
        m_sidebar->view()->viewport()->repaint(); // paints every badge kind without trouble
    }

    void actionsFollowTheSelection()
    {
        m_sidebar->setCurrentProfileId(QString()); // a focused view picks row 0 by itself
        QVERIFY(!action("editClusterAction")->isEnabled());
        QVERIFY(!action("removeClusterAction")->isEnabled());
        QVERIFY(action("addClusterAction")->isEnabled());
        QSignalSpy current(m_sidebar, &ClusterSidebar::currentProfileChanged);
        m_sidebar->setCurrentProfileId(QStringLiteral("alpha"));
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toString(), QStringLiteral("alpha"));
        m_sidebar->setCurrentProfileId(QStringLiteral("alpha"));
        QCOMPARE(current.count(), 1); // no repeat for the same cluster
        QCOMPARE(m_sidebar->currentProfileId(), QStringLiteral("alpha"));
        QVERIFY(!action("moveClusterUpAction")->isEnabled());
        QVERIFY(action("moveClusterDownAction")->isEnabled());
        QVERIFY(action("removeClusterAction")->isEnabled());
        m_sidebar->setCurrentProfileId(QStringLiteral("gamma"));
        QVERIFY(action("moveClusterUpAction")->isEnabled());
        QVERIFY(!action("moveClusterDownAction")->isEnabled());
        m_sidebar->setCurrentProfileId(QStringLiteral("nope"));
        QCOMPARE(m_sidebar->currentProfileId(), QString());
        QVERIFY(!action("editClusterAction")->isEnabled());
    }

    void addAndEditAreRequested()
    {
        QSignalSpy add(m_sidebar, &ClusterSidebar::addRequested);
        QSignalSpy edit(m_sidebar, &ClusterSidebar::editRequested);
        action("addClusterAction")->trigger();
        QCOMPARE(add.count(), 1);
        m_sidebar->setCurrentProfileId(QStringLiteral("beta"));
        action("editClusterAction")->trigger();
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.at(0).at(0).toString(), QStringLiteral("beta"));
    }

    void removeAsksFirst()
    {
        QSignalSpy removal(m_sidebar, &ClusterSidebar::removeRequested);
        m_sidebar->setCurrentProfileId(QStringLiteral("beta"));
        action("removeClusterAction")->trigger();
        QCOMPARE(m_asked, QStringList{QStringLiteral("BETA")});
        QCOMPARE(removal.count(), 0); // declined
        m_confirm = true;
        action("removeClusterAction")->trigger();
        QCOMPARE(removal.count(), 1);
        QCOMPARE(removal.at(0).at(0).toString(), QStringLiteral("beta"));
        // The session removes it; the selection and actions follow.
        m_model->removeProfile(QStringLiteral("beta"));
        QCOMPARE(m_sidebar->view()->model()->rowCount(), 2);
    }

    void moveUpAndDown()
    {
        connect(m_sidebar, &ClusterSidebar::moveRequested, m_model, &ClusterListModel::moveProfile);
        QSignalSpy moves(m_sidebar, &ClusterSidebar::moveRequested);
        m_sidebar->setCurrentProfileId(QStringLiteral("alpha"));
        action("moveClusterDownAction")->trigger();
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.at(0).at(1).toInt(), 1);
        QCOMPARE(row(1).data(ClusterListModel::ProfileIdRole).toString(), QStringLiteral("alpha"));
        // The selection travels with the row.
        QCOMPARE(m_sidebar->currentProfileId(), QStringLiteral("alpha"));
        action("moveClusterDownAction")->trigger();
        QCOMPARE(row(2).data(ClusterListModel::ProfileIdRole).toString(), QStringLiteral("alpha"));
        QVERIFY(!action("moveClusterDownAction")->isEnabled());
        action("moveClusterUpAction")->trigger();
        QCOMPARE(row(1).data(ClusterListModel::ProfileIdRole).toString(), QStringLiteral("alpha"));
        QCOMPARE(moves.count(), 3);
    }

    void keyboardShortcutsWorkInTheList()
    {
        QSignalSpy moves(m_sidebar, &ClusterSidebar::moveRequested);
        QSignalSpy removal(m_sidebar, &ClusterSidebar::removeRequested);
        m_sidebar->activateWindow();
        m_sidebar->view()->setFocus();
        m_sidebar->setCurrentProfileId(QStringLiteral("beta"));
        QTest::keyClick(m_sidebar->view(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(moves.at(0).at(1).toInt(), 0);
        m_confirm = true;
        QTest::keyClick(m_sidebar->view(), Qt::Key_Delete);
        QCOMPARE(removal.count(), 1);
    }

    void foldersGroupTheClusters()
    {
        auto grouped = [](const char *id, const QString &group) {
            ClusterListModel::Profile p{QString::fromLatin1(id), QString::fromLatin1(id).toUpper(),
                                        QUrl(QStringLiteral("http://127.0.0.1:8080"))};
            p.group = group;
            return p;
        };
        m_model->setProfiles({grouped("alpha", QStringLiteral("EMEA/Prod")),
                              grouped("beta", QString()),
                              grouped("gamma", QStringLiteral("EMEA"))});
        m_sidebar->setGroups({QStringLiteral("Staging")});
        QTreeView *view = m_sidebar->view();
        QCOMPARE(view->model()->rowCount(), 3); // EMEA, Staging, BETA
        const QModelIndex emea = row(0);
        QCOMPARE(emea.data().toString(), QStringLiteral("EMEA (2)"));
        QCOMPARE(row(1).data().toString(), QStringLiteral("Staging (empty)"));
        QVERIFY(view->isExpanded(emea));
        const QModelIndex prod = view->model()->index(0, 0, emea);
        QVERIFY(view->isExpanded(prod));
        QVERIFY(view->sizeHintForRow(0) > 0);

        // A folder's badge is its worst cluster's.
        QVERIFY(m_model->updateSnapshot(
            snapshotFor(QStringLiteral("alpha"), {NodeHealth::Up}, false, Severity::Critical)));
        QCOMPARE(ClusterListDelegate::badgeIconName(emea), QStringLiteral("critical"));
        QCOMPARE(emea.data().toString(), QStringLiteral("EMEA (2, 1 critical)"));
        view->viewport()->repaint();

        // Closed stays closed when the tree changes; a new folder opens.
        view->collapse(emea);
        m_model->updateProfile(grouped("beta", QStringLiteral("APAC")));
        QCOMPARE(row(0).data(ClusterTreeModel::GroupPathRole).toString(), QStringLiteral("APAC"));
        QVERIFY(view->isExpanded(row(0)));
        QVERIFY(!view->isExpanded(row(1)));

        // A folder chosen: its actions, no cluster's.
        QSignalSpy groupChosen(m_sidebar, &ClusterSidebar::currentGroupChanged);
        QSignalSpy current(m_sidebar, &ClusterSidebar::currentProfileChanged);
        m_sidebar->setCurrentProfileId(QStringLiteral("beta"));
        m_sidebar->setCurrentGroup(QStringLiteral("EMEA/Prod"));
        QVERIFY(view->isExpanded(row(1))); // opened to show it
        QCOMPARE(groupChosen.count(), 1);
        QCOMPARE(groupChosen.at(0).at(0).toString(), QStringLiteral("EMEA/Prod"));
        QCOMPARE(current.last().at(0).toString(), QString());
        QCOMPARE(m_sidebar->currentGroup(), QStringLiteral("EMEA/Prod"));
        QVERIFY(!action("editClusterAction")->isEnabled());
        QVERIFY(!action("removeClusterAction")->isEnabled());
        QVERIFY(action("renameGroupAction")->isEnabled());
        QVERIFY(action("removeGroupAction")->isEnabled());
        QSignalSpy newGroup(m_sidebar, &ClusterSidebar::newGroupRequested);
        QSignalSpy rename(m_sidebar, &ClusterSidebar::renameGroupRequested);
        QSignalSpy remove(m_sidebar, &ClusterSidebar::removeGroupRequested);
        QSignalSpy removal(m_sidebar, &ClusterSidebar::removeRequested);
        action("newGroupAction")->trigger();
        action("renameGroupAction")->trigger();
        action("removeGroupAction")->trigger();
        m_confirm = true;
        action("removeClusterAction")->trigger(); // never a cluster for a folder
        QCOMPARE(newGroup.at(0).at(0).toString(), QStringLiteral("EMEA/Prod"));
        QCOMPARE(rename.at(0).at(0).toString(), QStringLiteral("EMEA/Prod"));
        QCOMPARE(remove.at(0).at(0).toString(), QStringLiteral("EMEA/Prod"));
        QCOMPARE(removal.count(), 0);

        // A cluster dragged onto a folder, or to the top level, asks to be filed there.
        auto *proxy = qobject_cast<ClusterOrderProxyModel *>(view->model());
        QVERIFY(proxy);
        QSignalSpy filed(m_sidebar, &ClusterSidebar::groupChangeRequested);
        QSignalSpy moved(m_sidebar, &ClusterSidebar::moveRequested);
        std::unique_ptr<QMimeData> data(
            proxy->mimeData({proxy->indexOfProfile(QStringLiteral("gamma"))}));
        QVERIFY(data);
        QVERIFY(!proxy->mimeData({row(0)})); // folders are not dragged
        const QModelIndex staging =
            proxy->mapFromSource(m_sidebar->treeModel()->indexOfGroup(QStringLiteral("Staging")));
        QVERIFY(proxy->flags(staging) & Qt::ItemIsDropEnabled);
        QVERIFY(!proxy->dropMimeData(data.get(), Qt::MoveAction, -1, -1, staging));
        QVERIFY(!proxy->dropMimeData(data.get(), Qt::MoveAction, 99, 0, {}));
        // Onto the cluster it already shares a folder with: reordered, not filed.
        QVERIFY(
            !proxy->dropMimeData(data.get(), Qt::MoveAction, 0, 0,
                                 proxy->indexOfProfile(QStringLiteral("alpha")).parent().parent()));
        QCOMPARE(filed.count(), 2);
        QCOMPARE(filed.at(0).at(0).toString(), QStringLiteral("gamma"));
        QCOMPARE(filed.at(0).at(1).toString(), QStringLiteral("Staging"));
        QCOMPARE(filed.at(1).at(1).toString(), QString());
        QCOMPARE(moved.count(), 0); // gamma is alone among EMEA's clusters
    }
};

QTEST_MAIN(tst_ClusterSidebar)
#include "tst_ClusterSidebar.moc"
