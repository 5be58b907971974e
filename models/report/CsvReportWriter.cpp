#include "CsvReportWriter.h"

#include "ActivityExport.h"
#include "ResourceSchema.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 3) : QString();
}

QString number(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString();
}

QString boolean(std::optional<bool> value)
{
    return value ? (*value ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}

// Every non-secret spec field of every type, in schema order, each once.
QStringList specColumns()
{
    QStringList columns;
    for (const QString &type : ResourceSchema::types()) {
        for (const ResourceFieldInfo &field : ResourceSchema::fields(type)) {
            if (field.kind != ResourceFieldInfo::Kind::Secret && !columns.contains(field.name))
                columns << field.name;
        }
    }
    return columns;
}

} // namespace

CsvReportWriter::Paths CsvReportWriter::pathsFor(const QString &output)
{
    if (output.endsWith(u'/') || QFileInfo(output).isDir()) {
        const QDir dir(output);
        return {dir.filePath(QStringLiteral("nodes.csv")),
                dir.filePath(QStringLiteral("resources.csv")),
                dir.filePath(QStringLiteral("activity.csv"))};
    }
    QString stem = output;
    if (stem.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return {stem + QStringLiteral("-nodes.csv"), stem + QStringLiteral("-resources.csv"),
            stem + QStringLiteral("-activity.csv")};
}

// Machine-readable column names and values (numbers in ms/s, stable keys): a spreadsheet or
// script sorts and filters these; the HTML and PDF carry the words.
QStringList CsvReportWriter::nodeHeaders()
{
    return {QStringLiteral("cluster"), QStringLiteral("cluster_id"), QStringLiteral("node_id"),
            QStringLiteral("node_name"), QStringLiteral("role"), QStringLiteral("health"),
            QStringLiteral("lb_state"), QStringLiteral("offset_ms"),
            QStringLiteral("offset_error_ms"), QStringLiteral("offset_vs_median_ms"),
            QStringLiteral("clock_severity"), QStringLiteral("ntp_synchronized"),
            QStringLiteral("ntp_max_error_us"), QStringLiteral("revision"),
            QStringLiteral("checksum"), QStringLiteral("lag"), QStringLiteral("sync_state"),
            QStringLiteral("config_agreement"), QStringLiteral("uptime_s"),
            QStringLiteral("version"),
            // Where the offsets come from, and what the cluster does not publish (the HTML
            // report's one-line notes), so an empty column is never mistaken for a failure.
            QStringLiteral("clock_source"), QStringLiteral("notes")};
}

QList<QStringList> CsvReportWriter::nodeRows(const ReportData &data)
{
    QList<QStringList> rows;
    for (const ClusterReport &cluster : data.clusters) {
        const ClusterCapabilities capabilities = cluster.snapshot.capabilities();
        const QString notes = capabilities.unavailableTexts().join(QLatin1Char(' '));
        for (const NodeSnapshot &node : cluster.snapshot.nodes()) {
            const NodeSnapshot::Clock clock = node.clock();
            const NodeSnapshot::Config config = node.config();
            const auto measured = [&](double value) {
                return clock.measured ? std::optional<double>(value) : std::nullopt;
            };
            rows << QStringList{cluster.displayName(),
                                cluster.snapshot.clusterId(),
                                node.id(),
                                node.name(),
                                node.role(),
                                nodeHealthKey(node.health()),
                                lbStateKey(node.loadBalancer().state),
                                number(measured(clock.offsetMs)),
                                number(measured(clock.errorMs)),
                                number(measured(clock.offsetVsMedianMs)),
                                clock.measured ? severityKey(clock.severity) : QString(),
                                boolean(clock.ntpSynchronized),
                                number(clock.maxErrorUs),
                                number(config.revision),
                                config.checksum,
                                number(config.lag),
                                config.syncState,
                                configAgreementKey(config.agreement),
                                number(node.uptimeSeconds()),
                                node.serverVersion(),
                                capabilities.clockSourceKey(),
                                notes};
        }
    }
    return rows;
}

QStringList CsvReportWriter::resourceHeaders()
{
    return QStringList{QStringLiteral("cluster"), QStringLiteral("type"), QStringLiteral("name"),
                       QStringLiteral("description")} +
           specColumns() +
           QStringList{QStringLiteral("secrets"), QStringLiteral("revision"),
                       QStringLiteral("updated_at"), QStringLiteral("updated_by")};
}

QList<QStringList> CsvReportWriter::resourceRows(const ReportData &data)
{
    const QStringList columns = specColumns();
    QList<QStringList> rows;
    for (const ClusterReport &cluster : data.clusters) {
        for (const ReportResource &resource : cluster.resources) {
            QStringList row{cluster.displayName(), resource.type(), resource.name(),
                            resource.description()};
            const QJsonObject spec = resource.publicSpec();
            for (const QString &column : columns)
                row << ReportResource::valueText(spec.value(column));
            QStringList secrets;
            const QMap<QString, bool> set = resource.secretsSet();
            for (auto it = set.cbegin(); it != set.cend(); ++it)
                secrets << it.key() + QLatin1Char('=') +
                               ReportResource::secretStateText(it.value());
            row << secrets.join(QStringLiteral("; "))
                << (resource.revision() >= 0 ? QString::number(resource.revision()) : QString())
                << resource.updatedAt().toUTC().toString(Qt::ISODateWithMs) << resource.updatedBy();
            rows << row;
        }
    }
    return rows;
}

QByteArray CsvReportWriter::nodes(const ReportData &data)
{
    return document(nodeHeaders(), nodeRows(data));
}

QByteArray CsvReportWriter::resources(const ReportData &data)
{
    return document(resourceHeaders(), resourceRows(data));
}

QByteArray CsvReportWriter::activity(const ReportData &data)
{
    QList<ActivityEntry> entries;
    for (const ClusterReport &cluster : data.clusters)
        entries += cluster.activity;
    return ActivityExport::csv(entries);
}

QString CsvReportWriter::field(const QString &value)
{
    QString cell = value;
    // OWASP "CSV injection": a spreadsheet runs a cell that starts like a formula.
    // A plain negative number is data, not a formula, and stays a number.
    static const QString triggers = QStringLiteral("=+-@\t\r");
    static const QRegularExpression negativeNumber(QStringLiteral("^-\\d+(\\.\\d+)?$"));
    if (!cell.isEmpty() && triggers.contains(cell.at(0)) && !negativeNumber.match(cell).hasMatch())
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\r') ||
        cell.contains(u'\n')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QByteArray CsvReportWriter::document(const QStringList &headers, const QList<QStringList> &rows)
{
    QString text;
    text.reserve((rows.size() + 1) * 160);
    auto line = [&text](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += field(cells.at(i));
        }
        text += QStringLiteral("\r\n");
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    return text.toUtf8();
}
