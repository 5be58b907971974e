#include "ChangeDiffModel.h"

ChangeDiffModel::ChangeDiffModel(QObject *parent)
    : ValueTableModel(int(Column::Count), {{RawValueRole, "rawValue"}, {ChangedRole, "changed"}},
                      parent)
{}

void ChangeDiffModel::setEntry(const ChangeLogEntry &entry)
{
    m_entry = entry;
    rebuild();
}

void ChangeDiffModel::setChangedOnly(bool changedOnly)
{
    if (changedOnly == m_changedOnly)
        return;
    m_changedOnly = changedOnly;
    rebuild();
}

void ChangeDiffModel::rebuild()
{
    beginResetModel();
    m_rows = m_changedOnly ? ChangeDiff::changedFields(m_entry) : ChangeDiff::fields(m_entry);
    endResetModel();
}

void ChangeDiffModel::retranslate()
{
    // The secret texts are translated values: make them again, then tell the views.
    const QList<ChangeFieldDiff> rows =
        m_changedOnly ? ChangeDiff::changedFields(m_entry) : ChangeDiff::fields(m_entry);
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::Count) - 1);
    if (rows.size() != m_rows.size()) {
        rebuild();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::Before)), index(rowCount() - 1, int(Column::After)),
                         {Qt::DisplayRole});
}

QVariant ChangeDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeFieldDiff &row = m_rows.at(index.row());
    const Column column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        if (column == Column::Field)
            return row.field;
        if (column == Column::Before)
            return row.before;
        return row.after;
    case Qt::ToolTipRole:
        return column == Column::Field ? QVariant() : QVariant(data(index, Qt::DisplayRole));
    case ChangedRole:
        return row.changed;
    default:
        return {};
    }
}

QString ChangeDiffModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Column::Field:
        return tr("Field");
    case Column::Before:
        return tr("Before");
    case Column::After:
        return tr("After");
    case Column::Count:
        break;
    }
    return {};
}
