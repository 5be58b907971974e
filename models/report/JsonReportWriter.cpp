#include "JsonReportWriter.h"

#include "ActivityExport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

QJsonValue optional(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(std::optional<bool> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

QJsonValue timeMs(qint64 ms)
{
    return ms > 0 ? time(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()))
                  : QJsonValue(QJsonValue::Null);
}

QJsonObject historyJson(const ClusterReport &cluster)
{
    QJsonArray nodes;
    for (auto it = cluster.history.cbegin(); it != cluster.history.cend(); ++it) {
        QList<double> offsets;
        for (const NodeSample &sample : it.value()) {
            if (sample.offsetMs && std::isfinite(*sample.offsetMs))
                offsets << *sample.offsetMs;
        }
        QJsonObject node{{QStringLiteral("nodeId"), it.key()},
                         {QStringLiteral("samples"), it.value().size()},
                         {QStringLiteral("clockSamples"), offsets.size()}};
        if (!offsets.isEmpty()) {
            const auto [low, high] = std::minmax_element(offsets.cbegin(), offsets.cend());
            double sum = 0;
            for (double value : offsets)
                sum += value;
            node.insert(QStringLiteral("minOffsetMs"), *low);
            node.insert(QStringLiteral("maxOffsetMs"), *high);
            node.insert(QStringLiteral("meanOffsetMs"), sum / double(offsets.size()));
            node.insert(QStringLiteral("lastOffsetMs"), offsets.constLast());
        }
        nodes.append(node);
    }
    return {{QStringLiteral("available"), cluster.historyKnown}, {QStringLiteral("nodes"), nodes}};
}

QJsonObject configurationJson(const ClusterReport &cluster)
{
    QJsonArray changes;
    for (const ChangeLogEntry &change : cluster.changes) {
        changes.append(QJsonObject{{QStringLiteral("revision"), change.revision},
                                   {QStringLiteral("time"), time(change.time)},
                                   {QStringLiteral("user"), change.user},
                                   {QStringLiteral("operation"), change.operation},
                                   {QStringLiteral("type"), change.resourceType},
                                   {QStringLiteral("name"), change.name}});
    }
    QJsonValue license(QJsonValue::Null);
    if (cluster.license.known) {
        const ClusterSnapshot::License &value = cluster.license.license;
        license = QJsonObject{
            {QStringLiteral("licensee"), value.licensee},
            {QStringLiteral("product"), value.product},
            {QStringLiteral("edition"), value.edition},
            {QStringLiteral("expires"), value.expires.isValid()
                                            ? QJsonValue(value.expires.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("maxNodes"), value.maxNodes},
            {QStringLiteral("features"), QJsonArray::fromStringList(cluster.license.features)}};
    }
    QJsonValue dataflows(QJsonValue::Null);
    if (cluster.dataflows.known) {
        QJsonObject perKind;
        for (auto it = cluster.dataflows.perKind.cbegin(); it != cluster.dataflows.perKind.cend();
             ++it)
            perKind.insert(it.key(), it.value());
        dataflows = QJsonObject{{QStringLiteral("count"), cluster.dataflows.count},
                                {QStringLiteral("exposed"), cluster.dataflows.exposed},
                                {QStringLiteral("byKind"), perKind}};
    }
    return {{QStringLiteral("agreement"), cluster.configAgreementKey()},
            {QStringLiteral("changesAvailable"), cluster.changesKnown},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("license"), license},
            {QStringLiteral("dataflows"), dataflows}};
}

} // namespace

