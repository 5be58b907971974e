#include "NodeFilterProxyModel.h"

#include "Finding.h"
#include "NodeTableModel.h"

NodeFilterProxyModel::NodeFilterProxyModel(QObject *parent)
    : TextFilterProxyModel(NodeTableModel::RawValueRole, parent)
{}

void NodeFilterProxyModel::setProblemsOnly(bool problemsOnly)
{
    if (problemsOnly == m_problemsOnly)
        return;
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool NodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex nodeCell =
        source->index(sourceRow, int(NodeTableModel::Column::Node), sourceParent);
    if (m_problemsOnly &&
        nodeCell.data(NodeTableModel::SeverityRole).toInt() < int(Severity::Warning))
        return false;
    if (filterText().isEmpty())
        return true;
    const QModelIndex stateCell =
        source->index(sourceRow, int(NodeTableModel::Column::State), sourceParent);
    return matchesFilterText({nodeCell.data(Qt::DisplayRole).toString(),
                              nodeCell.data(NodeTableModel::NodeIdRole).toString(),
                              stateCell.data(Qt::DisplayRole).toString()});
}
