#include "Finding.h"

#include "ClockAssessment.h"
#include "ClusterSnapshot.h"
#include "ConfigAgreement.h"
#include "HaproxyStats.h"
#include "NodeSnapshot.h"

#include <QDateTime>
#include <QMap>
#include <QTimeZone>
#include <QVersionNumber>

#include <algorithm>

namespace {

struct SeverityEntry
{
    Severity severity;
    const char *key;
};
const SeverityEntry severityKeys[] = {{Severity::Ok, "ok"},
                                      {Severity::Info, "info"},
                                      {Severity::Warning, "warning"},
                                      {Severity::Critical, "critical"}};

struct CategoryEntry
{
    Finding::Category category;
    const char *key;
};
const CategoryEntry categoryKeys[] = {{Finding::Category::Health, "health"},
                                      {Finding::Category::Clock, "clock"},
                                      {Finding::Category::Config, "config"},
                                      {Finding::Category::Version, "version"},
                                      {Finding::Category::LoadBalancer, "load-balancer"},
                                      {Finding::Category::License, "license"},
                                      {Finding::Category::Cluster, "cluster"}};

} // namespace

QString severityKey(Severity severity)
{
    for (const auto &entry : severityKeys) {
        if (entry.severity == severity)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("ok");
}

std::optional<Severity> severityFromKey(QStringView key)
{
    for (const auto &entry : severityKeys) {
        if (key == QLatin1String(entry.key))
            return entry.severity;
    }
    return std::nullopt;
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return Finding::tr("Info");
    case Severity::Warning:
        return Finding::tr("Warning");
    case Severity::Critical:
        return Finding::tr("Critical");
    case Severity::Ok:
        break;
    }
    return Finding::tr("OK");
}

QString Finding::categoryKey(Category category)
{
    for (const auto &entry : categoryKeys) {
        if (entry.category == category)
            return QString::fromLatin1(entry.key);
    }
    return QStringLiteral("cluster");
}

std::optional<Finding::Category> Finding::categoryFromKey(QStringView key)
{
    for (const auto &entry : categoryKeys) {
        if (key == QLatin1String(entry.key))
            return entry.category;
    }
    return std::nullopt;
}

QString Finding::categoryText(Category category)
{
    switch (category) {
    case Category::Health:
        return tr("Health");
    case Category::Clock:
        return tr("Clock");
    case Category::Config:
        return tr("Configuration");
    case Category::Version:
        return tr("Version");
    case Category::LoadBalancer:
        return tr("Load balancer");
    case Category::License:
        return tr("License");
    case Category::Cluster:
        break;
    }
    return tr("Cluster");
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{{QStringLiteral("severity"), severityKey(severity)},
                       {QStringLiteral("category"), categoryKey(category)},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("nodeId"), nodeId},
                       {QStringLiteral("text"), text},
                       {QStringLiteral("action"), action}};
}

std::optional<Finding> Finding::fromJson(const QJsonObject &object, QString *error)
{
    SnapshotJsonReader reader(object, QStringLiteral("finding"), error);
    Finding finding;
    const QString severity = reader.string(QStringLiteral("severity")).value_or(QString());
    const QString category = reader.string(QStringLiteral("category")).value_or(QString());
    finding.code = reader.string(QStringLiteral("code")).value_or(QString());
    finding.nodeId = reader.string(QStringLiteral("nodeId")).value_or(QString());
    finding.text = reader.string(QStringLiteral("text")).value_or(QString());
    finding.action = reader.string(QStringLiteral("action")).value_or(QString());
    if (!reader.ok())
        return std::nullopt;
    const auto parsedSeverity = severityFromKey(severity);
    if (!parsedSeverity) {
        reader.fail(QStringLiteral("severity"),
                    QStringLiteral("has an unknown value '%1'").arg(severity));
        return std::nullopt;
    }
    const auto parsedCategory = categoryFromKey(category);
    if (!parsedCategory) {
        reader.fail(QStringLiteral("category"),
                    QStringLiteral("has an unknown value '%1'").arg(category));
        return std::nullopt;
    }
    finding.severity = *parsedSeverity;
    finding.category = *parsedCategory;
    return finding;
}

