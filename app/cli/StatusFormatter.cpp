#include "StatusFormatter.h"

#include "OffsetText.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusFormatter)
};

// Plain ASCII for "unknown": terminals and scripts that cut columns cope with it everywhere.
const QString Unknown = QStringLiteral("-");

QString roleText(const NodeSnapshot &node)
{
    if (node.role() == QLatin1String("primary"))
        return Tr::tr("primary");
    if (node.role() == QLatin1String("replica"))
        return Tr::tr("replica");
    return node.role().isEmpty() ? Unknown : node.role();
}

QString lagText(const NodeSnapshot::Config &config)
{
    // Measured against the primary when the console knows (as the node table does); else the
    // node's own figure.
    if (config.agreement != ConfigAgreementState::Unknown)
        return QString::number(config.revisionsBehind);
    return config.lag ? QString::number(*config.lag) : Unknown;
}

QString syncText(const NodeSnapshot::Config &config)
{
    if (config.agreement != ConfigAgreementState::Unknown)
        return configAgreementText(config.agreement);
    return config.syncState.isEmpty() ? Unknown : config.syncState;
}

QString ntpText(const NodeSnapshot::Clock &clock)
{
    if (!clock.ntpSynchronized)
        return Unknown;
    const QString state = *clock.ntpSynchronized ? Tr::tr("synced") : Tr::tr("unsynced");
    if (!clock.maxErrorUs)
        return state;
    return Tr::tr("%1 ±%2 ms").arg(state).arg(double(*clock.maxErrorUs) / 1000.0, 0, 'f', 1);
}

QString findingLine(const Finding &finding)
{
    QString line =
        QStringLiteral("%1  %2").arg(severityText(finding.severity).toUpper(), finding.text);
    if (!finding.nodeId.isEmpty() && !finding.text.contains(finding.nodeId))
        line += QStringLiteral(" [%1]").arg(finding.nodeId);
    if (!finding.code.isEmpty())
        line += QStringLiteral(" (%1)").arg(finding.code);
    return line;
}

// The node columns a cluster without the management API can fill.
using SF = StatusFormatter;
constexpr int SpectrumColumns[] = {SF::Node,    SF::Health, SF::LoadBalancer,
                                   SF::Latency, SF::Offset, SF::VsMedian};

QStringList picked(const QStringList &all, bool spectrum)
{
    if (!spectrum)
        return all;
    QStringList cells;
    for (const int column : SpectrumColumns)
        cells.append(all.value(column));
    return cells;
}

// What a plain Spectrum cluster does not publish, one line each, and its services in short.
QString spectrumLines(const ClusterSnapshot &snapshot)
{
    const ClusterCapabilities capabilities = snapshot.capabilities();
    QString text;
    for (const QString &line : capabilities.unavailableTexts(true))
        text += QStringLiteral("  ") + line + QLatin1Char('\n');
    int rest = 0;
    int soap = 0;
    int disagreeing = 0;
    for (const ExposedService &service : snapshot.services()) {
        (service.kind == ServiceKind::Rest ? rest : soap) += 1;
        disagreeing += service.agrees() ? 0 : 1;
    }
    if (capabilities.hasCatalogues())
        text += Tr::tr("Services: %1 REST, %2 SOAP; %3 not the same on every node\n")
                    .arg(rest)
                    .arg(soap)
                    .arg(disagreeing);
    return text;
}

} // namespace

int StatusFormatter::exitCode(const ClusterSnapshot &snapshot)
{
    if (!snapshot.isReachable())
        return Unreachable;
    switch (snapshot.worstSeverity()) {
    case Severity::Critical:
        return Critical;
    case Severity::Warning:
        return Warnings;
    case Severity::Info:
    case Severity::Ok:
        break;
    }
    return Healthy;
}

QStringList StatusFormatter::headers()
{
    return {Tr::tr("NODE"),     Tr::tr("ROLE"),     Tr::tr("HEALTH"), Tr::tr("LB"),
            Tr::tr("LATENCY"),  Tr::tr("OFFSET"),   Tr::tr("VS REF"), Tr::tr("NTP"),
            Tr::tr("REVISION"), Tr::tr("CHECKSUM"), Tr::tr("LAG"),    Tr::tr("SYNC"),
            Tr::tr("VERSION")};
}

