// Config agreement with the primary over successive polls: behind, stalled, in sync, diverged.
#include "ConfigAgreement.h"

#include <QTest>

namespace {

NodeSnapshot configNode(const QString &id, const QString &role, std::optional<qint64> revision,
                        const QString &checksum, const QString &syncState = {})
{
    QJsonObject config{{"checksum", checksum}, {"syncState", syncState}};
    if (revision)
        config.insert("revision", double(*revision));
    QString error;
    const auto node = NodeSnapshot::fromNodeJson(
        QJsonObject{{"id", id}, {"name", id}, {"role", role}, {"config", config}}, &error);
    Q_ASSERT(node);
    return *node;
}

constexpr qint64 startMs = 1795759400000;

} // namespace

class tst_ConfigAgreement final : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void behindThenStalledThenInSync();
    void advancingNodeIsNotStalled();
    void stillNodeFallingBehindIsNotStalledAtOnce();
    void unknownObservationKeepsHistory();
    void applyAgainstPrimary();
    void divergedIsCritical();
    void findingsInWords();
    void pausedWarnsAtOnce();
    void primaryBehindReplicas_data();
    void primaryBehindReplicas();
    void historyMismatch();
};

void tst_ConfigAgreement::compare_data()
{
    QTest::addColumn<std::optional<qint64>>("revision");
    QTest::addColumn<QString>("checksum");
    QTest::addColumn<std::optional<qint64>>("primaryRevision");
    QTest::addColumn<QString>("primaryChecksum");
    QTest::addColumn<ConfigAgreementState>("expected");

    using S = ConfigAgreementState;
    const std::optional<qint64> none;
    QTest::newRow("same") << std::optional<qint64>(42) << "abc" << std::optional<qint64>(42)
                          << "abc" << S::InSync;
    QTest::newRow("checksum case")
        << std::optional<qint64>(42) << "ABC" << std::optional<qint64>(42) << "abc" << S::InSync;
    QTest::newRow("behind") << std::optional<qint64>(28) << "x" << std::optional<qint64>(42)
                            << "abc" << S::Behind;
    QTest::newRow("diverged") << std::optional<qint64>(42) << "abd" << std::optional<qint64>(42)
                              << "abc" << S::Diverged;
    QTest::newRow("no checksum to compare")
        << std::optional<qint64>(42) << "" << std::optional<qint64>(42) << "abc" << S::InSync;
    QTest::newRow("node unknown") << none << "" << std::optional<qint64>(42) << "abc" << S::Unknown;
    QTest::newRow("primary unknown")
        << std::optional<qint64>(42) << "abc" << none << "" << S::Unknown;
    QTest::newRow("ahead of primary")
        << std::optional<qint64>(43) << "x" << std::optional<qint64>(42) << "abc" << S::Unknown;
}

void tst_ConfigAgreement::compare()
{
    QFETCH(std::optional<qint64>, revision);
    QFETCH(QString, checksum);
    QFETCH(std::optional<qint64>, primaryRevision);
    QFETCH(QString, primaryChecksum);
    QFETCH(ConfigAgreementState, expected);
    QCOMPARE(ConfigAgreement::compare(revision, checksum, primaryRevision, primaryChecksum),
             expected);
}

void tst_ConfigAgreement::behindThenStalledThenInSync()
{
    ConfigAgreementTracker tracker(60);
    using S = ConfigAgreementState;
    // Poll every 10 s; the node sits at 28 while the primary is at 42.
    auto result = tracker.observe("node-2", 28, "x", 42, "p", startMs);
    QCOMPARE(result.state, S::Behind);
    QCOMPARE(result.revisionsBehind, qint64(14));
    QCOMPARE(result.behindSinceMs, startMs);
    result = tracker.observe("node-2", 28, "x", 42, "p", startMs + 60000);
    QCOMPARE(result.state, S::Behind); // exactly 60 s: not yet "more than"
    result = tracker.observe("node-2", 28, "x", 42, "p", startMs + 61000);
    QCOMPARE(result.state, S::Stalled);
    QCOMPARE(result.behindSinceMs, startMs);
    // It moves again: behind, not stalled, and still behind since the start.
    result = tracker.observe("node-2", 35, "y", 42, "p", startMs + 71000);
    QCOMPARE(result.state, S::Behind);
    QCOMPARE(result.revisionsBehind, qint64(7));
    QCOMPARE(result.behindSinceMs, startMs);
    result = tracker.observe("node-2", 42, "p", 42, "p", startMs + 81000);
    QCOMPARE(result.state, S::InSync);
    QCOMPARE(result.behindSinceMs, qint64(0));
    QCOMPARE(result.revisionsBehind, qint64(0));
    // Falling behind again starts a new episode.
    result = tracker.observe("node-2", 42, "p", 43, "q", startMs + 91000);
    QCOMPARE(result.state, S::Behind);
    QCOMPARE(result.behindSinceMs, startMs + 91000);
}

