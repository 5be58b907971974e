#include "ChangeLogModel.h"

namespace {

constexpr int columnCountValue = int(ChangeLogModel::Column::Count);

} // namespace

ChangeLogModel::ChangeLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

std::optional<ChangeLogEntry> ChangeLogModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row);
}

void ChangeLogModel::setEntries(const QList<ChangeLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ChangeLogModel::appendOlder(const QList<ChangeLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

void ChangeLogModel::prependNewer(const QList<ChangeLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, 0, int(entries.size()) - 1);
    m_entries = entries + m_entries;
    endInsertRows();
}

void ChangeLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCountValue - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCountValue - 1),
                         {Qt::DisplayRole});
}

int ChangeLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnCountValue;
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLogEntry &entry = m_entries.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Revision:
            return QString::number(entry.revision);
        case Column::Time:
            return entry.time.isValid()
                       ? entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : tr("—");
        case Column::User:
            return entry.user.isEmpty() ? tr("—") : entry.user;
        case Column::Operation:
            return ChangeLogText::operation(entry.operation);
        case Column::ResourceType:
            return ChangeLogText::resourceType(entry.resourceType);
        case Column::ResourceName:
            return entry.name;
        case Column::Count:
            break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Column::Revision:
            return entry.revision;
        case Column::Time:
            return entry.time.isValid() ? QVariant(entry.time.toMSecsSinceEpoch()) : QVariant();
        case Column::User:
            return entry.user;
        case Column::Operation:
            return entry.operation;
        case Column::ResourceType:
            return entry.resourceType;
        case Column::ResourceName:
            return entry.name;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Time && entry.time.isValid())
            return entry.time.toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Revision)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ChangeLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCountValue)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Revision:
        return tr("Revision");
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Operation:
        return tr("Change");
    case Column::ResourceType:
        return tr("Resource type");
    case Column::ResourceName:
        return tr("Resource");
    case Column::Count:
        break;
    }
    return {};
}

QHash<int, QByteArray> ChangeLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    return names;
}
