// Findings in words: version skew, restart order, license, health, sorting and the composed
// Assessment::assess() over a whole cluster snapshot.
#include "ClockAssessment.h"
#include "ClusterSnapshot.h"
#include "ConfigAgreement.h"
#include "Finding.h"
#include "HaproxyStats.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace {

constexpr qint64 nowMs = 1795759403123; // 2026-11-27T06:03:23.123Z

NodeSnapshot versionNode(const QString &id, const QString &server, std::optional<int> schema)
{
    QJsonObject json{{"id", id}, {"serverVersion", server}};
    if (schema)
        json.insert("config", QJsonObject{{"schemaVersion", *schema}});
    return *NodeSnapshot::fromNodeJson(json, nullptr);
}

NodeSnapshot down(const QString &id, qint64 lastSeenMs = 0)
{
    return NodeSnapshot::placeholder(id, id, QUrl())
        .withHealth(NodeHealth::Unreachable, 2)
        .withLastSeenMs(lastSeenMs);
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
}

} // namespace

class tst_Finding final : public QObject
{
    Q_OBJECT

private slots:
    void durationText_data();
    void durationText();
    void versionSkew();
    void versionSkewTieAndUnknown();
    void restartOrder();
    void restartOrderOnlyWhenAllDown();
    void license_data();
    void license();
    void healthFindings();
    void slowNode();
    void latencyOutlier_data();
    void latencyOutlier();
    void unreachableSaysWhy_data();
    void unreachableSaysWhy();
    void sortWorstFirst();
    void jsonRoundTrip();
    void jsonRejects_data();
    void jsonRejects();
    void assessWholeCluster();
    void assessHealthyClusterIsQuiet();
};

void tst_Finding::durationText_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << qint64(-5) << "0 seconds";
    QTest::newRow("1 s") << qint64(1) << "1 second";
    QTest::newRow("59 s") << qint64(59) << "59 seconds";
    QTest::newRow("1 min") << qint64(60) << "1 minute";
    QTest::newRow("5 min") << qint64(330) << "5 minutes";
    QTest::newRow("1 h") << qint64(3600) << "1 hour";
    QTest::newRow("23 h") << qint64(86399) << "23 hours";
    QTest::newRow("1 d") << qint64(86400) << "1 day";
    QTest::newRow("12 d") << qint64(12 * 86400 + 5) << "12 days";
}

void tst_Finding::durationText()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Finding::durationText(seconds), text);
}

void tst_Finding::versionSkew()
{
    const QList<Finding> findings = Assessment::versionSkewFindings(
        {versionNode("node-1", "4.2", 1), versionNode("node-2", "4.1", 1),
         versionNode("node-3", "4.2", 2), versionNode("node-4", "4.2", 1)});
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("node-2"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).code, QStringLiteral("version.server"));
    QCOMPARE(findings.at(0).text,
             QStringLiteral("node-2 runs server 4.1 while the others run 4.2"));
    QCOMPARE(findings.at(1).nodeId, QStringLiteral("node-3"));
    QCOMPARE(findings.at(1).severity, Severity::Critical);
    QCOMPARE(findings.at(1).code, QStringLiteral("version.schema"));
    QCOMPARE(findings.at(1).text,
             QStringLiteral("node-3 uses configuration schema 2 while the others use 1"));
    QVERIFY(Assessment::versionSkewFindings(
                {versionNode("a", "4.2.0", 1), versionNode("b", "4.2.0", 1)})
                .isEmpty());
}

void tst_Finding::versionSkewTieAndUnknown()
{
    // Two against two: the newer release is the reference, the older nodes are flagged.
    QList<Finding> findings = Assessment::versionSkewFindings(
        {versionNode("a", "4.10.0", std::nullopt), versionNode("b", "4.9.0", std::nullopt),
         versionNode("c", "4.10.0", std::nullopt), versionNode("d", "4.9.0", std::nullopt)});
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("b"));
    QCOMPARE(findings.at(1).nodeId, QStringLiteral("d"));
    // A node that did not say its version is not "different".
    findings = Assessment::versionSkewFindings({versionNode("a", "4.2", 1),
                                                versionNode("b", "", std::nullopt),
                                                versionNode("c", "4.2", 1)});
    QVERIFY(findings.isEmpty());
}

