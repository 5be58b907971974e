#include "ClusterSnapshot.h"

#include <cmath>

std::optional<ClusterSnapshot::License> ClusterSnapshot::licenseFromJson(const QJsonObject &object,
                                                                         QString *error)
{
    SnapshotJsonReader reader(object, QStringLiteral("license"), error);
    License license;
    license.licensee = reader.string(QStringLiteral("licensee")).value_or(QString());
    license.product = reader.string(QStringLiteral("product")).value_or(QString());
    license.edition = reader.string(QStringLiteral("edition")).value_or(QString());
    license.maxNodes = int(reader.integer(QStringLiteral("maxNodes")).value_or(0));
    if (const auto expires = reader.string(QStringLiteral("expires"))) {
        license.expires = QDate::fromString(*expires, Qt::ISODate);
        if (!license.expires.isValid())
            reader.fail(QStringLiteral("expires"), QStringLiteral("is not a YYYY-MM-DD date"));
    }
    if (!reader.ok())
        return std::nullopt;
    license.known = true;
    return license;
}

std::optional<NodeSnapshot> ClusterSnapshot::node(const QString &id) const
{
    for (const NodeSnapshot &node : m_nodes) {
        if (node.id() == id)
            return node;
    }
    return std::nullopt;
}

ClusterSnapshot::Counts ClusterSnapshot::counts() const
{
    Counts counts;
    counts.total = int(m_nodes.size());
    for (const NodeSnapshot &node : m_nodes) {
        switch (node.health()) {
        case NodeHealth::Up:
            ++counts.up;
            break;
        case NodeHealth::Degraded:
            ++counts.degraded;
            break;
        case NodeHealth::Unreachable:
            ++counts.unreachable;
            break;
        case NodeHealth::Unknown:
            break;
        }
        switch (node.config().agreement) {
        case ConfigAgreementState::InSync:
            ++counts.inSync;
            break;
        case ConfigAgreementState::Behind:
        case ConfigAgreementState::Stalled:
            ++counts.behind;
            break;
        case ConfigAgreementState::Diverged:
            ++counts.diverged;
            break;
        case ConfigAgreementState::Unknown:
            break;
        }
    }
    return counts;
}

std::optional<double> ClusterSnapshot::worstClockOffsetMs() const
{
    std::optional<double> worst;
    for (const NodeSnapshot &node : m_nodes) {
        const NodeSnapshot::Clock clock = node.clock();
        if (clock.measured && (!worst || std::fabs(clock.offsetVsMedianMs) > std::fabs(*worst)))
            worst = clock.offsetVsMedianMs;
    }
    return worst;
}

