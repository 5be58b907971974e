// CompareView offscreen: the cluster list and buttons, a comparison shown with a column per
// cluster and sortable raw values, a real compare of unreachable clusters, import errors and the
// plan dialog opened from an import. Renders build/.../screenshots/compare-view.png.
#include "CompareController.h"
#include "CompareView.h"
#include "DefinitionsFile.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "PooledProfiles.h"
#include "ResourceDiffModel.h"
#include "SyncPlanDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc(const QString &name, int port, bool passwordSet)
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = name;
    r.description = u"Orders warehouse"_s;
    r.spec = {{u"driver"_s, u"postgresql"_s},
              {u"driverClass"_s, u"org.postgresql.Driver"_s},
              {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
              {u"port"_s, port}};
    r.secretsSet.insert(u"password"_s, passwordSet);
    return r;
}

ResourceDefinition database(const QString &name, int poolSize)
{
    ResourceDefinition r;
    r.type = u"database"_s;
    r.name = name;
    r.spec = {{u"module"_s, u"GeoStan"_s},
              {u"kind"_s, u"geocoding"_s},
              {u"location"_s, u"/data/geo"_s},
              {u"placement"_s, u"shared"_s},
              {u"poolSize"_s, poolSize}};
    return r;
}

ResourceDiffResult sampleDiff()
{
    ClusterResources prod{u"prod"_s,
                          {database(u"geo"_s, 4), jdbc(u"orders-db"_s, 5432, true),
                           jdbc(u"billing"_s, 5432, true), jdbc(u"legacy"_s, 1521, false)},
                          {}};
    ClusterResources staging{u"staging"_s,
                             {database(u"geo"_s, 8), jdbc(u"orders-db"_s, 5432, true),
                              jdbc(u"billing"_s, 5432, false), database(u"routing"_s, 4)},
                             {}};
    const QString digest(64, u'c');
    prod.secretDigests[u"jdbc/orders-db"_s] = {{u"password"_s, digest}};
    staging.secretDigests[u"jdbc/orders-db"_s] = {{u"password"_s, digest}};
    return ResourceDiff::compare({prod, staging});
}

QList<ClusterProfile> closedProfiles(int count)
{
    QList<ClusterProfile> profiles;
    for (int i = 0; i < count; ++i) {
        const quint16 port = FreePorts::one().value_or(1);
        ClusterProfile p = ClusterProfile::create(u"cluster-%1"_s.arg(i),
                                                  QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        p.userName = u"admin"_s;
        profiles.append(p);
    }
    return profiles;
}

} // namespace

class tst_CompareView final : public QObject
{
    Q_OBJECT

private slots:
    void buttonsFollowTheTickedClusters();
    void showsADiffAndSorts();
    void unreachableClustersAreReported();
    void importErrorsAndPlanDialog();
    void cancelStopsTheReading();
};

void tst_CompareView::buttonsFollowTheTickedClusters()
{
    CompareView view;
    view.setProfiles(closedProfiles(3));
    auto *list = view.findChild<QListWidget *>(u"clusterList"_s);
    auto *compare = view.findChild<QPushButton *>(u"compareButton"_s);
    QVERIFY(list && compare);
    QCOMPARE(list->count(), 3);
    QVERIFY(!compare->isEnabled());
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(!compare->isEnabled());
    list->item(2)->setCheckState(Qt::Checked);
    QVERIFY(compare->isEnabled());
    QCOMPARE(view.checkedProfiles().size(), 2);
}

void tst_CompareView::showsADiffAndSorts()
{
    CompareView view;
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setProfiles(closedProfiles(2));
    view.setResult(sampleDiff());
    QTableView *table = view.table();
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(table->model()->headerData(5, Qt::Horizontal).toString(), u"prod"_s);
    QCOMPARE(table->model()->headerData(6, Qt::Horizontal).toString(), u"staging"_s);
    QVERIFY(view.statusText().contains(u"5 resources"_s));

    // Sort by state through the header: raw values, identical first.
    const int status = int(ResourceDiffModel::Column::Status);
    table->sortByColumn(status, Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, status).data().toString(), u"identical"_s);
    table->sortByColumn(int(ResourceDiffModel::Column::Name), Qt::AscendingOrder);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"billing"_s);
    QCOMPARE(table->model()->index(0, status).data().toString(), u"differs"_s);
    QCOMPARE(table->model()->index(0, int(ResourceDiffModel::Column::Fields)).data().toString(),
             u"secrets.password"_s);
    table->selectRow(0);
    QCOMPARE(view.selectedKeys(), QStringList{u"jdbc/billing"_s});

    view.resize(1100, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(view.grab().toImage().save(dir + u"/compare-view.png"_s));
}

