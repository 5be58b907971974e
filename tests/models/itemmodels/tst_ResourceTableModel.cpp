// ResourceTableModel under QAbstractItemModelTester: per-type columns, raw values, the draft
// marker, and narrow updates (rows inserted/removed for added/removed resources, dataChanged only
// for the cells that moved).

#include "ResourceTableModel.h"

#include "ResourceFieldTitle.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition fileServer(const QString &name, int port, qint64 revision = 1)
{
    ResourceDefinition r;
    r.type = u"fileserver"_s;
    r.name = name;
    r.spec = QJsonObject{{u"protocol"_s, u"sftp"_s},
                         {u"host"_s, u"files.example"_s},
                         {u"port"_s, port},
                         {u"rootPath"_s, u"/data"_s}};
    r.revision = revision;
    r.updatedBy = u"admin"_s;
    return r;
}

} // namespace

class tst_ResourceTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void columnsPerType_data();
    void columnsPerType();
    void specHeadersAreTheFieldTitles();
    void displayAndRawValues();
    void refreshIsNarrow();
    void dirtyMarker();
    void changedOnClusterMarksOnlyDraftedRows();
    void otherTypesAreIgnored();
};

void tst_ResourceTableModel::columnsPerType_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("secondField");
    QTest::newRow("database") << u"database"_s << int(ResourceTableModel::DatabaseColumn::Count)
                              << u"module"_s;
    QTest::newRow("jdbc") << u"jdbc"_s << int(ResourceTableModel::JdbcColumn::Count) << u"driver"_s;
    QTest::newRow("fileserver") << u"fileserver"_s
                                << int(ResourceTableModel::FileServerColumn::Count)
                                << u"protocol"_s;
    QTest::newRow("webservice") << u"webservice"_s
                                << int(ResourceTableModel::WebServiceColumn::Count) << u"kind"_s;
}

void tst_ResourceTableModel::columnsPerType()
{
    QFETCH(QString, type);
    QFETCH(int, count);
    QFETCH(QString, secondField);
    ResourceTableModel model(type);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), count);
    QCOMPARE(model.specFieldOf(1), secondField);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Name"_s);
    QCOMPARE(model.headerData(count - 2, Qt::Horizontal).toString(), u"Revision"_s);
}

// The key-field columns are titled as the editor labels the fields, from the one list of titles.
void tst_ResourceTableModel::specHeadersAreTheFieldTitles()
{
    ResourceTableModel model(u"jdbc"_s);
    const int poolMax = int(ResourceTableModel::JdbcColumn::PoolMax);
    QCOMPARE(model.headerData(poolMax, Qt::Horizontal).toString(), u"Pool maximum"_s);
    for (int column = 1; column < poolMax; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(),
                 ResourceFieldTitle::of(model.specFieldOf(column)));
}

