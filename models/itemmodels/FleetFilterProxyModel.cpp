#include "FleetFilterProxyModel.h"

#include "Finding.h"
#include "FleetTableModel.h"

FleetFilterProxyModel::FleetFilterProxyModel(QObject *parent)
    : TextFilterProxyModel(FleetTableModel::RawValueRole, parent)
{}

void FleetFilterProxyModel::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    if (!m_group.isEmpty()) {
        const QString group =
            source->index(sourceRow, int(FleetTableModel::Column::Group), sourceParent)
                .data(FleetTableModel::RawValueRole)
                .toString();
        if (!FleetSummary::inGroup(group, m_group))
            return false;
    }
    if (filterText().isEmpty())
        return true;
    const QModelIndex cluster =
        source->index(sourceRow, int(FleetTableModel::Column::Cluster), sourceParent);
    const auto severity = Severity(cluster.data(FleetTableModel::SeverityRole).toInt());
    // "crit", "warn" or a part of the name.
    return matchesFilterText(
        {cluster.data(Qt::DisplayRole).toString(), severityText(severity), severityKey(severity)});
}

bool FleetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() != int(FleetTableModel::Column::Cluster))
        return TextFilterProxyModel::lessThan(left, right);
    const int a = left.data(FleetTableModel::SeverityRole).toInt();
    const int b = right.data(FleetTableModel::SeverityRole).toInt();
    if (a != b)
        return a > b; // worse first in ascending order
    return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(),
                                       right.data(Qt::DisplayRole).toString()) < 0;
}
