// ResourceDiffModel under QAbstractItemModelTester: a column per cluster, texts for each state,
// raw values for sorting, a reset when the clusters change.
#include "ResourceDiffModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition webservice(const QString &name, const QString &url)
{
    ResourceDefinition r;
    r.type = u"webservice"_s;
    r.name = name;
    r.spec = {{u"kind"_s, u"REST"_s}, {u"url"_s, url}};
    r.secretsSet.insert(u"secret"_s, false);
    return r;
}

ResourceDiffResult sample()
{
    return ResourceDiff::compare(
        {ClusterResources{u"prod"_s,
                          {webservice(u"a"_s, u"https://a"_s), webservice(u"b"_s, u"https://b"_s),
                           webservice(u"c"_s, u"https://c"_s)},
                          {}},
         ClusterResources{u"test"_s,
                          {webservice(u"a"_s, u"https://a"_s), webservice(u"b"_s, u"https://x"_s)},
                          {}}});
}

} // namespace

class tst_ResourceDiffModel final : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndTexts();
    void newClustersReset();
};

void tst_ResourceDiffModel::columnsAndTexts()
{
    ResourceDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sample());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ResourceDiffModel::Column::FirstCluster) + 2);
    const int first = int(ResourceDiffModel::Column::FirstCluster);
    QCOMPARE(model.headerData(first, Qt::Horizontal).toString(), u"prod"_s);
    QCOMPARE(model.headerData(first + 1, Qt::Horizontal).toString(), u"test"_s);
    const int status = int(ResourceDiffModel::Column::Status);
    QCOMPARE(model.index(0, status).data().toString(), u"identical"_s);
    QCOMPARE(model.index(1, status).data().toString(), u"differs"_s);
    QCOMPARE(model.index(1, int(ResourceDiffModel::Column::Fields)).data().toString(),
             u"spec.url"_s);
    QCOMPARE(model.index(1, first + 1).data().toString(), u"differs"_s);
    QCOMPARE(model.index(2, status).data().toString(), u"only in prod"_s);
    QCOMPARE(model.index(2, first + 1).data().toString(), u"missing"_s);
    QCOMPARE(model.index(2, first + 1).data(ResourceDiffModel::StateRole).toInt(),
             int(ResourceDiffRow::Cell::Absent));
    QCOMPARE(model.index(1, status).data(ResourceDiffModel::RawValueRole).toInt(),
             int(ResourceDiffRow::Status::Differs));
    QCOMPARE(model.index(2, int(ResourceDiffModel::Column::Name))
                 .data(ResourceDiffModel::RawValueRole)
                 .toString(),
             u"c"_s);
    QCOMPARE(model.index(0, 0).data(ResourceDiffModel::KeyRole).toString(), u"webservice/a"_s);
    QCOMPARE(model.index(0, int(ResourceDiffModel::Column::Secrets)).data().toString(),
             u"secret: unset"_s);
    // Only on one cluster: nothing to compare with, so "set"/"not set", never "equal".
    QCOMPARE(model.index(2, int(ResourceDiffModel::Column::Secrets)).data().toString(),
             u"secret: not set"_s);
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());

    ResourceDefinition withSecret = webservice(u"d"_s, u"https://d"_s);
    withSecret.secretsSet.insert(u"secret"_s, true);
    model.setResult(ResourceDiff::compare(
        {ClusterResources{u"prod"_s, {withSecret}, {}}, ClusterResources{u"test"_s, {}, {}}}));
    QCOMPARE(model.index(0, int(ResourceDiffModel::Column::Secrets)).data().toString(),
             u"secret: set"_s);
}

void tst_ResourceDiffModel::newClustersReset()
{
    ResourceDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ResourceDiffResult three = sample();
    three.clusters.append(u"dr"_s);
    for (ResourceDiffRow &row : three.rows)
        row.cells.append(ResourceDiffRow::Cell::Absent);
    model.setResult(three);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.columnCount(), int(ResourceDiffModel::Column::FirstCluster) + 3);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ResourceDiffModel::Column::FirstCluster));
}

QTEST_GUILESS_MAIN(tst_ResourceDiffModel)
#include "tst_ResourceDiffModel.moc"
