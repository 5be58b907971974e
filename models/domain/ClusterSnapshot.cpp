#include "ClusterSnapshot.h"

#include "CopyWith.h"

#include <cmath>

std::optional<ClusterSnapshot::License> ClusterSnapshot::licenseFromJson(const QJsonObject &object,
                                                                         QString *error)
{
    SnapshotJsonReader reader(object, QStringLiteral("license"), error);
    License license;
    license.licensee = reader.text(QStringLiteral("licensee"));
    license.product = reader.text(QStringLiteral("product"));
    license.edition = reader.text(QStringLiteral("edition"));
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
        // One story per snapshot: a node that missed this poll is not "up" beside the finding
        // that says it missed it.
        const bool missed = node.missedPolls() > 0 && node.health() != NodeHealth::Unreachable;
        if (missed)
            ++counts.missed;
        switch (node.health()) {
        case NodeHealth::Up:
            if (!missed)
                ++counts.up;
            break;
        case NodeHealth::Degraded:
            if (!missed)
                ++counts.degraded;
            break;
        case NodeHealth::Slow:
            ++counts.slow;
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
    return copyWith(*this, &ClusterSnapshot::m_profileId, profileId);
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
    return copyWith(*this, &ClusterSnapshot::m_takenAtMs, takenAtMs);
}

ClusterSnapshot ClusterSnapshot::withReachable(bool reachable, const QString &error,
                                               const QString &errorCode) const
{
    ClusterSnapshot copy = *this;
    copy.m_reachable = reachable;
    copy.m_error = error;
    copy.m_errorCode = reachable ? QString() : errorCode;
    return copy;
}

ClusterSnapshot ClusterSnapshot::withPrimaryId(const QString &primaryId) const
{
    return copyWith(*this, &ClusterSnapshot::m_primaryId, primaryId);
}

ClusterSnapshot ClusterSnapshot::withNodes(const QList<NodeSnapshot> &nodes) const
{
    return copyWith(*this, &ClusterSnapshot::m_nodes, nodes);
}

ClusterSnapshot ClusterSnapshot::withFindings(QList<Finding> findings) const
{
    Finding::sortWorstFirst(findings);
    return copyWith(*this, &ClusterSnapshot::m_findings, std::move(findings));
}

ClusterSnapshot ClusterSnapshot::withLoadBalancerView(const LoadBalancerView &view) const
{
    return copyWith(*this, &ClusterSnapshot::m_loadBalancerView, view);
}

ClusterSnapshot ClusterSnapshot::withLicense(const License &license) const
{
    return copyWith(*this, &ClusterSnapshot::m_license, license);
}

ClusterSnapshot ClusterSnapshot::withStale(bool stale) const
{
    return copyWith(*this, &ClusterSnapshot::m_stale, stale);
}

ClusterSnapshot ClusterSnapshot::withCapabilities(const ClusterCapabilities &capabilities) const
{
    return copyWith(*this, &ClusterSnapshot::m_capabilities, capabilities);
}

ClusterSnapshot ClusterSnapshot::withServices(const QList<ExposedService> &services) const
{
    return copyWith(*this, &ClusterSnapshot::m_services, services);
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
        {QStringLiteral("errorCode"), m_errorCode},
        {QStringLiteral("primaryId"), m_primaryId},
        {QStringLiteral("stale"), m_stale},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("worstSeverity"), severityKey(worstSeverity())},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("total"), summary.total},
                                               {QStringLiteral("up"), summary.up},
                                               {QStringLiteral("degraded"), summary.degraded},
                                               {QStringLiteral("slow"), summary.slow},
                                               {QStringLiteral("missed"), summary.missed},
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
    if (m_capabilities.isKnown())
        object.insert(QStringLiteral("capabilities"), m_capabilities.toJson());
    if (!m_services.isEmpty()) {
        QJsonArray services;
        for (const ExposedService &service : m_services)
            services.append(service.toJson());
        object.insert(QStringLiteral("services"), services);
    }
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
    snapshot.m_profileId = reader.text(QStringLiteral("profileId"));
    snapshot.m_clusterId = reader.text(QStringLiteral("clusterId"));
    snapshot.m_clusterName = reader.text(QStringLiteral("clusterName"));
    snapshot.m_takenAtMs = reader.integer(QStringLiteral("takenAtMs")).value_or(0);
    snapshot.m_reachable = reader.boolean(QStringLiteral("reachable")).value_or(false);
    snapshot.m_error = reader.text(QStringLiteral("error"));
    snapshot.m_errorCode = reader.text(QStringLiteral("errorCode"));
    snapshot.m_primaryId = reader.text(QStringLiteral("primaryId"));

    const auto addNode = [&](const QJsonObject &item) {
        const auto node = NodeSnapshot::fromJson(item, error);
        if (node)
            snapshot.m_nodes.append(*node);
        return node.has_value();
    };
    const auto addFinding = [&](const QJsonObject &item) {
        const auto finding = Finding::fromJson(item, error);
        if (finding)
            snapshot.m_findings.append(*finding);
        return finding.has_value();
    };
    if (!reader.forEachObject(QStringLiteral("nodes"), addNode) ||
        !reader.forEachObject(QStringLiteral("findings"), addFinding))
        return std::nullopt;
    if (auto lbReader = reader.nested(QStringLiteral("loadBalancer"))) {
        LoadBalancerView &view = snapshot.m_loadBalancerView;
        view.available = lbReader->boolean(QStringLiteral("available")).value_or(false);
        view.error = lbReader->text(QStringLiteral("error"));
        view.serversUp = int(lbReader->integer(QStringLiteral("serversUp")).value_or(0));
        view.serversTotal = int(lbReader->integer(QStringLiteral("serversTotal")).value_or(0));
        if (!lbReader->ok())
            return std::nullopt;
    }
    if (const auto license = reader.object(QStringLiteral("license"))) {
        const auto parsed = licenseFromJson(*license, error);
        if (!parsed)
            return std::nullopt;
        snapshot.m_license = *parsed;
        snapshot.m_license.known = license->value(QStringLiteral("known")).toBool();
    }
    snapshot.m_capabilities =
        ClusterCapabilities::fromJson(object.value(QStringLiteral("capabilities")).toObject());
    for (const QJsonValue &item : object.value(QStringLiteral("services")).toArray()) {
        if (const auto service = ExposedService::fromJson(item.toObject()))
            snapshot.m_services.append(*service);
    }
    if (!reader.ok())
        return std::nullopt;
    return snapshot;
}
