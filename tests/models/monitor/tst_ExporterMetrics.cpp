// ExporterMetrics: snapshots in, Prometheus text out. The names, labels and values of every
// family; a node that did not answer has up 0 and no other gauges; label values are escaped.
#include "ExporterMetrics.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

NodeSnapshot node(const QString &id, const QString &role, qint64 revision, const QString &checksum)
{
    const QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), id},
        {QStringLiteral("role"), role},
        {QStringLiteral("serverVersion"), QStringLiteral("1.4.2")},
        {QStringLiteral("state"), QStringLiteral("up")},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("schemaVersion"), 3},
                                               {QStringLiteral("revision"), revision},
                                               {QStringLiteral("checksum"), checksum}}},
        {QStringLiteral("clock"), QJsonObject{{QStringLiteral("synchronized"), true},
                                              {QStringLiteral("maxErrorUs"), 250000}}},
    };
    QString error;
    const auto parsed = NodeSnapshot::fromNodeJson(json, &error);
    Q_ASSERT(parsed);
    NodeSnapshot::Clock clock = parsed->clock();
    clock.measured = true;
    clock.offsetMs = 800;
    clock.errorMs = 1.5;
    clock.offsetVsMedianMs = 790;
    return parsed->withClock(clock).withHealth(NodeHealth::Up, 0).withLatencyMs(12.5);
}

ExporterClusterState cluster()
{
    ExporterClusterState state;
    state.name = QStringLiteral("Prod \"eu\"");
    const QList<NodeSnapshot> nodes = {
        node(QStringLiteral("node-1"), QStringLiteral("primary"), 42, QStringLiteral("aaa")),
        node(QStringLiteral("node-2"), QStringLiteral("replica"), 40, QStringLiteral("bbb")),
        // Missed this poll: its health stays "up" one poll (hysteresis), but it did not answer.
        node(QStringLiteral("node-3"), QStringLiteral("replica"), 42, QStringLiteral("aaa"))
            .withHealth(NodeHealth::Up, 1),
        NodeSnapshot::placeholder(QStringLiteral("node-4"), QString(), QUrl())
            .withHealth(NodeHealth::Unreachable, 3),
    };
    Finding warning;
    warning.severity = Severity::Warning;
    warning.code = QStringLiteral("clock.offset");
    Finding critical = warning;
    critical.severity = Severity::Critical;
    state.snapshot = ClusterSnapshot()
                         .withReachable(true)
                         .withPrimaryId(QStringLiteral("node-1"))
                         .withNodes(nodes)
                         .withFindings({warning, warning, critical});
    state.pollDurations.upperBounds = {0.1, 1};
    state.pollDurations.cumulativeCounts = {3, 4, 4};
    state.pollDurations.sum = 0.6;
    state.pollDurations.count = 4;
    state.pollErrors.insert(QStringLiteral("timeout"), 2);
    state.lastPollEndMs = 1700000000500;
    return state;
}

// The value of the one line that starts with `series` (name and labels), or NaN.
double value(const QByteArray &text, const QByteArray &series)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return qQNaN();
}

int linesStartingWith(const QByteArray &text, const QByteArray &prefix)
{
    int count = 0;
    for (const QByteArray &line : text.split('\n'))
        count += line.startsWith(prefix);
    return count;
}

} // namespace

class tst_ExporterMetrics final : public QObject
{
    Q_OBJECT

    QByteArray m_text;
    const QByteArray m_cluster = "cluster=\"Prod \\\"eu\\\"\"";

    QByteArray series(const char *name, const char *node, const QByteArray &extra = {}) const
    {
        return QByteArray(name) + '{' + m_cluster + ",node=\"" + node + '"' + extra + '}';
    }

private slots:
    void initTestCase()
    {
        ExporterState state;
        state.clusters = {cluster()};
        m_text = ExporterMetrics::render(state);
    }

