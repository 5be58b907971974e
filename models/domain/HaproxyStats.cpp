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

// Where the columns the parser reads stand; -1 for an optional one that is missing.
struct Columns
{
    qsizetype pxname = -1;
    qsizetype svname = -1;
    qsizetype status = -1;
    qsizetype checkStatus = -1;
    qsizetype checkDescription = -1;
    qsizetype lastChange = -1;
    qsizetype weight = -1;
    qsizetype address = -1;

    qsizetype required() const { return std::max({pxname, svname, status}) + 1; }
};

// The "# pxname,svname,..." line, the first that is not blank (its index in *headerLine);
// nullopt (with *problem) when there is none or it is not HAProxy's.
std::optional<Columns> readHeader(const QStringList &lines, qsizetype *headerLine, QString *problem)
{
    while (*headerLine < lines.size() && lines.at(*headerLine).trimmed().isEmpty())
        ++*headerLine;
    if (*headerLine == lines.size()) {
        *problem = QStringLiteral("the HAProxy statistics are empty");
        return std::nullopt;
    }
    const QString header = lines.at(*headerLine).trimmed();
    if (!header.startsWith(QLatin1String("# "))) {
        *problem = QStringLiteral("not HAProxy CSV statistics: the first line should start "
                                  "with \"# pxname,svname\"");
        return std::nullopt;
    }
    const auto names = splitCsvLine(QStringView(header).mid(2));
    if (!names) {
        *problem = QStringLiteral("the HAProxy statistics header has an unbalanced quote");
        return std::nullopt;
    }
    auto column = [&names](const char *name) { return names->indexOf(QLatin1String(name)); };
    Columns columns;
    columns.pxname = column("pxname");
    columns.svname = column("svname");
    columns.status = column("status");
    for (const char *name : {"pxname", "svname", "status"}) {
        if (column(name) < 0) {
            *problem = QStringLiteral("the HAProxy statistics have no '%1' column")
                           .arg(QLatin1String(name));
            return std::nullopt;
        }
    }
    columns.checkStatus = column("check_status");
    columns.checkDescription = column("check_desc");
    columns.lastChange = column("lastchg");
    columns.weight = column("weight");
    columns.address = column("addr");
    return columns;
}

// One data line as a server. Nullopt with *lineError for a malformed line, without one for a
// FRONTEND or BACKEND summary row.
std::optional<HaproxyStats::Server> readServer(const QString &line, const Columns &columns,
                                               QString *lineError)
{
    const auto fields = splitCsvLine(line);
    if (!fields) {
        *lineError = QStringLiteral("unbalanced quote");
        return std::nullopt;
    }
    if (fields->size() < columns.required()) {
        *lineError = QStringLiteral("%1 fields where at least %2 were expected")
                         .arg(fields->size())
                         .arg(columns.required());
        return std::nullopt;
    }
    auto field = [&fields](qsizetype index) {
        return index >= 0 && index < fields->size() ? fields->at(index) : QString();
    };
    HaproxyStats::Server server;
    server.proxy = field(columns.pxname);
    server.name = field(columns.svname);
    if (server.name == QLatin1String("FRONTEND") || server.name == QLatin1String("BACKEND"))
        return std::nullopt;
    if (server.name.isEmpty()) {
        *lineError = QStringLiteral("no server name");
        return std::nullopt;
    }
    server.status = field(columns.status);
    server.state = HaproxyStats::stateFromStatus(server.status);
    server.checkStatus = field(columns.checkStatus).remove(QLatin1Char('*')).trimmed();
    server.checkDescription = field(columns.checkDescription);
    server.lastChangeSeconds = toInteger(field(columns.lastChange)).value_or(-1);
    if (const auto parsedWeight = toInteger(field(columns.weight)))
        server.weight = int(*parsedWeight);
    server.address = field(columns.address);
    return server;
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
    if (head == QLatin1String("DRAIN"))
        return LbState::Drain;
    if (head.startsWith(QLatin1String("MAINT")) || head == QLatin1String("NOLB"))
        return LbState::Maint;
    return LbState::Unknown;
}

std::optional<HaproxyStats> HaproxyStats::parse(QByteArrayView csv, QString *error)
{
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    qsizetype headerLine = 0;
    QString problem;
    const auto columns = readHeader(lines, &headerLine, &problem);
    if (!columns) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    HaproxyStats stats;
    for (qsizetype i = headerLine + 1; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QString lineError;
        if (const auto server = readServer(line, *columns, &lineError))
            stats.m_servers.append(*server);
        else if (!lineError.isEmpty())
            stats.m_lineErrors.append(
                QStringLiteral("line %1: %2, line ignored").arg(i + 1).arg(lineError));
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

bool HaproxyStats::silentAndDown(const NodeSnapshot &node)
{
    const NodeSnapshot::LoadBalancer lb = node.loadBalancer();
    if (node.missedPolls() == 0 || lb.state != LbState::Down)
        return false;
    if (node.health() == NodeHealth::Unknown)
        return true; // never heard from in this run (a one-shot status)
    return node.health() == NodeHealth::Up && (lb.checkStatus.startsWith(QLatin1String("L4")) ||
                                               lb.checkStatus.startsWith(QLatin1String("L6")) ||
                                               lb.checkStatus == QLatin1String("L7TOUT"));
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
        } else if (silentAndDown(node)) {
            // One missed poll alone is "no action needed"; HAProxy's own check failing too
            // makes it a node that is down, said at once rather than polls later.
            finding.severity = Severity::Critical;
            finding.code = QStringLiteral("lb.down-and-silent");
            finding.text = Finding::tr("%1 does not answer and HAProxy marks it DOWN%2")
                               .arg(node.name(), check);
            finding.action = Finding::tr("Start %1 again, or find out why it stopped (its log, "
                                         "the machine, the network).")
                                 .arg(node.name());
        } else if (node.health() == NodeHealth::Unreachable && lb.state == LbState::Up) {
            finding.severity = Severity::Warning;
            finding.code = QStringLiteral("lb.up-but-silent");
            finding.text = Finding::tr("HAProxy marks %1 UP but %1 does not answer this computer")
                               .arg(node.name());
            finding.action = Finding::tr("Check the network between this computer and %1; if %1 "
                                         "is really down, check HAProxy's health check.")
                                 .arg(node.name());
        } else if (lb.state == LbState::Drain || lb.state == LbState::Maint) {
            // Draining is not maintenance: the connections a node has go on.
            finding.severity = Severity::Info;
            finding.code = QStringLiteral("lb.maintenance");
            finding.text =
                (lb.state == LbState::Drain
                     ? Finding::tr("HAProxy drains %1 (%2): it gets no new connections")
                     : Finding::tr("HAProxy holds %1 in maintenance (%2): it gets no traffic"))
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
