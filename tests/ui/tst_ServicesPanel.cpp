// The Services tab: every exposed service with its nodes and agreement, the one line of what a
// cluster cannot show, and the reduced tabs of a plain Spectrum cluster, rendered to PNG.
#include "ClusterSnapshot.h"
#include "HistoryPanel.h"
#include "NodeTableModel.h"
#include "NodesPanel.h"
#include "ResourcesPanel.h"
#include "ServiceTableModel.h"
#include "ServicesPanel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>

namespace {

ClusterCapabilities plainSpectrum()
{
    ClusterCapabilities capabilities;
    capabilities.clusterdeskApi = ClusterCapabilities::State::Absent;
    capabilities.spectrumTokens = ClusterCapabilities::State::Available;
    capabilities.restCatalogue = ClusterCapabilities::State::Available;
    capabilities.soapCatalogue = ClusterCapabilities::State::Available;
    capabilities.checkedAtMs = 1;
    return capabilities;
}

ClusterSnapshot spectrumCluster()
{
    QList<NodeCatalogue> catalogues;
    QList<NodeSnapshot> nodes;
    for (const QString id : {"n1", "n2", "n3"}) {
        NodeCatalogue catalogue;
        catalogue.nodeId = id;
        catalogue.restRead = catalogue.soapRead = true;
        for (const QString name : {"ValidateAddress", "GeocodeUS", "RouteDistance"}) {
            if (id == QLatin1String("n2") && name == QLatin1String("GeocodeUS"))
                continue; // hidden on n2
            catalogue.services.append(ServiceDescription{
                ServiceKind::Rest, name, QStringLiteral("a1b2c3d4e5f6a7b8"), {}});
        }
        catalogue.services.append(ServiceDescription{
            ServiceKind::Soap, "ValidateAddress", QStringLiteral("0f1e2d3c4b5a6978"), {}});
        catalogues.append(catalogue);
        NodeSnapshot::Clock clock;
        clock.measured = true;
        clock.offsetMs = id == QLatin1String("n2") ? 803 : 2;
        clock.errorMs = 18;
        nodes.append(NodeSnapshot::placeholder(id, id, {})
                         .withHealth(NodeHealth::Up, 0)
                         .withLatencyMs(4.2)
                         .withClock(clock));
    }
    const QList<ExposedService> services = CatalogueAgreement::exposedServices(catalogues);
    return ClusterSnapshot()
        .withCluster(QString(), QStringLiteral("Spectrum"))
        .withTakenAtMs(1700000000000)
        .withReachable(true)
        .withNodes(nodes)
        .withCapabilities(plainSpectrum())
        .withServices(services)
        .withFindings(CatalogueAgreement::findings(services));
}

void save(QWidget &widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    QVERIFY(widget.grab().toImage().save(dir + QLatin1Char('/') + name));
}

} // namespace

class tst_ServicesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsServicesWithTheirNodes();
    void saysWhyThereAreNone();
    void managementApiClusterSaysWhy();
    void plainSpectrumTabsSayWhatIsMissing();
};

