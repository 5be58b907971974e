#include "ResourceDiffModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kFixedColumns = int(ResourceDiffModel::Column::FirstCluster);
} // namespace

ResourceDiffModel::ResourceDiffModel(QObject *parent)
    : ValueTableModel(kFixedColumns,
                      {{RawValueRole, "rawValue"}, {StateRole, "state"}, {KeyRole, "key"}}, parent)
{}

void ResourceDiffModel::setResult(const ResourceDiffResult &result)
{
    m_clusters = result.clusters;
    resetRows(result.rows, kFixedColumns + int(result.clusters.size()));
}

void ResourceDiffModel::clear()
{
    setResult({});
}

QVariant ResourceDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceDiffRow &row = m_rows.at(index.row());
    if (role == KeyRole)
        return ResourceDiff::key(row.type, row.name);
    if (index.column() >= kFixedColumns)
        return clusterData(row, index.column() - kFixedColumns, role);
    const auto column = Column(index.column());
    switch (column) {
    case Column::Type:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return row.type;
        break;
    case Column::Name:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return row.name;
        break;
    case Column::Status:
        if (role == Qt::DisplayRole)
            return ResourceDiffText::status(row, m_clusters);
        if (role == RawValueRole || role == StateRole)
            return int(row.status);
        break;
    case Column::Fields:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.differingFields.join(u", "_s);
        if (role == RawValueRole)
            return int(row.differingFields.size());
        break;
    case Column::Secrets:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return ResourceDiffText::secrets(row);
        if (role == RawValueRole)
            return row.secretsUncertain() ? 1 : 0;
        break;
    case Column::FirstCluster:
        break;
    }
    return {};
}

QVariant ResourceDiffModel::clusterData(const ResourceDiffRow &row, int cluster, int role) const
{
    if (cluster >= row.cells.size())
        return {};
    const ResourceDiffRow::Cell cell = row.cells.at(cluster);
    switch (role) {
    case Qt::DisplayRole:
        switch (cell) {
        case ResourceDiffRow::Cell::Absent:
            return tr("missing");
        case ResourceDiffRow::Cell::Same:
            return row.status == ResourceDiffRow::Status::Identical ? tr("identical")
                                                                    : tr("as reference");
        case ResourceDiffRow::Cell::Different:
            return tr("differs");
        }
        break;
    case Qt::ToolTipRole:
        if (cell == ResourceDiffRow::Cell::Different)
            return tr("Differs in: %1").arg(row.differingFields.join(u", "_s));
        return {};
    case RawValueRole:
    case StateRole:
        return int(cell);
    default:
        break;
    }
    return {};
}

QString ResourceDiffModel::columnTitle(int column) const
{
    if (column >= kFixedColumns)
        return m_clusters.at(column - kFixedColumns);
    switch (Column(column)) {
    case Column::Type:
        return tr("Type");
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("State");
    case Column::Fields:
        return tr("Differing fields");
    case Column::Secrets:
        return tr("Secrets");
    case Column::FirstCluster:
        break;
    }
    return {};
}
