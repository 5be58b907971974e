#pragma once
// Filters the fleet table by text (cluster name or its state in words) and sorts it by the raw
// values under FleetTableModel::RawValueRole; the Cluster column sorts worst first (critical,
// warning, info, ok), then by name, so the clusters that need the user come to the top. A group
// filter keeps one folder of clusters.

#include "TextFilterProxyModel.h"

class FleetFilterProxyModel final : public TextFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetFilterProxyModel)

public:
    explicit FleetFilterProxyModel(QObject *parent = nullptr);

    // Only the clusters in `group` or a folder inside it (FleetSummary::inGroup); empty: all.
    void setGroup(const QString &group);
    QString group() const { return m_group; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_group;
};