void tst_ServicesPanel::listsServicesWithTheirNodes()
{
    ServicesPanel panel;
    auto *table = panel.findChild<QTableView *>(QStringLiteral("serviceTable"));
    QVERIFY(table);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setSnapshot(spectrumCluster());
    QCOMPARE(table->model()->rowCount(), 4);
    const int geo = panel.model()->rowOf(ServiceKind::Rest, QStringLiteral("GeocodeUS"));
    QVERIFY(geo >= 0);
    QCOMPARE(panel.model()->index(geo, ServiceTableModel::Nodes).data().toString(),
             QStringLiteral("n1, n3"));
    QCOMPARE(panel.model()->index(geo, ServiceTableModel::Agreement).data().toString(),
             QStringLiteral("missing on n2"));
    // Sorted by the raw values: by name, whichever kind.
    QCOMPARE(table->model()->index(0, ServiceTableModel::Name).data().toString(),
             QStringLiteral("GeocodeUS"));
    auto *note = panel.findChild<QLabel *>(QStringLiteral("servicesNote"));
    QVERIFY(note->text().contains(QLatin1String("not synchronised")));
    panel.resize(1000, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    save(panel, QStringLiteral("services-light.png"));
}

void tst_ServicesPanel::saysWhyThereAreNone()
{
    ServicesPanel panel;
    auto *note = panel.findChild<QLabel *>(QStringLiteral("servicesNote"));
    panel.setSnapshot(ClusterSnapshot());
    QVERIFY2(note->text().contains(QLatin1String("known once it has answered a poll")),
             qPrintable(note->text()));
    ClusterCapabilities bare = plainSpectrum();
    bare.restCatalogue = ClusterCapabilities::State::Absent;
    bare.soapCatalogue = ClusterCapabilities::State::Absent;
    panel.setSnapshot(ClusterSnapshot().withCapabilities(bare));
    QCOMPARE(note->text(),
             QStringLiteral("This cluster does not publish a REST or SOAP service catalogue."));
    QCOMPARE(panel.model()->rowCount(), 0);
}

// A cluster with Clusterdesk's management API: its poll reads no service catalogue, and the tab
// says so instead of staying empty; services it does list are shown.
void tst_ServicesPanel::managementApiClusterSaysWhy()
{
    ServicesPanel panel;
    auto *note = panel.findChild<QLabel *>(QStringLiteral("servicesNote"));
    auto *table = panel.findChild<QTableView *>(QStringLiteral("serviceTable"));
    // What a poll of the management API delivers: reachable, no capabilities asked.
    panel.setSnapshot(ClusterSnapshot()
                          .withCluster(QStringLiteral("c0ffee"), QStringLiteral("demo"))
                          .withTakenAtMs(1700000000000)
                          .withReachable(true));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY2(note->text().startsWith(QLatin1String("No services to list: this cluster answers "
                                                   "through Clusterdesk's management API")),
             qPrintable(note->text()));
    ClusterCapabilities managed;
    managed.clusterdeskApi = ClusterCapabilities::State::Available;
    managed.checkedAtMs = 1;
    panel.setSnapshot(ClusterSnapshot().withCapabilities(managed)); // unreachable this time
    QVERIFY2(note->text().contains(QLatin1String("management API")), qPrintable(note->text()));
    panel.resize(1000, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    save(panel, QStringLiteral("services-managed-light.png"));
    // Services the cluster does publish are listed, whatever its API.
    managed.restCatalogue = ClusterCapabilities::State::Available;
    panel.setSnapshot(spectrumCluster().withCapabilities(managed));
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(note->text().contains(QLatin1String("not synchronised")));
}

void tst_ServicesPanel::plainSpectrumTabsSayWhatIsMissing()
{
    NodesPanel nodes;
    nodes.setSnapshot(spectrumCluster());
    auto *line = nodes.findChild<QLabel *>(QStringLiteral("nodesUnavailable"));
    QVERIFY(line);
    QVERIFY(!line->isHidden());
    QVERIFY(line->text().contains(QLatin1String("does not publish node versions")));
    QVERIFY(line->text().contains(QLatin1String("HTTP Date headers")));
    QVERIFY(line->text().contains(QString::fromUtf8("±18 ms")));
    QVERIFY(nodes.tableView()->isColumnHidden(int(NodeTableModel::Column::Version)));
    QVERIFY(nodes.tableView()->isColumnHidden(int(NodeTableModel::Column::Revision)));
    QVERIFY(!nodes.tableView()->isColumnHidden(int(NodeTableModel::Column::Offset)));
    QVERIFY(!nodes.tableView()->isColumnHidden(int(NodeTableModel::Column::Latency)));
    nodes.resize(1200, 600);
    nodes.show();
    QVERIFY(QTest::qWaitForWindowExposed(&nodes));
    save(nodes, QStringLiteral("nodes-spectrum-light.png"));
    // A cluster with the management API gets every column back and no line.
    ClusterCapabilities managed;
    managed.clusterdeskApi = ClusterCapabilities::State::Available;
    managed.checkedAtMs = 1;
    nodes.setSnapshot(spectrumCluster().withCapabilities(managed));
    QVERIFY(line->isHidden());
    QVERIFY(!nodes.tableView()->isColumnHidden(int(NodeTableModel::Column::Version)));

    ResourcesPanel resources;
    resources.setUnavailable(
        plainSpectrum().unavailableText(ClusterCapabilities::Feature::Resources));
    auto *resourcesLine = resources.findChild<QLabel *>(QStringLiteral("resourcesUnavailable"));
    QVERIFY(!resourcesLine->isHidden());
    QCOMPARE(resourcesLine->text(),
             QStringLiteral("This cluster does not publish its external resource definitions."));
    HistoryPanel history;
    history.setUnavailable(
        plainSpectrum().unavailableText(ClusterCapabilities::Feature::ChangeLog));
    QVERIFY(!history.findChild<QLabel *>(QStringLiteral("historyUnavailable"))->isHidden());
    QVERIFY(history.findChild<QTableView *>()->isHidden());
}

QTEST_MAIN(tst_ServicesPanel)
#include "tst_ServicesPanel.moc"
