// ResourceDiff: every state of a comparison (identical, differs with its fields, only in A, only
// in B, secrets equal / different / set on one / cannot tell), defaults, type filter, N clusters.
#include "ResourceDiff.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc(const QString &name, int port, bool passwordSet = false)
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = name;
    r.description = u"Orders"_s;
    r.spec = {{u"driver"_s, u"postgresql"_s},
              {u"driverClass"_s, u"org.postgresql.Driver"_s},
              {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
              {u"port"_s, port}};
    r.secretsSet.insert(u"password"_s, passwordSet);
    r.revision = 1;
    return r;
}

ResourceDefinition database(const QString &name)
{
    ResourceDefinition r;
    r.type = u"database"_s;
    r.name = name;
    r.spec = {{u"module"_s, u"GeoStan"_s},
              {u"kind"_s, u"geocoding"_s},
              {u"location"_s, u"/data/geo"_s},
              {u"placement"_s, u"shared"_s}};
    r.revision = 1;
    return r;
}

ClusterResources cluster(const QString &label, const QList<ResourceDefinition> &resources)
{
    return ClusterResources{label, resources, {}};
}

const QString kDigestA = QString(64, u'a');
const QString kDigestB = QString(64, u'b');

} // namespace

class tst_ResourceDiff final : public QObject
{
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void defaultsDoNotCountAsDifferences();
    void typeFilter();
    void threeClusters();
    void json();
};

void tst_ResourceDiff::states_data()
{
    QTest::addColumn<ClusterResources>("a");
    QTest::addColumn<ClusterResources>("b");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("password"); // agreement name, empty: no secret field

    const QString key = u"jdbc/orders"_s;
    QTest::newRow("identical") << cluster(u"A"_s, {jdbc(u"orders"_s, 5432)})
                               << cluster(u"B"_s, {jdbc(u"orders"_s, 5432)})
                               << int(ResourceDiffRow::Status::Identical)
                               << QStringList{u"same"_s, u"same"_s} << QStringList{} << u"unset"_s;
    ResourceDefinition changed = jdbc(u"orders"_s, 6543);
    changed.description = u"Other"_s;
    changed.spec.insert(u"user"_s, u"app"_s);
    QTest::newRow("differs") << cluster(u"A"_s, {jdbc(u"orders"_s, 5432)})
                             << cluster(u"B"_s, {changed}) << int(ResourceDiffRow::Status::Differs)
                             << QStringList{u"same"_s, u"different"_s}
                             << QStringList{u"description"_s, u"spec.port"_s, u"spec.user"_s}
                             << u"unset"_s;
    QTest::newRow("only in A") << cluster(u"A"_s, {jdbc(u"orders"_s, 5432)}) << cluster(u"B"_s, {})
                               << int(ResourceDiffRow::Status::Partial)
                               << QStringList{u"same"_s, u"absent"_s} << QStringList{}
                               << u"unset"_s;
    QTest::newRow("only in B") << cluster(u"A"_s, {}) << cluster(u"B"_s, {database(u"orders"_s)})
                               << int(ResourceDiffRow::Status::Partial)
                               << QStringList{u"absent"_s, u"same"_s} << QStringList{} << QString();

    ClusterResources a = cluster(u"A"_s, {jdbc(u"orders"_s, 5432, true)});
    ClusterResources b = cluster(u"B"_s, {jdbc(u"orders"_s, 5432, true)});
    a.secretDigests[key] = {{u"password"_s, kDigestA}};
    b.secretDigests[key] = {{u"password"_s, kDigestA}};
    QTest::newRow("secrets equal")
        << a << b << int(ResourceDiffRow::Status::Identical) << QStringList{u"same"_s, u"same"_s}
        << QStringList{} << u"equal"_s;
    b.secretDigests[key] = {{u"password"_s, kDigestB}};
    QTest::newRow("secrets different")
        << a << b << int(ResourceDiffRow::Status::Differs) << QStringList{u"same"_s, u"different"_s}
        << QStringList{u"secrets.password"_s} << u"different"_s;
    ClusterResources unset = cluster(u"B"_s, {jdbc(u"orders"_s, 5432, false)});
    unset.secretDigests[key] = {{u"password"_s, QString()}};
    QTest::newRow("secret set on one") << a << unset << int(ResourceDiffRow::Status::Differs)
                                       << QStringList{u"same"_s, u"different"_s}
                                       << QStringList{u"secrets.password"_s} << u"set-on-some"_s;
    b.secretDigests.clear(); // B could not answer (a viewer, an older node)
    QTest::newRow("cannot tell") << a << b << int(ResourceDiffRow::Status::Identical)
                                 << QStringList{u"same"_s, u"same"_s} << QStringList{}
                                 << u"cannot-tell"_s;
}

