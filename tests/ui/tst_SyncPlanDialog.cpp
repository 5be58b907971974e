// SyncPlanDialog offscreen: the plan grouped by target with create / update (fields) /
// unchanged / blocked, the secret typed once for the batch or left unset, "create only", and
// Apply reporting per item (a target whose writes fail). Renders screenshots/sync-plan-dialog.png.
#include "ClusterEndpoint.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "SyncPlanDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc(int port, bool passwordSet)
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = u"orders-db"_s;
    r.spec = {{u"driver"_s, u"postgresql"_s},
              {u"driverClass"_s, u"org.postgresql.Driver"_s},
              {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
              {u"port"_s, port}};
    r.secretsSet.insert(u"password"_s, passwordSet);
    r.revision = 3;
    return r;
}

ResourceDefinition database(int poolSize)
{
    ResourceDefinition r;
    r.type = u"database"_s;
    r.name = u"geo"_s;
    r.spec = {{u"module"_s, u"GeoStan"_s},
              {u"kind"_s, u"geocoding"_s},
              {u"location"_s, u"/data/geo"_s},
              {u"placement"_s, u"shared"_s},
              {u"poolSize"_s, poolSize}};
    r.revision = 5;
    return r;
}

ClusterReading reading(const QString &label, const QList<ResourceDefinition> &resources,
                       bool viewer = false)
{
    ClusterReading r;
    r.resources.label = label;
    r.resources.resources = resources;
    SessionInfo session;
    session.username = viewer ? u"guest"_s : u"admin"_s;
    session.role = viewer ? SessionInfo::Role::Viewer : SessionInfo::Role::Admin;
    session.canWrite = !viewer;
    r.session = session;
    return r;
}

const QString kSecretKey = u"jdbc/orders-db#password"_s;

// The one saved cluster a test's controller can reach.
ClusterEndpointLookup only(const QString &profileId, ClusterEndpoint *endpoint)
{
    return
        [profileId, endpoint](const QString &id) { return id == profileId ? endpoint : nullptr; };
}

} // namespace

class tst_SyncPlanDialog final : public QObject
{
    Q_OBJECT

private slots:
    void planGroupedByTarget();
    void secretTypedOnceOrLeftUnset();
    void applyReportsPerItem();
    void readingShowsProgressAndCancels();
};

