#pragma once
// TextFilterProxyModel: what the node and fleet tables' proxies share. Rows are kept when one of
// their texts contains the filter text (case-insensitive, trimmed); columns sort by the source
// model's raw-value role rather than by the formatted text, unknown values last.

#include <QSortFilterProxyModel>
#include <QStringList>

class TextFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextFilterProxyModel)

public:
    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    // `rawValueRole`: the source model's role that holds each cell's sortable value.
    TextFilterProxyModel(int rawValueRole, QObject *parent);

    // True without a filter text, or when one of `texts` contains it.
    bool matchesFilterText(const QStringList &texts) const;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
};
