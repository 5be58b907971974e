// Clock severity against the cluster median, thresholds, and the clock findings in words.
#include "ClockAssessment.h"

#include <QTest>

#include <algorithm>

namespace {

NodeSnapshot measuredNode(const QString &id, double offsetMs, double errorMs,
                          std::optional<bool> synchronized = true,
                          std::optional<qint64> maxErrorUs = std::nullopt)
{
    NodeSnapshot::Clock clock;
    clock.ntpSynchronized = synchronized;
    clock.maxErrorUs = maxErrorUs;
    NodeSnapshot node = NodeSnapshot::placeholder(id, id, QUrl()).withClock(clock);
    // δ = 2 × error: the sample's legs carry the whole round trip.
    const qint64 errorUs = qint64(errorMs * 1000);
    const qint64 offsetUs = qint64(offsetMs * 1000);
    const ClockSample sample(0, offsetUs + errorUs, offsetUs + errorUs, 2 * errorUs);
    return ClockAssessment::withSample(node, sample);
}

} // namespace

class tst_ClockAssessment final : public QObject
{
    Q_OBJECT

private slots:
    void severity_data();
    void severity();
    void medianAndOffsets();
    void evenNodeCountMedian();
    void unmeasuredNodesStayOut();
    void findingsInWords();
    void unsynchronizedKernelClock();
    void thresholdsPerCluster();
    void referenceRule_data();
    void referenceRule();
    void pairInWords();
};

void tst_ClockAssessment::severity_data()
{
    QTest::addColumn<double>("offsetVsMedianMs");
    QTest::addColumn<double>("errorMs");
    QTest::addColumn<bool>("synchronized");
    QTest::addColumn<Severity>("expected");

    QTest::newRow("in step") << 0.0 << 1.0 << true << Severity::Ok;
    QTest::newRow("just under warn") << 50.0 << 0.0 << true << Severity::Ok;
    QTest::newRow("just over warn") << 50.5 << 0.0 << true << Severity::Warning;
    QTest::newRow("over warn but within error") << 60.0 << 15.0 << true << Severity::Ok;
    QTest::newRow("negative over warn") << -120.0 << 2.0 << true << Severity::Warning;
    QTest::newRow("exactly crit is warning") << 500.0 << 0.0 << true << Severity::Warning;
    QTest::newRow("over crit") << 820.0 << 1.0 << true << Severity::Critical;
    QTest::newRow("negative over crit") << -900.0 << 1.0 << true << Severity::Critical;
    QTest::newRow("over crit but error brings it down")
        << 540.0 << 45.0 << true << Severity::Warning;
    QTest::newRow("unsynchronized in step") << 0.0 << 0.0 << false << Severity::Warning;
    QTest::newRow("unsynchronized and far") << 700.0 << 0.0 << false << Severity::Critical;
}

void tst_ClockAssessment::severity()
{
    QFETCH(double, offsetVsMedianMs);
    QFETCH(double, errorMs);
    QFETCH(bool, synchronized);
    QFETCH(Severity, expected);
    const ClockAssessment assessment; // defaults: 50 / 500 ms
    QCOMPARE(assessment.severityFor(offsetVsMedianMs, errorMs, synchronized), expected);
}

void tst_ClockAssessment::medianAndOffsets()
{
    // The console's own clock is 300 ms off: every node looks 300 ms ahead, and they agree.
    const QList<NodeSnapshot> nodes{measuredNode("node-1", 300.0, 1.0),
                                    measuredNode("node-2", 302.0, 1.0),
                                    measuredNode("node-3", 1120.0, 1.0)};
    QCOMPARE(ClockAssessment::medianOffsetMs(nodes), std::optional<double>(302.0));
    const QList<NodeSnapshot> applied = ClockAssessment().apply(nodes);
    QCOMPARE(applied.at(0).clock().offsetVsMedianMs, -2.0);
    QCOMPARE(applied.at(1).clock().offsetVsMedianMs, 0.0);
    QCOMPARE(applied.at(2).clock().offsetVsMedianMs, 818.0);
    QCOMPARE(applied.at(0).clock().severity, Severity::Ok);
    QCOMPARE(applied.at(1).clock().severity, Severity::Ok);
    QCOMPARE(applied.at(2).clock().severity, Severity::Critical);
    QCOMPARE(applied.at(2).clock().offsetMs, 1120.0);
    QCOMPARE(applied.at(2).clock().errorMs, 1.0);
}

void tst_ClockAssessment::evenNodeCountMedian()
{
    const QList<NodeSnapshot> nodes{measuredNode("a", -10.0, 0.5), measuredNode("b", 10.0, 0.5),
                                    measuredNode("c", 30.0, 0.5), measuredNode("d", -90.0, 0.5)};
    QCOMPARE(ClockAssessment::medianOffsetMs(nodes), std::optional<double>(0.0));
    const QList<NodeSnapshot> applied = ClockAssessment().apply(nodes);
    QCOMPARE(applied.at(3).clock().offsetVsMedianMs, -90.0);
    QCOMPARE(applied.at(3).clock().severity, Severity::Warning);
}