void Finding::sortWorstFirst(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.category != b.category)
            return a.category < b.category;
        if (a.nodeId != b.nodeId)
            return a.nodeId < b.nodeId;
        return a.code < b.code;
    });
}

Severity Finding::worstOf(const QList<Finding> &findings)
{
    Severity worst = Severity::Ok;
    for (const Finding &finding : findings)
        worst = std::max(worst, finding.severity);
    return worst;
}

QString Finding::durationText(qint64 seconds)
{
    // Two explicit forms read right in English without a loaded translation; translators
    // still get each string.
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60)
        return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
    if (seconds < 3600)
        return seconds / 60 == 1 ? tr("1 minute") : tr("%1 minutes").arg(seconds / 60);
    if (seconds < 86400)
        return seconds / 3600 == 1 ? tr("1 hour") : tr("%1 hours").arg(seconds / 3600);
    return seconds / 86400 == 1 ? tr("1 day") : tr("%1 days").arg(seconds / 86400);
}

namespace Assessment {

QList<Finding> healthFindings(const QList<NodeSnapshot> &nodes)
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        Finding finding;
        finding.category = Finding::Category::Health;
        finding.nodeId = node.id();
        switch (node.health()) {
        case NodeHealth::Unreachable:
            finding.severity = Severity::Critical;
            finding.code = QStringLiteral("health.unreachable");
            finding.text = Finding::tr("%1 does not answer (%2 polls missed in a row)")
                               .arg(node.name())
                               .arg(node.missedPolls());
            finding.action = Finding::tr("Check that %1 runs and that this computer can reach it.")
                                 .arg(node.name());
            break;
        case NodeHealth::Degraded:
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("health.degraded");
            finding.text = node.reportedState() == QLatin1String("draining")
                               ? Finding::tr("%1 is shutting down (draining)").arg(node.name())
                               : Finding::tr("%1 reports that it is degraded").arg(node.name());
            finding.action = Finding::tr("Look at the log of %1; restart it if it does not "
                                         "recover.")
                                 .arg(node.name());
            break;
        case NodeHealth::Slow:
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("health.slow");
            // The error names the deadline it missed; the latency is what it took.
            finding.text = node.error().isEmpty()
                               ? Finding::tr("%1 is slow: it answered after %2 ms")
                                     .arg(node.name())
                                     .arg(qRound64(node.latencyMs().value_or(0)))
                               : Finding::tr("%1 is slow: %2 (it answered after %3 ms)")
                                     .arg(node.name(), node.error())
                                     .arg(qRound64(node.latencyMs().value_or(0)));
            finding.action = Finding::tr("Look at the load and the log of %1; the other nodes "
                                         "are judged normally.")
                                 .arg(node.name());
            break;
        case NodeHealth::Up:
        case NodeHealth::Unknown:
            if (node.missedPolls() == 0 || HaproxyStats::silentAndDown(node))
                continue; // HAProxy calls it down too: the load balancer's finding says so
            finding.severity = Severity::Info;
            finding.code = QStringLiteral("health.missed-poll");
            finding.text = Finding::tr("%1 missed the last poll").arg(node.name());
            finding.action = Finding::tr("No action needed unless %1 misses the next poll too.")
                                 .arg(node.name());
            break;
        }
        findings.append(finding);
    }
    return findings;
}

QList<Finding> latencyOutlierFindings(const QList<NodeSnapshot> &nodes)
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        if (node.health() == NodeHealth::Slow || node.missedPolls() > 0 || !node.latencyMs())
            continue;
        QList<double> others;
        for (const NodeSnapshot &other : nodes) {
            if (other.id() != node.id() && other.health() != NodeHealth::Slow &&
                other.missedPolls() == 0 && other.latencyMs())
                others.append(*other.latencyMs());
        }
        const auto median = ClockSample::median(others);
        const double latency = *node.latencyMs();
        if (!median || latency <= LatencyOutlierMinMs || latency <= LatencyOutlierFactor * *median)
            continue;
        Finding finding;
        finding.severity = Severity::Warning;
        finding.category = Finding::Category::Health;
        finding.code = QStringLiteral("health.latency-outlier");
        finding.nodeId = node.id();
        finding.text = Finding::tr("%1 answers slowly: %2 ms, more than %3 times the other nodes' "
                                   "median of %4 ms")
                           .arg(node.name())
                           .arg(qRound64(latency))
                           .arg(qRound64(LatencyOutlierFactor))
                           .arg(*median, 0, 'f', 1);
        finding.action =
            Finding::tr("Look at the load and the log of %1 before it misses its deadline.")
                .arg(node.name());
        findings.append(finding);
    }
    return findings;
}