void tst_ResourceDiff::states()
{
    QFETCH(ClusterResources, a);
    QFETCH(ClusterResources, b);
    QFETCH(int, status);
    QFETCH(QStringList, cells);
    QFETCH(QStringList, fields);
    QFETCH(QString, password);

    const ResourceDiffResult result = ResourceDiff::compare({a, b});
    QCOMPARE(result.clusters, (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(result.rows.size(), 1);
    const ResourceDiffRow &row = result.rows.constFirst();
    QCOMPARE(int(row.status), status);
    QStringList cellNames;
    for (const auto cell : row.cells)
        cellNames.append(ResourceDiff::cellName(cell));
    QCOMPARE(cellNames, cells);
    QCOMPARE(row.differingFields, fields);
    if (password.isEmpty())
        QVERIFY(row.secrets.isEmpty());
    else
        QCOMPARE(ResourceDiff::agreementName(row.secrets.value(u"password"_s)), password);
    QCOMPARE(result.isIdentical(), status == int(ResourceDiffRow::Status::Identical));
    QCOMPARE(row.secretsUncertain(), password == u"cannot-tell");
}

void tst_ResourceDiff::defaultsDoNotCountAsDifferences()
{
    ResourceDefinition withDefaults = jdbc(u"orders"_s, 5432);
    withDefaults.spec.insert(u"poolMin"_s, 0);
    withDefaults.spec.insert(u"poolMax"_s, 10);
    const auto result = ResourceDiff::compare(
        {cluster(u"A"_s, {jdbc(u"orders"_s, 5432)}), cluster(u"B"_s, {withDefaults})});
    QCOMPARE(result.rows.constFirst().status, ResourceDiffRow::Status::Identical);
}

void tst_ResourceDiff::typeFilter()
{
    const QList<ClusterResources> clusters{cluster(u"A"_s, {jdbc(u"x"_s, 1), database(u"geo"_s)}),
                                           cluster(u"B"_s, {jdbc(u"x"_s, 2)})};
    const auto all = ResourceDiff::compare(clusters);
    QCOMPARE(all.rows.size(), 2);
    QCOMPARE(all.rows.at(0).type, u"database"_s); // sorted by type, then name
    const auto onlyJdbc = ResourceDiff::compare(clusters, u"jdbc"_s);
    QCOMPARE(onlyJdbc.rows.size(), 1);
    QCOMPARE(onlyJdbc.rows.at(0).differingFields, QStringList{u"spec.port"_s});
    QCOMPARE(ResourceDiff::compare(clusters, u"database"_s).rows.constFirst().status,
             ResourceDiffRow::Status::Partial);
}

void tst_ResourceDiff::threeClusters()
{
    const auto result = ResourceDiff::compare({cluster(u"A"_s, {jdbc(u"x"_s, 1)}),
                                               cluster(u"B"_s, {jdbc(u"x"_s, 1)}),
                                               cluster(u"C"_s, {jdbc(u"x"_s, 3)})});
    const ResourceDiffRow &row = result.rows.constFirst();
    QCOMPARE(row.status, ResourceDiffRow::Status::Differs);
    QCOMPARE(row.cells,
             (QList<ResourceDiffRow::Cell>{ResourceDiffRow::Cell::Same, ResourceDiffRow::Cell::Same,
                                           ResourceDiffRow::Cell::Different}));
    QCOMPARE(row.differingFields, QStringList{u"spec.port"_s});
}

void tst_ResourceDiff::json()
{
    const auto result = ResourceDiff::compare(
        {cluster(u"A"_s, {jdbc(u"x"_s, 1)}), cluster(u"B"_s, {jdbc(u"x"_s, 2)})});
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(u"identical").toBool(true), false);
    const QJsonObject row = json.value(u"resources").toArray().at(0).toObject();
    QCOMPARE(row.value(u"status").toString(), u"differs"_s);
    QCOMPARE(row.value(u"clusters").toObject().value(u"B").toString(), u"different"_s);
    QCOMPARE(row.value(u"fields").toArray().at(0).toString(), u"spec.port"_s);
}

QTEST_GUILESS_MAIN(tst_ResourceDiff)
#include "tst_ResourceDiff.moc"