void tst_ClockAssessment::unmeasuredNodesStayOut()
{
    const QList<NodeSnapshot> nodes{measuredNode("node-1", 5.0, 1.0),
                                    NodeSnapshot::placeholder("node-2", "node-2", QUrl()),
                                    measuredNode("node-3", 7.0, 1.0)};
    QCOMPARE(ClockAssessment::medianOffsetMs(nodes), std::optional<double>(6.0));
    const QList<NodeSnapshot> applied = ClockAssessment().apply(nodes);
    QVERIFY(!applied.at(1).clock().measured);
    QCOMPARE(applied.at(1).clock().severity, Severity::Ok);
    QVERIFY(ClockAssessment().findings(applied).isEmpty());
    QVERIFY(!ClockAssessment::medianOffsetMs({NodeSnapshot::placeholder("x", "x", QUrl())}));
}

void tst_ClockAssessment::findingsInWords()
{
    const QList<NodeSnapshot> nodes = ClockAssessment().apply(
        {measuredNode("node-1", 10.0, 1.0), measuredNode("node-2", 12.0, 1.0),
         measuredNode("node-3", 831.0, 2.0), measuredNode("node-4", -89.0, 1.0),
         measuredNode("node-5", 11.0, 1.0)});
    const QList<Finding> findings = ClockAssessment().findings(nodes);
    QCOMPARE(findings.size(), 2);

    const Finding &ahead = findings.at(0);
    QCOMPARE(ahead.nodeId, QStringLiteral("node-3"));
    QCOMPARE(ahead.severity, Severity::Critical);
    QCOMPARE(ahead.category, Finding::Category::Clock);
    QCOMPARE(ahead.code, QStringLiteral("clock.offset"));
    QCOMPARE(ahead.text, QStringLiteral("node-3's clock is 820 ms ahead of the cluster median "
                                        "(±2 ms network bound; 831 ms ahead of this computer)"));
    QCOMPARE(ahead.action, QStringLiteral("Check the time service (NTP) on node-3."));

    const Finding &behind = findings.at(1);
    QCOMPARE(behind.nodeId, QStringLiteral("node-4"));
    QCOMPARE(behind.severity, Severity::Warning);
    QCOMPARE(behind.text, QStringLiteral("node-4's clock is 100 ms behind the cluster median "
                                         "(±1 ms network bound; 89 ms behind this computer)"));
}

void tst_ClockAssessment::unsynchronizedKernelClock()
{
    const QList<NodeSnapshot> nodes = ClockAssessment().apply(
        {measuredNode("node-1", 0.0, 1.0), measuredNode("node-2", 1.0, 1.0, false),
         measuredNode("node-3", 2.0, 1.0, std::nullopt)});
    QCOMPARE(nodes.at(1).clock().severity, Severity::Warning);
    QCOMPARE(nodes.at(2).clock().severity, Severity::Ok); // unknown NTP state is no finding
    const QList<Finding> findings = ClockAssessment().findings(nodes);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).code, QStringLiteral("clock.unsynchronized"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).text,
             QStringLiteral("node-2 reports that its clock is not synchronized"));

    // Known unsynchronized even when no sample could be taken.
    NodeSnapshot::Clock clock;
    clock.ntpSynchronized = false;
    const auto unmeasured = ClockAssessment().apply(
        {NodeSnapshot::placeholder("node-9", "node-9", QUrl()).withClock(clock)});
    QCOMPARE(unmeasured.at(0).clock().severity, Severity::Warning);
}

void tst_ClockAssessment::thresholdsPerCluster()
{
    AssessmentThresholds strict;
    strict.clockWarnMs = 5;
    strict.clockCritMs = 20;
    const QList<NodeSnapshot> nodes{measuredNode("a", 0.0, 0.5), measuredNode("b", 1.0, 0.5),
                                    measuredNode("c", 12.0, 0.5), measuredNode("d", -30.0, 0.5),
                                    measuredNode("e", 0.5, 0.5)};
    const QList<NodeSnapshot> applied = ClockAssessment(strict).apply(nodes);
    QCOMPARE(applied.at(2).clock().severity, Severity::Warning);
    QCOMPARE(applied.at(3).clock().severity, Severity::Critical);
    const QList<NodeSnapshot> lenient = ClockAssessment().apply(nodes);
    QCOMPARE(lenient.at(2).clock().severity, Severity::Ok);
    QCOMPARE(lenient.at(3).clock().severity, Severity::Ok);
}