void tst_Finding::restartOrder()
{
    const qint64 t = nowMs - 3600000;
    const QList<NodeSnapshot> nodes{down("node-1", t), down("node-2", t + 20000),
                                    down("node-3", t + 5000)};
    // From the store: node-2 was last seen up 20 s after node-1.
    auto finding = Assessment::restartOrderFinding(nodes, {});
    QVERIFY(finding);
    QCOMPARE(finding->severity, Severity::Critical);
    QCOMPARE(finding->category, Finding::Category::Cluster);
    QCOMPARE(finding->nodeId, QStringLiteral("node-2"));
    QCOMPARE(finding->text, QStringLiteral("The whole cluster is down: start node-2 first (it "
                                           "stopped last, at %1)")
                                .arg(localTime(t + 20000)));
    QCOMPARE(finding->action, QStringLiteral("Start node-2 first, wait until it is up, then "
                                             "start the other nodes."));

    // The store's record wins over what the snapshots remember.
    finding = Assessment::restartOrderFinding(nodes, {{"node-3", t + 90000}});
    QCOMPARE(finding->nodeId, QStringLiteral("node-3"));

    // Never seen up: say so instead of guessing.
    finding = Assessment::restartOrderFinding({down("node-1"), down("node-2")}, {});
    QVERIFY(finding);
    QVERIFY(finding->nodeId.isEmpty());
    QVERIFY(finding->text.contains("never saw which node stopped last"));
}

void tst_Finding::restartOrderOnlyWhenAllDown()
{
    const QList<NodeSnapshot> nodes{
        down("node-1", 5),
        NodeSnapshot::placeholder("node-2", "node-2", QUrl()).withHealth(NodeHealth::Up, 0),
        down("node-3", 9)};
    QVERIFY(!Assessment::restartOrderFinding(nodes, {}));
    QVERIFY(!Assessment::restartOrderFinding({}, {}));
    // A node missed once is not yet counted as down.
    QVERIFY(!Assessment::restartOrderFinding(
        {down("node-1", 5),
         NodeSnapshot::placeholder("node-2", "node-2", QUrl()).withHealth(NodeHealth::Up, 1)},
        {}));
}

void tst_Finding::license_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("found");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("text");

    const QDate today(2026, 11, 27);
    QTest::newRow("far away") << today.addDays(200) << false << Severity::Ok << QString();
    QTest::newRow("31 days") << today.addDays(31) << false << Severity::Ok << QString();
    QTest::newRow("30 days") << today.addDays(30) << true << Severity::Warning
                             << "The license expires in 30 days";
    QTest::newRow("12 days") << today.addDays(12) << true << Severity::Warning
                             << "The license expires in 12 days";
    QTest::newRow("7 days") << today.addDays(7) << true << Severity::Critical
                            << "The license expires in 7 days";
    QTest::newRow("tomorrow") << today.addDays(1) << true << Severity::Critical
                              << "The license expires tomorrow";
    QTest::newRow("today") << today << true << Severity::Critical << "The license expires today";
    QTest::newRow("expired") << today.addDays(-3) << true << Severity::Critical
                             << "The license expired on 2026-11-24";
    QTest::newRow("no date") << QDate() << false << Severity::Ok << QString();
}

void tst_Finding::license()
{
    QFETCH(QDate, expires);
    QFETCH(bool, found);
    QFETCH(Severity, severity);
    QFETCH(QString, text);
    const auto finding = Assessment::licenseFinding(expires, nowMs, AssessmentThresholds());
    QCOMPARE(finding.has_value(), found);
    if (!found)
        return;
    QCOMPARE(finding->severity, severity);
    QCOMPARE(finding->category, Finding::Category::License);
    QCOMPARE(finding->text, text);
    QVERIFY(!finding->action.isEmpty());
}

