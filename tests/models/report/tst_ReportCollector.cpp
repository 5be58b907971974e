// ReportCollector and every report format against a real three-node cluster: node-2's clock
// runs 800 ms ahead, node-3 is behind (replication paused, then a write). The node history comes
// from a store filled by a real ClusterMonitor. Checks each format's content (JSON against
// docs/report-schema.json, CSV parsed back, PDF pages and text, HTML tables and SVG) and that a
// secret planted in a resource appears in no output at all.
#include "ClusterFixture.h"
#include "ClusterMonitor.h"
#include "CsvReportWriter.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"
#include "MemorySecretStore.h"
#include "PdfReportWriter.h"
#include "ReportCollector.h"
#include "Rfc4180.h"
#include "StoreThread.h"
#include "TestHttp.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

namespace {

constexpr int kClockOffsetMs = 800;
const QString kSkewed = QStringLiteral("node-2");

QString runTool(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted() || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return QStringLiteral("%1 did not run: %2").arg(program, process.errorString());
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return QString::fromUtf8(process.readAll());
}

} // namespace

class tst_ReportCollector final : public QObject
{
    Q_OBJECT

private:
    ReportData collect(const QList<ReportTarget> &targets, bool fleet)
    {
        ReportCollector collector;
        collector.setStore(m_store.get());
        collector.setSecretStore(&m_secrets);
        collector.setRequestTimeout(std::chrono::seconds(5));
        QSignalSpy finished(&collector, &ReportCollector::finished);
        QSignalSpy progress(&collector, &ReportCollector::progress);
        collector.start(
            targets,
            ReportPeriod::last(std::chrono::hours(24), QDateTime::currentMSecsSinceEpoch()), fleet);
        if (!finished.wait(90000))
            return {};
        m_lastProgress = progress.isEmpty() ? QVariantList() : progress.constLast();
        return finished.constFirst().constFirst().value<ReportData>();
    }

    QString outputPath(const QString &name) const { return m_out.filePath(name); }

