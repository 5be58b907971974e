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
            if (config.syncState == QLatin1String("paused"))
                break; // said below in its own words: nothing is catching up
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
        if (config.syncState == QLatin1String("paused")) {
            // Paused replication never catches up by itself: a warning from the first poll.
            Finding finding = configFinding(node, Severity::Warning, "config.replication-paused");
            finding.text = config.revisionsBehind > 0
                               ? Finding::tr("Replication to %1 is paused; it is %2 behind the "
                                             "primary and will not catch up until it resumes")
                                     .arg(node.name(), revisionsText(config.revisionsBehind))
                               : Finding::tr("Replication to %1 is paused: it will not receive "
                                             "new changes until it resumes")
                                     .arg(node.name());
            finding.action = Finding::tr("Resume replication on %1, or find out who paused it.")
                                 .arg(node.name());
            findings.append(finding);
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

std::optional<Finding> ConfigAgreement::primaryBehindFinding(const QList<NodeSnapshot> &nodes,
                                                             const QString &primaryId)
{
    const NodeSnapshot *primary = nullptr;
    const NodeSnapshot *furthest = nullptr;
    for (const NodeSnapshot &node : nodes) {
        if (primaryId.isEmpty() ? node.isPrimary() : node.id() == primaryId)
            primary = &node;
    }
    if (!primary || !primary->config().revision)
        return std::nullopt;
    for (const NodeSnapshot &node : nodes) {
        if (&node != primary && node.config().revision &&
            (!furthest || *node.config().revision > *furthest->config().revision))
            furthest = &node;
    }
    const qint64 primaryRevision = *primary->config().revision;
    const bool refuses = primary->writesRefusedReason() == QLatin1String("behind-replicas");
    const bool behind = furthest && *furthest->config().revision - primaryRevision >
                                        ConfigAgreement::InFlightRevisions;
    if (!behind && !refuses)
        return std::nullopt;
    Finding finding = configFinding(*primary, Severity::Critical, "config.primary-behind");
    finding.text =
        furthest && *furthest->config().revision > primaryRevision
            ? Finding::tr("primary revision %1 is behind replicas at %2: the primary may have lost "
                          "its data; do not write")
                  .arg(primaryRevision)
                  .arg(*furthest->config().revision)
            : Finding::tr("%1 refuses writes: it is behind its replicas (%2); do not write")
                  .arg(primary->name(), primary->writesRefusedDetail());
    finding.action = Finding::tr("Do not change the configuration. Restore %1's data from the "
                                 "replica with the highest revision (%2) before writing again.")
                         .arg(primary->name(), furthest ? furthest->name() : QString());
    return finding;
}

QList<Finding> ConfigAgreement::historyFindings(const QList<NodeSnapshot> &nodes,
                                                const QString &primaryId)
{
    QString primaryHistory;
    for (const NodeSnapshot &node : nodes) {
        if (primaryId.isEmpty() ? node.isPrimary() : node.id() == primaryId)
            primaryHistory = node.historyId();
    }
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        const bool refuses = node.writesRefusedReason() == QLatin1String("history-mismatch");
        const bool differs = !primaryHistory.isEmpty() && !node.historyId().isEmpty() &&
                             node.historyId() != primaryHistory;
        if (!refuses && !differs)
            continue;
        Finding finding = configFinding(node, Severity::Critical, "config.history-mismatch");
        finding.text = refuses && !node.writesRefusedDetail().isEmpty()
                           ? Finding::tr("%1 has another configuration history than the primary: "
                                         "%2")
                                 .arg(node.name(), node.writesRefusedDetail())
                           : Finding::tr("%1 has another configuration history than the primary: "
                                         "its revisions are not the primary's")
                                 .arg(node.name());
        finding.action = Finding::tr("Do not write; decide which history is right and "
                                     "resynchronize %1 from it.")
                             .arg(node.name());
        findings.append(finding);
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
