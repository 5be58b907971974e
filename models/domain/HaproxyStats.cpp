#include "HaproxyStats.h"

#include <algorithm>

namespace {

// HAProxy quotes a field (RFC 4180 style) only when it holds a comma or a quote.
std::optional<QStringList> splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char(',')) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

std::optional<qint64> toInteger(const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

LbState HaproxyStats::stateFromStatus(QStringView status)
{
    const QStringView word = status.trimmed();
    if (word.compare(QLatin1String("no check"), Qt::CaseInsensitive) == 0)
        return LbState::NoCheck;
    // "UP 1/3" is going down and "DOWN 1/2" going up: both still are what they say.
    const QStringView head = word.left(
        word.indexOf(QLatin1Char(' ')) < 0 ? word.size() : word.indexOf(QLatin1Char(' ')));
    if (head == QLatin1String("UP"))
        return LbState::Up;
    if (head == QLatin1String("DOWN"))
        return LbState::Down;
    if (head.startsWith(QLatin1String("MAINT")) || head == QLatin1String("DRAIN") ||
        head == QLatin1String("NOLB"))
        return LbState::Maint;
    return LbState::Unknown;
}

std::optional<HaproxyStats> HaproxyStats::parse(QByteArrayView csv, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<HaproxyStats>();
    };
    const QString text = QString::fromUtf8(csv);
    const QStringList lines = text.split(QLatin1Char('\n'));
    qsizetype headerLine = 0;
    while (headerLine < lines.size() && lines.at(headerLine).trimmed().isEmpty())
        ++headerLine;
    if (headerLine == lines.size())
        return failWith(QStringLiteral("the HAProxy statistics are empty"));
    QString header = lines.at(headerLine).trimmed();
    if (!header.startsWith(QLatin1String("# ")))
        return failWith(QStringLiteral("not HAProxy CSV statistics: the first line should start "
                                       "with \"# pxname,svname\""));
    const auto columns = splitCsvLine(QStringView(header).mid(2));
    if (!columns)
        return failWith(QStringLiteral("the HAProxy statistics header has an unbalanced quote"));
    auto column = [&columns](const char *name) { return columns->indexOf(QLatin1String(name)); };
    const qsizetype pxname = column("pxname");
    const qsizetype svname = column("svname");
    const qsizetype status = column("status");
    for (const auto &[index, name] :
         {std::pair{pxname, "pxname"}, std::pair{svname, "svname"}, std::pair{status, "status"}}) {
        if (index < 0)
            return failWith(QStringLiteral("the HAProxy statistics have no '%1' column")
                                .arg(QLatin1String(name)));
    }
    const qsizetype checkStatus = column("check_status");
    const qsizetype checkDescription = column("check_desc");
    const qsizetype lastChange = column("lastchg");
    const qsizetype weight = column("weight");
    const qsizetype required = std::max({pxname, svname, status}) + 1;

    HaproxyStats stats;
    for (qsizetype i = headerLine + 1; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const auto fields = splitCsvLine(line);
        if (!fields) {
            stats.m_lineErrors.append(
                QStringLiteral("line %1: unbalanced quote, line ignored").arg(i + 1));
            continue;
        }
        if (fields->size() < required) {
            stats.m_lineErrors.append(
                QStringLiteral("line %1: %2 fields where at least %3 were expected, line ignored")
                    .arg(i + 1)
                    .arg(fields->size())
                    .arg(required));
            continue;
        }
        auto field = [&fields](qsizetype index) {
            return index >= 0 && index < fields->size() ? fields->at(index) : QString();
        };
        Server server;
        server.proxy = field(pxname);
        server.name = field(svname);
        if (server.name == QLatin1String("FRONTEND") || server.name == QLatin1String("BACKEND"))
            continue;
        if (server.name.isEmpty()) {
            stats.m_lineErrors.append(
                QStringLiteral("line %1: no server name, line ignored").arg(i + 1));
            continue;
        }
        server.status = field(status);
        server.state = stateFromStatus(server.status);
        server.checkStatus = field(checkStatus).remove(QLatin1Char('*')).trimmed();
        server.checkDescription = field(checkDescription);
        server.lastChangeSeconds = toInteger(field(lastChange)).value_or(-1);
        if (const auto parsedWeight = toInteger(field(weight)))
            server.weight = int(*parsedWeight);
        stats.m_servers.append(server);
    }
    return stats;
}

std::optional<HaproxyStats::Server> HaproxyStats::server(const QString &nodeId,
                                                         const QString &backend) const
{
    for (const Server &server : m_servers) {
        if (server.name == nodeId && (backend.isEmpty() || server.proxy == backend))
            return server;
    }
    return std::nullopt;
}

int HaproxyStats::serversUp() const
{
    return int(std::count_if(m_servers.cbegin(), m_servers.cend(),
                             [](const Server &server) { return server.state == LbState::Up; }));
}

QList<NodeSnapshot> HaproxyStats::apply(const QList<NodeSnapshot> &nodes,
                                        const QString &backend) const
{
    QList<NodeSnapshot> result;
    result.reserve(nodes.size());
    for (const NodeSnapshot &node : nodes) {
        NodeSnapshot::LoadBalancer view;
        if (const auto found = server(node.id(), backend)) {
            view.state = found->state;
            view.status = found->status;
            view.checkStatus = found->checkStatus;
            view.lastChangeSeconds = found->lastChangeSeconds;
        }
        result.append(node.withLoadBalancer(view));
    }
    return result;
}

QList<Finding> HaproxyStats::disagreements(const QList<NodeSnapshot> &nodes)
{
    QList<Finding> findings;
    for (const NodeSnapshot &node : nodes) {
        const NodeSnapshot::LoadBalancer lb = node.loadBalancer();
        const bool answers =
            node.health() == NodeHealth::Up || node.health() == NodeHealth::Degraded;
        Finding finding;
        finding.category = Finding::Category::LoadBalancer;
        finding.nodeId = node.id();
        const QString check =
            lb.checkStatus.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(lb.checkStatus);
        if (answers && node.missedPolls() == 0 && lb.state == LbState::Down) {
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("lb.down-but-answers");
            finding.text = Finding::tr("%1 answers but HAProxy marks it DOWN%2: it gets no traffic")
                               .arg(node.name(), check);
            finding.action = Finding::tr("Check HAProxy's health check of %1 (GET /healthz) and "
                                         "the network between HAProxy and %1.")
                                 .arg(node.name());
        } else if (node.health() == NodeHealth::Unreachable && lb.state == LbState::Up) {
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("lb.up-but-silent");
            finding.text = Finding::tr("HAProxy marks %1 UP but %1 does not answer this computer")
                               .arg(node.name());
            finding.action = Finding::tr("Check the network between this computer and %1; if %1 "
                                         "is really down, check HAProxy's health check.")
                                 .arg(node.name());
        } else if (lb.state == LbState::Maint) {
            finding.severity = Severity::Info;
            finding.code = QStringLiteral("lb.maintenance");
            finding.text = Finding::tr("HAProxy holds %1 in maintenance (%2): it gets no traffic")
                               .arg(node.name(), lb.status);
            finding.action = Finding::tr("Put %1 back into service in HAProxy when the "
                                         "maintenance is over.")
                                 .arg(node.name());
        } else {
            continue;
        }
        findings.append(finding);
    }
    return findings;
}
