#include "ResourceTestMatrixModel.h"

ResourceTestMatrixModel::ResourceTestMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ResourceTestMatrixModel::~ResourceTestMatrixModel() = default;

void ResourceTestMatrixModel::reset(const QList<std::pair<QString, QString>> &resources,
                                    const QStringList &nodeIds)
{
    beginResetModel();
    m_resources = resources;
    m_nodeIds = nodeIds;
    m_cells.clear();
    for (const auto &[type, name] : resources) {
        QList<ResourceTestResult> row;
        for (const QString &nodeId : nodeIds) {
            ResourceTestResult pending;
            pending.type = type;
            pending.name = name;
            pending.nodeId = nodeId;
            row.append(pending);
        }
        m_cells.append(row);
    }
    endResetModel();
}

void ResourceTestMatrixModel::setResult(const ResourceTestResult &result)
{
    const int row = int(m_resources.indexOf(std::pair(result.type, result.name)));
    const int column = int(m_nodeIds.indexOf(result.nodeId));
    if (row < 0 || column < 0)
        return;
    m_cells[row][column] = result;
    const QModelIndex cell = index(row, column);
    emit dataChanged(
        cell, cell,
        {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, OkRole, Qt::AccessibleTextRole});
}

ResourceTestResult ResourceTestMatrixModel::result(int row, int column) const
{
    if (row < 0 || row >= m_cells.size() || column < 0 || column >= m_nodeIds.size())
        return {};
    return m_cells.at(row).at(column);
}

int ResourceTestMatrixModel::finishedCount() const
{
    int count = 0;
    for (const auto &row : m_cells) {
        for (const ResourceTestResult &cell : row)
            count += cell.outcome != ResourceTestResult::Outcome::Pending;
    }
    return count;
}

int ResourceTestMatrixModel::failedCount() const
{
    int count = 0;
    for (const auto &row : m_cells) {
        for (const ResourceTestResult &cell : row) {
            count += cell.outcome != ResourceTestResult::Outcome::Pending &&
                     cell.outcome != ResourceTestResult::Outcome::Ok;
        }
    }
    return count;
}

int ResourceTestMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

int ResourceTestMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodeIds.size());
}

QVariant ResourceTestMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResourceTestResult &cell = m_cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.summary();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString details = cell.details();
        return details.isEmpty() ? cell.summary() : details;
    }
    case RawValueRole:
        return int(cell.outcome);
    case OkRole:
        return cell.outcome == ResourceTestResult::Outcome::Pending
                   ? QVariant()
                   : QVariant(cell.outcome == ResourceTestResult::Outcome::Ok);
    default:
        return {};
    }
}

QVariant ResourceTestMatrixModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_nodeIds.size() ? QVariant(m_nodeIds.at(section))
                                                          : QVariant();
    if (section < 0 || section >= m_resources.size())
        return {};
    return m_resources.at(section).first + QLatin1Char('/') + m_resources.at(section).second;
}
