// ChangeDiffModel: one change's fields as rows (field, before, after), the altered ones under
// ChangedRole, "only the changed fields" narrowing the rows, a new entry replacing them, and
// an unrecorded entry showing none. Checked by QAbstractItemModelTester throughout.
#include "ChangeDiffModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeLogEntry update()
{
    ChangeLogEntry entry;
    entry.revision = 3;
    entry.operation = u"update"_s;
    entry.resourceType = u"webservice"_s;
    entry.name = u"geo"_s;
    entry.recorded = true;
    entry.before =
        QJsonObject{{u"description"_s, u"Geo"_s},
                    {u"spec"_s, QJsonObject{{u"url"_s, u"https://a"_s}, {u"timeoutMs"_s, 5000}}}};
    entry.after =
        QJsonObject{{u"description"_s, u"Geo"_s},
                    {u"spec"_s, QJsonObject{{u"url"_s, u"https://b"_s}, {u"timeoutMs"_s, 5000}}}};
    return entry;
}

} // namespace

class tst_ChangeDiffModel final : public QObject
{
    Q_OBJECT

private slots:
    void rowsAndChangedOnly()
    {
        ChangeDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEntry(update());
        QCOMPARE(model.rowCount(), 3); // description, spec.timeoutMs, spec.url
        QCOMPARE(model.columnCount(), int(ChangeDiffModel::Column::Count));
        const QModelIndex url = model.index(2, int(ChangeDiffModel::Column::Field));
        QCOMPARE(url.data().toString(), u"spec.url"_s);
        QVERIFY(url.data(ChangeDiffModel::ChangedRole).toBool());
        QCOMPARE(model.index(2, int(ChangeDiffModel::Column::Before)).data().toString(),
                 u"https://a"_s);
        QCOMPARE(model.index(2, int(ChangeDiffModel::Column::After))
                     .data(ChangeDiffModel::RawValueRole)
                     .toString(),
                 u"https://b"_s);
        QVERIFY(!model.index(0, 0).data(ChangeDiffModel::ChangedRole).toBool());
        model.setChangedOnly(true);
        QCOMPARE(model.rowCount(), 1);
        model.retranslate();
        QCOMPARE(model.rowCount(), 1);
        model.setChangedOnly(false);
        QCOMPARE(model.rowCount(), 3);

        ChangeLogEntry old = update();
        old.recorded = false;
        old.before.reset();
        old.after.reset();
        model.setEntry(old);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), ChangeDiffModel::tr("Before"));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeDiffModel)
#include "tst_ChangeDiffModel.moc"
