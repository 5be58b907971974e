#include "NodeTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <cmath>

namespace {

constexpr int columnCountValue = int(NodeTableModel::Column::Count);

// The roles setSnapshot() announces, as bits; NodeIdRole cannot change for a row (rows are keyed
// by id) and TextAlignmentRole depends on the column only.
enum RoleBit : quint8 { Display = 1, Raw = 2, SeverityBit = 4, ToolTip = 8 };

// One shared list per combination, so emitting a signal allocates nothing.
const QList<int> &rolesOf(quint8 bits)
{
    static const std::array<QList<int>, 16> lists = [] {
        std::array<QList<int>, 16> result;
        for (quint8 b = 0; b < 16; ++b) {
            if (b & Display)
                result[b].append(Qt::DisplayRole);
            if (b & Raw)
                result[b].append(NodeTableModel::RawValueRole);
            if (b & SeverityBit)
                result[b].append(NodeTableModel::SeverityRole);
            if (b & ToolTip)
                result[b].append(Qt::ToolTipRole);
        }
        return result;
    }();
    return lists[bits & 15];
}

// Whether the findings of one category are the same in both lists (same order: assess() sorts).
bool sameFindings(const QList<Finding> &before, const QList<Finding> &after,
                  Finding::Category category)
{
    auto ofCategory = [category](const QList<Finding> &findings) {
        QList<Finding> result;
        for (const Finding &finding : findings) {
            if (finding.category == category)
                result.append(finding);
        }
        return result;
    };
    return ofCategory(before) == ofCategory(after);
}

using Column = NodeTableModel::Column;

// The roles that changed per column, as RoleBits.
struct RoleMarks
{
    std::array<quint8, size_t(Column::Count)> roles{};

    void mark(Column column, quint8 bits) { roles[size_t(column)] |= bits; }
};

// Name, role and health: the Node, Role, State and Latency columns.
void markHealth(const NodeSnapshot &a, const NodeSnapshot &b, RoleMarks &marks)
{
    if (a.name() != b.name())
        marks.mark(Column::Node, Display | Raw);
    if (a.directUrl() != b.directUrl() || a.error() != b.error())
        marks.mark(Column::Node, ToolTip);
    if (a.role() != b.role())
        marks.mark(Column::Role, Display | Raw);
    if (a.health() != b.health())
        marks.mark(Column::State, Display | Raw | SeverityBit);
    if (a.health() == NodeHealth::Slow && a.latencyMs() != b.latencyMs())
        marks.mark(Column::State, Display);
    if (a.missedPolls() != b.missedPolls())
        marks.mark(Column::State, Display | SeverityBit);
    if (a.latencyMs() != b.latencyMs())
        marks.mark(Column::Latency, Display | Raw);
}

void markLoadBalancer(const NodeSnapshot::LoadBalancer &a, const NodeSnapshot::LoadBalancer &b,
                      RoleMarks &marks)
{
    if (a.state != b.state)
        marks.mark(Column::LbState, Display | Raw | SeverityBit);
    if (a.checkStatus != b.checkStatus)
        marks.mark(Column::LbState, Display);
    if (a.status != b.status)
        marks.mark(Column::LbState, ToolTip);
}

// The Offset, OffsetVsMedian and TimeSync columns.
void markClock(const NodeSnapshot::Clock &a, const NodeSnapshot::Clock &b, RoleMarks &marks)
{
    if (a.measured != b.measured || a.offsetMs != b.offsetMs)
        marks.mark(Column::Offset, Display | Raw);
    if (a.errorMs != b.errorMs)
        marks.mark(Column::Offset, Display);
    if (a.maxErrorUs != b.maxErrorUs)
        marks.mark(Column::Offset, ToolTip);
    if (a.measured != b.measured || a.offsetVsMedianMs != b.offsetVsMedianMs)
        marks.mark(Column::OffsetVsMedian, Display | Raw);
    if (a.severity != b.severity) {
        marks.mark(Column::Offset, SeverityBit);
        marks.mark(Column::OffsetVsMedian, SeverityBit);
    }
    if (a.reference != b.reference)
        marks.mark(Column::OffsetVsMedian, Display | Raw | ToolTip);
    if (a.ntpSynchronized != b.ntpSynchronized || a.maxErrorUs != b.maxErrorUs)
        marks.mark(Column::TimeSync, Display | Raw | SeverityBit | ToolTip);
    if (a.measured != b.measured)
        marks.mark(Column::OffsetVsMedian, ToolTip);
    if (a.trusted != b.trusted || a.estErrorUs != b.estErrorUs)
        marks.mark(Column::TimeSync, ToolTip);
}

// The Revision, Checksum, Lag and SyncState columns.
void markConfig(const NodeSnapshot::Config &a, const NodeSnapshot::Config &b, RoleMarks &marks)
{
    if (a.revision != b.revision)
        marks.mark(Column::Revision, Display | Raw);
    if (a.checksum != b.checksum)
        marks.mark(Column::Checksum, Display | Raw | ToolTip);
    if (a.agreement != b.agreement) {
        marks.mark(Column::Revision, SeverityBit);
        marks.mark(Column::Lag, Display | Raw | SeverityBit);
        marks.mark(Column::SyncState, Display | Raw | SeverityBit);
    }
    if (a.revisionsBehind != b.revisionsBehind || a.lag != b.lag)
        marks.mark(Column::Lag, Display | Raw);
    if (a.syncState != b.syncState)
        marks.mark(Column::SyncState, Display | ToolTip); // "paused" has its own words
}

// The plain figures: Uptime, ActiveRequests, Memory, Version and LastSeen.
void markCounters(const NodeSnapshot &a, const NodeSnapshot &b, RoleMarks &marks)
{
    if (a.uptimeSeconds() != b.uptimeSeconds())
        marks.mark(Column::Uptime, Display | Raw);
    if (a.activeRequests() != b.activeRequests())
        marks.mark(Column::ActiveRequests, Display | Raw);
    if (a.rssBytes() != b.rssBytes())
        marks.mark(Column::Memory, Display | Raw);
    if (a.serverVersion() != b.serverVersion())
        marks.mark(Column::Version, Display | Raw);
    if (a.schemaVersion() != b.schemaVersion())
        marks.mark(Column::Version, Display);
    if (a.lastSeenMs() != b.lastSeenMs())
        marks.mark(Column::LastSeen, Display | Raw);
}

} // namespace