void tst_Finding::healthFindings()
{
    const NodeSnapshot base = NodeSnapshot::placeholder("node-1", "node-1", QUrl());
    const QList<Finding> findings = Assessment::healthFindings(
        {base.withHealth(NodeHealth::Up, 0), base.withHealth(NodeHealth::Up, 1),
         base.withHealth(NodeHealth::Degraded, 0),
         down("node-4").withHealth(NodeHealth::Unreachable, 3)});
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).code, QStringLiteral("health.missed-poll"));
    QCOMPARE(findings.at(0).severity, Severity::Info);
    QCOMPARE(findings.at(0).text, QStringLiteral("node-1 missed the last poll"));
    QCOMPARE(findings.at(1).code, QStringLiteral("health.degraded"));
    QCOMPARE(findings.at(1).severity, Severity::Warning);
    QCOMPARE(findings.at(2).code, QStringLiteral("health.unreachable"));
    QCOMPARE(findings.at(2).severity, Severity::Critical);
    QCOMPARE(findings.at(2).text,
             QStringLiteral("node-4 does not answer (3 polls missed in a row)"));
}

void tst_Finding::slowNode()
{
    const NodeSnapshot slow = NodeSnapshot::placeholder("node-3", "node-3", QUrl())
                                  .withHealth(NodeHealth::Slow, 0)
                                  .withLatencyMs(2000.4);
    const QList<Finding> findings = Assessment::healthFindings({slow});
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).code, QStringLiteral("health.slow"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).text, QStringLiteral("node-3 is slow: it answered after 2000 ms"));
    // With the deadline it missed, as the poll reports it.
    const QList<Finding> named = Assessment::healthFindings(
        {slow.withLatencyMs(3012.2).withError(QStringLiteral("no answer within 2000 ms"))});
    QCOMPARE(named.at(0).text, QStringLiteral("node-3 is slow: no answer within 2000 ms (it "
                                              "answered after 3012 ms)"));
    // A slow node is counted as slow, not up and not unreachable.
    const ClusterSnapshot::Counts counts = ClusterSnapshot().withNodes({slow}).counts();
    QCOMPARE(counts.slow, 1);
    QCOMPARE(counts.up, 0);
    QCOMPARE(counts.unreachable, 0);
}

void tst_Finding::latencyOutlier_data()
{
    QTest::addColumn<QList<double>>("latencies");
    QTest::addColumn<QStringList>("flagged");

    QTest::newRow("one far out") << QList<double>{4, 5, 3012} << QStringList{"node-3"};
    QTest::newRow("far out of two") << QList<double>{6, 900} << QStringList{"node-2"};
    QTest::newRow("ten times but fast") << QList<double>{4, 5, 450} << QStringList{};
    QTest::newRow("slow but all alike") << QList<double>{700, 800, 900} << QStringList{};
    QTest::newRow("just under ten times") << QList<double>{60, 60, 599} << QStringList{};
    QTest::newRow("alone") << QList<double>{5000} << QStringList{};
}

void tst_Finding::latencyOutlier()
{
    QFETCH(QList<double>, latencies);
    QFETCH(QStringList, flagged);
    QList<NodeSnapshot> nodes;
    for (int i = 0; i < latencies.size(); ++i) {
        const QString id = QStringLiteral("node-%1").arg(i + 1);
        nodes.append(NodeSnapshot::placeholder(id, id, QUrl())
                         .withHealth(NodeHealth::Up, 0)
                         .withLatencyMs(latencies.at(i)));
    }
    QStringList found;
    for (const Finding &finding : Assessment::latencyOutlierFindings(nodes)) {
        QCOMPARE(finding.code, QStringLiteral("health.latency-outlier"));
        QCOMPARE(finding.severity, Severity::Warning);
        found << finding.nodeId;
    }
    QCOMPARE(found, flagged);
}

