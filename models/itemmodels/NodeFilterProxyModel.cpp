#include "NodeFilterProxyModel.h"

#include "Finding.h"
#include "NodeTableModel.h"

NodeFilterProxyModel::NodeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NodeTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void NodeFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

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
    if (m_filterText.isEmpty())
        return true;
    const QModelIndex stateCell =
        source->index(sourceRow, int(NodeTableModel::Column::State), sourceParent);
    const QString haystack[] = {nodeCell.data(Qt::DisplayRole).toString(),
                                nodeCell.data(NodeTableModel::NodeIdRole).toString(),
                                stateCell.data(Qt::DisplayRole).toString()};
    for (const QString &text : haystack) {
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool NodeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    // Unknown values (no answer, not measured) sort after every known value.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return a.toDouble() < b.toDouble();
}