void tst_SyncPlanDialog::planGroupedByTarget()
{
    SyncPlanDialog dialog(new SyncController({})); // plans against given readings only
    dialog.setSource(u"prod"_s, {jdbc(5432, true), database(8)});
    QSignalSpy planned(&dialog, &SyncPlanDialog::planReady);
    ClusterReading unreachable;
    unreachable.resources.label = u"dr"_s;
    unreachable.error = u"Connection refused"_s;
    dialog.setReadings(
        {reading(u"staging"_s, {database(4)}), reading(u"test"_s, {}, true), unreachable},
        "00112233445566778899aabbccddeeff");
    QCOMPARE(planned.size(), 1);
    QTreeWidget *tree = dialog.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QTreeWidgetItem *staging = tree->topLevelItem(0);
    QCOMPARE(staging->text(SyncPlanDialog::ResourceColumn), u"staging"_s);
    QCOMPARE(staging->childCount(), 2);
    QCOMPARE(staging->child(0)->text(SyncPlanDialog::ResourceColumn), u"database/geo"_s);
    QCOMPARE(staging->child(0)->text(SyncPlanDialog::ActionColumn), u"update"_s);
    QCOMPARE(staging->child(0)->text(SyncPlanDialog::DetailColumn), u"spec.poolSize"_s);
    QCOMPARE(staging->child(1)->text(SyncPlanDialog::ActionColumn), u"create"_s);
    QVERIFY(staging->child(1)->text(SyncPlanDialog::DetailColumn).contains(u"password"_s));
    QTreeWidgetItem *test = tree->topLevelItem(1);
    QCOMPARE(test->child(0)->text(SyncPlanDialog::ActionColumn), u"cannot apply"_s);
    QVERIFY(test->child(0)->text(SyncPlanDialog::DetailColumn).contains(u"viewer"_s));
    QVERIFY(tree->topLevelItem(2)
                ->child(0)
                ->text(SyncPlanDialog::DetailColumn)
                .contains(u"Connection refused"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());

    // "Create only": the differing geo on staging is now blocked.
    dialog.findChild<QComboBox *>(u"modeCombo"_s)->setCurrentIndex(1);
    QCOMPARE(staging = tree->topLevelItem(0),
             tree->topLevelItem(0)); // rebuilt, fetch again below
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(SyncPlanDialog::ActionColumn),
             u"cannot apply"_s);
    dialog.findChild<QComboBox *>(u"modeCombo"_s)->setCurrentIndex(0);

    dialog.resize(900, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(dialog.grab().toImage().save(dir + u"/sync-plan-dialog.png"_s));
}

void tst_SyncPlanDialog::secretTypedOnceOrLeftUnset()
{
    SyncPlanDialog dialog(new SyncController({}));
    dialog.setSource(u"prod"_s, {jdbc(5432, true)});
    dialog.setReadings({reading(u"a"_s, {}), reading(u"b"_s, {})}, "00112233445566778899");
    QLineEdit *edit = dialog.secretEdit(kSecretKey);
    QCheckBox *unset = dialog.leaveUnsetBox(kSecretKey);
    QVERIFY(edit && unset);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(unset->isChecked());
    for (const SyncItem &item : dialog.plan().items)
        QVERIFY(!item.body.value(u"spec").toObject().contains(u"password"_s));

    QTest::keyClicks(edit, u"typed"_s);
    QVERIFY(!unset->isChecked());
    QCOMPARE(dialog.plan().items.size(), 2);
    for (const SyncItem &item : dialog.plan().items)
        QCOMPARE(item.body.value(u"spec").toObject().value(u"password").toString(), u"typed"_s);

    unset->setChecked(true);
    QVERIFY(edit->text().isEmpty());
    for (const SyncItem &item : dialog.plan().items)
        QVERIFY(!item.body.value(u"spec").toObject().contains(u"password"_s));
}

void tst_SyncPlanDialog::applyReportsPerItem()
{
    const quint16 port = FreePorts::one().value_or(1);
    ClusterProfile closed =
        ClusterProfile::create(u"closed"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    closed.userName = u"admin"_s;
    ClusterEndpoint endpoint(closed, u"pw"_s);
    SyncPlanDialog dialog(new SyncController(only(closed.id, &endpoint)));
    dialog.setSource(u"prod"_s, {jdbc(5432, false), database(8)});
    QSignalSpy planned(&dialog, &SyncPlanDialog::planReady);
    dialog.setTargets({closed.id});
    QVERIFY(planned.wait(20000));
    QCOMPARE(dialog.plan().count(SyncItem::Action::Blocked), 2);
    QVERIFY(!dialog.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());

    // As if it had answered while planning, then went away before Apply.
    dialog.setReadings({reading(u"closed"_s, {})}, "00112233445566778899");
    QCOMPARE(dialog.plan().count(SyncItem::Action::Create), 2);
    QSignalSpy applied(&dialog, &SyncPlanDialog::applyFinished);
    dialog.findChild<QPushButton *>(u"applyButton"_s)->click();
    QVERIFY(applied.wait(20000));
    QTreeWidgetItem *group = dialog.tree()->topLevelItem(0);
    for (int i = 0; i < group->childCount(); ++i)
        QVERIFY2(group->child(i)->text(SyncPlanDialog::ResultColumn).startsWith(u"failed:"_s),
                 qPrintable(group->child(i)->text(SyncPlanDialog::ResultColumn)));
    QCOMPARE(dialog.controller()->count(SyncItemResult::Outcome::Failed), 2);
    QVERIFY(!dialog.controller()->allWritesApplied());
}

void tst_SyncPlanDialog::readingShowsProgressAndCancels()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ClusterProfile silent = ClusterProfile::create(u"silent"_s, server.url());
    silent.userName = u"admin"_s;
    ClusterEndpoint endpoint(silent, u"pw"_s);
    SyncPlanDialog dialog(new SyncController(only(silent.id, &endpoint)));
    dialog.setSource(u"prod"_s, {database(8)});
    dialog.show();
    QSignalSpy planned(&dialog, &SyncPlanDialog::planReady);
    dialog.setTargets({silent.id});
    auto *progress = dialog.findChild<QProgressBar *>(u"progress"_s);
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(progress->isVisible() && cancel->isVisible());
    QCOMPARE(progress->maximum(), 1);
    QCOMPARE(progress->value(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"closeButton"_s)->isEnabled());
    QTRY_VERIFY(server.openConnections() >= 1);
    cancel->click();
    QVERIFY(!progress->isVisible() && !cancel->isVisible());
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(planned.size(), 0);
    QVERIFY(!dialog.plan().hasWrites());
    QVERIFY(!dialog.findChild<QPushButton *>(u"applyButton"_s)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"planSummary"_s)->text().contains(u"cancelled"_s));
}

QTEST_MAIN(tst_SyncPlanDialog)
#include "tst_SyncPlanDialog.moc"