void tst_ConfigAgreement::advancingNodeIsNotStalled()
{
    ConfigAgreementTracker tracker(60);
    // The primary keeps writing; the node advances every poll but never catches up.
    for (int poll = 0; poll < 20; ++poll) {
        const auto result =
            tracker.observe("node-3", 100 + poll, "x", 110 + poll * 2, "p", startMs + poll * 30000);
        QCOMPARE(result.state, ConfigAgreementState::Behind);
        QCOMPARE(result.behindSinceMs, startMs);
    }
}

void tst_ConfigAgreement::stillNodeFallingBehindIsNotStalledAtOnce()
{
    ConfigAgreementTracker tracker(60);
    // In sync at 5 for ten minutes: sitting still is right while nothing changes.
    QCOMPARE(tracker.observe("node-2", 5, "a", 5, "a", startMs).state,
             ConfigAgreementState::InSync);
    QCOMPARE(tracker.observe("node-2", 5, "a", 5, "a", startMs + 600000).state,
             ConfigAgreementState::InSync);
    const auto result = tracker.observe("node-2", 5, "a", 6, "b", startMs + 610000);
    QCOMPARE(result.state, ConfigAgreementState::Behind);
    QCOMPARE(tracker.observe("node-2", 5, "a", 6, "b", startMs + 671000).state,
             ConfigAgreementState::Stalled);
}

void tst_ConfigAgreement::unknownObservationKeepsHistory()
{
    ConfigAgreementTracker tracker(60);
    tracker.observe("node-2", 10, "x", 12, "p", startMs);
    const auto missed = tracker.observe("node-2", std::nullopt, {}, 12, "p", startMs + 10000);
    QCOMPARE(missed.state, ConfigAgreementState::Unknown);
    QCOMPARE(missed.behindSinceMs, startMs);
    QCOMPARE(tracker.observe("node-2", 10, "x", 12, "p", startMs + 20000).behindSinceMs, startMs);
    tracker.forget("node-2");
    QCOMPARE(tracker.observe("node-2", 10, "x", 12, "p", startMs + 30000).behindSinceMs,
             startMs + 30000);
}

void tst_ConfigAgreement::applyAgainstPrimary()
{
    ConfigAgreementTracker tracker(60);
    const QList<NodeSnapshot> nodes{configNode("node-1", "primary", 42, "p"),
                                    configNode("node-2", "replica", 28, "x", "paused"),
                                    configNode("node-3", "replica", 42, "p"),
                                    configNode("node-4", "replica", std::nullopt, {})};
    QList<NodeSnapshot> applied = tracker.apply(nodes, "node-1", startMs);
    QCOMPARE(applied.at(0).config().agreement, ConfigAgreementState::InSync);
    QCOMPARE(applied.at(1).config().agreement, ConfigAgreementState::Behind);
    QCOMPARE(applied.at(1).config().revisionsBehind, qint64(14));
    QCOMPARE(applied.at(1).config().behindSinceMs, startMs);
    QCOMPARE(applied.at(2).config().agreement, ConfigAgreementState::InSync);
    QCOMPARE(applied.at(3).config().agreement, ConfigAgreementState::Unknown);
    // The node's own words are kept.
    QCOMPARE(applied.at(1).config().syncState, QStringLiteral("paused"));

    // Empty primaryId: the node that says it is primary.
    applied = tracker.apply(nodes, QString(), startMs + 120000);
    QCOMPARE(applied.at(1).config().agreement, ConfigAgreementState::Stalled);

    // Primary not among the nodes: nothing can be said.
    applied = tracker.apply(nodes, "node-9", startMs + 130000);
    for (const NodeSnapshot &node : applied)
        QCOMPARE(node.config().agreement, ConfigAgreementState::Unknown);
}