namespace {

// The value most nodes have; on a tie the newest version, so the older nodes are the odd ones.
QString majorityOf(const QMap<QString, int> &counts)
{
    QString majority;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool newer =
            QVersionNumber::fromString(it.key()) > QVersionNumber::fromString(majority);
        if (it.value() > best || (it.value() == best && newer)) {
            majority = it.key();
            best = it.value();
        }
    }
    return majority;
}

} // namespace

QList<Finding> versionSkewFindings(const QList<NodeSnapshot> &nodes)
{
    QMap<QString, int> serverVersions;
    QMap<QString, int> schemaVersions;
    for (const NodeSnapshot &node : nodes) {
        if (!node.serverVersion().isEmpty())
            ++serverVersions[node.serverVersion()];
        if (node.schemaVersion())
            ++schemaVersions[QString::number(*node.schemaVersion())];
    }
    QList<Finding> findings;
    const QString server = majorityOf(serverVersions);
    const QString schema = majorityOf(schemaVersions);
    for (const NodeSnapshot &node : nodes) {
        Finding finding;
        finding.category = Finding::Category::Version;
        finding.nodeId = node.id();
        if (serverVersions.size() > 1 && !node.serverVersion().isEmpty() &&
            node.serverVersion() != server) {
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("version.server");
            finding.text = Finding::tr("%1 runs server %2 while the others run %3")
                               .arg(node.name(), node.serverVersion(), server);
            finding.action =
                Finding::tr("Bring %1 to server %2 like the other nodes.").arg(node.name(), server);
            findings.append(finding);
        }
        if (schemaVersions.size() > 1 && node.schemaVersion() &&
            QString::number(*node.schemaVersion()) != schema) {
            finding.severity = Severity::Critical;
            finding.code = QStringLiteral("version.schema");
            finding.text = Finding::tr("%1 uses configuration schema %2 while the others use %3")
                               .arg(node.name())
                               .arg(*node.schemaVersion())
                               .arg(schema);
            finding.action = Finding::tr("Do not change the configuration until %1 runs the same "
                                         "release as the others: it may misread it.")
                                 .arg(node.name());
            findings.append(finding);
        }
    }
    return findings;
}

std::optional<Finding> restartOrderFinding(const QList<NodeSnapshot> &nodes,
                                           const QHash<QString, qint64> &lastSeenUpMs)
{
    if (nodes.isEmpty())
        return std::nullopt;
    const NodeSnapshot *last = nullptr;
    qint64 lastMs = 0;
    for (const NodeSnapshot &node : nodes) {
        if (node.health() != NodeHealth::Unreachable)
            return std::nullopt;
        const qint64 seenMs = lastSeenUpMs.value(node.id(), node.lastSeenMs());
        if (seenMs > lastMs) {
            last = &node;
            lastMs = seenMs;
        }
    }
    Finding finding;
    finding.severity = Severity::Critical;
    finding.category = Finding::Category::Cluster;
    finding.code = QStringLiteral("cluster.down");
    if (!last) {
        finding.text = Finding::tr("The whole cluster is down and Clusterdesk never saw which node "
                                   "stopped last");
        finding.action = Finding::tr("Find the node that stopped last in the nodes' logs and start "
                                     "it first, then the others.");
        return finding;
    }
    // The platform's rule: the node that stopped last holds the newest state, so it starts first.
    const QString when =
        QDateTime::fromMSecsSinceEpoch(lastMs).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    finding.nodeId = last->id();
    finding.text = Finding::tr("The whole cluster is down: start %1 first (it stopped last, at %2)")
                       .arg(last->name(), when);
    finding.action = Finding::tr("Start %1 first, wait until it is up, then start the other nodes.")
                         .arg(last->name());
    return finding;
}

