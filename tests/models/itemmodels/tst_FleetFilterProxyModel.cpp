// FleetFilterProxyModel over a FleetTableModel: the Cluster column sorts worst first then by
// name, other columns by raw value with unknowns last, and the filter matches a name or a state.
#include "FleetFilterProxyModel.h"
#include "FleetTableModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ClusterSnapshot snapshotWith(Severity severity)
{
    QList<Finding> findings;
    if (severity != Severity::Ok) {
        Finding finding;
        finding.severity = severity;
        finding.code = u"test.finding"_s;
        finding.text = u"something"_s;
        findings << finding;
    }
    return ClusterSnapshot()
        .withTakenAtMs(1'700'000'000'000)
        .withReachable(true)
        .withFindings(findings);
}

} // namespace

class tst_FleetFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void clusterColumnSortsWorstFirst();
    void otherColumnsSortByRawValue();
    void filterMatchesNameOrState();

private:
    QStringList names() const;

    QList<ClusterProfile> m_profiles;
    std::unique_ptr<FleetTableModel> m_model;
    std::unique_ptr<FleetFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_FleetFilterProxyModel::init()
{
    m_model = std::make_unique<FleetTableModel>();
    m_proxy = std::make_unique<FleetFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<std::pair<QString, Severity>> clusters = {
        {u"alpha"_s, Severity::Ok},
        {u"bravo"_s, Severity::Critical},
        {u"charlie"_s, Severity::Warning},
        {u"delta"_s, Severity::Critical},
    };
    m_profiles.clear();
    for (const auto &[name, severity] : clusters)
        m_profiles << ClusterProfile::create(name, QUrl(u"http://"_s + name));
    const QList<ClusterProfile> &profiles = m_profiles;
    m_model->setProfiles(profiles);
    for (int i = 0; i < profiles.size(); ++i) {
        m_model->setSnapshot(profiles.at(i).id, snapshotWith(clusters.at(i).second));
        m_model->setResourceCount(profiles.at(i).id, i == 2 ? -1 : 10 - i);
    }
}

QStringList tst_FleetFilterProxyModel::names() const
{
    QStringList shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown << m_proxy->index(row, int(FleetSummary::Column::Cluster)).data().toString();
    return shown;
}

void tst_FleetFilterProxyModel::clusterColumnSortsWorstFirst()
{
    m_proxy->sort(int(FleetSummary::Column::Cluster), Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{u"bravo"_s, u"delta"_s, u"charlie"_s, u"alpha"_s}));
    // A cluster getting worse moves up at once.
    m_model->setSnapshot(m_profiles.constFirst().id, snapshotWith(Severity::Critical));
    QCOMPARE(names(), (QStringList{u"alpha"_s, u"bravo"_s, u"delta"_s, u"charlie"_s}));
    m_proxy->sort(int(FleetSummary::Column::Cluster), Qt::DescendingOrder);
    QCOMPARE(names().constFirst(), u"charlie"_s);
}

void tst_FleetFilterProxyModel::otherColumnsSortByRawValue()
{
    m_proxy->sort(int(FleetSummary::Column::Resources), Qt::AscendingOrder);
    // 10, 9, (unknown), 7: numbers ascending, the unknown count last.
    QCOMPARE(names(), (QStringList{u"delta"_s, u"bravo"_s, u"alpha"_s, u"charlie"_s}));
}

void tst_FleetFilterProxyModel::filterMatchesNameOrState()
{
    m_proxy->sort(int(FleetSummary::Column::Cluster), Qt::AscendingOrder);
    m_proxy->setFilterText(u"  ALP "_s);
    QCOMPARE(names(), QStringList{u"alpha"_s});
    m_proxy->setFilterText(u"critical"_s);
    QCOMPARE(names(), (QStringList{u"bravo"_s, u"delta"_s}));
    m_proxy->setFilterText(u"warn"_s);
    QCOMPARE(names(), QStringList{u"charlie"_s});
    m_proxy->setFilterText(QString());
    QCOMPARE(names().size(), 4);
}

QTEST_GUILESS_MAIN(tst_FleetFilterProxyModel)
#include "tst_FleetFilterProxyModel.moc"
