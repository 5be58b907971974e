// The cluster snapshot's summaries and its versioned JSON form (what the store keeps).
#include "ClockAssessment.h"
#include "ClusterSnapshot.h"

#include <QJsonDocument>
#include <QTest>

namespace {

NodeSnapshot node(const QString &id, NodeHealth health, ConfigAgreementState agreement,
                  std::optional<double> offsetVsMedianMs = std::nullopt)
{
    NodeSnapshot::Config config;
    config.agreement = agreement;
    config.revision = 42;
    NodeSnapshot::Clock clock;
    if (offsetVsMedianMs) {
        clock.measured = true;
        clock.offsetVsMedianMs = *offsetVsMedianMs;
        clock.offsetMs = *offsetVsMedianMs + 1.5;
        clock.errorMs = 0.25;
    }
    return NodeSnapshot::placeholder(id, id.toUpper(),
                                     QUrl(QStringLiteral("http://127.0.0.1:9101")))
        .withHealth(health, 0)
        .withConfig(config)
        .withClock(clock);
}

ClusterSnapshot richSnapshot()
{
    const auto parsed = NodeSnapshot::fromNodeJson(
        QJsonObject{{"id", "node-1"},
                    {"role", "primary"},
                    {"serverVersion", "4.2.0"},
                    {"startedAt", "2026-11-27T06:00:00.000Z"},
                    {"uptimeSeconds", 203},
                    {"config", QJsonObject{{"schemaVersion", 1}, {"revision", 42}}},
                    {"clock", QJsonObject{{"synchronized", true}, {"maxErrorUs", 16000}}}},
        nullptr);
    Finding finding;
    finding.severity = Severity::Critical;
    finding.category = Finding::Category::Clock;
    finding.code = "clock.offset";
    finding.nodeId = "node-3";
    finding.text = "node-3's clock is 820 ms ahead of the cluster median";
    finding.action = "Check the time service (NTP) on node-3.";
    Finding info = finding;
    info.severity = Severity::Info;
    info.code = "health.missed-poll";
    info.category = Finding::Category::Health;
    ClusterSnapshot::License license;
    license.known = true;
    license.licensee = "Example Corp";
    license.product = "Spectrum";
    license.edition = "Enterprise";
    license.expires = QDate(2027, 6, 30);
    license.maxNodes = 16;
    return ClusterSnapshot()
        .withProfileId("profile-7")
        .withCluster("c0ffee", "demo")
        .withTakenAtMs(1795759403123)
        .withReachable(true)
        .withPrimaryId("node-1")
        .withNodes({parsed->withHealth(NodeHealth::Up, 0).withLatencyMs(2.5),
                    node("node-2", NodeHealth::Degraded, ConfigAgreementState::Stalled, -4.0),
                    node("node-3", NodeHealth::Unreachable, ConfigAgreementState::Diverged, 820.0)})
        .withFindings({info, finding})
        .withLoadBalancerView({true, QString(), 2, 3})
        .withLicense(license);
}

} // namespace

class tst_ClusterSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void summaries();
    void findingsAreSortedWorstFirst();
    void jsonRoundTrip();
    void jsonIsVersionedAndComplete();
    void jsonRejects_data();
    void jsonRejects();
    void licenseFromApi_data();
    void licenseFromApi();
    void staleAndAge();
};

void tst_ClusterSnapshot::summaries()
{
    const ClusterSnapshot snapshot = richSnapshot();
    const ClusterSnapshot::Counts counts = snapshot.counts();
    QCOMPARE(counts.total, 3);
    QCOMPARE(counts.up, 1);
    QCOMPARE(counts.degraded, 1);
    QCOMPARE(counts.unreachable, 1);
    QCOMPARE(counts.inSync, 0);
    QCOMPARE(counts.behind, 1);
    QCOMPARE(counts.diverged, 1);
    QCOMPARE(snapshot.worstClockOffsetMs(), std::optional<double>(820.0));
    QCOMPARE(snapshot.worstSeverity(), Severity::Critical);
    QVERIFY(snapshot.node("node-2"));
    QCOMPARE(snapshot.node("node-2")->name(), QStringLiteral("NODE-2"));
    QVERIFY(!snapshot.node("node-9"));
    QVERIFY(!ClusterSnapshot().worstClockOffsetMs());
    QCOMPARE(ClusterSnapshot().worstSeverity(), Severity::Ok);
    // A negative offset can be the worst one.
    const ClusterSnapshot behind = ClusterSnapshot().withNodes(
        {node("a", NodeHealth::Up, ConfigAgreementState::InSync, 10.0),
         node("b", NodeHealth::Up, ConfigAgreementState::InSync, -30.0)});
    QCOMPARE(behind.worstClockOffsetMs(), std::optional<double>(-30.0));
}

void tst_ClusterSnapshot::findingsAreSortedWorstFirst()
{
    const QList<Finding> findings = richSnapshot().findings();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).severity, Severity::Critical);
    QCOMPARE(findings.at(1).severity, Severity::Info);
}