void tst_ConfigAgreement::divergedIsCritical()
{
    ConfigAgreementTracker tracker;
    const QList<NodeSnapshot> applied = tracker.apply(
        {configNode("node-1", "primary", 42, "aaaa"), configNode("node-2", "replica", 42, "bbbb")},
        "node-1", startMs);
    QCOMPARE(applied.at(1).config().agreement, ConfigAgreementState::Diverged);
    const QList<Finding> findings = ConfigAgreement::findings(applied, startMs, 60);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Critical);
    QCOMPARE(findings.at(0).code, QStringLiteral("config.diverged"));
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("node-2"));
    QCOMPARE(findings.at(0).text, QStringLiteral("node-2 has revision 42 like the primary but a "
                                                 "different configuration (checksums differ)"));
}

void tst_ConfigAgreement::findingsInWords()
{
    ConfigAgreementTracker tracker(600);
    const QList<NodeSnapshot> first = tracker.apply(
        {configNode("node-1", "primary", 42, "p"), configNode("node-2", "replica", 28, "x"),
         configNode("node-3", "replica", 41, "y", "primary-unreachable")},
        "node-1", startMs);
    QList<Finding> findings = ConfigAgreement::findings(first, startMs + 5000, 600);
    QCOMPARE(findings.size(), 3);
    QCOMPARE(findings.at(0).severity, Severity::Info); // just behind: replication at work
    QCOMPARE(findings.at(0).text,
             QStringLiteral("node-2 is 14 revisions behind the primary for 5 seconds"));
    QCOMPARE(findings.at(1).text,
             QStringLiteral("node-3 is 1 revision behind the primary for 5 seconds"));
    QCOMPARE(findings.at(2).code, QStringLiteral("config.primary-unreachable"));
    QCOMPARE(findings.at(2).severity, Severity::Warning);

    // Five minutes later node-2 has advanced but is still 14 behind (the primary moved on too).
    const QList<NodeSnapshot> later = tracker.apply(
        {configNode("node-1", "primary", 50, "p2"), configNode("node-2", "replica", 36, "x2")},
        "node-1", startMs + 300000);
    findings = ConfigAgreement::findings(later, startMs + 300000, 240);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).code, QStringLiteral("config.behind"));
    QCOMPARE(findings.at(0).text,
             QStringLiteral("node-2 is 14 revisions behind the primary for 5 minutes"));

    ConfigAgreementTracker stalling(60);
    stalling.apply(
        {configNode("node-1", "primary", 42, "p"), configNode("node-2", "replica", 28, "x")},
        "node-1", startMs);
    const QList<NodeSnapshot> stalled = stalling.apply(
        {configNode("node-1", "primary", 42, "p"), configNode("node-2", "replica", 28, "x")},
        "node-1", startMs + 180000);
    findings = ConfigAgreement::findings(stalled, startMs + 180000, 60);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).code, QStringLiteral("config.stalled"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).text, QStringLiteral("node-2 is 14 revisions behind the primary for 3 "
                                                 "minutes and no longer advances"));
}

void tst_ConfigAgreement::pausedWarnsAtOnce()
{
    // First poll: the paused replica is 2 behind. Not "catching up, no action needed".
    ConfigAgreementTracker tracker(60);
    const QList<NodeSnapshot> nodes =
        tracker.apply({configNode("node-1", "primary", 12, "aa"),
                       configNode("node-2", "replica", 10, "bb", "paused"),
                       configNode("node-3", "replica", 12, "aa", "in-sync")},
                      QStringLiteral("node-1"), startMs);
    const QList<Finding> findings = ConfigAgreement::findings(nodes, startMs, 60);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).code, QStringLiteral("config.replication-paused"));
    QCOMPARE(findings.at(0).severity, Severity::Warning);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("node-2"));
    QCOMPARE(findings.at(0).text,
             QStringLiteral("Replication to node-2 is paused; it is 2 revisions behind the primary "
                            "and will not catch up until it resumes"));

    // Paused while in step: still a warning, in its own words.
    const QList<NodeSnapshot> inStep =
        tracker.apply({configNode("node-1", "primary", 12, "aa"),
                       configNode("node-2", "replica", 12, "aa", "paused")},
                      QStringLiteral("node-1"), startMs + 1000);
    const QList<Finding> inStepFindings = ConfigAgreement::findings(inStep, startMs + 1000, 60);
    QCOMPARE(inStepFindings.size(), 1);
    QCOMPARE(inStepFindings.at(0).code, QStringLiteral("config.replication-paused"));
}