QJsonObject JsonReportWriter::nodeJson(const NodeSnapshot &node)
{
    const NodeSnapshot::Clock clock = node.clock();
    const NodeSnapshot::Config config = node.config();
    QJsonObject clockJson{{QStringLiteral("measured"), clock.measured},
                          {QStringLiteral("ntpSynchronized"), optional(clock.ntpSynchronized)},
                          {QStringLiteral("ntpMaxErrorUs"), optional(clock.maxErrorUs)},
                          {QStringLiteral("ntpEstErrorUs"), optional(clock.estErrorUs)},
                          {QStringLiteral("severity"), severityKey(clock.severity)}};
    if (clock.measured) {
        clockJson.insert(QStringLiteral("offsetMs"), clock.offsetMs);
        clockJson.insert(QStringLiteral("errorMs"), clock.errorMs);
        clockJson.insert(QStringLiteral("offsetVsMedianMs"), clock.offsetVsMedianMs);
    }
    return {{QStringLiteral("id"), node.id()},
            {QStringLiteral("name"), node.name()},
            {QStringLiteral("role"), node.role()},
            {QStringLiteral("health"), nodeHealthKey(node.health())},
            {QStringLiteral("lbState"), lbStateKey(node.loadBalancer().state)},
            {QStringLiteral("clock"), clockJson},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("revision"), optional(config.revision)},
                         {QStringLiteral("checksum"), config.checksum},
                         {QStringLiteral("lag"), optional(config.lag)},
                         {QStringLiteral("syncState"), config.syncState},
                         {QStringLiteral("agreement"), configAgreementKey(config.agreement)},
                         {QStringLiteral("revisionsBehind"), config.revisionsBehind}}},
            {QStringLiteral("uptimeSeconds"), optional(node.uptimeSeconds())},
            {QStringLiteral("serverVersion"), node.serverVersion()}};
}

QJsonObject JsonReportWriter::resourceJson(const ReportResource &resource)
{
    QJsonObject secrets;
    const QMap<QString, bool> set = resource.secretsSet();
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        secrets.insert(it.key(), it.value() ? QStringLiteral("set") : QStringLiteral("not set"));
    return {{QStringLiteral("type"), resource.type()},
            {QStringLiteral("name"), resource.name()},
            {QStringLiteral("description"), resource.description()},
            {QStringLiteral("spec"), resource.publicSpec()},
            {QStringLiteral("secrets"), secrets},
            {QStringLiteral("revision"), resource.revision()},
            {QStringLiteral("updatedAt"), time(resource.updatedAt())},
            {QStringLiteral("updatedBy"), resource.updatedBy()}};
}

QJsonObject JsonReportWriter::clusterJson(const ClusterReport &cluster)
{
    const ClusterSnapshot &snapshot = cluster.snapshot;
    const ClusterSnapshot::Counts counts = snapshot.counts();
    const ClusterSnapshot::LoadBalancerView lb = snapshot.loadBalancerView();
    QJsonArray findings;
    for (const Finding &finding : snapshot.findings())
        findings.append(finding.toJson());
    QJsonArray nodes;
    for (const NodeSnapshot &node : snapshot.nodes())
        nodes.append(nodeJson(node));
    QJsonArray resources;
    for (const ReportResource &resource : cluster.resources)
        resources.append(resourceJson(resource));
    const ClusterCapabilities capabilities = snapshot.capabilities();
    QJsonArray services;
    for (const ExposedService &service : snapshot.services())
        services.append(service.toJson());
    return {{QStringLiteral("name"), cluster.displayName()},
            {QStringLiteral("profileName"), cluster.profileName},
            {QStringLiteral("clusterId"), snapshot.clusterId()},
            {QStringLiteral("loadBalancerUrl"), cluster.loadBalancerUrl.toString()},
            {QStringLiteral("reachable"), snapshot.isReachable()},
            {QStringLiteral("error"), snapshot.error()},
            {QStringLiteral("polledAt"), timeMs(snapshot.takenAtMs())},
            {QStringLiteral("complete"), cluster.isComplete()},
            {QStringLiteral("problems"), QJsonArray::fromStringList(cluster.problems)},
            {QStringLiteral("summary"),
             QJsonObject{
                 {QStringLiteral("nodesUp"), counts.up},
                 {QStringLiteral("nodesTotal"), counts.total},
                 {QStringLiteral("worstClockOffsetMs"), optional(snapshot.worstClockOffsetMs())},
                 {QStringLiteral("configAgreement"), cluster.configAgreementKey()},
                 {QStringLiteral("nodesInSync"), counts.inSync},
                 {QStringLiteral("nodesBehind"), counts.behind},
                 {QStringLiteral("nodesDiverged"), counts.diverged},
                 {QStringLiteral("loadBalancer"),
                  QJsonObject{{QStringLiteral("available"), lb.available},
                              {QStringLiteral("serversUp"), lb.serversUp},
                              {QStringLiteral("serversTotal"), lb.serversTotal},
                              {QStringLiteral("error"), lb.error}}},
                 {QStringLiteral("worstSeverity"), severityKey(snapshot.worstSeverity())}}},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("nodes"), nodes},
            {QStringLiteral("history"), historyJson(cluster)},
            {QStringLiteral("configuration"), configurationJson(cluster)},
            {QStringLiteral("resourcesAvailable"), cluster.resourcesKnown},
            {QStringLiteral("resources"), resources},
            {QStringLiteral("activityAvailable"), cluster.activityKnown},
            {QStringLiteral("activity"), ActivityExport::jsonArray(cluster.activity)},
            // What the cluster offers, and the one-line notes on what it does not publish.
            {QStringLiteral("capabilities"), capabilities.toJson()},
            {QStringLiteral("clockSource"), capabilities.clockSourceKey()},
            {QStringLiteral("unavailable"),
             QJsonArray::fromStringList(capabilities.unavailableTexts(true))},
            {QStringLiteral("services"), services}};
}