void tst_Finding::unreachableSaysWhy_data()
{
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("blamesNetwork");

    QTest::newRow("401") << "sign-in-failed"
                         << "cluster.sign-in-failed" << false;
    QTest::newRow("403") << "forbidden"
                         << "cluster.sign-in-failed" << false;
    QTest::newRow("refused") << "cannot-connect"
                             << "cluster.cannot-connect" << true;
    QTest::newRow("timeout") << "timeout"
                             << "cluster.unreachable" << true;
    QTest::newRow("tls") << "tls"
                         << "cluster.unreachable" << true;
}

void tst_Finding::unreachableSaysWhy()
{
    QFETCH(QString, errorCode);
    QFETCH(QString, code);
    QFETCH(bool, blamesNetwork);
    const ClusterSnapshot snapshot =
        ClusterSnapshot().withReachable(false, QStringLiteral("why"), errorCode);
    QCOMPARE(snapshot.errorCode(), errorCode);
    const Finding finding = Assessment::unreachableFinding(snapshot);
    QCOMPARE(finding.code, code);
    QCOMPARE(finding.severity, Severity::Critical);
    QCOMPARE(finding.action.contains(QLatin1String("network")), blamesNetwork);
    // Kept through the store's JSON.
    const auto back = ClusterSnapshot::fromJson(snapshot.toJson(), nullptr);
    QVERIFY(back);
    QCOMPARE(back->errorCode(), errorCode);
}

void tst_Finding::sortWorstFirst()
{
    auto make = [](Severity severity, Finding::Category category, const QString &node) {
        Finding finding;
        finding.severity = severity;
        finding.category = category;
        finding.nodeId = node;
        return finding;
    };
    QList<Finding> findings{make(Severity::Info, Finding::Category::Config, "b"),
                            make(Severity::Critical, Finding::Category::Clock, "c"),
                            make(Severity::Warning, Finding::Category::Version, "a"),
                            make(Severity::Critical, Finding::Category::Health, "z"),
                            make(Severity::Warning, Finding::Category::Version, "0")};
    Finding::sortWorstFirst(findings);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("z")); // Health before Clock
    QCOMPARE(findings.at(1).nodeId, QStringLiteral("c"));
    QCOMPARE(findings.at(2).nodeId, QStringLiteral("0"));
    QCOMPARE(findings.at(3).nodeId, QStringLiteral("a"));
    QCOMPARE(findings.at(4).nodeId, QStringLiteral("b"));
    QCOMPARE(Finding::worstOf(findings), Severity::Critical);
    QCOMPARE(Finding::worstOf({}), Severity::Ok);
}

void tst_Finding::jsonRoundTrip()
{
    Finding finding;
    finding.severity = Severity::Warning;
    finding.category = Finding::Category::LoadBalancer;
    finding.code = "lb.down-but-answers";
    finding.nodeId = "node-2";
    finding.text = "node-2 answers but HAProxy marks it DOWN";
    finding.action = "Check HAProxy's health check of node-2.";
    QString error;
    const auto back = Finding::fromJson(finding.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, finding);
    QCOMPARE(finding.toJson().value("category").toString(), QStringLiteral("load-balancer"));
    QCOMPARE(finding.toJson().value("severity").toString(), QStringLiteral("warning"));
}

void tst_Finding::jsonRejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("bad severity") << QJsonObject{{"severity", "dire"}, {"category", "clock"}}
                                  << "'finding.severity' has an unknown value 'dire'";
    QTest::newRow("bad category") << QJsonObject{{"severity", "info"}, {"category", "weather"}}
                                  << "'finding.category' has an unknown value 'weather'";
    QTest::newRow("text number") << QJsonObject{{"severity", "info"},
                                                {"category", "clock"},
                                                {"text", 5}}
                                 << "'finding.text' should be a string";
}