std::optional<Finding> licenseFinding(const QDate &expires, qint64 nowMs,
                                      const AssessmentThresholds &thresholds)
{
    if (!expires.isValid())
        return std::nullopt;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date();
    const qint64 days = today.daysTo(expires);
    if (days > thresholds.licenseWarnDays)
        return std::nullopt;
    Finding finding;
    finding.category = Finding::Category::License;
    finding.code = QStringLiteral("license.expiry");
    finding.severity = days <= thresholds.licenseCritDays ? Severity::Critical : Severity::Warning;
    const QString date = expires.toString(Qt::ISODate);
    if (days < 0) {
        finding.code = QStringLiteral("license.expired");
        finding.text = Finding::tr("The license expired on %1").arg(date);
        finding.action = Finding::tr("Install a renewed license now.");
    } else {
        finding.text = days == 0   ? Finding::tr("The license expires today")
                       : days == 1 ? Finding::tr("The license expires tomorrow")
                                   : Finding::tr("The license expires in %1 days").arg(days);
        finding.action = Finding::tr("Renew the license before %1.").arg(date);
    }
    return finding;
}

Finding unreachableFinding(const ClusterSnapshot &snapshot)
{
    Finding finding;
    finding.severity = Severity::Critical;
    finding.category = Finding::Category::Cluster;
    const QString code = snapshot.errorCode();
    if (code == QLatin1String("sign-in-failed") || code == QLatin1String("forbidden")) {
        // The cluster answered: the address and the network are fine.
        finding.code = QStringLiteral("cluster.sign-in-failed");
        finding.text = Finding::tr("Sign-in failed: %1").arg(snapshot.error());
        finding.action = code == QLatin1String("forbidden")
                             ? Finding::tr("Use an account that may read the cluster.")
                             : Finding::tr("Check the user name and the password or token in "
                                           "the cluster's settings.");
        return finding;
    }
    finding.code = code == QLatin1String("cannot-connect")
                       ? QStringLiteral("cluster.cannot-connect")
                       : QStringLiteral("cluster.unreachable");
    finding.text =
        code == QLatin1String("cannot-connect")
            ? Finding::tr("Clusterdesk cannot connect to the load balancer: %1")
                  .arg(snapshot.error())
        : snapshot.error().isEmpty()
            ? Finding::tr("Clusterdesk cannot reach the cluster")
            : Finding::tr("Clusterdesk cannot reach the cluster: %1").arg(snapshot.error());
    finding.action = Finding::tr("Check the cluster's address and the network between this "
                                 "computer and the load balancer.");
    return finding;
}

QList<Finding> assess(const ClusterSnapshot &snapshot, const AssessmentThresholds &thresholds,
                      qint64 nowMs, const QHash<QString, qint64> &lastSeenUpMs)
{
    const QList<NodeSnapshot> nodes = snapshot.nodes();
    QList<Finding> findings = healthFindings(nodes);
    findings += latencyOutlierFindings(nodes);
    findings += ClockAssessment(thresholds).findings(nodes);
    findings += ConfigAgreement::findings(nodes, nowMs, thresholds.stalledAfterSeconds);
    if (const auto behind = ConfigAgreement::primaryBehindFinding(nodes, snapshot.primaryId()))
        findings.append(*behind);
    findings += ConfigAgreement::historyFindings(nodes, snapshot.primaryId());
    findings += versionSkewFindings(nodes);
    findings += HaproxyStats::disagreements(nodes);
    const auto restart = restartOrderFinding(nodes, lastSeenUpMs);
    if (restart) {
        findings.append(*restart);
    } else if (!snapshot.isReachable()) {
        findings.append(unreachableFinding(snapshot));
    }
    const ClusterSnapshot::LoadBalancerView lb = snapshot.loadBalancerView();
    if (!lb.available && !lb.error.isEmpty()) {
        Finding finding;
        finding.severity = Severity::Info;
        finding.category = Finding::Category::LoadBalancer;
        finding.code = QStringLiteral("lb.stats-unavailable");
        finding.text = Finding::tr("HAProxy's statistics could not be read: %1").arg(lb.error);
        finding.action = Finding::tr("Check the statistics address in the cluster's settings.");
        findings.append(finding);
    }
    if (snapshot.license().known) {
        if (const auto license = licenseFinding(snapshot.license().expires, nowMs, thresholds))
            findings.append(*license);
    }
    Finding::sortWorstFirst(findings);
    return findings;
}

} // namespace Assessment