void tst_ClusterSnapshot::jsonRoundTrip()
{
    const ClusterSnapshot snapshot = richSnapshot();
    const QByteArray text = QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
    QString error;
    const auto back = ClusterSnapshot::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->isStale()); // read back from the store: not live
    QVERIFY(!snapshot.isStale());
    QVERIFY(back->withStale(false) == snapshot);
    QCOMPARE(back->nodes(), snapshot.nodes());
    QCOMPARE(back->findings(), snapshot.findings());
    QCOMPARE(back->license(), snapshot.license());
    QCOMPARE(back->loadBalancerView(), snapshot.loadBalancerView());

    // An empty snapshot survives too.
    const auto empty = ClusterSnapshot::fromJson(ClusterSnapshot().toJson(), &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(empty->withStale(false) == ClusterSnapshot());
}

void tst_ClusterSnapshot::jsonIsVersionedAndComplete()
{
    const QJsonObject json = richSnapshot().toJson();
    QCOMPARE(json.value("schema").toInt(), 1);
    QCOMPARE(json.value("profileId").toString(), QStringLiteral("profile-7"));
    QCOMPARE(json.value("worstSeverity").toString(), QStringLiteral("critical"));
    QCOMPARE(json.value("worstClockOffsetMs").toDouble(), 820.0);
    QCOMPARE(json.value("counts").toObject().value("diverged").toInt(), 1);
    QCOMPARE(json.value("license").toObject().value("expires").toString(),
             QStringLiteral("2027-06-30"));
    QCOMPARE(json.value("loadBalancer").toObject().value("serversUp").toInt(), 2);
    const QJsonObject first = json.value("nodes").toArray().at(0).toObject();
    QCOMPARE(first.value("health").toString(), QStringLiteral("up"));
    QCOMPARE(first.value("startedAt").toString(), QStringLiteral("2026-11-27T06:00:00.000Z"));
    QCOMPARE(first.value("clock").toObject().value("maxErrorUs").toInt(), 16000);
    QCOMPARE(first.value("rawNodeJson").toObject().value("serverVersion").toString(),
             QStringLiteral("4.2.0"));
    const QJsonObject third = json.value("nodes").toArray().at(2).toObject();
    QCOMPARE(third.value("config").toObject().value("agreement").toString(),
             QStringLiteral("diverged"));
}

void tst_ClusterSnapshot::jsonRejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("errorPart");
    const QJsonObject good = richSnapshot().toJson();
    auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject copy = good;
        copy.insert(key, value);
        return copy;
    };
    QJsonObject noSchema = good;
    noSchema.remove("schema");
    QTest::newRow("no schema") << noSchema << "field 'schema' is missing";
    QTest::newRow("newer schema") << with("schema", 2) << "field 'schema' is 2";
    QTest::newRow("schema string") << with("schema", "1") << "field 'schema' should be an integer";
    QTest::newRow("nodes object") << with("nodes", QJsonObject{})
                                  << "field 'nodes' should be an array";
    QTest::newRow("node not object")
        << with("nodes", QJsonArray{1}) << "field 'nodes[0]' should be an object";
    QTest::newRow("node without id")
        << with("nodes", QJsonArray{QJsonObject{{"name", "x"}}}) << "field 'node.id' is missing";
    QTest::newRow("bad finding") << with("findings", QJsonArray{QJsonObject{{"severity", "x"}}})
                                 << "'finding.severity' has an unknown value";
    QTest::newRow("bad expiry") << with("license", QJsonObject{{"expires", "soon"}})
                                << "field 'license.expires' is not a YYYY-MM-DD date";
    QTest::newRow("takenAt string")
        << with("takenAtMs", "now") << "field 'takenAtMs' should be an integer";
}

void tst_ClusterSnapshot::jsonRejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!ClusterSnapshot::fromJson(json, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!ClusterSnapshot::fromJson(json, nullptr));
}

void tst_ClusterSnapshot::licenseFromApi_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("api.md") << QJsonObject{{"licensee", "Example Corp"},
                                           {"product", "Spectrum"},
                                           {"edition", "Enterprise"},
                                           {"expires", "2027-06-30"},
                                           {"maxNodes", 16},
                                           {"features", QJsonArray{"geocoding"}}}
                            << true;
    QTest::newRow("empty") << QJsonObject{} << true;
    QTest::newRow("expires number") << QJsonObject{{"expires", 20270630}} << false;
    QTest::newRow("maxNodes string") << QJsonObject{{"maxNodes", "16"}} << false;
}

void tst_ClusterSnapshot::licenseFromApi()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, valid);
    QString error;
    const auto license = ClusterSnapshot::licenseFromJson(json, &error);
    QCOMPARE(license.has_value(), valid);
    if (!valid) {
        QVERIFY(error.startsWith("field 'license."));
        return;
    }
    QVERIFY(license->known);
    if (json.contains("expires")) {
        QCOMPARE(license->expires, QDate(2027, 6, 30));
        QCOMPARE(license->licensee, QStringLiteral("Example Corp"));
        QCOMPARE(license->maxNodes, 16);
    }
}

void tst_ClusterSnapshot::staleAndAge()
{
    const ClusterSnapshot snapshot = ClusterSnapshot().withTakenAtMs(1000);
    QCOMPARE(snapshot.ageMs(61000), qint64(60000));
    QCOMPARE(ClusterSnapshot().ageMs(61000), qint64(0));
    QVERIFY(snapshot.withStale(true).isStale());
}

QTEST_GUILESS_MAIN(tst_ClusterSnapshot)
#include "tst_ClusterSnapshot.moc"