QStringList StatusFormatter::cells(const NodeSnapshot &node)
{
    QStringList cells(ColumnCount);
    cells[Node] = node.name() == node.id() ? node.id()
                                           : QStringLiteral("%1 (%2)").arg(node.name(), node.id());
    cells[Role] = roleText(node);
    cells[Health] = nodeHealthText(node.health());
    const NodeSnapshot::LoadBalancer lb = node.loadBalancer();
    cells[LoadBalancer] =
        lb.checkStatus.isEmpty()
            ? lbStateText(lb.state)
            : QStringLiteral("%1 (%2)").arg(lbStateText(lb.state), lb.checkStatus);
    cells[Latency] = node.latencyMs() ? Tr::tr("%1 ms").arg(*node.latencyMs(), 0, 'f', 1) : Unknown;
    const NodeSnapshot::Clock clock = node.clock();
    cells[Offset] = clock.measured ? Tr::tr("%1 ms ± %2 net")
                                         .arg(OffsetText::signedMilliseconds(clock.offsetMs))
                                         .arg(clock.errorMs, 0, 'f', 1)
                                   : Unknown;
    cells[VsMedian] =
        clock.measured && !clock.reference.isEmpty()
            ? Tr::tr("%1 ms").arg(OffsetText::signedMilliseconds(clock.offsetVsMedianMs))
            : Unknown;
    cells[Ntp] = ntpText(clock);
    cells[Checksum] =
        node.config().checksum.isEmpty() ? Unknown : shortChecksum(node.config().checksum);
    const NodeSnapshot::Config config = node.config();
    cells[Revision] = config.revision ? QString::number(*config.revision) : Unknown;
    cells[Lag] = lagText(config);
    cells[Sync] = syncText(config);
    if (node.serverVersion().isEmpty())
        cells[Version] = Unknown;
    else if (node.schemaVersion())
        cells[Version] =
            Tr::tr("%1 (schema %2)").arg(node.serverVersion()).arg(*node.schemaVersion());
    else
        cells[Version] = node.serverVersion();
    return cells;
}

QString StatusFormatter::layOut(const QStringList &headers, const QList<QStringList> &rows,
                                const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], row.at(column).size());
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype column = 0; column < widths.size(); ++column) {
            const QString cell = column < cells.size() ? cells.at(column) : QString();
            if (column > 0)
                text += QStringLiteral("  ");
            text += rightAligned.contains(int(column)) ? cell.rightJustified(widths[column])
                                                       : cell.leftJustified(widths[column]);
        }
        // Padding after the last column would only be noise in files and diffs.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString text = line(headers);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString StatusFormatter::table(const ClusterSnapshot &snapshot)
{
    QString text;
    const QString name =
        snapshot.clusterName().isEmpty() ? Tr::tr("(unnamed)") : snapshot.clusterName();
    if (!snapshot.isReachable() && snapshot.errorCode() == QLatin1String("sign-in-failed")) {
        text += Tr::tr("Cluster %1: sign-in refused: %2\n").arg(name, snapshot.error());
    } else if (!snapshot.isReachable()) {
        text += Tr::tr("Cluster %1: unreachable: %2\n").arg(name, snapshot.error());
    } else {
        const ClusterSnapshot::Counts counts = snapshot.counts();
        text += Tr::tr("Cluster %1: %2 nodes, %3 up, %4 degraded, %5 slow, %6 missed the "
                       "last poll, %7 unreachable; primary %8\n")
                    .arg(name)
                    .arg(counts.total)
                    .arg(counts.up)
                    .arg(counts.degraded)
                    .arg(counts.slow)
                    .arg(counts.missed)
                    .arg(counts.unreachable)
                    .arg(snapshot.primaryId().isEmpty() ? Unknown : snapshot.primaryId());
    }
    const bool spectrum = snapshot.capabilities().isPlainSpectrum();
    if (spectrum)
        text += Tr::tr("A plain Spectrum cluster (no Clusterdesk management API):\n") +
                spectrumLines(snapshot);
    if (!snapshot.nodes().isEmpty()) {
        QList<QStringList> rows;
        for (const NodeSnapshot &node : snapshot.nodes())
            rows.append(picked(cells(node), spectrum));
        text += QLatin1Char('\n');
        // Right-aligned: latency and the offsets (the Spectrum columns 3 to 5).
        text += spectrum ? layOut(picked(headers(), true), rows, {3, 4, 5})
                         : layOut(headers(), rows, {Latency, Offset, VsMedian, Revision, Lag});
    }
    text += QLatin1Char('\n');
    QList<Finding> findings = snapshot.findings();
    Finding::sortWorstFirst(findings);
    if (findings.isEmpty()) {
        text += Tr::tr("No findings.\n");
        return text;
    }
    text += Tr::tr("Findings (worst first):\n");
    for (const Finding &finding : findings) {
        text += QStringLiteral("  ") + findingLine(finding) + QLatin1Char('\n');
        if (!finding.action.isEmpty())
            text +=
                QStringLiteral("      ") + Tr::tr("-> %1").arg(finding.action) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject StatusFormatter::json(const ClusterSnapshot &snapshot)
{
    QJsonObject object = snapshot.toJson();
    object.insert(QStringLiteral("exitCode"), exitCode(snapshot));
    return object;
}
