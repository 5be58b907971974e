// The Services tab's model: rows per exposed service sorted by kind and name, texts and raw
// values, and updates that touch only what changed.
#include "ServiceTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ExposedService service(ServiceKind kind, const QString &name, const QStringList &nodes,
                       const QStringList &missingOn = {}, const QString &sha = "abcdef0123456789")
{
    ExposedService result;
    result.kind = kind;
    result.name = name;
    result.nodes = nodes;
    result.missingOn = missingOn;
    result.sha256 = sha;
    return result;
}

} // namespace

class tst_ServiceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsServices();
    void updatesNarrowly();
};

void tst_ServiceTableModel::showsServices()
{
    ServiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices({service(ServiceKind::Soap, "Route", {"n1", "n2"}),
                       service(ServiceKind::Rest, "Geo", {"n1", "n3"}, {"n2"}),
                       service(ServiceKind::Rest, "Addr", {"n1", "n2", "n3"})});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ServiceTableModel::ColumnCount));
    QCOMPARE(model.index(0, ServiceTableModel::Name).data().toString(), QStringLiteral("Addr"));
    QCOMPARE(model.index(2, ServiceTableModel::Kind).data().toString(), QStringLiteral("SOAP"));
    const QModelIndex geo =
        model.index(model.rowOf(ServiceKind::Rest, "Geo"), ServiceTableModel::Agreement);
    QCOMPARE(geo.data().toString(), QStringLiteral("missing on n2"));
    QCOMPARE(geo.data(ServiceTableModel::RawValueRole).toInt(), 1);
    QCOMPARE(geo.data(ServiceTableModel::AgreesRole).toBool(), false);
    QCOMPARE(model.index(0, ServiceTableModel::Agreement).data().toString(),
             QStringLiteral("same on every node"));
    QCOMPARE(model.index(0, ServiceTableModel::Nodes).data().toString(),
             QStringLiteral("n1, n2, n3"));
    QCOMPARE(model.index(0, ServiceTableModel::Digest).data().toString(),
             QStringLiteral("abcdef012345"));
    QVERIFY(model.index(0, ServiceTableModel::Digest)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("abcdef0123456789")));
    QCOMPARE(model.headerData(ServiceTableModel::Name, Qt::Horizontal).toString(),
             QStringLiteral("Service"));
}

void tst_ServiceTableModel::updatesNarrowly()
{
    ServiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setServices({service(ServiceKind::Rest, "A", {"n1", "n2"}),
                       service(ServiceKind::Rest, "B", {"n1", "n2"})});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.setServices({service(ServiceKind::Rest, "A", {"n1", "n2"}),
                       service(ServiceKind::Rest, "B", {"n1"}, {"n2"})});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, ServiceTableModel::Nodes));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, ServiceTableModel::Agreement));
    QVERIFY(inserted.isEmpty());

    model.setServices({service(ServiceKind::Rest, "AA", {"n1"}),
                       service(ServiceKind::Rest, "B", {"n1"}, {"n2"})});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("AA"));
    model.setServices({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_ServiceTableModel)
#include "tst_ServiceTableModel.moc"
