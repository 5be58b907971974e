#include "ChangeLogModel.h"

ChangeLogModel::ChangeLogModel(QObject *parent)
    : ValueTableModel(int(Column::Count), {{RawValueRole, "rawValue"}}, parent)
{}

void ChangeLogModel::setEntries(const QList<ChangeLogEntry> &entries)
{
    resetRows(entries);
}

void ChangeLogModel::appendOlder(const QList<ChangeLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(entries.size()) - 1);
    m_rows.append(entries);
    endInsertRows();
}

void ChangeLogModel::prependNewer(const QList<ChangeLogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, 0, int(entries.size()) - 1);
    m_rows = entries + m_rows;
    endInsertRows();
}

void ChangeLogModel::retranslate()
{
    textsChanged({Qt::DisplayRole});
}

QVariant ChangeLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeLogEntry &entry = m_rows.at(index.row());
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

QString ChangeLogModel::columnTitle(int column) const
{
    switch (Column(column)) {
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
