#include "ConfigAgreement.h"

ConfigAgreementState ConfigAgreement::compare(std::optional<qint64> revision,
                                              const QString &checksum,
                                              std::optional<qint64> primaryRevision,
                                              const QString &primaryChecksum)
{
    if (!revision || !primaryRevision || *revision > *primaryRevision)
        return ConfigAgreementState::Unknown;
    if (*revision < *primaryRevision)
        return ConfigAgreementState::Behind;
    if (!checksum.isEmpty() && !primaryChecksum.isEmpty() &&
        checksum.compare(primaryChecksum, Qt::CaseInsensitive) != 0)
        return ConfigAgreementState::Diverged;
    return ConfigAgreementState::InSync;
}

namespace {

QString revisionsText(qint64 count)
{
    return count == 1 ? Finding::tr("1 revision") : Finding::tr("%1 revisions").arg(count);
}

Finding configFinding(const NodeSnapshot &node, Severity severity, const char *code)
{
    Finding finding;
    finding.severity = severity;
    finding.category = Finding::Category::Config;
    finding.code = QString::fromLatin1(code);
    finding.nodeId = node.id();
    return finding;
}

} // namespace

QList<Finding> ConfigAgreement::findings(const QList<NodeSnapshot> &nodes, qint64 nowMs,
                                         int stalledAfterSeconds)
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        const NodeSnapshot::Config config = node.config();
        const qint64 behindSeconds =
            config.behindSinceMs > 0 ? qMax<qint64>(0, (nowMs - config.behindSinceMs) / 1000) : 0;
        switch (config.agreement) {
        case ConfigAgreementState::Diverged: {
            Finding finding = configFinding(node, Severity::Critical, "config.diverged");
            finding.text = Finding::tr("%1 has revision %2 like the primary but a different "
                                       "configuration (checksums differ)")
                               .arg(node.name())
                               .arg(config.revision.value_or(0));
            finding.action = Finding::tr("Stop changing the configuration, compare %1 with the "
                                         "primary and resynchronize %1 from the primary.")
                                 .arg(node.name());
            findings.append(finding);
            break;
        }
        case ConfigAgreementState::Stalled: {
            Finding finding = configFinding(node, Severity::Warning, "config.stalled");
            finding.text = Finding::tr("%1 is %2 behind the primary for %3 and no longer advances")
                               .arg(node.name(), revisionsText(config.revisionsBehind),
                                    Finding::durationText(behindSeconds));
            finding.action = Finding::tr("Check replication on %1: its connection to the primary "
                                         "and its log.")
                                 .arg(node.name());
            findings.append(finding);
            break;
        }
        case ConfigAgreementState::Behind: {
            // Being behind for a moment is replication at work; only a long wait is a warning.
            const bool longBehind = behindSeconds >= stalledAfterSeconds;
            Finding finding = configFinding(node, longBehind ? Severity::Warning : Severity::Info,
                                            "config.behind");
            finding.text = Finding::tr("%1 is %2 behind the primary for %3")
                               .arg(node.name(), revisionsText(config.revisionsBehind),
                                    Finding::durationText(behindSeconds));
            finding.action =
                longBehind
                    ? Finding::tr("Check the load and the network of %1: "
                                  "replication is slow.")
                          .arg(node.name())
                    : Finding::tr("No action needed yet: %1 is catching up.").arg(node.name());
            findings.append(finding);
            break;
        }
        case ConfigAgreementState::InSync:
        case ConfigAgreementState::Unknown:
            break;
        }
        if (config.syncState == QLatin1String("primary-unreachable")) {
            Finding finding = configFinding(node, Severity::Warning, "config.primary-unreachable");
            finding.text = Finding::tr("%1 cannot reach the primary").arg(node.name());
            finding.action =
                Finding::tr("Check the network between %1 and the primary.").arg(node.name());
            findings.append(finding);
        }
    }
    return findings;
}

ConfigAgreementTracker::ConfigAgreementTracker(int stalledAfterSeconds)
    : m_stalledAfterMs(qint64(stalledAfterSeconds) * 1000)
{}

ConfigAgreementTracker::Result
ConfigAgreementTracker::observe(const QString &nodeId, std::optional<qint64> revision,
                                const QString &checksum, std::optional<qint64> primaryRevision,
                                const QString &primaryChecksum, qint64 nowMs)
{
    Result result;
    result.state = ConfigAgreement::compare(revision, checksum, primaryRevision, primaryChecksum);
    if (result.state == ConfigAgreementState::Unknown) {
        const auto known = m_nodes.constFind(nodeId);
        if (known != m_nodes.constEnd())
            result.behindSinceMs = known->behindSinceMs;
        return result;
    }
    History &history = m_nodes[nodeId];
    if (history.revision != revision) {
        history.revision = revision;
        history.revisionSinceMs = nowMs;
    }
    if (result.state != ConfigAgreementState::Behind) {
        history.behindSinceMs = 0;
        return result;
    }
    if (history.behindSinceMs == 0)
        history.behindSinceMs = nowMs;
    result.revisionsBehind = *primaryRevision - *revision;
    result.behindSinceMs = history.behindSinceMs;
    // A node that sat still while in sync is not stalled: count from when it fell behind.
    const qint64 stuckSinceMs = qMax(history.revisionSinceMs, history.behindSinceMs);
    if (nowMs - stuckSinceMs > m_stalledAfterMs)
        result.state = ConfigAgreementState::Stalled;
    return result;
}

QList<NodeSnapshot> ConfigAgreementTracker::apply(const QList<NodeSnapshot> &nodes,
                                                  const QString &primaryId, qint64 nowMs)
{
    const NodeSnapshot *primary = nullptr;
    for (const NodeSnapshot &node : nodes) {
        if (primaryId.isEmpty() ? node.isPrimary() : node.id() == primaryId) {
            primary = &node;
            break;
        }
    }
    const std::optional<qint64> primaryRevision =
        primary ? primary->config().revision : std::nullopt;
    const QString primaryChecksum = primary ? primary->config().checksum : QString();

    QList<NodeSnapshot> result;
    result.reserve(nodes.size());
    for (const NodeSnapshot &node : nodes) {
        NodeSnapshot::Config config = node.config();
        const Result observed = observe(node.id(), config.revision, config.checksum,
                                        primaryRevision, primaryChecksum, nowMs);
        config.agreement = observed.state;
        config.revisionsBehind = observed.revisionsBehind;
        config.behindSinceMs = observed.behindSinceMs;
        result.append(node.withConfig(config));
    }
    return result;
}
