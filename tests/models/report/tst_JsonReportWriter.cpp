// JsonReportWriter: documents of every shape (cluster, fleet with an unreachable cluster,
// unknown parts as null) validate against docs/report-schema.json with python3-jsonschema.
#include "JsonReportWriter.h"
#include "SyntheticReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class tst_JsonReportWriter final : public QObject
{
    Q_OBJECT

private:
    // Empty when the document validates, else the validator's words.
    QString validate(const QByteArray &json)
    {
        QFile file(m_dir.filePath(QStringLiteral("report.json")));
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return QStringLiteral("cannot write the report");
        file.close();
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("/usr/bin/python3") /* Debian python3-jsonschema */,
                     {QStringLiteral("-c"),
                      QStringLiteral("import json, sys, jsonschema\n"
                                     "schema = json.load(open(sys.argv[1]))\n"
                                     "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                     "jsonschema.Draft202012Validator(schema).validate("
                                     "json.load(open(sys.argv[2])))\n"),
                      QStringLiteral(CLUSTERDESK_SOURCE_DIR "/docs/report-schema.json"),
                      file.fileName()});
        if (!python.waitForFinished(60000))
            return QStringLiteral("python3 did not run: ") + python.errorString();
        if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
            return QString::fromUtf8(python.readAll()).right(2000);
        return {};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void documents_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("cluster") << 0;
        QTest::newRow("fleet with an unreachable cluster") << 1;
        QTest::newRow("nothing known") << 2;
        QTest::newRow("empty fleet") << 3;
    }
    void documents()
    {
        QFETCH(int, shape);
        ReportData data = SyntheticReport::report(4, shape == 1 ? 2 : 1, 20);
        if (shape == 1)
            data.clusters[1].snapshot =
                data.clusters[1].snapshot.withReachable(false, QStringLiteral("refused"));
        if (shape == 2) {
            ClusterReport unknown;
            unknown.profileName = QStringLiteral("never");
            unknown.snapshot = ClusterSnapshot().withReachable(false, QStringLiteral("timeout"));
            unknown.problems << QStringLiteral("no password");
            data.clusters = {unknown};
        }
        if (shape == 3) {
            data.clusters.clear();
            data.fleet = true;
        }
        const QByteArray json = JsonReportWriter::write(data);
        const QString problem = validate(json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonObject object = QJsonDocument::fromJson(json).object();
        QCOMPARE(object.value(QStringLiteral("schema")).toInt(), 1);
        QCOMPARE(object.value(QStringLiteral("complete")).toBool(), shape == 0 || shape == 3);
        QVERIFY(object.value(QStringLiteral("generatedAt"))
                    .toString()
                    .contains(QRegularExpression(QStringLiteral("(Z|[+-]\\d\\d:\\d\\d)$"))));
        // Fleet reports carry the Fleet overview's table, a row per cluster; others do not.
        QCOMPARE(object.contains(QStringLiteral("fleetSummary")), data.fleet);
        if (data.fleet)
            QCOMPARE(object.value(QStringLiteral("fleetSummary")).toArray().size(),
                     data.clusters.size());
    }

    void fleetSummaryRows()
    {
        ReportData data = SyntheticReport::report(3, 2, 5);
        data.clusters[1].snapshot =
            data.clusters[1].snapshot.withReachable(false, QStringLiteral("refused"));
        data.clusters[1].resourcesKnown = false;
        data.clusters[1].resources.clear();
        const QJsonObject report = JsonReportWriter::toJson(data);
        const QJsonArray rows = report.value(QStringLiteral("fleetSummary")).toArray();
        QCOMPARE(rows.size(), 2);
        const FleetSummary first = data.clusters[0].fleetSummary();
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("name")).toString(), first.name);
        QCOMPARE(row.value(QStringLiteral("reachable")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("nodesUp")).toInt(), first.nodesUp);
        QCOMPARE(row.value(QStringLiteral("nodesTotal")).toInt(), 3);
        QCOMPARE(row.value(QStringLiteral("worstOffsetMs")).toDouble(), *first.worstOffsetMs);
        QCOMPARE(row.value(QStringLiteral("configAgreement")).toString(), first.agreementKey());
        QCOMPARE(row.value(QStringLiteral("resourceCount")).toInt(), 2);
        QCOMPARE(QDateTime::fromString(row.value(QStringLiteral("lastRefresh")).toString(),
                                       Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 first.lastRefreshMs);
        const QJsonObject unreachable = rows.at(1).toObject();
        QCOMPARE(unreachable.value(QStringLiteral("reachable")).toBool(), false);
        QVERIFY(unreachable.value(QStringLiteral("resourceCount")).isNull());
        QCOMPARE(unreachable.value(QStringLiteral("configAgreement")).toString(),
                 QStringLiteral("unknown"));
        QVERIFY(validate(QJsonDocument(report).toJson()).isEmpty());
        // The schema insists on the table in a fleet report and refuses it elsewhere.
        QJsonObject without = report;
        without.remove(QStringLiteral("fleetSummary"));
        QVERIFY(!validate(QJsonDocument(without).toJson()).isEmpty());
        QJsonObject single = JsonReportWriter::toJson(SyntheticReport::report(2, 1, 5));
        single.insert(QStringLiteral("fleetSummary"), rows);
        QVERIFY(!validate(QJsonDocument(single).toJson()).isEmpty());
    }

    void carriesFindingsAndSecretStates()
    {
        const ReportData data = SyntheticReport::report(3);
        const QJsonObject cluster = JsonReportWriter::toJson(data)
                                        .value(QStringLiteral("clusters"))
                                        .toArray()
                                        .first()
                                        .toObject();
        const QJsonArray findings = cluster.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), data.clusters.constFirst().snapshot.findings().size());
        QVERIFY(!findings.isEmpty());
        QVERIFY(!findings.first().toObject().value(QStringLiteral("action")).toString().isEmpty());
        const QJsonObject jdbc =
            cluster.value(QStringLiteral("resources")).toArray().first().toObject();
        QCOMPARE(jdbc.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("password")),
                 QJsonValue(QStringLiteral("set")));
        QVERIFY(
            !jdbc.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("password")));
    }

    void schemaRejectsASecretValue()
    {
        // The schema itself forbids a secret field in a resource's spec.
        QJsonObject report = JsonReportWriter::toJson(SyntheticReport::report(1, 1, 2));
        QJsonArray clusters = report.value(QStringLiteral("clusters")).toArray();
        QJsonObject cluster = clusters.first().toObject();
        QJsonArray resources = cluster.value(QStringLiteral("resources")).toArray();
        QJsonObject resource = resources.first().toObject();
        QJsonObject spec = resource.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("password"), QStringLiteral("leak"));
        resource.insert(QStringLiteral("spec"), spec);
        resources.replace(0, resource);
        cluster.insert(QStringLiteral("resources"), resources);
        clusters.replace(0, cluster);
        report.insert(QStringLiteral("clusters"), clusters);
        QVERIFY(!validate(QJsonDocument(report).toJson()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JsonReportWriter)
#include "tst_JsonReportWriter.moc"
