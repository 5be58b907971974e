#include "FleetFilterProxyModel.h"

#include "Finding.h"
#include "FleetTableModel.h"

FleetFilterProxyModel::FleetFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void FleetFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool FleetFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex cluster =
        source->index(sourceRow, int(FleetTableModel::Column::Cluster), sourceParent);
    const auto severity = Severity(cluster.data(FleetTableModel::SeverityRole).toInt());
    // "crit", "warn" or a part of the name.
    for (const QString &text : {cluster.data(Qt::DisplayRole).toString(), severityText(severity),
                                severityKey(severity)}) {
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool FleetFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == int(FleetTableModel::Column::Cluster)) {
        const int a = left.data(FleetTableModel::SeverityRole).toInt();
        const int b = right.data(FleetTableModel::SeverityRole).toInt();
        if (a != b)
            return a > b; // worse first in ascending order
        return QString::localeAwareCompare(left.data(Qt::DisplayRole).toString(),
                                           right.data(Qt::DisplayRole).toString()) < 0;
    }
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values (not polled, not counted) sort after every known value.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}
