#pragma once
// ResourceDiffModel: a ResourceDiffResult as a table: type, name, status, differing fields,
// secrets, then one column per compared cluster (same / differs / absent). Formatted text for
// display (ResourceDiffText's, shared with the command line), raw values under RawValueRole for
// sorting, and a state per cell for colouring.

#include "ResourceDiff.h"
#include "ValueTableModel.h"

class ResourceDiffModel final : public ValueTableModel<ResourceDiffRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceDiffModel)

public:
    enum class Column : int { Type, Name, Status, Fields, Secrets, FirstCluster };
    Q_ENUM(Column)

    enum ItemRole {
        RawValueRole = Qt::UserRole + 1, // strings and ints for sorting
        StateRole,                       // Status column: int(Status); cluster column: int(Cell)
        KeyRole,                         // ResourceDiff::key(type, name)
    };
    Q_ENUM(ItemRole)

    explicit ResourceDiffModel(QObject *parent = nullptr);

    // A new comparison: the columns may change with the clusters, so this resets.
    void setResult(const ResourceDiffResult &result);
    void clear();
    ResourceDiffResult result() const { return {m_clusters, m_rows}; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString columnTitle(int column) const override;
    QVariant clusterData(const ResourceDiffRow &row, int cluster, int role) const;

    QStringList m_clusters;
};
