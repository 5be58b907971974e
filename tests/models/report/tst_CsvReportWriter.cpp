// CsvReportWriter: RFC 4180 quoting, formula neutralisation, the output path rule, and that a
// whole document parses back (with an independent reader) to the rows that went in.
#include "CsvReportWriter.h"
#include "Rfc4180.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_CsvReportWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "node-1"
                               << "node-1";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("comma") << "a, b"
                               << "\"a, b\"";
        QTest::newRow("quote") << "say \"hi\""
                               << "\"say \"\"hi\"\"\"";
        QTest::newRow("line feed") << "one\ntwo"
                                   << "\"one\ntwo\"";
        QTest::newRow("crlf inside") << "one\r\ntwo"
                                     << "\"one\r\ntwo\"";
        QTest::newRow("formula") << "=1+2"
                                 << "'=1+2";
        QTest::newRow("plus") << "+cmd"
                              << "'+cmd";
        QTest::newRow("minus text") << "-2+3"
                                    << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"http://x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::newRow("negative number stays a number") << "-12.5"
                                                        << "-12.5";
        QTest::newRow("negative integer") << "-3"
                                          << "-3";
        QTest::newRow("equals later is fine") << "a=b"
                                              << "a=b";
        QTest::newRow("unicode") << "Zürich ± 1 ms"
                                 << "Zürich ± 1 ms";
    }
    void field()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvReportWriter::field(value), expected);
    }

    void pathsFor_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("nodes");
        QTest::addColumn<QString>("resources");
        QTest::newRow("stem") << "/tmp/audit"
                              << "/tmp/audit-nodes.csv"
                              << "/tmp/audit-resources.csv";
        QTest::newRow("csv suffix dropped") << "/tmp/audit.csv"
                                            << "/tmp/audit-nodes.csv"
                                            << "/tmp/audit-resources.csv";
        QTest::newRow("upper-case suffix") << "/tmp/audit.CSV"
                                           << "/tmp/audit-nodes.csv"
                                           << "/tmp/audit-resources.csv";
        QTest::newRow("other suffix kept") << "/tmp/audit.txt"
                                           << "/tmp/audit.txt-nodes.csv"
                                           << "/tmp/audit.txt-resources.csv";
        QTest::newRow("trailing slash: a directory") << "/tmp/new-dir/"
                                                     << "/tmp/new-dir/nodes.csv"
                                                     << "/tmp/new-dir/resources.csv";
    }
    void pathsFor()
    {
        QFETCH(QString, output);
        QFETCH(QString, nodes);
        QFETCH(QString, resources);
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(output);
        QCOMPARE(paths.nodes, nodes);
        QCOMPARE(paths.resources, resources);
    }

    void existingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(dir.path());
        QCOMPARE(paths.nodes, dir.filePath(QStringLiteral("nodes.csv")));
        QCOMPARE(paths.resources, dir.filePath(QStringLiteral("resources.csv")));
    }

    void documentParsesBack()
    {
        const QStringList headers{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        const QList<QStringList> rows{
            {QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("")},
            {QStringLiteral("q\"uote"), QStringLiteral("multi\nline"), QStringLiteral("-1.5")},
            {QStringLiteral(""), QStringLiteral(""), QStringLiteral("")}};
        const QByteArray csv = CsvReportWriter::document(headers, rows);
        QVERIFY(csv.endsWith("\r\n"));
        QString error;
        const auto records = Rfc4180::parse(QString::fromUtf8(csv), &error);
        QVERIFY2(records, qPrintable(error));
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0), headers);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(records->at(i + 1), rows.at(i));
    }

    void resourcesNeverCarryASecret()
    {
        ReportData data;
        ClusterReport cluster;
        cluster.resourcesKnown = true;
        // Even a spec that (wrongly) carries secrets loses them on the way in.
        cluster.resources << ReportResource::make(
            QStringLiteral("jdbc"), QStringLiteral("orders"), QStringLiteral("desc"),
            QJsonObject{{QStringLiteral("driver"), QStringLiteral("pg")},
                        {QStringLiteral("password"), QStringLiteral("hunter2-secret")}},
            {{QStringLiteral("password"), true}});
        data.clusters << cluster;
        const QByteArray csv = CsvReportWriter::resources(data);
        QVERIFY(!csv.contains("hunter2-secret"));
        QVERIFY(csv.contains("password=set"));
        const QStringList headers = CsvReportWriter::resourceHeaders();
        QVERIFY(!headers.contains(QStringLiteral("password")));
        QVERIFY(!headers.contains(QStringLiteral("secret")));
        QVERIFY(headers.contains(QStringLiteral("driverClass")));
        QCOMPARE(headers.count(QStringLiteral("host")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CsvReportWriter)
#include "tst_CsvReportWriter.moc"