// Each node: offset against this computer; "T" trusted (synchronized, 5 ms kernel error), "t"
// synchronized but with a large kernel error (not trusted), "u" unsynchronized.
void tst_ClockAssessment::referenceRule_data()
{
    QTest::addColumn<QList<double>>("offsets");
    QTest::addColumn<QString>("kinds");
    QTest::addColumn<bool>("localTrusted");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QList<int>>("offsetSeverities"); // per node, Severity as int
    QTest::addColumn<int>("pairSeverity");            // -1: no pair finding

    const int ok = int(Severity::Ok);
    const int warn = int(Severity::Warning);
    const int crit = int(Severity::Critical);
    // The case: two nodes left, node-2 800 ms off. A median of two would call node-1
    // 400 ms behind and demote node-2 to a warning.
    QTest::newRow("pair, healthy one trusted: the other blamed")
        << QList<double>{0, 800} << "Tu" << false << "trusted-nodes" << QList<int>{ok, crit} << -1;
    QTest::newRow("pair, skewed one trusted: the other blamed")
        << QList<double>{0, 800} << "uT" << false << "trusted-nodes" << QList<int>{crit, ok} << -1;
    QTest::newRow("pair, nobody trusted: pair reported, nobody blamed")
        << QList<double>{0, 800} << "uu" << false << "" << QList<int>{ok, ok} << crit;
    QTest::newRow("pair, large kernel error is no reference")
        << QList<double>{0, 800} << "tt" << false << "" << QList<int>{ok, ok} << crit;
    QTest::newRow("pair, nobody trusted, 120 ms apart: warning")
        << QList<double>{0, 120} << "uu" << false << "" << QList<int>{ok, ok} << warn;
    QTest::newRow("pair in step: nothing")
        << QList<double>{0, 10} << "uu" << false << "" << QList<int>{ok, ok} << -1;
    QTest::newRow("pair, this computer trusted: the skewed node blamed")
        << QList<double>{0, 800} << "uu" << true << "this-computer" << QList<int>{ok, crit} << -1;
    QTest::newRow("three, nobody trusted: median")
        << QList<double>{0, 800, 5} << "uuu" << false << "median" << QList<int>{ok, crit, ok} << -1;
    QTest::newRow("three, the odd one trusted beats the median")
        << QList<double>{0, 800, 5} << "uTu" << false << "trusted-nodes"
        << QList<int>{crit, ok, crit} << -1;
    QTest::newRow("single trusted node agrees with trusted computer")
        << QList<double>{3, 900} << "Tu" << true << "trusted-nodes" << QList<int>{ok, crit} << -1;
}

void tst_ClockAssessment::referenceRule()
{
    QFETCH(QList<double>, offsets);
    QFETCH(QString, kinds);
    QFETCH(bool, localTrusted);
    QFETCH(QString, reference);
    QFETCH(QList<int>, offsetSeverities);
    QFETCH(int, pairSeverity);

    QList<NodeSnapshot> nodes;
    for (int i = 0; i < offsets.size(); ++i) {
        const QChar kind = kinds.at(i);
        nodes.append(measuredNode(QStringLiteral("node-%1").arg(i + 1), offsets.at(i), 1.0,
                                  kind != u'u', kind == u'T' ? 5000 : 400000));
    }
    LocalClockState local;
    local.known = true;
    local.synchronized = localTrusted;
    local.maxErrorUs = localTrusted ? 2000 : 16000000;
    const ClockAssessment assessment = ClockAssessment().withLocalClock(local);
    const QList<NodeSnapshot> applied = assessment.apply(nodes);
    const QList<Finding> findings = assessment.findings(applied);
    for (int i = 0; i < applied.size(); ++i) {
        const NodeSnapshot &node = applied.at(i);
        QCOMPARE(node.clock().reference, reference);
        QCOMPARE(node.clock().trusted, kinds.at(i) == u'T');
        Severity offsetSeverity = Severity::Ok;
        for (const Finding &finding : findings) {
            if (finding.code == QLatin1String("clock.offset") && finding.nodeId == node.id())
                offsetSeverity = finding.severity;
        }
        QCOMPARE(int(offsetSeverity), offsetSeverities.at(i));
    }
    int pair = -1;
    for (const Finding &finding : findings) {
        if (finding.code == QLatin1String("clock.pair-disagrees")) {
            QVERIFY(finding.nodeId.isEmpty()); // no single node blamed
            pair = int(finding.severity);
        }
    }
    QCOMPARE(pair, pairSeverity);
}

void tst_ClockAssessment::pairInWords()
{
    const ClockAssessment assessment;
    const QList<NodeSnapshot> applied = assessment.apply(
        {measuredNode("node-1", 0.0, 1.0, false), measuredNode("node-2", 800.4, 1.0, false)});
    QCOMPARE(applied.at(0).clock().severity, Severity::Warning); // unsynchronized only
    QCOMPARE(applied.at(0).clock().offsetVsMedianMs, 0.0);
    const QList<Finding> findings = assessment.findings(applied);
    const auto pair = std::find_if(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.code == QLatin1String("clock.pair-disagrees");
    });
    QVERIFY(pair != findings.cend());
    QCOMPARE(pair->text,
             QStringLiteral("node-1 and node-2 disagree by 800 ms; cannot tell which is wrong"));
    QVERIFY(!ClockAssessment::ruleText().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ClockAssessment)
#include "tst_ClockAssessment.moc"
