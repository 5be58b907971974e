// ActivityExport and the reports' activity sections: CSV with the report writer's escaping (a
// summary that starts like a formula is neutralised, commas and quotes quoted), JSON with
// machine-readable keys and nulls for what is unknown, the aligned text, a file written or a
// clear error, and the entries in the HTML, JSON and CSV reports.
#include "ActivityExport.h"
#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;

namespace {

ActivityEntry entry()
{
    ActivityEntry e;
    e.requestId = u"req-1"_s;
    e.timeMs = 1764720000123; // 2025-12-03T00:00:00.123Z
    e.finishedMs = e.timeMs + 50;
    e.clusterId = u"p1"_s;
    e.clusterName = u"Prod, \"EU\""_s;
    e.clusterUser = u"admin"_s;
    e.localUser = u"alice"_s;
    e.action = u"update"_s;
    e.method = u"PUT"_s;
    e.resourceType = u"jdbc"_s;
    e.resourceName = u"=HYPERLINK(\"x\")"_s;
    e.summary = u"=cmd|' /C calc'!A0"_s;
    e.outcome = Outcome::Succeeded;
    e.httpStatus = 200;
    e.revision = 42;
    return e;
}

} // namespace

class tst_ActivityExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvIsEscapedAndFormulaSafe()
    {
        const QByteArray csv = ActivityExport::csv({entry()});
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines.at(0).startsWith("time_utc,cluster,cluster_id,"));
        QVERIFY(lines.at(0).endsWith("\r"));
        const QByteArray row = lines.at(1);
        QVERIFY(row.startsWith("2025-12-03T00:00:00.123Z,"));
        QVERIFY2(row.contains("\"Prod, \"\"EU\"\"\""), row.constData());
        QVERIFY2(row.contains("'=cmd|' /C calc'!A0"), row.constData());
        QVERIFY2(row.contains("\"'=HYPERLINK(\"\"x\"\")\""), row.constData());
        QVERIFY(row.contains(",succeeded,200,42,"));
        QCOMPARE(ActivityExport::csvRows({entry()}).constFirst().size(),
                 ActivityExport::csvHeaders().size());
    }

    void jsonHasKeysAndNulls()
    {
        ActivityEntry lost = entry();
        lost.outcome = Outcome::Unknown;
        lost.httpStatus = 0;
        lost.revision = -1;
        lost.finishedMs = 0;
        lost.reason = u"the answer was lost"_s;
        const QJsonArray array = QJsonDocument::fromJson(ActivityExport::json({entry(), lost}))
                                     .object()
                                     .value(u"activity")
                                     .toArray();
        QCOMPARE(array.size(), 2);
        const QJsonObject done = array.at(0).toObject();
        QCOMPARE(done.value(u"time").toString(), u"2025-12-03T00:00:00.123Z"_s);
        QCOMPARE(done.value(u"outcome").toString(), u"succeeded"_s);
        QCOMPARE(done.value(u"revision").toInteger(), 42);
        QCOMPARE(done.value(u"requestId").toString(), u"req-1"_s);
        const QJsonObject unknown = array.at(1).toObject();
        QCOMPARE(unknown.value(u"outcome").toString(), u"unknown"_s);
        QVERIFY(unknown.value(u"httpStatus").isNull());
        QVERIFY(unknown.value(u"revision").isNull());
        QVERIFY(unknown.value(u"finished").isNull());
        QCOMPARE(unknown.value(u"reason").toString(), u"the answer was lost"_s);
    }

    void textAndFiles()
    {
        const QString text = ActivityExport::text({entry()});
        QVERIFY(text.contains(u"req-1"_s) && text.contains(u"revision 42"_s));
        QTemporaryDir dir;
        QString error;
        QVERIFY(ActivityExport::writeFile(dir.filePath(u"a.json"_s), {entry()}, true, &error));
        QVERIFY(!ActivityExport::writeFile(dir.filePath(u"no/such/dir/a.csv"_s), {entry()}, false,
                                           &error));
        QVERIFY(error.contains(u"no/such/dir"_s));
    }

    void reportsHaveTheSection()
    {
        ReportData data;
        data.generatedAt = QDateTime::currentDateTime();
        ClusterReport cluster;
        cluster.profileName = u"Prod"_s;
        cluster.activityKnown = true;
        cluster.activity = {entry()};
        data.clusters = {cluster};
        const QString html = HtmlReportWriter::write(data);
        QVERIFY(html.contains(u"Console activity"_s));
        QVERIFY(html.contains(u"req-1"_s));
        QVERIFY(html.contains(u"=cmd|&#x27; /C calc&#x27;!A0"_s) ||
                html.contains(u"=cmd|' /C calc'!A0"_s));
        const QString rich = HtmlReportWriter::write(data, HtmlReportWriter::Flavor::RichText);
        QVERIFY(rich.contains(u"req-1"_s));
        const QJsonObject json = JsonReportWriter::toJson(data);
        const QJsonObject first = json.value(u"clusters").toArray().first().toObject();
        QVERIFY(first.value(u"activityAvailable").toBool());
        QCOMPARE(first.value(u"activity").toArray().size(), 1);
        QVERIFY(CsvReportWriter::activity(data).contains("req-1"));

        data.clusters.first().activity.clear();
        QVERIFY(HtmlReportWriter::write(data).contains(u"no changes in the period"_s));
        data.clusters.first().activityKnown = false;
        QVERIFY(HtmlReportWriter::write(data).contains(u"activity log was not read"_s));
    }
};

QTEST_GUILESS_MAIN(tst_ActivityExport)
#include "tst_ActivityExport.moc"
