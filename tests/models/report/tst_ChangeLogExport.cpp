// ChangeLogExport: the CSV is RFC 4180 (checked by an independent reader), formula-like cells
// are neutralised, before/after travel as JSON with secrets as markers only, "not recorded"
// entries say so, and the JSON form carries the same.
#include "ChangeLogExport.h"
#include "Rfc4180.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ChangeLogEntry recordedUpdate()
{
    ChangeLogEntry entry;
    entry.revision = 7;
    entry.time = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    entry.user = u"=HYPERLINK(\"http://evil\")"_s;
    entry.operation = u"update"_s;
    entry.resourceType = u"jdbc"_s;
    entry.name = u"orders-db"_s;
    entry.requestId = u"r-7"_s;
    entry.recorded = true;
    entry.before = QJsonObject{
        {u"description"_s, u"-1+1"_s},
        {u"spec"_s, QJsonObject{{u"url"_s, u"jdbc:pg:a"_s},
                                {u"password"_s, QJsonObject{{u"secret"_s, u"changed"_s}}}}}};
    entry.after = QJsonObject{
        {u"description"_s, u"@SUM(A1)"_s},
        {u"spec"_s, QJsonObject{{u"url"_s, u"jdbc:pg:b"_s},
                                {u"password"_s, QJsonObject{{u"secret"_s, u"changed"_s}}}}}};
    return entry;
}

} // namespace

class tst_ChangeLogExport final : public QObject
{
    Q_OBJECT

private slots:
    void csvIsStrictAndSafe()
    {
        ChangeLogEntry old = recordedUpdate();
        old.revision = 3;
        old.recorded = false;
        old.before.reset();
        old.after.reset();
        old.user = u"+cmd"_s;
        const QByteArray csv = ChangeLogExport::csv({recordedUpdate(), old});
        QString error;
        const auto records = Rfc4180::parse(QString::fromUtf8(csv), &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0), ChangeLogExport::csvHeaders());
        const QStringList row = records->at(1);
        QCOMPARE(row.at(0), u"7"_s);
        QCOMPARE(row.at(1), u"2026-12-01T08:00:00.000Z"_s);
        QCOMPARE(row.at(2), u"'=HYPERLINK(\"http://evil\")"_s);
        QCOMPARE(row.at(6), u"r-7"_s);
        QCOMPARE(row.at(7), u"description spec.url secrets.password"_s);
        QVERIFY(row.at(8).contains(u"\"secret\":\"changed\""_s));
        QVERIFY(row.at(9).contains(u"jdbc:pg:b"_s));
        QCOMPARE(records->at(2).at(2), u"'+cmd"_s);
        QCOMPARE(records->at(2).at(7), ChangeLogText::notRecorded());
        QCOMPARE(records->at(2).at(8), ChangeLogText::notRecorded());
    }

    void jsonCarriesStates()
    {
        const QJsonArray changes =
            ChangeLogExport::json({recordedUpdate()}).value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        const QJsonObject change = changes.at(0).toObject();
        QVERIFY(change.value(u"recorded"_s).toBool());
        QCOMPARE(change.value(u"after"_s).toObject(), *recordedUpdate().after);
        QCOMPARE(change.value(u"changedFields"_s).toArray().size(), 3);
    }

    void writesAFileWholeOrReportsWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.csv"_s);
        QString error;
        QVERIFY2(ChangeLogExport::writeCsv({recordedUpdate()}, path, &error), qPrintable(error));
        QVERIFY(QFile::exists(path));
        QVERIFY(!ChangeLogExport::writeCsv({}, dir.filePath(u"missing/dir/x.csv"_s), &error));
        QVERIFY(error.contains(u"missing/dir/x.csv"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ChangeLogExport)
#include "tst_ChangeLogExport.moc"