QJsonObject JsonReportWriter::fleetRowJson(const ClusterReport &cluster)
{
    const FleetSummary summary = cluster.fleetSummary();
    return {{QStringLiteral("name"), summary.name},
            {QStringLiteral("reachable"), summary.reachable},
            {QStringLiteral("nodesUp"), summary.nodesUp},
            {QStringLiteral("nodesTotal"), summary.nodesTotal},
            {QStringLiteral("worstOffsetMs"), optional(summary.worstOffsetMs)},
            {QStringLiteral("configAgreement"), summary.agreementKey()},
            {QStringLiteral("resourceCount"),
             summary.resourceCount < 0 ? QJsonValue() : QJsonValue(summary.resourceCount)},
            {QStringLiteral("lastRefresh"), timeMs(summary.lastRefreshMs)},
            {QStringLiteral("worstSeverity"), severityKey(summary.worstSeverity)}};
}

QJsonObject JsonReportWriter::toJson(const ReportData &data)
{
    QJsonArray clusters;
    for (const ClusterReport &cluster : data.clusters)
        clusters.append(clusterJson(cluster));
    QJsonObject report{
        {QStringLiteral("schema"), SchemaVersion},
        {QStringLiteral("kind"), data.fleet ? QStringLiteral("fleet") : QStringLiteral("cluster")},
        // An explicit offset whatever the QDateTime's own time spec.
        {QStringLiteral("generatedAt"),
         data.generatedAt.toOffsetFromUtc(data.generatedAt.offsetFromUtc())
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("timeZone"), QString::fromUtf8(data.generatedAt.timeZone().id())},
        {QStringLiteral("consoleVersion"), data.consoleVersion},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), timeMs(data.period.fromMs)},
                                               {QStringLiteral("to"), timeMs(data.period.toMs)}}},
        {QStringLiteral("complete"), data.isComplete()},
        {QStringLiteral("clusters"), clusters}};
    if (data.fleet) {
        // The Fleet overview's figures, a row per cluster in the order of "clusters".
        QJsonArray rows;
        for (const ClusterReport &cluster : data.clusters)
            rows.append(fleetRowJson(cluster));
        report.insert(QStringLiteral("fleetSummary"), rows);
    }
    return report;
}

QByteArray JsonReportWriter::write(const ReportData &data)
{
    return QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented);
}
