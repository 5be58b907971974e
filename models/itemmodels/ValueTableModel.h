#pragma once
// ValueTableModel: what the table models that hold one value per row share: the rows, the row
// and column counts (columns fixed, or set anew with the rows), the value at a row, the
// horizontal titles and their tooltips, the role names with the model's own, and the signals after
// a language change. Holds values, no I/O.

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
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount ||
            (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QAbstractTableModel::headerData(section, orientation, role);
        return role == Qt::DisplayRole ? QVariant(columnTitle(section)) : columnToolTip(section);
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
    // What the title's tooltip explains, if anything.
    virtual QVariant columnToolTip(int /*column*/) const { return {}; }

    // Every row replaced (a model reset).
    void resetRows(QList<Row> rows) { resetRows(std::move(rows), m_columnCount); }
    // The same where the columns follow the rows (one per compared cluster, say).
    void resetRows(QList<Row> rows, int columnCount)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_columnCount = columnCount;
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
    int m_columnCount;
    const QHash<int, QByteArray> m_roleNames;
};
