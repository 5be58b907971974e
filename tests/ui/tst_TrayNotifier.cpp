// TrayNotifier: the node state changes between two snapshots in words, no notification for
// the first or a stale snapshot, and none shown without a tray or with notifications off.
#include "AppSettings.h"
#include "TrayNotifier.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

namespace {

NodeSnapshot node(const QString &id, NodeHealth health)
{
    QString error;
    return NodeSnapshot::fromNodeJson({{QStringLiteral("id"), id}}, &error)->withHealth(health, 0);
}

ClusterSnapshot cluster(const QList<NodeSnapshot> &nodes, bool stale = false)
{
    return ClusterSnapshot()
        .withProfileId(QStringLiteral("p1"))
        .withNodes(nodes)
        .withReachable(true)
        .withStale(stale);
}

} // namespace

class tst_TrayNotifier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nodeChanges_data()
    {
        using H = NodeHealth;
        QTest::addColumn<QList<NodeSnapshot>>("before");
        QTest::addColumn<QList<NodeSnapshot>>("after");
        QTest::addColumn<QStringList>("expected");
        const QString n1 = QStringLiteral("node-1");
        const QString n2 = QStringLiteral("node-2");
        const QString n3 = QStringLiteral("node-3");
        QTest::newRow("no change")
            << QList{node(n1, H::Up)} << QList{node(n1, H::Up)} << QStringList();
        QTest::newRow("went down") << QList{node(n1, H::Up), node(n2, H::Up)}
                                   << QList{node(n1, H::Up), node(n2, H::Unreachable)}
                                   << QStringList{QStringLiteral("node-2: Up → Unreachable")};
        QTest::newRow("came back") << QList{node(n1, H::Degraded)} << QList{node(n1, H::Up)}
                                   << QStringList{QStringLiteral("node-1: Degraded → Up")};
        QTest::newRow("unknown is no change")
            << QList{node(n1, H::Unknown)} << QList{node(n1, H::Up)} << QStringList();
        QTest::newRow("joined and left")
            << QList{node(n1, H::Up), node(n2, H::Up)} << QList{node(n1, H::Up), node(n3, H::Up)}
            << QStringList{QStringLiteral("node-3 joined (Up)"),
                           QStringLiteral("node-2 left the cluster")};
        QTest::newRow("first nodes are no news")
            << QList<NodeSnapshot>() << QList{node(n1, H::Up)} << QStringList();
    }

    void nodeChanges()
    {
        QFETCH(QList<NodeSnapshot>, before);
        QFETCH(QList<NodeSnapshot>, after);
        QFETCH(QStringList, expected);
        QCOMPARE(TrayNotifier::nodeChanges(cluster(before), cluster(after)), expected);
    }

    void observeNotifiesOnlyRealChanges()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
        TrayNotifier notifier(&settings);
        QSignalSpy detected(&notifier, &TrayNotifier::changeDetected);
        QSignalSpy shown(&notifier, &TrayNotifier::notificationShown);
        const QString n1 = QStringLiteral("node-1");
        // A stored (stale) snapshot, then the first live one: a change since the last run.
        notifier.observe(cluster({node(n1, NodeHealth::Up)}, true), QStringLiteral("Prod"));
        QCOMPARE(detected.count(), 0);
        notifier.observe(cluster({node(n1, NodeHealth::Up)}), QStringLiteral("Prod"));
        QCOMPARE(detected.count(), 0);
        notifier.observe(cluster({node(n1, NodeHealth::Unreachable)}), QStringLiteral("Prod"));
        QCOMPARE(detected.count(), 1);
        QCOMPARE(detected.at(0).at(0).toString(), QStringLiteral("Prod: node state changed"));
        QCOMPARE(detected.at(0).at(1).toString(), QStringLiteral("node-1: Up → Unreachable"));
        // A stale snapshot is a baseline, never news.
        notifier.observe(cluster({node(n1, NodeHealth::Up)}, true), QStringLiteral("Prod"));
        QCOMPARE(detected.count(), 1);
        // The offscreen platform has no tray: nothing is shown.
        QCOMPARE(notifier.isActive(), QSystemTrayIcon::isSystemTrayAvailable());
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QCOMPARE(shown.count(), 0);
        notifier.forget(QStringLiteral("p1"));
        notifier.observe(cluster({node(n1, NodeHealth::Unreachable)}), QStringLiteral("Prod"));
        QCOMPARE(detected.count(), 1);
    }

    void notificationsOffMeansInactive()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
        settings.setValue(AppSettings::Key::NotificationsEnabled, false);
        TrayNotifier notifier(&settings);
        QVERIFY(!notifier.isActive());
        TrayNotifier withoutSettings(nullptr);
        QVERIFY(!withoutSettings.isActive());
    }
};

QTEST_MAIN(tst_TrayNotifier)
#include "tst_TrayNotifier.moc"