    void upAndHealthForEveryNode()
    {
        QCOMPARE(value(m_text, series("clusterdesk_node_up", "node-1")), 1.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_up", "node-2")), 1.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_up", "node-3")), 0.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_up", "node-4")), 0.0);
        QCOMPARE(
            value(m_text, series("clusterdesk_node_health", "node-4", ",state=\"unreachable\"")),
            1.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_health", "node-4", ",state=\"up\"")), 0.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_health", "node-1", ",state=\"up\"")), 1.0);
        // Five states a node, one of them 1.
        QCOMPARE(linesStartingWith(m_text, "clusterdesk_node_health{"), 4 * 5);
    }

    void gaugesOfAnsweringNodesOnly_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<double>("expected");
        QTest::newRow("offset") << QByteArray("clusterdesk_node_clock_offset_seconds") << 0.8;
        QTest::newRow("error") << QByteArray("clusterdesk_node_clock_offset_error_seconds")
                               << 0.0015;
        QTest::newRow("vs median")
            << QByteArray("clusterdesk_node_clock_offset_vs_median_seconds") << 0.79;
        QTest::newRow("sync") << QByteArray("clusterdesk_node_timex_sync_status") << 1.0;
        QTest::newRow("maxerror") << QByteArray("clusterdesk_node_timex_maxerror_seconds") << 0.25;
        QTest::newRow("revision") << QByteArray("clusterdesk_node_config_revision") << 40.0;
        QTest::newRow("lag") << QByteArray("clusterdesk_node_config_lag") << 2.0;
        QTest::newRow("agrees") << QByteArray("clusterdesk_node_config_checksum_agrees") << 0.0;
        QTest::newRow("latency") << QByteArray("clusterdesk_node_latency_seconds") << 0.0125;
    }

    void gaugesOfAnsweringNodesOnly()
    {
        QFETCH(QByteArray, name);
        QFETCH(double, expected);
        QCOMPARE(value(m_text, series(name.constData(), "node-2")), expected);
        QCOMPARE(linesStartingWith(m_text, name + "{" + m_cluster + ",node=\"node-3\""), 0);
        QCOMPARE(linesStartingWith(m_text, name + "{" + m_cluster + ",node=\"node-4\""), 0);
        QCOMPARE(linesStartingWith(m_text, "# TYPE " + name + " gauge"), 1);
        QCOMPARE(linesStartingWith(m_text, "# HELP " + name + " "), 1);
    }

    void primaryAgreesWithItself()
    {
        QCOMPARE(value(m_text, series("clusterdesk_node_config_lag", "node-1")), 0.0);
        QCOMPARE(value(m_text, series("clusterdesk_node_config_checksum_agrees", "node-1")), 1.0);
        QCOMPARE(value(m_text, "clusterdesk_cluster_config_revision{" + m_cluster + "}"), 42.0);
    }

    void info()
    {
        QCOMPARE(value(m_text, series("clusterdesk_node_info", "node-2",
                                      ",version=\"1.4.2\",role=\"replica\",schema=\"3\"")),
                 1.0);
        QCOMPARE(linesStartingWith(m_text, "clusterdesk_node_info{"), 2);
    }

    void clusterFamilies()
    {
        const QByteArray c = "{" + m_cluster;
        QCOMPARE(value(m_text, "clusterdesk_cluster_findings" + c + ",severity=\"warning\"}"), 2.0);
        QCOMPARE(value(m_text, "clusterdesk_cluster_findings" + c + ",severity=\"critical\"}"),
                 1.0);
        QCOMPARE(value(m_text, "clusterdesk_cluster_findings" + c + ",severity=\"info\"}"), 0.0);
        QCOMPARE(value(m_text, "clusterdesk_poll_errors_total" + c + ",reason=\"timeout\"}"), 2.0);
        // Known reasons start at 0, so that increase() sees the first failure.
        QCOMPARE(value(m_text, "clusterdesk_poll_errors_total" + c + ",reason=\"tls\"}"), 0.0);
        QCOMPARE(linesStartingWith(m_text, "# TYPE clusterdesk_poll_errors_total counter"), 1);
        QCOMPARE(value(m_text, "clusterdesk_last_poll_timestamp_seconds" + c + "}"), 1700000000.5);
        QCOMPARE(linesStartingWith(m_text, "# TYPE clusterdesk_poll_duration_seconds histogram"),
                 1);
        QCOMPARE(value(m_text, "clusterdesk_poll_duration_seconds_count" + c + "}"), 4.0);
        QCOMPARE(value(m_text, "clusterdesk_poll_duration_seconds_bucket" + c + ",le=\"+Inf\"}"),
                 4.0);
    }

    void clusterNotYetPolled()
    {
        ExporterState state;
        ExporterClusterState waiting;
        waiting.name = QStringLiteral("Test");
        state.clusters = {waiting};
        const QByteArray text = ExporterMetrics::render(state);
        QCOMPARE(linesStartingWith(text, "clusterdesk_node_"), 0);
        QCOMPARE(linesStartingWith(text, "clusterdesk_last_poll_timestamp_seconds{"), 0);
        QCOMPARE(
            value(text, "clusterdesk_poll_errors_total{cluster=\"Test\",reason=\"no-password\"}"),
            0.0);
        QCOMPARE(linesStartingWith(text, "clusterdesk_poll_duration_seconds"), 0);
        // With the poller's (empty) histogram, its series are there from the start.
        waiting.pollDurations = metrics::Histogram().snapshot();
        state.clusters = {waiting};
        QCOMPARE(value(ExporterMetrics::render(state),
                       "clusterdesk_poll_duration_seconds_count{cluster=\"Test\"}"),
                 0.0);
    }

    void unreachableClusterHasNoNodeGauges()
    {
        ExporterClusterState down = cluster();
        QList<NodeSnapshot> nodes;
        for (const NodeSnapshot &n : down.snapshot->nodes())
            nodes.append(NodeSnapshot::placeholder(n.id(), n.name(), QUrl())
                             .withHealth(NodeHealth::Unreachable, 2));
        down.snapshot =
            down.snapshot
                ->withReachable(false, QStringLiteral("refused"), QStringLiteral("cannot-connect"))
                .withNodes(nodes);
        ExporterState state;
        state.clusters = {down};
        const QByteArray text = ExporterMetrics::render(state);
        QCOMPARE(linesStartingWith(text, "clusterdesk_node_up{"), 4);
        QCOMPARE(value(text, series("clusterdesk_node_up", "node-1")), 0.0);
        QCOMPARE(linesStartingWith(text, "clusterdesk_node_clock_offset_seconds{"), 0);
        QCOMPARE(linesStartingWith(text, "clusterdesk_node_info{"), 0);
        QCOMPARE(linesStartingWith(text, "clusterdesk_cluster_config_revision{"), 0);
    }

    // A plain Spectrum cluster: what it cannot supply is absent (no node_info with blank
    // labels, no revision, lag or kernel clock), and the info and interface gauges say why.
    void plainSpectrumClusterSaysWhatItOffers()
    {
        ClusterCapabilities capabilities;
        capabilities.clusterdeskApi = ClusterCapabilities::State::Absent;
        capabilities.spectrumTokens = ClusterCapabilities::State::Available;
        capabilities.restCatalogue = ClusterCapabilities::State::Available;
        capabilities.checkedAtMs = 1700000000000;
        NodeSnapshot::Clock clock;
        clock.measured = true;
        clock.offsetMs = 800;
        clock.errorMs = 12;
        const NodeSnapshot probed =
            NodeSnapshot::placeholder(QStringLiteral("10.0.0.5:8080"), QString(), QUrl())
                .withClock(clock)
                .withHealth(NodeHealth::Up, 0)
                .withLatencyMs(4);
        ExporterState state;
        ExporterClusterState spectrum;
        spectrum.name = QStringLiteral("spectrum");
        spectrum.snapshot =
            ClusterSnapshot().withReachable(true).withNodes({probed}).withCapabilities(
                capabilities);
        state.clusters = {spectrum};
        const QByteArray text = ExporterMetrics::render(state);
        const QByteArray labels = "{cluster=\"spectrum\"";
        QCOMPARE(value(text, "clusterdesk_cluster_info" + labels +
                                 ",api=\"spectrum\",clock_source=\"date-header\"}"),
                 1.0);
        QCOMPARE(value(text, "clusterdesk_cluster_interface_available" + labels +
                                 ",interface=\"clusterdeskApi\"}"),
                 0.0);
        QCOMPARE(value(text, "clusterdesk_cluster_interface_available" + labels +
                                 ",interface=\"restCatalogue\"}"),
                 1.0);
        // Not asked: no series at all rather than a 0.
        QCOMPARE(linesStartingWith(text, "clusterdesk_cluster_interface_available" + labels +
                                             ",interface=\"soapCatalogue\"}"),
                 0);
        const QByteArray node = labels + ",node=\"10.0.0.5:8080\"}";
        QCOMPARE(value(text, "clusterdesk_node_up" + node), 1.0);
        QCOMPARE(value(text, "clusterdesk_node_clock_offset_seconds" + node), 0.8);
        QCOMPARE(value(text, "clusterdesk_node_clock_offset_error_seconds" + node), 0.012);
        QCOMPARE(value(text, "clusterdesk_node_latency_seconds" + node), 0.004);
        for (const char *absent :
             {"clusterdesk_node_info{", "clusterdesk_node_config_revision{",
              "clusterdesk_node_config_lag{", "clusterdesk_node_timex_sync_status{",
              "clusterdesk_cluster_config_revision{"})
            QVERIFY2(linesStartingWith(text, absent) == 0, absent);
    }

    // The whole page for a fixed state, byte for byte: a faster render must write the same
    // text. To update after an intended change: CLUSTERDESK_WRITE_GOLDEN=1 and review the diff.
    void matchesGoldenText()
    {
        const QString path = QStringLiteral(CLUSTERDESK_GOLDEN_DIR "/exporter-metrics.golden.txt");
        if (qEnvironmentVariableIsSet("CLUSTERDESK_WRITE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(m_text);
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray expected = golden.readAll();
        QCOMPARE(m_text, expected);
        // The same state twice gives the same text.
        ExporterState state;
        state.clusters = {cluster()};
        QCOMPARE(ExporterMetrics::render(state), expected);
    }

    void everyLineIsWellFormed()
    {
        static const QRegularExpression sample(
            QStringLiteral(R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[^}]*\})? [-+0-9.eEInfNa]+$)"));
        for (const QByteArray &line : m_text.split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QVERIFY2(sample.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_ExporterMetrics)
#include "tst_ExporterMetrics.moc"
