// ActivityModel: one row per entry, newest first, formatted text and raw values per column, an
// outcome arriving for a row on screen as a narrow dataChanged of that cell, the detail text, and
// QAbstractItemModelTester throughout.
#include "ActivityModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Column = ActivityModel::Column;
using Outcome = ActivityEntry::Outcome;

namespace {

ActivityEntry entry(const QString &requestId, qint64 timeMs, Outcome outcome = Outcome::Pending)
{
    ActivityEntry e;
    e.id = timeMs;
    e.requestId = requestId;
    e.timeMs = timeMs;
    e.clusterId = u"p1"_s;
    e.clusterName = u"Prod"_s;
    e.clusterUser = u"admin"_s;
    e.localUser = u"alice"_s;
    e.action = u"update"_s;
    e.method = u"PUT"_s;
    e.resourceType = u"jdbc"_s;
    e.resourceName = u"orders"_s;
    e.summary = u"update jdbc orders"_s;
    e.outcome = outcome;
    return e;
}

} // namespace

class tst_ActivityModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumns()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Column::Count));
        ActivityEntry done = entry(u"r2"_s, 2000, Outcome::Succeeded);
        done.revision = 42;
        done.httpStatus = 200;
        model.setEntries({done, entry(u"r1"_s, 1000)});
        QCOMPARE(model.rowCount(), 2);
        auto cell = [&](int row, Column column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, int(column)), role);
        };
        QCOMPARE(cell(0, Column::Cluster).toString(), u"Prod"_s);
        QCOMPARE(cell(0, Column::User).toString(), u"admin (alice)"_s);
        QCOMPARE(cell(0, Column::Action).toString(), u"Update"_s);
        QCOMPARE(cell(0, Column::Resource).toString(), u"jdbc/orders"_s);
        QVERIFY(cell(0, Column::Outcome).toString().contains(u"revision 42"_s));
        QCOMPARE(cell(0, Column::RequestId).toString(), u"r2"_s);
        QCOMPARE(cell(0, Column::Time, ActivityModel::RawValueRole).toLongLong(), 2000);
        QCOMPARE(cell(0, Column::Outcome, ActivityModel::RawValueRole).toString(), u"succeeded"_s);
        QCOMPARE(cell(1, Column::Outcome, ActivityModel::RawValueRole).toString(), u"pending"_s);
        QVERIFY(cell(0, Column::Cluster, Qt::ToolTipRole).toString().contains(u"r2"_s));
        QCOMPARE(model.headerData(int(Column::Outcome), Qt::Horizontal).toString(), u"Outcome"_s);
        QVERIFY(!model.entryAt(2));
        QCOMPARE(model.entryAt(1)->requestId, u"r1"_s);
    }

    void outcomeUpdatesOneCell()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(u"r2"_s, 2000), entry(u"r1"_s, 1000)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ActivityEntry lost = entry(u"r1"_s, 1000, Outcome::Unknown);
        lost.id = 0; // an update from the recorder may not carry the row id
        lost.reason = u"the answer was lost"_s;
        QVERIFY(model.updateEntry(lost));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
        const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
        QCOMPARE(topLeft, bottomRight);
        QCOMPARE(topLeft.row(), 1);
        QCOMPARE(topLeft.column(), int(Column::Outcome));
        QCOMPARE(model.entryAt(1)->outcome, Outcome::Unknown);
        QCOMPARE(model.entryAt(1)->id, 1000); // kept
        QVERIFY(model.data(topLeft).toString().contains(u"unknown"_s, Qt::CaseInsensitive));
        QVERIFY(!model.updateEntry(entry(u"not-shown"_s, 3000)));
        QCOMPARE(changed.size(), 1);
    }

    void detailNamesEverything()
    {
        ActivityEntry e = entry(u"req-9"_s, 1000, Outcome::Conflict);
        e.httpStatus = 412;
        const QString detail = ActivityModel::detailText(e);
        for (const QString &part : {u"Prod"_s, u"admin"_s, u"alice"_s, u"update jdbc orders"_s,
                                    u"req-9"_s, u"412"_s, u"PUT"_s})
            QVERIFY2(detail.contains(part), qPrintable(part));
    }

    void retranslateKeepsRows()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries({entry(u"r"_s, 1)});
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        model.retranslate();
        QCOMPARE(header.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ActivityModel)
#include "tst_ActivityModel.moc"