NodeTableModel::NodeTableModel(QObject *parent)
    : ValueTableModel(
          columnCountValue,
          {{RawValueRole, "rawValue"}, {SeverityRole, "severity"}, {NodeIdRole, "nodeId"}}, parent)
{}

std::optional<Finding::Category> NodeTableModel::categoryOf(Column column)
{
    switch (column) {
    case Column::State:
    case Column::Latency:
        return Finding::Category::Health;
    case Column::LbState:
        return Finding::Category::LoadBalancer;
    case Column::Offset:
    case Column::OffsetVsMedian:
        return Finding::Category::Clock; // TimeSync: its own state only, not the offset's

    case Column::Revision:
    case Column::Checksum:
    case Column::Lag:
    case Column::SyncState:
        return Finding::Category::Config;
    case Column::Version:
        return Finding::Category::Version;
    default:
        return std::nullopt;
    }
}

void NodeTableModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    const QList<NodeSnapshot> nodes = snapshot.nodes();
    // Built once per snapshot: each row looks up its own findings by node id.
    QHash<QString, QList<Finding>> findingsByNode;
    for (const Finding &finding : snapshot.findings()) {
        if (!finding.nodeId.isEmpty())
            findingsByNode[finding.nodeId].append(finding);
    }

    // The usual poll: the same nodes in the same order. Rows are unique by id, so matching them
    // position by position also rules out duplicates in the input.
    bool sameMembers = nodes.size() == m_rows.size();
    for (qsizetype i = 0; sameMembers && i < nodes.size(); ++i)
        sameMembers = m_rows.at(i).node.id() == nodes.at(i).id();
    if (sameMembers) {
        for (int i = 0; i < int(nodes.size()); ++i)
            updateRow(i, Row{nodes.at(i), findingsByNode.value(nodes.at(i).id())});
        return;
    }

    // Keyed by id; a duplicate id in the snapshot is bad input and only its first entry counts.
    QList<NodeSnapshot> incoming;
    QHash<QString, qsizetype> incomingIndex;
    for (const NodeSnapshot &node : nodes) {
        if (!incomingIndex.contains(node.id())) {
            incomingIndex.insert(node.id(), incoming.size());
            incoming.append(node);
        }
    }

    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incomingIndex.contains(m_rows.at(last).node.id())) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incomingIndex.contains(m_rows.at(first - 1).node.id()))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    QSet<QString> present;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString id = m_rows.at(i).node.id();
        present.insert(id);
        updateRow(i, Row{incoming.at(incomingIndex.value(id)), findingsByNode.value(id)});
    }

    QList<Row> added;
    for (const NodeSnapshot &node : incoming) {
        if (!present.contains(node.id()))
            added.append(Row{node, findingsByNode.value(node.id())});
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

void NodeTableModel::updateRow(int rowIndex, Row &&after)
{
    const ChangedRoles changed = changedRoles(m_rows.at(rowIndex), after);
    m_rows[rowIndex] = std::move(after); // before announcing: views read the new data at once
    emitChangedCells(rowIndex, changed);
}

NodeTableModel::ChangedRoles NodeTableModel::changedRoles(const Row &before, const Row &after) const
{
    // Each field marks the columns (and roles) it feeds; see displayText(), rawValue(),
    // cellSeverity() and toolTip(). A changed field may leave the formatted text the same (an
    // offset moving in the second decimal): announcing that cell anyway is harmless, missing one
    // is not.
    RoleMarks marks;
    const NodeSnapshot &a = before.node;
    const NodeSnapshot &b = after.node;
    markHealth(a, b, marks);
    markLoadBalancer(a.loadBalancer(), b.loadBalancer(), marks);
    markClock(a.clock(), b.clock(), marks);
    markConfig(a.config(), b.config(), marks);
    markCounters(a, b, marks);

    const bool findingsChanged = before.findings != after.findings;
    if (findingsChanged) {
        marks.mark(Column::Node, ToolTip); // lists every finding of the node
        for (int c = 1; c < columnCountValue; ++c) {
            const auto category = categoryOf(Column(c));
            if (category && !sameFindings(before.findings, after.findings, *category))
                marks.mark(Column(c), SeverityBit | ToolTip);
        }
    }

    // The Node cell shows the worst of the row: worth computing only when a severity may differ.
    bool severityMayDiffer = findingsChanged;
    for (int c = 1; c < columnCountValue && !severityMayDiffer; ++c)
        severityMayDiffer = marks.roles[size_t(c)] & SeverityBit;
    if (severityMayDiffer &&
        cellSeverity(before, Column::Node) != cellSeverity(after, Column::Node))
        marks.mark(Column::Node, SeverityBit);
    return marks.roles;
}

void NodeTableModel::emitChangedCells(int rowIndex, const ChangedRoles &changed)
{
    // Adjacent cells that changed the same roles share one signal; nothing else is announced.
    int runStart = -1;
    quint8 runRoles = 0;
    for (int c = 0; c <= columnCountValue; ++c) {
        const quint8 roles = c < columnCountValue ? changed[size_t(c)] : 0;
        if (roles == runRoles)
            continue;
        if (runRoles != 0)
            emit dataChanged(index(rowIndex, runStart), index(rowIndex, c - 1), rolesOf(runRoles));
        runStart = c;
        runRoles = roles;
    }
}

void NodeTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    endRemoveRows();
}