    bool save(const QString &name, const QByteArray &bytes)
    {
        QFile file(outputPath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QTemporaryDir m_home;
    QTemporaryDir m_out;
    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<StoreThread> m_store;
    MemorySecretStore m_secrets;
    ClusterProfile m_profile;
    QString m_behind;
    QString m_secret;
    ReportData m_data;
    QVariantList m_lastProgress;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ReportData>();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid() && m_out.isValid());
        ClusterOptions options;
        options.name = QStringLiteral("audit");
        options.extraNodeArgs.insert(
            kSkewed,
            QStringLiteral("--allow-fault-injection --clock-offset-ms %1").arg(kClockOffsetMs));
        m_cluster = std::make_unique<ClusterFixture>(options);
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));

        TestHttp http(m_cluster->lbUrl());
        http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
        const TestHeaders create{{"If-None-Match", "*"}, {"Content-Type", "application/json"}};
        // A secret no output may contain, and a description a spreadsheet would execute.
        m_secret = QStringLiteral("planted-") + QUuid::createUuid().toString(QUuid::Id128);
        const QJsonObject jdbc{
            {QStringLiteral("description"), QStringLiteral("=HYPERLINK(\"http://x\",\"a, b\")")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                         {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                         {QStringLiteral("url"),
                          QStringLiteral("jdbc:postgresql://db.example:5432/orders")},
                         {QStringLiteral("user"), QStringLiteral("app")},
                         {QStringLiteral("password"), m_secret},
                         {QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("ssl"), QStringLiteral("true")}}}}}};
        TestResponse put = http.put(QStringLiteral("/api/v1/resources/jdbc/orders-db"),
                                    QJsonDocument(jdbc).toJson(), create);
        QVERIFY2(put.status == 201, qPrintable(put.summary()));
        const QJsonObject web{
            {QStringLiteral("description"), QStringLiteral("Line one\nline two")},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("REST")},
                         {QStringLiteral("url"), QStringLiteral("https://geo.example/api")}}}};
        put = http.put(QStringLiteral("/api/v1/resources/webservice/geo"),
                       QJsonDocument(web).toJson(), create);
        QVERIFY2(put.status == 201, qPrintable(put.summary()));

        // One replica falls behind: replication paused, then another write.
        for (const QString &id : m_cluster->nodeIds()) {
            if (id != m_cluster->primaryId() && id != kSkewed)
                m_behind = id;
        }
        QVERIFY(!m_behind.isEmpty());
        QVERIFY2(
            m_cluster->setFaults(m_behind, {{QStringLiteral("replicationPaused"), true}}, &error),
            qPrintable(error));
        const QJsonObject fileserver{
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("protocol"), QStringLiteral("local")},
                         {QStringLiteral("rootPath"), QStringLiteral("/srv/data")}}}};
        put = http.put(QStringLiteral("/api/v1/resources/fileserver/drop"),
                       QJsonDocument(fileserver).toJson(), create);
        QVERIFY2(put.status == 201, qPrintable(put.summary()));

        // History: a real monitor polls into the store for a few cycles.
        m_store = std::make_unique<StoreThread>();
        QString openError = QStringLiteral("pending");
        m_store->open(m_home.filePath(QStringLiteral("store")), this,
                      [&openError](const QString &result) { openError = result; });
        QTRY_VERIFY_WITH_TIMEOUT(openError != QLatin1String("pending"), 10000);
        QVERIFY2(openError.isEmpty(), qPrintable(openError));
        m_profile = ClusterProfile::create(QStringLiteral("Audit cluster"), m_cluster->lbUrl());
        m_profile.haproxyStatsUrl = m_cluster->statsUrl();
        m_profile.userName = m_cluster->adminUser();
        m_profile.pollIntervalMs = 1000;
        bool added = false;
        m_store->addProfile(m_profile, this,
                            [&added](const StoreWriteResult &result) { added = result.ok; });
        QTRY_VERIFY(added);
        bool written = false;
        m_secrets.writeSecret(m_profile.id, m_cluster->adminPassword(), this,
                              [&written](const SecretResult &result) { written = result.ok(); });
        QTRY_VERIFY(written);
        {
            ClusterMonitor monitor(m_profile, m_store.get());
            monitor.setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
            QSignalSpy snapshots(&monitor, &ClusterMonitor::snapshotReady);
            monitor.start();
            QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 3, 60000);
            monitor.stop();
        }

        m_data = collect({ReportTarget{m_profile, {}, std::nullopt, std::nullopt}}, false);
        QCOMPARE(m_data.clusters.size(), 1);
    }

    void gathersEverything()
    {
        const ClusterReport &cluster = m_data.clusters.constFirst();
        QVERIFY2(cluster.isReachable(), qPrintable(cluster.snapshot.error()));
        QVERIFY2(cluster.problems.isEmpty(), qPrintable(cluster.problems.join(u'\n')));
        QVERIFY(m_data.isComplete());
        QCOMPARE(cluster.snapshot.clusterName(), QStringLiteral("audit"));
        QCOMPARE(cluster.profileName, QStringLiteral("Audit cluster"));
        QCOMPARE(cluster.snapshot.nodes().size(), 3);
        QVERIFY(m_data.generatedAt.isValid());
        QCOMPARE(m_lastProgress.value(0).toInt(), 1);
        // The store's history: every node, with clock offsets (node-2's around +800 ms).
        QVERIFY(cluster.historyKnown);
        QCOMPARE(cluster.history.size(), 3);
        const QList<NodeSample> skewed = cluster.history.value(kSkewed);
        QVERIFY(skewed.size() >= 3);
        QVERIFY(skewed.constLast().offsetMs.has_value());
        QVERIFY(std::abs(*skewed.constLast().offsetMs - kClockOffsetMs) < 200);
        // Configuration: the three writes, newest first; license and dataflows read.
        QVERIFY(cluster.changesKnown);
        QVERIFY(cluster.changes.size() >= 3);
        QCOMPARE(cluster.changes.constFirst().name, QStringLiteral("drop"));
        QVERIFY(cluster.license.known);
        QVERIFY(!cluster.license.license.licensee.isEmpty());
        QVERIFY(cluster.dataflows.known);
        // Resources: every one, the password only as "set".
        QVERIFY(cluster.resourcesKnown);
        QCOMPARE(cluster.resources.size(), 3);
        const ReportResource jdbc = cluster.resources.at(1);
        QCOMPARE(jdbc.name(), QStringLiteral("orders-db"));
        QVERIFY(!jdbc.publicSpec().contains(QStringLiteral("password")));
        QCOMPARE(jdbc.secretsSet().value(QStringLiteral("password")), true);
        QCOMPARE(cluster.resources.at(2).secretsSet().value(QStringLiteral("secret"), true), false);
    }

    void findingsNameTheSkewAndTheLag()
    {
        const QList<Finding> findings = m_data.clusters.constFirst().snapshot.findings();
        bool clock = false;
        bool behind = false;
        for (const Finding &finding : findings) {
            clock |= finding.code == QLatin1String("clock.offset") && finding.nodeId == kSkewed &&
                     finding.severity == Severity::Critical && !finding.action.isEmpty();
            behind |=
                finding.code.startsWith(QLatin1String("config.")) && finding.nodeId == m_behind;
        }
        QVERIFY(clock);
        QVERIFY(behind);
        QCOMPARE(m_data.clusters.constFirst().configAgreementKey(), QStringLiteral("disagree"));
    }

    void jsonValidatesAndCarriesTheFindings()
    {
        QVERIFY(save(QStringLiteral("report.json"), JsonReportWriter::write(m_data)));
        const QString schema = QStringLiteral(CLUSTERDESK_SOURCE_DIR "/docs/report-schema.json");
        // python3-jsonschema (scripts/deps.txt): the schema itself is checked, then the report.
        int exitCode = -1;
        const QString output =
            runTool(QStringLiteral("/usr/bin/python3") /* Debian python3-jsonschema */,
                    {QStringLiteral("-c"),
                     QStringLiteral("import json, sys, jsonschema\n"
                                    "schema = json.load(open(sys.argv[1]))\n"
                                    "jsonschema.Draft202012Validator.check_schema(schema)\n"
                                    "jsonschema.Draft202012Validator(schema).validate("
                                    "json.load(open(sys.argv[2])))\n"),
                     schema, outputPath(QStringLiteral("report.json"))},
                    &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));

        QFile file(outputPath(QStringLiteral("report.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(QStringLiteral("schema")).toInt(), 1);
        const QJsonObject cluster =
            report.value(QStringLiteral("clusters")).toArray().first().toObject();
        bool clock = false;
        for (const QJsonValue &value : cluster.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            clock |=
                finding.value(QStringLiteral("code")).toString() == QLatin1String("clock.offset") &&
                finding.value(QStringLiteral("nodeId")).toString() == kSkewed &&
                !finding.value(QStringLiteral("action")).toString().isEmpty();
        }
        QVERIFY(clock);
        const QJsonArray resources = cluster.value(QStringLiteral("resources")).toArray();
        QCOMPARE(resources.at(1)
                     .toObject()
                     .value(QStringLiteral("secrets"))
                     .toObject()
                     .value(QStringLiteral("password"))
                     .toString(),
                 QStringLiteral("set"));
        // The validator really checks: a report without findings is refused.
        QJsonObject broken = report;
        QJsonArray clusters = broken.value(QStringLiteral("clusters")).toArray();
        QJsonObject first = clusters.first().toObject();
        first.remove(QStringLiteral("findings"));
        clusters.replace(0, first);
        broken.insert(QStringLiteral("clusters"), clusters);
        QVERIFY(save(QStringLiteral("broken.json"), QJsonDocument(broken).toJson()));
        runTool(QStringLiteral("/usr/bin/python3") /* Debian python3-jsonschema */,
                {QStringLiteral("-c"),
                 QStringLiteral("import json, sys, jsonschema\n"
                                "jsonschema.validate(json.load(open(sys.argv[2])), "
                                "json.load(open(sys.argv[1])))\n"),
                 schema, outputPath(QStringLiteral("broken.json"))},
                &exitCode);
        QVERIFY(exitCode != 0);
        QFile::remove(outputPath(QStringLiteral("broken.json")));
    }

    void csvParsesBackToTheSameRows()
    {
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(m_out.path());
        QVERIFY(save(QFileInfo(paths.nodes).fileName(), CsvReportWriter::nodes(m_data)));
        QVERIFY(save(QFileInfo(paths.resources).fileName(), CsvReportWriter::resources(m_data)));
        for (const bool nodes : {true, false}) {
            QFile file(nodes ? paths.nodes : paths.resources);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString error;
            const auto records = Rfc4180::parse(QString::fromUtf8(file.readAll()), &error);
            QVERIFY2(records, qPrintable(error));
            const QStringList headers =
                nodes ? CsvReportWriter::nodeHeaders() : CsvReportWriter::resourceHeaders();
            const QList<QStringList> rows =
                nodes ? CsvReportWriter::nodeRows(m_data) : CsvReportWriter::resourceRows(m_data);
            QCOMPARE(records->size(), rows.size() + 1);
            QCOMPARE(records->constFirst(), headers);
            for (int i = 0; i < rows.size(); ++i) {
                QStringList expected = rows.at(i);
                // Formula-like cells come back with the apostrophe that neutralised them.
                for (QString &cell : expected) {
                    if (CsvReportWriter::field(cell).startsWith(u'\'') ||
                        CsvReportWriter::field(cell).startsWith(QLatin1String("\"'")))
                        cell.prepend(u'\'');
                }
                QCOMPARE(records->at(i + 1), expected);
            }
            if (!nodes) {
                const QStringList jdbc = records->at(2);
                QCOMPARE(jdbc.at(2), QStringLiteral("orders-db"));
                QCOMPARE(jdbc.at(3), QStringLiteral("'=HYPERLINK(\"http://x\",\"a, b\")"));
                QVERIFY(jdbc.contains(QStringLiteral("password=set")));
                QCOMPARE(records->at(3).at(3), QStringLiteral("Line one\nline two"));
            } else {
                const int offsetColumn = headers.indexOf(QStringLiteral("offset_vs_median_ms"));
                bool skewed = false;
                for (const QStringList &record : records->mid(1))
                    skewed |= record.at(2) == kSkewed && record.at(offsetColumn).toDouble() > 500;
                QVERIFY(skewed);
            }
        }
    }

    void htmlHasTablesAndCharts()
    {
        const QString html = HtmlReportWriter::write(m_data);
        QVERIFY(save(QStringLiteral("report.html"), html.toUtf8()));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<svg")));
        QVERIFY(html.count(QLatin1String("<polyline")) >= 3);
        QVERIFY(html.count(QLatin1String("<table")) >= 5);
        QVERIFY(!html.contains(QLatin1String("<img"))); // self-contained: nothing to fetch
        QVERIFY(!html.contains(QLatin1String("<link")));
        for (const QString &text :
             {QStringLiteral("Cluster report: audit"), QStringLiteral(CLUSTERDESK_VERSION),
              QStringLiteral("orders-db"), QStringLiteral("Recommended action"),
              QStringLiteral("password: set"), m_cluster->lbUrl().toDisplayString(), kSkewed})
            QVERIFY2(html.contains(text), qPrintable(text));
        QVERIFY(html.contains(
            m_data.clusters.constFirst().snapshot.findings().constFirst().text.toHtmlEscaped()));
    }

    void pdfHasPagesAndText()
    {
        const QString path = outputPath(QStringLiteral("report.pdf"));
        const PdfReportWriter::Result result =
            PdfReportWriter::write(m_data, path, PdfReportWriter::Paper::A4);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages >= 2);
        int exitCode = -1;
        const QString info = runTool(QStringLiteral("pdfinfo"), {path}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(info));
        QVERIFY2(
            info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(result.pages))),
            qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("pts (A4)")), qPrintable(info));
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")}, &exitCode);
        QCOMPARE(exitCode, 0);
        for (const QString &expected :
             {QStringLiteral("Page 1 of %1").arg(result.pages),
              QStringLiteral("Page %1 of %1").arg(result.pages), QStringLiteral("Findings"),
              QStringLiteral("Time synchronization"), QStringLiteral("External resources"),
              QStringLiteral("orders-db"), kSkewed, QStringLiteral("Recommended action")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n") + text));
        // Letter paper has Letter pages.
        const QString letter = outputPath(QStringLiteral("letter.pdf"));
        QVERIFY(PdfReportWriter::write(m_data, letter, PdfReportWriter::Paper::Letter).ok);
        QVERIFY(runTool(QStringLiteral("pdfinfo"), {letter})
                    .contains(QLatin1String("612 x 792 pts (letter)")));
        // The first page as a picture for people to review (in the build directory).
        const QString png =
            QCoreApplication::applicationDirPath() + QStringLiteral("/report-page1");
        runTool(QStringLiteral("pdftoppm"),
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                 QStringLiteral("1"), QStringLiteral("-singlefile"), path, png},
                &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY(QFileInfo::exists(png + QStringLiteral(".png")));
        QVERIFY(save(QStringLiteral("report.txt"), text.toUtf8()));
    }

    void fleetReportSaysWhatWasUnreachable()
    {
        ClusterProfile gone = ClusterProfile::create(
            QStringLiteral("Gone"),
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(FreePorts::one().value_or(1))));
        const ReportData fleet = collect(
            {ReportTarget{m_profile, {}, std::nullopt, std::nullopt},
             ReportTarget{gone, QStringLiteral("admin"), QStringLiteral("x"), std::nullopt}},
            true);
        QCOMPARE(fleet.clusters.size(), 2);
        QVERIFY(fleet.clusters.at(0).isReachable());
        QVERIFY(!fleet.clusters.at(1).isReachable());
        QVERIFY(!fleet.isComplete());
        const QString html = HtmlReportWriter::write(fleet);
        const qsizetype summary = html.indexOf(QLatin1String("Fleet summary"));
        QVERIFY(summary > 0 && summary < html.indexOf(QLatin1String("Cluster audit")));
        QVERIFY(html.contains(QLatin1String("could not be reached")));
        QVERIFY(save(QStringLiteral("fleet.html"), html.toUtf8()));
        QVERIFY(save(QStringLiteral("fleet.json"), JsonReportWriter::write(fleet)));
        const PdfReportWriter::Result pdf = PdfReportWriter::write(
            fleet, outputPath(QStringLiteral("fleet.pdf")), PdfReportWriter::Paper::Letter);
        QVERIFY(pdf.ok && pdf.pages > m_data.clusters.size());
    }

    void noOutputContainsTheSecret()
    {
        const QByteArray secret = m_secret.toUtf8();
        int files = 0;
        QDirIterator it(m_out.path(), QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY2(files >= 9, qPrintable(QString::number(files))); // every format was written
        // The PDF's text (its streams are compressed), and the preview document.
        const QString text =
            runTool(QStringLiteral("pdftotext"),
                    {outputPath(QStringLiteral("report.pdf")), QStringLiteral("-")});
        QVERIFY(!text.contains(m_secret));
        QVERIFY(!PdfReportWriter::document(m_data)->toPlainText().contains(m_secret));
    }

    // Cancel on a fleet report: the cluster being read stops talking (its connection closes),
    // and the clusters after it are never asked.
    void cancelStopsTheRemainingRequests()
    {
        std::vector<std::unique_ptr<HostileHttpServer>> servers;
        QList<ReportTarget> targets;
        for (int i = 0; i < 3; ++i) {
            auto server = std::make_unique<HostileHttpServer>();
            QVERIFY(server->start());
            server->setMode(HostileHttpServer::Mode::NeverAnswers);
            ClusterProfile profile =
                ClusterProfile::create(QStringLiteral("silent-%1").arg(i), server->url());
            profile.userName = QStringLiteral("admin");
            targets << ReportTarget{profile, {}, QStringLiteral("pw"), std::nullopt};
            servers.push_back(std::move(server));
        }
        ReportCollector collector;
        collector.setRequestTimeout(std::chrono::minutes(1));
        QSignalSpy progress(&collector, &ReportCollector::progress);
        QSignalSpy cancelled(&collector, &ReportCollector::cancelled);
        QSignalSpy finished(&collector, &ReportCollector::finished);
        collector.start(
            targets,
            ReportPeriod::last(std::chrono::hours(24), QDateTime::currentMSecsSinceEpoch()), true);
        QTRY_VERIFY(servers[0]->requestCount() >= 1);
        QTRY_VERIFY(servers[0]->openConnections() >= 1);
        collector.cancel();
        QVERIFY(!collector.isRunning());
        QVERIFY(cancelled.wait(5000));
        QTRY_COMPARE(servers[0]->openConnections(), 0);
        const int asked = servers[0]->requestCount();
        QCOMPARE(finished.size(), 0);
        // Nothing more comes. The barrier is the next report through the same collector: work
        // the cancelled one left queued would run before it, and it takes real round trips.
        collector.start(
            {ReportTarget{m_profile, {}, std::nullopt, std::nullopt}},
            ReportPeriod::last(std::chrono::hours(24), QDateTime::currentMSecsSinceEpoch()), false);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(servers[0]->requestCount(), asked);
        QCOMPARE(servers[1]->requestCount(), 0);
        QCOMPARE(servers[2]->requestCount(), 0);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_cluster.reset();
    }
};

QTEST_MAIN(tst_ReportCollector)
#include "tst_ReportCollector.moc"