void tst_Finding::jsonRejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!Finding::fromJson(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void tst_Finding::assessWholeCluster()
{
    // node-3's clock is off, node-2 is behind for 5 minutes and older, HAProxy has node-2 DOWN
    // although it answers, and the license runs out in 12 days.
    auto node = [](const QString &id, const QString &role, double offsetMs, qint64 revision,
                   const QString &version) {
        const auto parsed = NodeSnapshot::fromNodeJson(
            QJsonObject{{"id", id},
                        {"role", role},
                        {"serverVersion", version},
                        {"config", QJsonObject{{"revision", double(revision)},
                                               {"checksum", QString::number(revision)},
                                               {"schemaVersion", 1}}},
                        {"clock", QJsonObject{{"synchronized", true}}}},
            nullptr);
        const qint64 offsetUs = qint64(offsetMs * 1000);
        return ClockAssessment::withSample(parsed->withHealth(NodeHealth::Up, 0),
                                           ClockSample(0, offsetUs + 500, offsetUs + 500, 1000));
    };
    QList<NodeSnapshot> nodes{node("node-1", "primary", 3, 42, "4.2"),
                              node("node-2", "replica", 5, 28, "4.1"),
                              node("node-3", "replica", 825, 42, "4.2")};
    nodes = ClockAssessment().apply(nodes);
    ConfigAgreementTracker tracker;
    tracker.apply(nodes, "node-1", nowMs - 300000);
    nodes = tracker.apply(nodes, "node-1", nowMs - 1000);
    nodes = HaproxyStats::parse("# pxname,svname,status,check_status\n"
                                "be,node-1,UP,L7OK\nbe,node-2,DOWN,L7STS\nbe,node-3,UP,L7OK\n",
                                nullptr)
                ->apply(nodes);
    ClusterSnapshot::License license;
    license.known = true;
    license.licensee = "Example Corp";
    license.expires = QDate(2026, 12, 9);
    const ClusterSnapshot snapshot =
        ClusterSnapshot().withReachable(true).withPrimaryId("node-1").withNodes(nodes).withLicense(
            license);

    AssessmentThresholds thresholds;
    const QList<Finding> findings = Assessment::assess(snapshot, thresholds, nowMs);
    QStringList lines;
    for (const Finding &finding : findings)
        lines << severityKey(finding.severity) + ' ' + finding.code + ' ' + finding.nodeId;
    QCOMPARE(lines, QStringList({"critical clock.offset node-3", "warning config.stalled node-2",
                                 "warning version.server node-2",
                                 "warning lb.down-but-answers node-2", "warning license.expiry "}));
    QCOMPARE(findings.at(0).text.left(55),
             QStringLiteral("node-3's clock is 820 ms ahead of the cluster median (±"));
    QCOMPARE(findings.at(0).action, QStringLiteral("Check the time service (NTP) on node-3."));
    QCOMPARE(findings.at(2).text,
             QStringLiteral("node-2 runs server 4.1 while the others run 4.2"));
    QCOMPARE(findings.at(4).text, QStringLiteral("The license expires in 12 days"));

    const ClusterSnapshot assessed = snapshot.assessed(thresholds, nowMs);
    QCOMPARE(assessed.findings(), findings);
    QCOMPARE(assessed.worstSeverity(), Severity::Critical);
}

void tst_Finding::assessHealthyClusterIsQuiet()
{
    const NodeSnapshot up =
        NodeSnapshot::placeholder("node-1", "node-1", QUrl()).withHealth(NodeHealth::Up, 0);
    ClusterSnapshot snapshot = ClusterSnapshot().withReachable(true).withNodes({up});
    QVERIFY(Assessment::assess(snapshot, {}, nowMs).isEmpty());
    // Unreachable through the load balancer while nothing is known about the nodes.
    snapshot = ClusterSnapshot().withReachable(false, "connection refused");
    const QList<Finding> findings = Assessment::assess(snapshot, {}, nowMs);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).code, QStringLiteral("cluster.unreachable"));
    QCOMPARE(findings.at(0).text,
             QStringLiteral("Clusterdesk cannot reach the cluster: connection refused"));
}

QTEST_GUILESS_MAIN(tst_Finding)
#include "tst_Finding.moc"
