#include "HtmlReportWriter.h"

#include "HtmlReportStyle.h"
#include "ResourceSchema.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

// The context of ReportTr, declared here because lupdate does not follow a type alias: with
// `using Tr = ReportTr;` every string of this file went into an empty context and stayed English.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr qsizetype RichTextChunkRows = 25;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

class Writer
{
public:
    Writer(const ReportData &data, HtmlReportWriter::Flavor flavor)
        : m_data(data)
        , m_rich(flavor == HtmlReportWriter::Flavor::RichText)
    {}

    QString write()
    {
        m_out.reserve(64 * 1024);
        // The language the report's words are in: each catalogue names its own.
        const QString lang = Tr::tr("en", "HTML lang attribute: this translation's language code");
        m_out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%3\"><head><meta charset=\"utf-8\">"
                                "<title>%1</title><style>%2</style></head><body>\n")
                     .arg(esc(m_data.title()), HtmlReportStyle::css(m_rich), esc(lang));
        m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_data.title()));
        facts(
            {{Tr::tr("Generated at"), m_data.generatedAtText()},
             {Tr::tr("Period covered"), m_data.periodText()},
             {Tr::tr("Console version"), QStringLiteral("Clusterdesk ") + m_data.consoleVersion}});
        if (m_data.fleet || m_data.clusters.size() != 1)
            fleetSummary();
        for (int i = 0; i < m_data.clusters.size(); ++i)
            cluster(i);
        if (m_data.clusters.isEmpty())
            m_out += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("No saved clusters.")));
        m_out += QStringLiteral("</body></html>\n");
        return m_out;
    }

