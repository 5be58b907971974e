// StatusFormatter: exit codes from reachability and the worst finding, the node table's cells
// for known and unknown values, the fixed-width layout, findings worst first, and the JSON form.
#include "StatusFormatter.h"

#include <QJsonArray>
#include <QTest>

namespace {

NodeSnapshot makeNode(const QString &id, const QString &role = QStringLiteral("replica"))
{
    const auto parsed =
        NodeSnapshot::fromNodeJson(QJsonObject{{"id", id},
                                               {"name", id},
                                               {"url", "http://127.0.0.1:9101"},
                                               {"role", role},
                                               {"serverVersion", "4.2.0"},
                                               {"config", QJsonObject{{"schemaVersion", 1},
                                                                      {"revision", 42},
                                                                      {"lag", 0},
                                                                      {"syncState", "in-sync"}}}},
                                   nullptr);
    Q_ASSERT(parsed);
    return *parsed;
}

NodeSnapshot::Clock measuredClock(double offsetMs, double errorMs, double vsMedianMs)
{
    NodeSnapshot::Clock clock;
    clock.measured = true;
    clock.offsetMs = offsetMs;
    clock.errorMs = errorMs;
    clock.offsetVsMedianMs = vsMedianMs;
    return clock;
}

Finding finding(Severity severity, const QString &code, const QString &nodeId = {},
                const QString &action = {})
{
    Finding f;
    f.severity = severity;
    f.category = Finding::Category::Clock;
    f.code = code;
    f.nodeId = nodeId;
    f.text = QStringLiteral("text of %1").arg(code);
    f.action = action;
    return f;
}

ClusterSnapshot reachable(const QList<Finding> &findings)
{
    return ClusterSnapshot()
        .withCluster(QStringLiteral("c0ffee"), QStringLiteral("demo"))
        .withReachable(true)
        .withPrimaryId(QStringLiteral("node-1"))
        .withNodes({makeNode(QStringLiteral("node-1"), QStringLiteral("primary"))
                        .withHealth(NodeHealth::Up, 0)})
        .withFindings(findings);
}

using SF = StatusFormatter;

} // namespace