std::optional<NodeSnapshot> NodeTableModel::nodeAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).node;
}

int NodeTableModel::rowOf(const QString &nodeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).node.id() == nodeId)
            return i;
    }
    return -1;
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), Column(index.column()), role);
}

QVariant NodeTableModel::cellData(const Row &row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case SeverityRole:
        return int(cellSeverity(row, column));
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case NodeIdRole:
        return row.node.id();
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Latency:
        case Column::Offset:
        case Column::OffsetVsMedian:
        case Column::Revision:
        case Column::Lag:
        case Column::ActiveRequests:
        case Column::Memory:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

Severity NodeTableModel::cellSeverity(const Row &row, Column column) const
{
    const NodeSnapshot &node = row.node;
    // The node's own values give a floor so an unassessed snapshot still shows its problems;
    // the findings raise it (version skew, for one, exists only as a finding).
    Severity severity = Severity::Ok;
    switch (column) {
    case Column::Node:
        for (int c = 1; c < columnCountValue; ++c)
            severity = std::max(severity, cellSeverity(row, Column(c)));
        return std::max(severity, Finding::worstOf(row.findings));
    case Column::State:
        severity = node.health() == NodeHealth::Unreachable ? Severity::Critical
                   : node.health() == NodeHealth::Degraded || node.health() == NodeHealth::Slow
                       ? Severity::Warning
                   : node.missedPolls() > 0 ? Severity::Info
                                            : Severity::Ok;
        break;
    case Column::TimeSync:
        severity = node.clock().ntpSynchronized == false ? Severity::Warning : Severity::Ok;
        break;
    case Column::LbState:
        severity = node.loadBalancer().state == LbState::Down ? Severity::Warning
                   : node.loadBalancer().state == LbState::Maint ||
                           node.loadBalancer().state == LbState::Drain
                       ? Severity::Info
                       : Severity::Ok;
        break;
    case Column::OffsetVsMedian:
    case Column::Offset:
        severity = node.clock().severity;
        break;
    case Column::Revision:
    case Column::Lag:
    case Column::SyncState:
        switch (node.config().agreement) {
        case ConfigAgreementState::Diverged:
            severity = Severity::Critical;
            break;
        case ConfigAgreementState::Stalled:
            severity = Severity::Warning;
            break;
        case ConfigAgreementState::Behind:
            severity = Severity::Info;
            break;
        default:
            break;
        }
        break;
    default:
        break;
    }
    if (const auto category = categoryOf(column)) {
        for (const Finding &finding : row.findings) {
            if (finding.category == *category)
                severity = std::max(severity, finding.severity);
        }
    }
    return severity;
}