ClusterSnapshot ClusterSnapshot::withProfileId(const QString &profileId) const
{
    ClusterSnapshot copy = *this;
    copy.m_profileId = profileId;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withCluster(const QString &clusterId,
                                             const QString &clusterName) const
{
    ClusterSnapshot copy = *this;
    copy.m_clusterId = clusterId;
    copy.m_clusterName = clusterName;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withTakenAtMs(qint64 takenAtMs) const
{
    ClusterSnapshot copy = *this;
    copy.m_takenAtMs = takenAtMs;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withReachable(bool reachable, const QString &error) const
{
    ClusterSnapshot copy = *this;
    copy.m_reachable = reachable;
    copy.m_error = error;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withPrimaryId(const QString &primaryId) const
{
    ClusterSnapshot copy = *this;
    copy.m_primaryId = primaryId;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withNodes(const QList<NodeSnapshot> &nodes) const
{
    ClusterSnapshot copy = *this;
    copy.m_nodes = nodes;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withFindings(QList<Finding> findings) const
{
    Finding::sortWorstFirst(findings);
    ClusterSnapshot copy = *this;
    copy.m_findings = findings;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withLoadBalancerView(const LoadBalancerView &view) const
{
    ClusterSnapshot copy = *this;
    copy.m_loadBalancerView = view;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withLicense(const License &license) const
{
    ClusterSnapshot copy = *this;
    copy.m_license = license;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withStale(bool stale) const
{
    ClusterSnapshot copy = *this;
    copy.m_stale = stale;
    return copy;
}

ClusterSnapshot ClusterSnapshot::assessed(const AssessmentThresholds &thresholds, qint64 nowMs,
                                          const QHash<QString, qint64> &lastSeenUpMs) const
{
    return withFindings(Assessment::assess(*this, thresholds, nowMs, lastSeenUpMs));
}

QJsonObject ClusterSnapshot::toJson() const
{
    QJsonArray nodes;
    for (const NodeSnapshot &node : m_nodes)
        nodes.append(node.toJson());
    QJsonArray findings;
    for (const Finding &finding : m_findings)
        findings.append(finding.toJson());
    const Counts summary = counts();
    QJsonObject license{{QStringLiteral("known"), m_license.known},
                        {QStringLiteral("licensee"), m_license.licensee},
                        {QStringLiteral("product"), m_license.product},
                        {QStringLiteral("edition"), m_license.edition},
                        {QStringLiteral("maxNodes"), m_license.maxNodes}};
    if (m_license.expires.isValid())
        license.insert(QStringLiteral("expires"), m_license.expires.toString(Qt::ISODate));
    QJsonObject object{
        {QStringLiteral("schema"), SchemaVersion},
        {QStringLiteral("profileId"), m_profileId},
        {QStringLiteral("clusterId"), m_clusterId},
        {QStringLiteral("clusterName"), m_clusterName},
        {QStringLiteral("takenAtMs"), double(m_takenAtMs)},
        {QStringLiteral("reachable"), m_reachable},
        {QStringLiteral("error"), m_error},
        {QStringLiteral("primaryId"), m_primaryId},
        {QStringLiteral("stale"), m_stale},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("worstSeverity"), severityKey(worstSeverity())},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), summary.total},
                                               {QStringLiteral("up"), summary.up},
                                               {QStringLiteral("degraded"), summary.degraded},
                                               {QStringLiteral("unreachable"), summary.unreachable},
                                               {QStringLiteral("inSync"), summary.inSync},
                                               {QStringLiteral("behind"), summary.behind},
                                               {QStringLiteral("diverged"), summary.diverged}}},
        {QStringLiteral("loadBalancer"),
         QJsonObject{{QStringLiteral("available"), m_loadBalancerView.available},
                     {QStringLiteral("error"), m_loadBalancerView.error},
                     {QStringLiteral("serversUp"), m_loadBalancerView.serversUp},
                     {QStringLiteral("serversTotal"), m_loadBalancerView.serversTotal}}},
        {QStringLiteral("license"), license}};
    if (const auto worst = worstClockOffsetMs())
        object.insert(QStringLiteral("worstClockOffsetMs"), *worst);
    return object;
}

std::optional<ClusterSnapshot> ClusterSnapshot::fromJson(const QJsonObject &object, QString *error)
{
    SnapshotJsonReader reader(object, QString(), error);
    const auto schema = reader.integer(QStringLiteral("schema"));
    if (!reader.ok())
        return std::nullopt;
    if (!schema) {
        reader.fail(QStringLiteral("schema"), QStringLiteral("is missing: not a cluster snapshot"));
        return std::nullopt;
    }
    if (*schema != SchemaVersion) {
        reader.fail(QStringLiteral("schema"),
                    QStringLiteral("is %1; this Clusterdesk reads schema %2")
                        .arg(*schema)
                        .arg(SchemaVersion));
        return std::nullopt;
    }
    ClusterSnapshot snapshot;
    snapshot.m_stale = true;
    snapshot.m_profileId = reader.string(QStringLiteral("profileId")).value_or(QString());
    snapshot.m_clusterId = reader.string(QStringLiteral("clusterId")).value_or(QString());
    snapshot.m_clusterName = reader.string(QStringLiteral("clusterName")).value_or(QString());
    snapshot.m_takenAtMs = reader.integer(QStringLiteral("takenAtMs")).value_or(0);
    snapshot.m_reachable = reader.boolean(QStringLiteral("reachable")).value_or(false);
    snapshot.m_error = reader.string(QStringLiteral("error")).value_or(QString());
    snapshot.m_primaryId = reader.string(QStringLiteral("primaryId")).value_or(QString());

    const QJsonArray nodes = reader.array(QStringLiteral("nodes")).value_or(QJsonArray());
    for (qsizetype i = 0; reader.ok() && i < nodes.size(); ++i) {
        if (!nodes.at(i).isObject()) {
            reader.fail(QStringLiteral("nodes[%1]").arg(i), QStringLiteral("should be an object"));
            break;
        }
        const auto node = NodeSnapshot::fromJson(nodes.at(i).toObject(), error);
        if (!node)
            return std::nullopt;
        snapshot.m_nodes.append(*node);
    }
    const QJsonArray findings = reader.array(QStringLiteral("findings")).value_or(QJsonArray());
    for (qsizetype i = 0; reader.ok() && i < findings.size(); ++i) {
        if (!findings.at(i).isObject()) {
            reader.fail(QStringLiteral("findings[%1]").arg(i),
                        QStringLiteral("should be an object"));
            break;
        }
        const auto finding = Finding::fromJson(findings.at(i).toObject(), error);
        if (!finding)
            return std::nullopt;
        snapshot.m_findings.append(*finding);
    }
    if (const auto lb = reader.object(QStringLiteral("loadBalancer"))) {
        SnapshotJsonReader lbReader(*lb, QStringLiteral("loadBalancer"), error);
        LoadBalancerView &view = snapshot.m_loadBalancerView;
        view.available = lbReader.boolean(QStringLiteral("available")).value_or(false);
        view.error = lbReader.string(QStringLiteral("error")).value_or(QString());
        view.serversUp = int(lbReader.integer(QStringLiteral("serversUp")).value_or(0));
        view.serversTotal = int(lbReader.integer(QStringLiteral("serversTotal")).value_or(0));
        if (!lbReader.ok())
            return std::nullopt;
    }
    if (const auto license = reader.object(QStringLiteral("license"))) {
        const auto parsed = licenseFromJson(*license, error);
        if (!parsed)
            return std::nullopt;
        snapshot.m_license = *parsed;
        snapshot.m_license.known = license->value(QStringLiteral("known")).toBool();
    }
    if (!reader.ok())
        return std::nullopt;
    return snapshot;
}
