#pragma once
// ValueTableModel: what the table models that hold one value per row share: the rows, the row
// and column counts (a fixed number of columns), the value at a row, the horizontal titles
// (columnTitle()), the role names with the model's own, and the signals after a language
// change. Holds values, no I/O.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

template<typename Row> class ValueTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            section >= m_columnCount)
            return QAbstractTableModel::headerData(section, orientation, role);
        return columnTitle(section);
    }
    QHash<int, QByteArray> roleNames() const override
    {
        QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
        names.insert(m_roleNames);
        return names;
    }

    // The value at `row`; nullopt outside the rows.
    std::optional<Row> rowAt(int row) const
    {
        if (row < 0 || row >= m_rows.size())
            return std::nullopt;
        return m_rows.at(row);
    }

protected:
    // `roleNames`: the model's own roles by name, for roleNames().
    ValueTableModel(int columnCount, QHash<int, QByteArray> roleNames, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
        , m_roleNames(std::move(roleNames))
    {}

    // The title of a column in 0..columnCount - 1, in the current language.
    virtual QString columnTitle(int column) const = 0;

    // Every row replaced (a model reset).
    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    // After a language change: every title, and `roles` of every cell, changed.
    void textsChanged(const QList<int> &roles)
    {
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1), roles);
    }

    QList<Row> m_rows;

private:
    const int m_columnCount;
    const QHash<int, QByteArray> m_roleNames;
};