void tst_ConfigAgreement::primaryBehindReplicas_data()
{
    QTest::addColumn<qint64>("primaryRevision");
    QTest::addColumn<qint64>("replicaRevision");
    QTest::addColumn<QString>("writesRefused"); // the primary's writesRefused.reason
    QTest::addColumn<bool>("critical");

    QTest::newRow("restarted empty: 3 vs 50") << qint64(3) << qint64(50) << "" << true;
    QTest::newRow("empty database: 0 vs 2") << qint64(0) << qint64(2) << "" << true;
    QTest::newRow("one write in flight") << qint64(49) << qint64(50) << "" << false;
    QTest::newRow("in sync") << qint64(50) << qint64(50) << "" << false;
    QTest::newRow("replica behind") << qint64(50) << qint64(40) << "" << false;
    QTest::newRow("the node says so") << qint64(49) << qint64(50) << "behind-replicas" << true;
}

void tst_ConfigAgreement::primaryBehindReplicas()
{
    QFETCH(qint64, primaryRevision);
    QFETCH(qint64, replicaRevision);
    QFETCH(QString, writesRefused);
    QFETCH(bool, critical);

    QJsonObject primaryJson{
        {"id", "node-1"},
        {"name", "node-1"},
        {"role", "primary"},
        {"config", QJsonObject{{"revision", double(primaryRevision)}, {"checksum", "aa"}}}};
    if (!writesRefused.isEmpty())
        primaryJson.insert("writesRefused",
                           QJsonObject{{"reason", writesRefused}, {"detail", "replicas at 50"}});
    QString error;
    const auto primary = NodeSnapshot::fromNodeJson(primaryJson, &error);
    QVERIFY2(primary, qPrintable(error));
    // The replicas say they are in sync: they only know what they last learned.
    const QList<NodeSnapshot> nodes{
        *primary, configNode("node-2", "replica", replicaRevision, "bb", "in-sync"),
        configNode("node-3", "replica", replicaRevision, "bb", "in-sync")};
    const auto finding = ConfigAgreement::primaryBehindFinding(nodes, QStringLiteral("node-1"));
    QCOMPARE(finding.has_value(), critical);
    if (!finding)
        return;
    QCOMPARE(finding->severity, Severity::Critical);
    QCOMPARE(finding->code, QStringLiteral("config.primary-behind"));
    QCOMPARE(finding->nodeId, QStringLiteral("node-1"));
    if (replicaRevision - primaryRevision > 1) {
        QCOMPARE(finding->text, QStringLiteral("primary revision %1 is behind replicas at %2: the "
                                               "primary may have lost its data; do not write")
                                    .arg(primaryRevision)
                                    .arg(replicaRevision));
    }
    // Also found without an explicit primary id, and by the whole assessment.
    QVERIFY(ConfigAgreement::primaryBehindFinding(nodes, QString()));
}

void tst_ConfigAgreement::historyMismatch()
{
    auto node = [](const QString &id, const QString &role, const QString &history,
                   const QString &refused) {
        QJsonObject json{{"id", id}, {"role", role}, {"historyId", history}};
        if (!refused.isEmpty())
            json.insert("writesRefused", QJsonObject{{"reason", refused}, {"detail", "d"}});
        return *NodeSnapshot::fromNodeJson(json, nullptr);
    };
    const QList<Finding> findings = ConfigAgreement::historyFindings(
        {node("node-1", "primary", "h1", ""), node("node-2", "replica", "h1", ""),
         node("node-3", "replica", "h2", ""), node("node-4", "replica", "", "history-mismatch")},
        QStringLiteral("node-1"));
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).nodeId, QStringLiteral("node-3"));
    QCOMPARE(findings.at(1).nodeId, QStringLiteral("node-4"));
    QCOMPARE(findings.at(1).code, QStringLiteral("config.history-mismatch"));
    QCOMPARE(findings.at(1).severity, Severity::Critical);
    // Nodes that report no history say nothing.
    QVERIFY(ConfigAgreement::historyFindings(
                {node("node-1", "primary", "", ""), node("node-2", "replica", "", "")}, QString())
                .isEmpty());
}

QTEST_GUILESS_MAIN(tst_ConfigAgreement)
#include "tst_ConfigAgreement.moc"
