#pragma once
// ResourceDiffModel: a ResourceDiffResult as a table: type, name, status, differing fields,
// secrets, then one column per compared cluster (same / differs / absent). Formatted text for
// display, raw values under RawValueRole for sorting, and a state per cell for colouring.

#include "ResourceDiff.h"

#include <QAbstractTableModel>

class ResourceDiffModel final : public QAbstractTableModel
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
    const ResourceDiffResult &result() const { return m_result; }
    const ResourceDiffRow *rowAt(int row) const;

    static QString statusText(const ResourceDiffRow &row, const QStringList &clusters);
    static QString secretsText(const ResourceDiffRow &row);
    static QString agreementText(SecretAgreement agreement);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant clusterData(const ResourceDiffRow &row, int cluster, int role) const;

    ResourceDiffResult m_result;
};
