#pragma once
// The resource × node matrix of a resource test: one row per resource (its "type/name" in the
// vertical header), one column per node, each cell that node's outcome in words ("OK",
// "connect: connection refused") with every check in its tooltip, the outcome's rank under
// RawValueRole for sorting. Holds values only: ResourceTestFanout's results are fed in.

#include "ResourceTestResult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

class ResourceTestMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTestMatrixModel)

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // int(Outcome): pending, ok, failed, no answer, refused
        OkRole,                          // bool, invalid while pending
    };

    explicit ResourceTestMatrixModel(QObject *parent = nullptr);
    ~ResourceTestMatrixModel() override;

    // A new matrix, every cell pending. Resources are "type/name" pairs.
    void reset(const QList<std::pair<QString, QString>> &resources, const QStringList &nodeIds);
    // One cell; a result for a resource or node not in the matrix is ignored.
    void setResult(const ResourceTestResult &result);

    ResourceTestResult result(int row, int column) const;
    QStringList nodeIds() const { return m_nodeIds; }
    // Cells that answered (not pending) and cells that failed in any way.
    int finishedCount() const;
    int failedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<std::pair<QString, QString>> m_resources;
    QStringList m_nodeIds;
    QList<QList<ResourceTestResult>> m_cells; // [row][column]
};
