#pragma once
// A ReportData built in memory, for report tests and bench/report_bench: `nodes` nodes with
// clock, config and LB states, a day of samples per node, findings, changes, license,
// dataflows and resources. Header-only: its users link clusterdesk_core, testsupport does not.

#include "ClockAssessment.h"
#include "ReportData.h"

#include <QJsonArray>

namespace SyntheticReport {

inline ClusterReport cluster(const QString &name, int nodes, const ReportPeriod &period,
                             int samplesPerNode = 288)
{
    ClusterReport report;
    report.profileName = name;
    report.loadBalancerUrl = QUrl(QStringLiteral("https://%1.example:8443").arg(name));
    QList<NodeSnapshot> list;
    list.reserve(nodes);
    for (int i = 0; i < nodes; ++i) {
        const QString id = QStringLiteral("node-%1").arg(i + 1);
        QJsonObject json{
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), id},
            {QStringLiteral("url"),
             QStringLiteral("http://10.0.%1.%2:9101").arg(i / 250).arg(i % 250)},
            {QStringLiteral("serverVersion"),
             i % 97 == 5 ? QStringLiteral("4.1.9") : QStringLiteral("4.2.0")},
            {QStringLiteral("role"),
             i == 0 ? QStringLiteral("primary") : QStringLiteral("replica")},
            {QStringLiteral("state"), QStringLiteral("up")},
            {QStringLiteral("uptimeSeconds"), 3600 * 24 * 3 + i},
            {QStringLiteral("cluster"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("c0ffee")},
                         {QStringLiteral("name"), name}}},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("revision"), i % 50 == 7 ? 40 : 42},
                         {QStringLiteral("checksum"), QStringLiteral("ab12cd34ef56ab12cd34")},
                         {QStringLiteral("lag"), i % 50 == 7 ? 2 : 0},
                         {QStringLiteral("syncState"),
                          i % 50 == 7 ? QStringLiteral("paused") : QStringLiteral("in-sync")}}},
            {QStringLiteral("clock"), QJsonObject{{QStringLiteral("synchronized"), true},
                                                  {QStringLiteral("maxErrorUs"), 16000},
                                                  {QStringLiteral("estErrorUs"), 500}}}};
        QString error;
        NodeSnapshot node = *NodeSnapshot::fromNodeJson(json, &error);
        NodeSnapshot::Clock clock = node.clock();
        clock.measured = true;
        clock.offsetMs = i == 1 ? 800.4 : 0.3 * (i % 7) - 1.0;
        clock.errorMs = 0.4;
        node =
            node.withClock(clock)
                .withHealth(NodeHealth::Up, 0)
                .withLoadBalancer({LbState::Up, QStringLiteral("UP"), QStringLiteral("L7OK"), 30});
        NodeSnapshot::Config config = node.config();
        config.agreement =
            i % 50 == 7 ? ConfigAgreementState::Behind : ConfigAgreementState::InSync;
        config.revisionsBehind = i % 50 == 7 ? 2 : 0;
        list << node.withConfig(config);
        QList<NodeSample> samples;
        const qint64 step = std::max<qint64>(1, period.durationMs() / std::max(1, samplesPerNode));
        for (int s = 0; s < samplesPerNode; ++s) {
            NodeSample sample;
            sample.nodeId = id;
            sample.timeMs = period.fromMs + s * step;
            sample.state = QStringLiteral("up");
            sample.offsetMs = clock.offsetMs + ((s * 37 + i) % 11) * 0.1;
            sample.errorMs = 0.4;
            sample.revision = 42;
            samples << sample;
        }
        report.history.insert(id, samples);
    }
    list = ClockAssessment().apply(list);
    report.snapshot = ClusterSnapshot()
                          .withCluster(QStringLiteral("c0ffee"), name)
                          .withTakenAtMs(period.toMs)
                          .withReachable(true)
                          .withPrimaryId(QStringLiteral("node-1"))
                          .withNodes(list)
                          .withLoadBalancerView({true, QString(), nodes, nodes})
                          .assessed(AssessmentThresholds(), period.toMs);
    report.historyKnown = true;
    report.changesKnown = true;
    for (int r = 42; r > 32; --r) {
        ChangeLogEntry entry;
        entry.revision = r;
        entry.time =
            QDateTime::fromMSecsSinceEpoch(period.toMs - (42 - r) * 600000, QTimeZone::utc());
        entry.user = QStringLiteral("admin");
        entry.operation = QStringLiteral("update");
        entry.resourceType = QStringLiteral("jdbc");
        entry.name = QStringLiteral("orders-db");
        report.changes << entry;
    }
    report.license.known = true;
    report.license.license = {true,
                              QStringLiteral("Example Corp"),
                              QStringLiteral("Spectrum"),
                              QStringLiteral("Enterprise"),
                              QDate(2027, 6, 30),
                              1024};
    report.license.features = {QStringLiteral("geocoding"), QStringLiteral("routing")};
    report.dataflows = {true, 12, {{QStringLiteral("service"), 8}, {QStringLiteral("job"), 4}}, 6};
    report.resourcesKnown = true;
    report.resources << ReportResource::make(
        QStringLiteral("jdbc"), QStringLiteral("orders-db"), QStringLiteral("Orders warehouse"),
        QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                    {QStringLiteral("url"), QStringLiteral("jdbc:postgresql://db:5432/orders")},
                    {QStringLiteral("port"), 5432},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("ssl"), QStringLiteral("true")}}}},
        {{QStringLiteral("password"), true}}, 17,
        QDateTime::fromMSecsSinceEpoch(period.toMs, QTimeZone::utc()), QStringLiteral("admin"));
    report.resources << ReportResource::make(
        QStringLiteral("webservice"), QStringLiteral("geo"), QStringLiteral("=cmd|' /C calc'!A0"),
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("REST")},
                    {QStringLiteral("url"), QStringLiteral("https://geo.example/api")}},
        {}, 18, QDateTime::fromMSecsSinceEpoch(period.toMs, QTimeZone::utc()),
        QStringLiteral("admin"));
    return report;
}

inline ReportData report(int nodes, int clusters = 1, int samplesPerNode = 288)
{
    ReportData data;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    data.generatedAt = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::systemTimeZone());
    data.period = ReportPeriod::last(std::chrono::hours(24), now);
    data.fleet = clusters > 1;
    for (int c = 0; c < clusters; ++c)
        data.clusters << cluster(QStringLiteral("cluster-%1").arg(c + 1), nodes, data.period,
                                 samplesPerNode);
    return data;
}

} // namespace SyntheticReport