void tst_CompareView::unreachableClustersAreReported()
{
    PooledProfiles console;
    QVERIFY(console.start());
    const QList<ClusterProfile> profiles = closedProfiles(2);
    for (const ClusterProfile &p : profiles)
        QVERIFY(console.add(p, u"pw"_s));
    CompareController controller(console.pool()->endpointLookup());
    CompareView view;
    view.setServices(console.profiles(), &controller);
    view.setCheckedProfiles({profiles.at(0).id, profiles.at(1).id});
    QSignalSpy finished(&view, &CompareView::comparisonFinished);
    view.findChild<QPushButton *>(u"compareButton"_s)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY2(view.statusText().contains(u"could not be read"_s), qPrintable(view.statusText()));
    QCOMPARE(view.model()->rowCount(), 0);
}

void tst_CompareView::importErrorsAndPlanDialog()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(u"bad.json"_s);
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"format": "clusterdesk-resources", "version": 9, "resources": []})");
    badFile.close();
    const QList<ClusterProfile> profiles = closedProfiles(1);
    PooledProfiles console;
    QVERIFY(console.start());
    QVERIFY(console.add(profiles.at(0), u"pw"_s));
    CompareController controller(console.pool()->endpointLookup());
    CompareView view;
    view.setServices(console.profiles(), &controller);
    view.setCheckedProfiles({profiles.at(0).id});
    view.importDefinitionsFrom(bad);
    QVERIFY2(view.statusText().contains(u"version: 9 is not supported"_s),
             qPrintable(view.statusText()));

    DefinitionsFile file;
    file.cluster = u"prod"_s;
    file.resources = {database(u"geo"_s, 4)};
    const QString good = dir.filePath(u"good.json"_s);
    QString error;
    QVERIFY(DefinitionsFile::write(good, file, &error));
    view.importDefinitionsFrom(good);
    QTRY_VERIFY(view.syncDialog());
    SyncPlanDialog *dialog = view.syncDialog();
    QSignalSpy planned(dialog, &SyncPlanDialog::planReady);
    QVERIFY(planned.wait(20000));
    QCOMPARE(dialog->plan().items.size(), 1);
    QCOMPARE(dialog->plan().items.constFirst().action, SyncItem::Action::Blocked);
    dialog->close();
}

// Clusters that never answer: the progress counts clusters read, the Compare button turns into
// Cancel, and cancelling closes the connections and compares nothing.
void tst_CompareView::cancelStopsTheReading()
{
    HostileHttpServer first;
    HostileHttpServer second;
    PooledProfiles console;
    QVERIFY(console.start());
    QList<ClusterProfile> profiles;
    for (HostileHttpServer *server : {&first, &second}) {
        QVERIFY(server->start());
        server->setMode(HostileHttpServer::Mode::NeverAnswers);
        ClusterProfile p =
            ClusterProfile::create(u"silent-%1"_s.arg(profiles.size()), server->url());
        p.userName = u"admin"_s;
        QVERIFY(console.add(p, u"pw"_s));
        profiles.append(p);
    }
    CompareController controller(console.pool()->endpointLookup());
    CompareView view;
    view.setServices(console.profiles(), &controller);
    view.setCheckedProfiles({profiles.at(0).id, profiles.at(1).id});
    view.show();
    auto *button = view.findChild<QPushButton *>(u"compareButton"_s);
    auto *progress = view.findChild<QProgressBar *>(u"compareProgress"_s);
    QSignalSpy finished(&view, &CompareView::comparisonFinished);
    button->click();
    QVERIFY(view.isReading());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 2);
    QCOMPARE(progress->value(), 0);
    QCOMPARE(button->text(), u"Cancel"_s);
    QVERIFY(button->isEnabled());
    QTRY_VERIFY(first.openConnections() >= 1 && second.openConnections() >= 1);
    button->click();
    QVERIFY(!view.isReading());
    QVERIFY(!progress->isVisible());
    QCOMPARE(button->text(), u"Compare"_s);
    QVERIFY2(view.statusText().contains(u"cancelled"_s), qPrintable(view.statusText()));
    QTRY_COMPARE(first.openConnections(), 0);
    QTRY_COMPARE(second.openConnections(), 0);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(tst_CompareView)
#include "tst_CompareView.moc"
