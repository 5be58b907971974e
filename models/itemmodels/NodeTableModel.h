#pragma once
// The nodes of the current cluster snapshot as a table: formatted text, raw values for sorting
// and a severity per cell. A new poll updates only the cells that changed (no reset).

#include "ClusterSnapshot.h"
#include "ValueTableModel.h"

#include <array>

// One row: a node and its findings from the snapshot.
struct NodeTableRow
{
    NodeSnapshot node;
    QList<Finding> findings;
};

class NodeTableModel final : public ValueTableModel<NodeTableRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeTableModel)

public:
    enum class Column : int {
        Node,
        Role,
        State,
        LbState,
        Latency,
        Offset,         // against this computer, ± the network bound of the measurement
        OffsetVsMedian, // against the clock reference (ClockAssessment), not always a median
        TimeSync,       // the node's kernel NTP state and its own maximum error
        Revision,
        Checksum, // first 12 hex digits of the configuration checksum
        Lag,
        SyncState,
        Uptime,
        ActiveRequests,
        Memory, // resident set size
        Version,
        LastSeen,
        Count
    };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // numbers/strings for sorting; invalid when unknown
        SeverityRole,                    // int(Severity) of this cell, for badges
        NodeIdRole,
    };
    Q_ENUM(ItemRole)

    explicit NodeTableModel(QObject *parent = nullptr);

    // The finding category whose findings colour (and explain) a column, if any.
    static std::optional<Finding::Category> categoryOf(Column column);

    // Diffs against the current rows: nodes that appear are inserted, nodes that disappear are
    // removed, and dataChanged covers only the cells (and roles) whose underlying snapshot
    // fields changed. Nothing is formatted to find out: the raw fields are compared per column.
    void setSnapshot(const ClusterSnapshot &snapshot);
    void clear();

    std::optional<NodeSnapshot> nodeAt(int row) const;
    int rowOf(const QString &nodeId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    using Row = NodeTableRow;

    QString columnTitle(int column) const override;
    QVariant columnToolTip(int column) const override;

    // Bit set of the diffed roles (display, raw, severity, tooltip) per column.
    using ChangedRoles = std::array<quint8, size_t(Column::Count)>;

    // Replaces row `rowIndex` and announces the cells whose fields changed.
    void updateRow(int rowIndex, Row &&after);
    ChangedRoles changedRoles(const Row &before, const Row &after) const;
    QVariant cellData(const Row &row, Column column, int role) const;
    QString displayText(const Row &row, Column column) const;
    QVariant rawValue(const Row &row, Column column) const;
    Severity cellSeverity(const Row &row, Column column) const;
    QString toolTip(const Row &row, Column column) const;
    void emitChangedCells(int rowIndex, const ChangedRoles &changed);
};
