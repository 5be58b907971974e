// Cluster groups in the Fleet view and across a restart: the group column, a group filter
// whose entries are the groups in use and their parent folders, the totals of the group shown,
// QAbstractItemModelTester on the filtered model while groups change; and the groups saved
// with the profiles: a new session on the same store lists the same groups.
#include "ConsoleSession.h"
#include "FleetFilterProxyModel.h"
#include "FleetResourceCounter.h"
#include "FleetView.h"
#include "MemorySecretStore.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

ClusterProfile grouped(const QString &name, const QString &group)
{
    // Port 9 (discard): nothing answers, so the clusters stay "not polled yet".
    ClusterProfile profile = ClusterProfile::create(name, QUrl(u"http://127.0.0.1:9"_s));
    profile.userName = u"admin"_s;
    profile.group = group;
    return profile;
}

QStringList comboData(const QComboBox *combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data.append(combo->itemData(i).toString());
    return data;
}

} // namespace

class tst_FleetGroups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void filterAndTotalsFollowTheGroups();
    void groupsSurviveARestart();

private:
    bool add(ConsoleSession &session, const ClusterProfile &profile);
};

bool tst_FleetGroups::add(ConsoleSession &session, const ClusterProfile &profile)
{
    bool stored = false;
    session.profileService()->addProfile(profile, u"pw"_s, this,
                                         [&stored](const StoreWriteResult &r) { stored = r.ok; });
    return QTest::qWaitFor([&] { return stored; }, 10000);
}

void tst_FleetGroups::filterAndTotalsFollowTheGroups()
{
    FleetView view;
    QAbstractItemModelTester tester(view.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ClusterProfile paris = grouped(u"paris"_s, u"EMEA/Production"_s);
    const ClusterProfile berlin = grouped(u"berlin"_s, u"EMEA/Test"_s);
    ClusterProfile ohio = grouped(u"ohio"_s, u"Americas"_s);
    const ClusterProfile loose = grouped(u"loose"_s, QString());
    view.model()->setProfiles({paris, berlin, ohio, loose});
    view.resize(900, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QCOMPARE(view.model()
                 ->index(view.model()->rowOf(paris.id), int(FleetSummary::Column::Group))
                 .data()
                 .toString(),
             u"EMEA/Production"_s);
    QComboBox *groups = view.groupFilter();
    QCOMPARE(comboData(groups), (QStringList{QString(), u"Americas"_s, u"EMEA"_s,
                                             u"EMEA/Production"_s, u"EMEA/Test"_s}));
    QVERIFY(view.groupTotals()->text().contains(u"4 cluster"_s));

    groups->setCurrentIndex(groups->findData(u"EMEA"_s));
    QCOMPARE(view.table()->model()->rowCount(), 2); // a folder holds the folders inside it
    QVERIFY2(view.groupTotals()->text().startsWith(u"EMEA: 2 cluster"_s),
             qPrintable(view.groupTotals()->text()));
    groups->setCurrentIndex(groups->findData(u"EMEA/Test"_s));
    QCOMPARE(view.table()->model()->rowCount(), 1);

    // A cluster moved into the group shows up under the filter; the group list follows.
    ohio.group = u"EMEA/Test"_s;
    view.model()->setProfiles({paris, berlin, ohio, loose});
    QCOMPARE(view.table()->model()->rowCount(), 2);
    QCOMPARE(comboData(groups),
             (QStringList{QString(), u"EMEA"_s, u"EMEA/Production"_s, u"EMEA/Test"_s}));
    QCOMPARE(groups->currentData().toString(), u"EMEA/Test"_s);
    view.model()->setProfiles({paris, loose});
    QCOMPARE(groups->currentData().toString(), QString()); // its group is gone: all again
    QCOMPARE(view.table()->model()->rowCount(), 2);
}

void tst_FleetGroups::groupsSurviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ClusterProfile paris = grouped(u"paris"_s, u"EMEA/Production"_s);
    const ClusterProfile ohio = grouped(u"ohio"_s, u"Americas"_s);
    {
        ConsoleSession session(new MemorySecretStore);
        QSignalSpy started(&session, &ConsoleSession::started);
        session.start(dir.path());
        QVERIFY(started.wait(10000));
        QVERIFY(add(session, paris));
        QVERIFY(add(session, ohio));
    }
    ConsoleSession session(new MemorySecretStore);
    QSignalSpy started(&session, &ConsoleSession::started);
    session.start(dir.path());
    QVERIFY(started.wait(10000));
    QCOMPARE(session.profileService()->profile(paris.id)->group, u"EMEA/Production"_s);
    QCOMPARE(session.profileService()->profile(ohio.id)->group, u"Americas"_s);
    FleetView view;
    view.setServices(session.profileService(), session.monitorService(),
                     session.newFleetCounter(&view));
    QCOMPARE(comboData(view.groupFilter()),
             (QStringList{QString(), u"Americas"_s, u"EMEA"_s, u"EMEA/Production"_s}));
}

QTEST_MAIN(tst_FleetGroups)
#include "tst_FleetGroups.moc"