void tst_ResourceTableModel::displayAndRawValues()
{
    ResourceTableModel model(u"fileserver"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({fileServer(u"b"_s, 22), fileServer(u"a"_s, 2222, 7)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data().toString(), u"a"_s); // name order
    const int port = int(ResourceTableModel::FileServerColumn::Port);
    QCOMPARE(model.index(0, port).data().toString(), u"2222"_s);
    QCOMPARE(model.index(0, port).data(ResourceTableModel::RawValueRole).toInt(), 2222);
    const int revision = int(ResourceTableModel::FileServerColumn::Revision);
    QCOMPARE(model.index(0, revision).data(ResourceTableModel::RawValueRole).toLongLong(), 7);
    QCOMPARE(model.index(1, port).data(ResourceTableModel::NameRole).toString(), u"b"_s);
    QCOMPARE(model.resourceAt(1)->name, u"b"_s);
    QVERIFY(!model.resourceAt(2));
}

void tst_ResourceTableModel::refreshIsNarrow()
{
    ResourceTableModel model(u"fileserver"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({fileServer(u"a"_s, 1), fileServer(u"b"_s, 2), fileServer(u"c"_s, 3)});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // b removed, c's port changed (and its revision), d added.
    model.setResources({fileServer(u"a"_s, 1), fileServer(u"c"_s, 30, 2), fileServer(u"d"_s, 4)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    const int port = int(ResourceTableModel::FileServerColumn::Port);
    const int revision = int(ResourceTableModel::FileServerColumn::Revision);
    QCOMPARE(changed.count(), 2); // port, then revision: never the whole row
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto from = signal.at(0).value<QModelIndex>();
        const auto to = signal.at(1).value<QModelIndex>();
        QCOMPARE(from.row(), 1);
        QCOMPARE(to.row(), 1);
        QCOMPARE(from.column(), to.column());
        QVERIFY(from.column() == port || from.column() == revision);
    }
    changed.clear();
    model.setResources({fileServer(u"a"_s, 1), fileServer(u"c"_s, 30, 2), fileServer(u"d"_s, 4)});
    QCOMPARE(changed.count(), 0);
}

void tst_ResourceTableModel::dirtyMarker()
{
    ResourceTableModel model(u"fileserver"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({fileServer(u"a"_s, 1), fileServer(u"b"_s, 2)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDirty(u"b"_s, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ResourceTableModel::DirtyRole));
    QCOMPARE(model.index(1, 0).data().toString(), u"b \u2022"_s);
    QCOMPARE(model.index(1, 0).data(ResourceTableModel::DirtyRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ResourceTableModel::RawValueRole).toString(), u"b"_s);
    model.setDirty(u"b"_s, true);
    QCOMPARE(changed.count(), 1);
    model.setDirtyNames({u"a"_s});
    QCOMPARE(model.index(0, 0).data(ResourceTableModel::DirtyRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(ResourceTableModel::DirtyRole).toBool(), false);
    // A draft for a resource not listed (yet) is remembered and shows once it appears.
    model.setDirty(u"z"_s, true);
    model.upsert(fileServer(u"z"_s, 9));
    QCOMPARE(model.index(model.rowOf(u"z"_s), 0).data(ResourceTableModel::DirtyRole).toBool(),
             true);
}

void tst_ResourceTableModel::changedOnClusterMarksOnlyDraftedRows()
{
    ResourceTableModel model(u"fileserver"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({fileServer(u"a"_s, 21), fileServer(u"b"_s, 22)});
    model.setDirty(u"a"_s, true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChangedOnCluster(u"a"_s, true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(0, 0));
    QVERIFY(model.index(0, 0).data(ResourceTableModel::ChangedOnClusterRole).toBool());
    QVERIFY(model.index(0, 0).data().toString().contains(u"changed on the cluster"_s));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"both versions"_s));
    // Their newer version replaces the row's values; the marker stays with the draft.
    model.upsert(fileServer(u"a"_s, 2121, 5));
    QVERIFY(model.isChangedOnCluster(u"a"_s));
    QCOMPARE(model.resource(u"a"_s)->revision, 5);
    // The draft gone (applied, reverted), the marker goes with it.
    model.setDirty(u"a"_s, false);
    QVERIFY(!model.index(0, 0).data(ResourceTableModel::ChangedOnClusterRole).toBool());
    QCOMPARE(model.index(0, 0).data().toString(), u"a"_s);
    QVERIFY(!model.index(1, 0).data(ResourceTableModel::ChangedOnClusterRole).toBool());
}

void tst_ResourceTableModel::otherTypesAreIgnored()
{
    ResourceTableModel model(u"jdbc"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources({fileServer(u"a"_s, 1)});
    QCOMPARE(model.rowCount(), 0);
    model.upsert(fileServer(u"a"_s, 1));
    QCOMPARE(model.rowCount(), 0);
    model.removeResource(u"missing"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ResourceTableModel)
#include "tst_ResourceTableModel.moc"