private:
    // `widths`: per column, in percent; the chunks of a long table then line up.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QSet<int> &numeric = {}, const QList<int> &widths = {})
    {
        // QTextDocument lays a table out in time that grows faster than its row count: long
        // tables go in as consecutive tables of RichTextChunkRows rows, each with its header.
        if (m_rich && rows.size() > RichTextChunkRows) {
            for (qsizetype start = 0; start < rows.size(); start += RichTextChunkRows)
                table(headers, rows.mid(start, RichTextChunkRows), numeric, widths);
            return;
        }
        m_out += m_rich ? QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                         "cellpadding=\"3\">")
                        : QStringLiteral("<table>");
        m_out += QStringLiteral("<thead><tr>");
        for (int column = 0; column < headers.size(); ++column) {
            m_out += column < widths.size()
                         ? QStringLiteral("<th width=\"%1%\">%2</th>")
                               .arg(widths.at(column))
                               .arg(esc(headers.at(column)))
                         : QStringLiteral("<th>%1</th>").arg(esc(headers.at(column)));
        }
        m_out += QStringLiteral("</tr></thead><tbody>\n");
        bool shaded = false;
        for (const QStringList &row : rows) {
            // Rich text: shaded stripes instead of cell borders, which QTextDocument's
            // layout makes slow on long tables.
            m_out += m_rich && shaded ? QStringLiteral("<tr bgcolor=\"#f2f4f8\">")
                                      : QStringLiteral("<tr>");
            shaded = !shaded;
            for (int column = 0; column < row.size(); ++column) {
                // Cells are escaped by the caller (some carry markup: severity, line breaks).
                m_out += numeric.contains(column)
                             ? (m_rich ? QStringLiteral("<td align=\"right\">%1</td>")
                                       : QStringLiteral("<td class=\"num\">%1</td>"))
                                   .arg(row.at(column))
                             : QStringLiteral("<td>%1</td>").arg(row.at(column));
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody></table>\n");
    }

    void facts(const QList<std::pair<QString, QString>> &pairs)
    {
        m_out += m_rich ? QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">")
                        : QStringLiteral("<table class=\"facts\">");
        for (const auto &[name, value] : pairs)
            m_out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(name), esc(value));
        m_out += QStringLiteral("</table>\n");
    }

    void banner(const QString &text)
    {
        m_out += m_rich ? QStringLiteral("<p style=\"color:#b00020;font-weight:bold\">%1</p>\n")
                              .arg(esc(text))
                        : QStringLiteral("<div class=\"banner\">%1</div>\n").arg(esc(text));
    }

    // The Fleet overview's table (FleetSummary: the same columns and cell texts as the window),
    // then the findings, so that a reader sees first which cluster needs attention.
    void fleetSummary()
    {
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Fleet summary")));
        const qint64 nowMs = m_data.generatedAt.toMSecsSinceEpoch();
        QStringList headers;
        for (int column = 0; column < FleetSummary::columnCount(); ++column)
            headers << FleetSummary::columnTitle(FleetSummary::Column(column));
        headers << Tr::tr("Worst finding") << Tr::tr("Findings");
        QList<QStringList> rows;
        for (const ClusterReport &cluster : m_data.clusters) {
            const FleetSummary summary = cluster.fleetSummary();
            QStringList row;
            for (int column = 0; column < FleetSummary::columnCount(); ++column)
                row << esc(summary.text(FleetSummary::Column(column), nowMs));
            // The window shows why on hover; paper shows it in the cell.
            if (summary.polled && !summary.reachable && !summary.error.isEmpty())
                row[int(FleetSummary::Column::NodesUp)] =
                    esc(Tr::tr("unreachable: %1").arg(summary.error));
            const Severity worst = summary.worstSeverity;
            row << QStringLiteral("<span style=\"%1\">%2</span>")
                       .arg(HtmlReportStyle::severity(worst), esc(severityText(worst)))
                << QString::number(cluster.snapshot.findings().size());
            rows << row;
        }
        table(headers, rows,
              {int(FleetSummary::Column::NodesUp), int(FleetSummary::Column::WorstOffset),
               int(FleetSummary::Column::Resources), FleetSummary::columnCount() + 1});
    }

    void cluster(int index)
    {
        const ClusterReport &cluster = m_data.clusters.at(index);
        const ClusterSnapshot &snapshot = cluster.snapshot;
        const bool newPage = index > 0 || m_data.fleet;
        // A single-cluster report's title already names the cluster.
        const bool single = !m_data.fleet && m_data.clusters.size() == 1;
        if (single)
            m_out += m_rich ? QString() : QStringLiteral("<section>");
        else
            m_out +=
                m_rich
                    ? QStringLiteral("<h1%1>%2</h1>\n")
                          .arg(newPage ? QStringLiteral(" style=\"page-break-before:always\"")
                                       : QString(),
                               esc(Tr::tr("Cluster %1").arg(cluster.displayName())))
                    : QStringLiteral("<section class=\"cluster\" id=\"cluster-%1\"><h1>%2</h1>\n")
                          .arg(index)
                          .arg(esc(Tr::tr("Cluster %1").arg(cluster.displayName())));
        facts({{Tr::tr("Cluster name"),
                snapshot.clusterName().isEmpty() ? Tr::tr("unknown") : snapshot.clusterName()},
               {Tr::tr("Cluster id"),
                snapshot.clusterId().isEmpty() ? Tr::tr("unknown") : snapshot.clusterId()},
               {Tr::tr("Saved as"), cluster.profileName},
               {Tr::tr("Load balancer"), cluster.loadBalancerUrl.toDisplayString()},
               {Tr::tr("Polled at"),
                snapshot.takenAtMs() > 0
                    ? ReportData::timeText(snapshot.takenAtMs(), m_data.generatedAt.timeZone())
                    : Tr::tr("never")}});
        if (!cluster.isReachable()) {
            banner(Tr::tr("The cluster could not be reached: %1. The sections below show only "
                          "what the local store holds.")
                       .arg(snapshot.error().isEmpty() ? Tr::tr("no answer") : snapshot.error()));
        }
        if (!cluster.problems.isEmpty())
            banner(Tr::tr("Some parts could not be read: %1").arg(cluster.problems.join(u"; ")));
        summary(cluster);
        nodes(cluster);
        timeSync(index, cluster);
        configuration(cluster);
        resources(cluster);
        activity(cluster);
        if (!m_rich)
            m_out += QStringLiteral("</section>\n");
    }

    void summary(const ClusterReport &cluster)
    {
        const ClusterSnapshot::Counts counts = cluster.snapshot.counts();
        const auto worst = cluster.snapshot.worstClockOffsetMs();
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Summary")));
        facts({{Tr::tr("Nodes up"), Tr::tr("%1 of %2").arg(counts.up).arg(counts.total)},
               {Tr::tr("Worst clock offset (vs median)"),
                worst ? ReportText::milliseconds(*worst) : Tr::tr("not measured")},
               {Tr::tr("Configuration agreement"), cluster.configAgreementText()},
               {Tr::tr("Load balancer view"), cluster.loadBalancerText()}});
        // What the cluster does not publish, said once instead of empty columns below.
        for (const QString &line : cluster.snapshot.capabilities().unavailableTexts())
            m_out += QStringLiteral("<p class=\"unavailable\">%1</p>\n").arg(esc(line));
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Findings")));
        const QList<Finding> findings = cluster.snapshot.findings();
        if (findings.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No findings.")));
            return;
        }
        QList<QStringList> rows;
        for (const Finding &finding : findings) {
            rows << QStringList{QStringLiteral("<span style=\"%1\">%2</span>")
                                    .arg(HtmlReportStyle::severity(finding.severity),
                                         esc(severityText(finding.severity))),
                                esc(finding.nodeId), esc(finding.text), esc(finding.action)};
        }
        table({Tr::tr("Severity"), Tr::tr("Node"), Tr::tr("Finding"), Tr::tr("Recommended action")},
              rows);
    }

    void nodes(const ClusterReport &cluster)
    {
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Nodes")));
        const QList<NodeSnapshot> nodes = cluster.snapshot.nodes();
        if (nodes.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("No node is known.")));
            return;
        }
        QList<QStringList> rows;
        rows.reserve(nodes.size());
        for (const NodeSnapshot &node : nodes) {
            const NodeSnapshot::Config config = node.config();
            const QString name = node.name() == node.id()
                                     ? node.id()
                                     : QStringLiteral("%1 (%2)").arg(node.name(), node.id());
            rows << QStringList{
                esc(name) + (node.isPrimary() ? esc(Tr::tr(" · primary")) : QString()),
                esc(nodeHealthText(node.health())),
                esc(lbStateText(node.loadBalancer().state)),
                QStringLiteral("<span style=\"%1\">%2</span>")
                    .arg(HtmlReportStyle::severity(node.clock().severity),
                         esc(ReportText::offsetText(node.clock()))),
                esc(ReportText::offsetVsMedianText(node.clock())),
                esc(ReportText::ntpText(node.clock())),
                config.revision ? QString::number(*config.revision) : QString(),
                esc(shortChecksum(config.checksum)),
                esc(ReportText::lagText(config)),
                esc(config.syncState.isEmpty() ? configAgreementText(config.agreement)
                    : config.agreement == ConfigAgreementState::InSync
                        ? config.syncState
                        : QStringLiteral("%1 (%2)").arg(config.syncState,
                                                        configAgreementText(config.agreement))),
                esc(ReportText::uptimeText(node.uptimeSeconds())),
                esc(node.serverVersion())};
        }
        table({Tr::tr("Node"), Tr::tr("Health"), Tr::tr("LB state"), Tr::tr("Offset ± error"),
               Tr::tr("vs reference"), Tr::tr("NTP sync (node)"), Tr::tr("Revision"),
               Tr::tr("Checksum"), Tr::tr("Lag"), Tr::tr("Sync state"), Tr::tr("Uptime"),
               Tr::tr("Version")},
              rows, {4, 6, 8}, {11, 7, 6, 16, 9, 10, 7, 9, 4, 9, 6, 6});
    }

    void timeSync(int index, const ClusterReport &cluster)
    {
        const QString heading =
            QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Time synchronization")));
        if (!cluster.historyKnown) {
            m_out += heading;
            m_out += QStringLiteral("<p class=\"note\">%1</p>\n")
                         .arg(esc(Tr::tr("No history: the local store was not available.")));
            return;
        }
        const ChartLayout layout = HtmlReportWriter::chartLayout(
            cluster, m_data.period,
            m_rich ? HtmlReportWriter::Flavor::RichText : HtmlReportWriter::Flavor::Browser);
        if (m_rich) {
            // A one-cell table keeps the heading on the chart's page: QTextDocument moves a
            // table row to the next page whole, and knows no page-break-after: avoid.
            m_out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\">"
                                    "<tr><td>%1<p><img src=\"%2\" width=\"%3\" height=\"%4\">"
                                    "</p></td></tr></table>\n")
                         .arg(heading, HtmlReportWriter::chartImageName(index))
                         .arg(int(layout.size.width()))
                         .arg(int(layout.size.height()));
        } else {
            m_out += heading + QStringLiteral("<figure>") + SvgChart::toSvg(layout) +
                     QStringLiteral("</figure>\n");
        }
        // Rich text (preview, PDF) lists the charted nodes only; the HTML lists every node.
        QSet<QString> charted;
        for (const ChartSeries &series : layout.series)
            charted.insert(series.label);
        QList<QStringList> rows;
        for (auto it = cluster.history.cbegin(); it != cluster.history.cend(); ++it) {
            if (m_rich && !charted.contains(it.key()))
                continue;
            QList<double> offsets;
            for (const NodeSample &sample : it.value()) {
                if (sample.offsetMs)
                    offsets << *sample.offsetMs;
            }
            if (offsets.isEmpty()) {
                rows << QStringList{esc(it.key()), QString::number(it.value().size()), {}, {}, {}};
                continue;
            }
            const auto [low, high] = std::minmax_element(offsets.cbegin(), offsets.cend());
            rows << QStringList{esc(it.key()), QString::number(it.value().size()),
                                esc(ReportText::milliseconds(*low)),
                                esc(ReportText::milliseconds(*high)),
                                esc(ReportText::milliseconds(offsets.constLast()))};
        }
        if (!rows.isEmpty()) {
            table({Tr::tr("Node"), Tr::tr("Samples"), Tr::tr("Lowest offset"),
                   Tr::tr("Highest offset"), Tr::tr("Latest offset")},
                  rows, {1, 2, 3, 4});
        }
    }

    void configuration(const ClusterReport &cluster)
    {
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Configuration")));
        // Which (revision, checksum) pairs the nodes hold, and how many hold each.
        QMap<QString, QStringList> versions;
        for (const NodeSnapshot &node : cluster.snapshot.nodes()) {
            const NodeSnapshot::Config config = node.config();
            if (!config.revision)
                continue;
            versions[Tr::tr("revision %1, checksum %2")
                         .arg(*config.revision)
                         .arg(config.checksum.left(16))]
                << node.id();
        }
        QList<std::pair<QString, QString>> pairs;
        pairs.append({Tr::tr("Agreement"), cluster.configAgreementText()});
        for (auto it = versions.cbegin(); it != versions.cend(); ++it)
            pairs.append({it.key(), it.value().join(QStringLiteral(", "))});
        const ReportLicense &license = cluster.license;
        pairs.append({Tr::tr("License"),
                      !license.known ? Tr::tr("unknown")
                                     : Tr::tr("%1 %2 for %3, up to %4 nodes, expires %5")
                                           .arg(license.license.product, license.license.edition,
                                                license.license.licensee)
                                           .arg(license.license.maxNodes)
                                           .arg(license.license.expires.toString(Qt::ISODate))});
        if (license.known && !license.features.isEmpty())
            pairs.append(
                {Tr::tr("Licensed features"), license.features.join(QStringLiteral(", "))});
        QString flows = Tr::tr("unknown");
        if (cluster.dataflows.known) {
            QStringList kinds;
            for (auto it = cluster.dataflows.perKind.cbegin();
                 it != cluster.dataflows.perKind.cend(); ++it)
                kinds << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
            flows = Tr::tr("%1 (%2; %3 exposed)")
                        .arg(cluster.dataflows.count)
                        .arg(kinds.join(QStringLiteral(", ")))
                        .arg(cluster.dataflows.exposed);
        }
        pairs.append({Tr::tr("Dataflows"), flows});
        facts(pairs);

        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(Tr::tr("Recent changes")));
        if (!cluster.changesKnown || cluster.changes.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(cluster.changesKnown ? Tr::tr("No changes in this period.")
                                                       : Tr::tr("The change log was not read.")));
            return;
        }
        QList<QStringList> rows;
        const QTimeZone zone = m_data.generatedAt.timeZone();
        for (const ChangeLogEntry &change : cluster.changes) {
            rows << QStringList{QString::number(change.revision),
                                esc(ReportData::timeText(change.time.toTimeZone(zone))),
                                esc(change.user),
                                esc(ReportText::operationText(change.operation)),
                                esc(ChangeLogText::resourceType(change.resourceType)),
                                esc(change.name)};
        }
        table({Tr::tr("Revision"), Tr::tr("Time"), Tr::tr("User"), Tr::tr("Change"), Tr::tr("Type"),
               Tr::tr("Name")},
              rows, {0});
    }

    void resources(const ClusterReport &cluster)
    {
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("External resources")));
        if (!cluster.resourcesKnown) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(Tr::tr("The resources were not read.")));
            return;
        }
        QMap<QString, QList<ReportResource>> byType;
        for (const ReportResource &resource : cluster.resources)
            byType[resource.type()] << resource;
        m_out += QStringLiteral("<p>%1</p>\n")
                     .arg(esc((cluster.resources.size() == 1
                                   ? Tr::tr("1 resource.")
                                   : Tr::tr("%1 resources.").arg(cluster.resources.size())) +
                              u' ' + Tr::tr("Secrets are shown only as set or not set.")));
        const QTimeZone zone = m_data.generatedAt.timeZone();
        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            m_out += QStringLiteral("<h3>%1 (%2)</h3>\n")
                         .arg(esc(ChangeLogText::resourceType(it.key())))
                         .arg(it.value().size());
            QList<QStringList> rows;
            for (const ReportResource &resource : it.value()) {
                QStringList settings;
                const QJsonObject spec = resource.publicSpec();
                // Schema order first, then anything the schema does not list.
                QStringList keys;
                for (const ResourceFieldInfo &field : ResourceSchema::fields(resource.type())) {
                    if (spec.contains(field.name))
                        keys << field.name;
                }
                for (const QString &key : spec.keys()) {
                    if (!keys.contains(key))
                        keys << key;
                }
                for (const QString &key : keys)
                    settings << esc(key + QStringLiteral(": ") +
                                    ReportResource::valueText(spec.value(key)));
                QStringList secrets;
                const QMap<QString, bool> set = resource.secretsSet();
                for (auto secret = set.cbegin(); secret != set.cend(); ++secret)
                    secrets << esc(secret.key() + QStringLiteral(": ") +
                                   ReportResource::secretStateText(secret.value()));
                rows << QStringList{
                    esc(resource.name()),
                    esc(resource.description()),
                    settings.join(QStringLiteral("<br>")),
                    secrets.join(QStringLiteral("<br>")),
                    resource.revision() >= 0 ? QString::number(resource.revision()) : QString(),
                    esc(Tr::tr("%1 by %2")
                            .arg(ReportData::timeText(resource.updatedAt().toTimeZone(zone)),
                                 resource.updatedBy()))};
            }
            table({Tr::tr("Name"), Tr::tr("Description"), Tr::tr("Settings"), Tr::tr("Secrets"),
                   Tr::tr("Revision"), Tr::tr("Updated")},
                  rows, {4});
        }
    }

    // What this console sent the cluster in the period (the local activity log).
    void activity(const ClusterReport &cluster)
    {
        m_out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Console activity")));
        if (!cluster.activityKnown || cluster.activity.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n")
                         .arg(esc(cluster.activityKnown
                                      ? Tr::tr("This console sent no changes in the period.")
                                      : Tr::tr("The activity log was not read.")));
            return;
        }
        const QTimeZone zone = m_data.generatedAt.timeZone();
        QList<QStringList> rows;
        for (const ActivityEntry &entry : cluster.activity)
            rows << QStringList{esc(ReportData::timeText(entry.timeMs, zone)),
                                esc(entry.clusterUser),
                                esc(entry.localUser),
                                esc(entry.summary),
                                esc(ActivityText::outcomeDetail(entry)),
                                esc(entry.requestId)};
        table({Tr::tr("Time"), Tr::tr("Cluster user"), Tr::tr("Local user"), Tr::tr("Action"),
               Tr::tr("Outcome"), Tr::tr("Request id")},
              rows);
    }

    const ReportData &m_data;
    bool m_rich;
    QString m_out;
};

} // namespace

QString HtmlReportWriter::write(const ReportData &data, Flavor flavor)
{
    return Writer(data, flavor).write();
}

QString HtmlReportWriter::chartImageName(int clusterIndex)
{
    return QStringLiteral("chart-%1").arg(clusterIndex);
}

ChartLayout HtmlReportWriter::chartLayout(const ClusterReport &cluster, const ReportPeriod &period,
                                          Flavor flavor)
{
    const QSizeF size = flavor == Flavor::RichText ? QSizeF(620, 220) : QSizeF(760, 260);
    return SvgChart::offsetHistory(cluster.history, period.fromMs, period.toMs, size);
}
