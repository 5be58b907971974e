// ChangeLogModel: a pure item model fed values: replacing, appending older and prepending newer
// entries with narrow signals, display and raw values, and the texts asked again after a
// language change.

#include "ChangeLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

ChangeLogEntry entry(qint64 revision, const QString &operation = QStringLiteral("update"))
{
    ChangeLogEntry result;
    result.revision = revision;
    result.time =
        QDateTime::fromString(QStringLiteral("2026-11-27T06:03:23.123Z"), Qt::ISODateWithMs);
    result.user = QStringLiteral("admin");
    result.operation = operation;
    result.resourceType = QStringLiteral("jdbc");
    result.name = QStringLiteral("db-%1").arg(revision);
    return result;
}

QList<ChangeLogEntry> descending(qint64 from, qint64 to)
{
    QList<ChangeLogEntry> result;
    for (qint64 r = from; r >= to; --r)
        result.append(entry(r));
    return result;
}

QList<qint64> revisions(const ChangeLogModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.entryAt(row)->revision);
    return result;
}

} // namespace

class tst_ChangeLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void replacingResets();
    void olderGoBelowNewerOnTop();
    void emptyListsChangeNothing();
    void displayAndRawValues();
    void missingValuesShowADash();
    void retranslateAsksAgain();

private:
    std::unique_ptr<ChangeLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ChangeLogModel::init()
{
    m_model = std::make_unique<ChangeLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ChangeLogModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_ChangeLogModel::replacingResets()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setEntries(descending(5, 1));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(revisions(*m_model), (QList<qint64>{5, 4, 3, 2, 1}));
    m_model->setEntries({});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->entryAt(0));
    QVERIFY(!m_model->entryAt(-1));
}

void tst_ChangeLogModel::olderGoBelowNewerOnTop()
{
    m_model->setEntries(descending(20, 11));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendOlder(descending(10, 6));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 14);
    m_model->prependNewer(descending(23, 21));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QList<qint64> expected;
    for (qint64 r = 23; r >= 6; --r)
        expected.append(r);
    QCOMPARE(revisions(*m_model), expected);
    QCOMPARE(m_model->entries().size(), expected.size());
}

void tst_ChangeLogModel::emptyListsChangeNothing()
{
    m_model->setEntries(descending(3, 1));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendOlder({});
    m_model->prependNewer({});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 3);
}

void tst_ChangeLogModel::displayAndRawValues()
{
    m_model->setEntries({entry(2, QStringLiteral("delete")), entry(1, QStringLiteral("create"))});
    using Column = ChangeLogModel::Column;
    auto cell = [this](int row, Column column, int role = Qt::DisplayRole) {
        return m_model->index(row, int(column)).data(role);
    };
    QCOMPARE(cell(0, Column::Revision).toString(), QStringLiteral("2"));
    QCOMPARE(cell(0, Column::Revision, ChangeLogModel::RawValueRole).toLongLong(), 2);
    QCOMPARE(cell(0, Column::Operation).toString(), QStringLiteral("Deleted"));
    QCOMPARE(cell(1, Column::Operation).toString(), QStringLiteral("Created"));
    QCOMPARE(cell(1, Column::Operation, ChangeLogModel::RawValueRole).toString(),
             QStringLiteral("create"));
    QCOMPARE(cell(0, Column::ResourceType).toString(), QStringLiteral("JDBC connection"));
    QCOMPARE(cell(0, Column::ResourceType, ChangeLogModel::RawValueRole).toString(),
             QStringLiteral("jdbc"));
    QCOMPARE(cell(0, Column::ResourceName).toString(), QStringLiteral("db-2"));
    QCOMPARE(cell(0, Column::User).toString(), QStringLiteral("admin"));
    const QDateTime expected = entry(1).time;
    QCOMPARE(cell(0, Column::Time, ChangeLogModel::RawValueRole).toLongLong(),
             expected.toMSecsSinceEpoch());
    QCOMPARE(cell(0, Column::Time).toString(),
             expected.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(0, Column::Time, Qt::ToolTipRole).toString(),
             expected.toString(Qt::ISODateWithMs));
    QCOMPARE(m_model->headerData(int(Column::ResourceName), Qt::Horizontal).toString(),
             QStringLiteral("Resource"));
    QCOMPARE(m_model->columnCount(), int(Column::Count));
}

void tst_ChangeLogModel::missingValuesShowADash()
{
    ChangeLogEntry bare;
    bare.revision = 7;
    m_model->setEntries({bare});
    using Column = ChangeLogModel::Column;
    QCOMPARE(m_model->index(0, int(Column::Time)).data().toString(), QStringLiteral("—"));
    QVERIFY(!m_model->index(0, int(Column::Time)).data(ChangeLogModel::RawValueRole).isValid());
    QCOMPARE(m_model->index(0, int(Column::User)).data().toString(), QStringLiteral("—"));
}

void tst_ChangeLogModel::retranslateAsksAgain()
{
    QSignalSpy headers(m_model.get(), &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.size(), 1);
    QCOMPARE(cells.size(), 0); // no rows: nothing to say again
    m_model->setEntries(descending(4, 1));
    m_model->retranslate();
    QCOMPARE(cells.size(), 1);
    const QModelIndex last = cells.at(0).at(1).toModelIndex();
    QCOMPARE(last.row(), 3);
    QCOMPARE(last.column(), m_model->columnCount() - 1);
}

QTEST_GUILESS_MAIN(tst_ChangeLogModel)
#include "tst_ChangeLogModel.moc"
