#include "ResourceDiffModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kFixedColumns = int(ResourceDiffModel::Column::FirstCluster);
} // namespace

ResourceDiffModel::ResourceDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ResourceDiffModel::setResult(const ResourceDiffResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void ResourceDiffModel::clear()
{
    setResult({});
}

const ResourceDiffRow *ResourceDiffModel::rowAt(int row) const
{
    return row >= 0 && row < m_result.rows.size() ? &m_result.rows.at(row) : nullptr;
}

QString ResourceDiffModel::agreementText(SecretAgreement agreement)
{
    switch (agreement) {
    case SecretAgreement::Unset:
        return tr("unset");
    case SecretAgreement::SetOnSome:
        return tr("set on some only");
    case SecretAgreement::Equal:
        return tr("set on all, equal");
    case SecretAgreement::Different:
        return tr("set on all, different");
    case SecretAgreement::CannotTell:
        break;
    }
    return tr("set on all, cannot tell");
}

QString ResourceDiffModel::secretsText(const ResourceDiffRow &row)
{
    // With the resource on one cluster only there is nothing to compare a secret with.
    const bool single = std::count_if(row.cells.cbegin(), row.cells.cend(), [](auto cell) {
                            return cell != ResourceDiffRow::Cell::Absent;
                        }) <= 1;
    QStringList parts;
    for (auto it = row.secrets.begin(); it != row.secrets.end(); ++it) {
        const QString text = !single                                ? agreementText(it.value())
                             : it.value() == SecretAgreement::Unset ? tr("not set")
                                                                    : tr("set");
        parts.append(tr("%1: %2").arg(it.key(), text));
    }
    return parts.join(u"; "_s);
}

QString ResourceDiffModel::statusText(const ResourceDiffRow &row, const QStringList &clusters)
{
    switch (row.status) {
    case ResourceDiffRow::Status::Identical:
        return row.secretsUncertain() ? tr("identical (secrets: cannot tell)") : tr("identical");
    case ResourceDiffRow::Status::Differs:
        return tr("differs");
    case ResourceDiffRow::Status::Partial:
        break;
    }
    QStringList in;
    for (int i = 0; i < row.cells.size() && i < clusters.size(); ++i) {
        if (row.cells.at(i) != ResourceDiffRow::Cell::Absent)
            in.append(clusters.at(i));
    }
    return tr("only in %1").arg(in.join(u", "_s));
}

int ResourceDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int ResourceDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_result.clusters.size());
}

QVariant ResourceDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceDiffRow &row = m_result.rows.at(index.row());
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
            return statusText(row, m_result.clusters);
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
            return secretsText(row);
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

QVariant ResourceDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= kFixedColumns)
        return m_result.clusters.at(section - kFixedColumns);
    switch (Column(section)) {
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

QHash<int, QByteArray> ResourceDiffModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(StateRole, "state");
    names.insert(KeyRole, "key");
    return names;
}