class tst_StatusFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCode_data()
    {
        QTest::addColumn<ClusterSnapshot>("snapshot");
        QTest::addColumn<int>("expected");
        const Finding info = finding(Severity::Info, QStringLiteral("license.known"));
        const Finding warning = finding(Severity::Warning, QStringLiteral("clock.offset"));
        const Finding critical = finding(Severity::Critical, QStringLiteral("config.diverged"));
        QTest::newRow("no findings") << reachable({}) << 0;
        QTest::newRow("ok finding") << reachable({finding(Severity::Ok, QStringLiteral("x"))}) << 0;
        QTest::newRow("info only") << reachable({info}) << 0;
        QTest::newRow("warning") << reachable({info, warning}) << 1;
        QTest::newRow("critical and warning") << reachable({warning, critical, info}) << 2;
        QTest::newRow("unreachable")
            << ClusterSnapshot().withReachable(false, QStringLiteral("refused")) << 3;
        QTest::newRow("unreachable beats critical")
            << reachable({critical}).withReachable(false, QStringLiteral("refused")) << 3;
    }
    void exitCode()
    {
        QFETCH(ClusterSnapshot, snapshot);
        QFETCH(int, expected);
        QCOMPARE(StatusFormatter::exitCode(snapshot), expected);
        QCOMPARE(StatusFormatter::json(snapshot).value(QStringLiteral("exitCode")).toInt(-1),
                 expected);
    }

    void cells_data()
    {
        QTest::addColumn<NodeSnapshot>("node");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");

        const NodeSnapshot unknown = NodeSnapshot::placeholder(
            QStringLiteral("node-9"), QString(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        QTest::newRow("unknown name is the id") << unknown << int(SF::Node) << "node-9";
        QTest::newRow("unknown role") << unknown << int(SF::Role) << "-";
        QTest::newRow("unknown health") << unknown << int(SF::Health) << "Unknown";
        QTest::newRow("unknown latency") << unknown << int(SF::Latency) << "-";
        QTest::newRow("unmeasured offset") << unknown << int(SF::Offset) << "-";
        QTest::newRow("unmeasured vs median") << unknown << int(SF::VsMedian) << "-";
        QTest::newRow("unknown revision") << unknown << int(SF::Revision) << "-";
        QTest::newRow("unknown lag") << unknown << int(SF::Lag) << "-";
        QTest::newRow("unknown sync") << unknown << int(SF::Sync) << "-";
        QTest::newRow("unknown version") << unknown << int(SF::Version) << "-";

        const NodeSnapshot node = makeNode(QStringLiteral("node-2"));
        const auto named =
            NodeSnapshot::fromNodeJson(QJsonObject{{"id", "node-3"}, {"name", "east"}}, nullptr);
        QTest::newRow("name and id") << *named << int(SF::Node) << "east (node-3)";
        QTest::newRow("primary") << makeNode(QStringLiteral("node-1"), QStringLiteral("primary"))
                                 << int(SF::Role) << "primary";
        QTest::newRow("replica") << node << int(SF::Role) << "replica";
        QTest::newRow("up") << node.withHealth(NodeHealth::Up, 0) << int(SF::Health) << "Up";
        QTest::newRow("unreachable")
            << node.withHealth(NodeHealth::Unreachable, 3) << int(SF::Health) << "Unreachable";
        QTest::newRow("latency") << node.withLatencyMs(1.25) << int(SF::Latency) << "1.3 ms";
        QTest::newRow("ahead") << node.withClock(measuredClock(800.04, 0.42, 799.5))
                               << int(SF::Offset) << "+800.0 ms ± 0.4 net";
        QTest::newRow("behind") << node.withClock(measuredClock(-12.5, 1, -3)) << int(SF::Offset)
                                << "-12.5 ms ± 1.0 net";
        QTest::newRow("zero has no sign") << node.withClock(measuredClock(-0.01, 0.2, 0))
                                          << int(SF::Offset) << "0.0 ms ± 0.2 net";
        NodeSnapshot::Clock unjudged = measuredClock(800, 0.4, 0);
        unjudged.reference.clear();
        QTest::newRow("not judged") << node.withClock(unjudged) << int(SF::VsMedian) << "-";
        NodeSnapshot::Clock synced = measuredClock(1, 0.4, 0);
        synced.ntpSynchronized = true;
        synced.maxErrorUs = 16000;
        QTest::newRow("ntp") << node.withClock(synced) << int(SF::Ntp) << "synced ±16.0 ms";
        QTest::newRow("ntp unknown") << unknown << int(SF::Ntp) << "-";
        QTest::newRow("slow") << node.withHealth(NodeHealth::Slow, 0) << int(SF::Health) << "Slow";
        QTest::newRow("vs median")
            << node.withClock(measuredClock(800, 0.4, 799.5)) << int(SF::VsMedian) << "+799.5 ms";
        QTest::newRow("revision") << node << int(SF::Revision) << "42";
        QTest::newRow("unknown checksum") << unknown << int(SF::Checksum) << "-";
        QTest::newRow("node's own lag") << node << int(SF::Lag) << "0";
        QTest::newRow("node's own sync word") << node << int(SF::Sync) << "in-sync";
        NodeSnapshot::Config behind = node.config();
        behind.agreement = ConfigAgreementState::Behind;
        behind.revisionsBehind = 5;
        QTest::newRow("lag against the primary") << node.withConfig(behind) << int(SF::Lag) << "5";
        QTest::newRow("agreement") << node.withConfig(behind) << int(SF::Sync) << "Behind";
        QTest::newRow("version and schema") << node << int(SF::Version) << "4.2.0 (schema 1)";
        NodeSnapshot::LoadBalancer lb;
        lb.state = LbState::Down;
        lb.checkStatus = QStringLiteral("L4CON");
        QTest::newRow("lb with check")
            << node.withLoadBalancer(lb) << int(SF::LoadBalancer) << "Down (L4CON)";
        QTest::newRow("lb unknown") << node << int(SF::LoadBalancer) << "Unknown";
    }
    void cells()
    {
        QFETCH(NodeSnapshot, node);
        QFETCH(int, column);
        QFETCH(QString, expected);
        const QStringList cells = StatusFormatter::cells(node);
        QCOMPARE(cells.size(), StatusFormatter::headers().size());
        QCOMPARE(cells.at(column), expected);
    }

    void layOut_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("right");
        QTest::addColumn<QString>("expected");
        QTest::newRow("headers only")
            << QStringList{"A", "BB"} << QList<QStringList>{} << QList<int>{} << "A  BB\n";
        QTest::newRow("wide cells, no trailing spaces")
            << QStringList{"NODE", "LAT"}
            << QList<QStringList>{{"node-1", "1.0 ms"}, {"n2", "12.5 ms"}} << QList<int>{}
            << "NODE    LAT\nnode-1  1.0 ms\nn2      12.5 ms\n";
        QTest::newRow("right aligned")
            << QStringList{"NODE", "LAT"}
            << QList<QStringList>{{"node-1", "1.0 ms"}, {"n2", "12.5 ms"}} << QList<int>{1}
            << "NODE        LAT\nnode-1   1.0 ms\nn2      12.5 ms\n";
        QTest::newRow("short row padded") << QStringList{"A", "B", "C"} << QList<QStringList>{{"x"}}
                                          << QList<int>{} << "A  B  C\nx\n";
        QTest::newRow("non-ASCII counts as one column")
            << QStringList{"OFFSET", "X"} << QList<QStringList>{{"+1.0 ms ± 0.5", "y"}}
            << QList<int>{} << "OFFSET         X\n+1.0 ms ± 0.5  y\n";
    }
    void layOut()
    {
        QFETCH(QStringList, headers);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, right);
        QFETCH(QString, expected);
        QCOMPARE(StatusFormatter::layOut(headers, rows, right), expected);
    }

    void tableListsNodesAndFindingsWorstFirst()
    {
        const NodeSnapshot skewed = makeNode(QStringLiteral("node-2"))
                                        .withHealth(NodeHealth::Up, 0)
                                        .withClock(measuredClock(800, 0.4, 799.5));
        const ClusterSnapshot snapshot =
            reachable({finding(Severity::Info, QStringLiteral("license.known")),
                       finding(Severity::Critical, QStringLiteral("clock.offset"),
                               QStringLiteral("node-2"), QStringLiteral("fix the clock")),
                       finding(Severity::Warning, QStringLiteral("version.skew"))})
                .withNodes({makeNode(QStringLiteral("node-1"), QStringLiteral("primary"))
                                .withHealth(NodeHealth::Up, 0),
                            skewed});
        const QString table = StatusFormatter::table(snapshot);
        const QStringList lines = table.split(QLatin1Char('\n'));
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Cluster demo: 2 nodes, 2 up")),
                 qPrintable(table));
        QCOMPARE(lines.at(1), QString());
        QVERIFY(lines.at(2).startsWith(QLatin1String("NODE    ROLE     HEALTH")));
        QVERIFY(lines.at(3).startsWith(QLatin1String("node-1  primary  Up")));
        QVERIFY(lines.at(4).startsWith(QLatin1String("node-2  replica  Up")));
        QVERIFY(lines.at(4).contains(QStringLiteral("+800.0 ms ± 0.4 net")));
        for (const QString &line : lines)
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(line));
        const qsizetype critical = table.indexOf(QLatin1String("CRITICAL  text of clock.offset"));
        const qsizetype warning = table.indexOf(QLatin1String("WARNING  text of version.skew"));
        const qsizetype info = table.indexOf(QLatin1String("INFO  text of license.known"));
        QVERIFY2(critical > 0 && warning > critical && info > warning, qPrintable(table));
        QVERIFY(table.contains(QLatin1String("[node-2] (clock.offset)\n      -> fix the clock")));
    }

    void tableWithoutFindings()
    {
        QVERIFY(StatusFormatter::table(reachable({})).endsWith(QLatin1String("\nNo findings.\n")));
    }

    void tableOfUnreachableCluster()
    {
        const QString table = StatusFormatter::table(ClusterSnapshot().withReachable(
            false, QStringLiteral("127.0.0.1 refused the connection")));
        QVERIFY2(table.startsWith(QLatin1String(
                     "Cluster (unnamed): unreachable: 127.0.0.1 refused the connection\n")),
                 qPrintable(table));
        QVERIFY(!table.contains(QLatin1String("NODE")));
    }

    void tableOfRefusedSignIn()
    {
        // The cluster answered 401: it is reachable, the credentials are not accepted.
        const ClusterSnapshot refused = ClusterSnapshot().withReachable(
            false, QStringLiteral("sign-in failed: the user name or password was rejected"),
            QStringLiteral("sign-in-failed"));
        const QString table = StatusFormatter::table(refused);
        QVERIFY2(table.startsWith(QLatin1String("Cluster (unnamed): sign-in refused: ")),
                 qPrintable(table));
        QCOMPARE(StatusFormatter::exitCode(refused), int(StatusFormatter::Unreachable));
        QCOMPARE(StatusFormatter::json(refused).value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("sign-in-failed"));
    }

    void jsonIsTheSnapshotPlusExitCode()
    {
        const ClusterSnapshot snapshot = reachable(
            {finding(Severity::Warning, QStringLiteral("clock.offset"), QStringLiteral("node-1"))});
        QJsonObject json = StatusFormatter::json(snapshot);
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 1);
        json.remove(QStringLiteral("exitCode"));
        QCOMPARE(json, snapshot.toJson());
    }

    void tableOfPlainSpectrumCluster()
    {
        ClusterCapabilities spectrum;
        spectrum.clusterdeskApi = ClusterCapabilities::State::Absent;
        spectrum.spectrumTokens = ClusterCapabilities::State::Available;
        spectrum.restCatalogue = ClusterCapabilities::State::Available;
        spectrum.soapCatalogue = ClusterCapabilities::State::Absent;
        spectrum.checkedAtMs = 1;
        ExposedService geo;
        geo.name = QStringLiteral("GeocodeUS");
        geo.nodes = QStringList{"n1", "n3"};
        geo.missingOn = QStringList{"n2"};
        ExposedService address;
        address.name = QStringLiteral("ValidateAddress");
        address.nodes = QStringList{"n1", "n2", "n3"};
        const NodeSnapshot node = NodeSnapshot::placeholder("n1", "n1", {})
                                      .withHealth(NodeHealth::Up, 0)
                                      .withLatencyMs(3.5)
                                      .withClock(measuredClock(803, 18, 801));
        const ClusterSnapshot snapshot = ClusterSnapshot()
                                             .withCluster(QString(), QStringLiteral("Spectrum"))
                                             .withReachable(true)
                                             .withNodes({node})
                                             .withCapabilities(spectrum)
                                             .withServices({geo, address});
        const QString text = StatusFormatter::table(snapshot);
        QVERIFY2(text.contains(QLatin1String("A plain Spectrum cluster")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("does not publish node versions")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("estimated from HTTP Date headers")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("does not publish its external resource")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Services: 2 REST, 0 SOAP; 1 not the same")),
                 qPrintable(text));
        // Only the columns such a cluster can fill.
        QVERIFY2(!text.contains(QLatin1String("REVISION")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("VERSION")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("LATENCY")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("+803")), qPrintable(text));
        // Nothing absent is an error.
        QCOMPARE(StatusFormatter::exitCode(snapshot), int(StatusFormatter::Healthy));
    }
};

QTEST_GUILESS_MAIN(tst_StatusFormatter)
#include "tst_StatusFormatter.moc"
