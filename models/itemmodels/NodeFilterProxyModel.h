#pragma once
// Filters the node table by text (node name, id, state) and to "problems only", and sorts it by
// the raw values under NodeTableModel::RawValueRole rather than by the formatted text.

#include "TextFilterProxyModel.h"

class NodeFilterProxyModel final : public TextFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeFilterProxyModel)

public:
    explicit NodeFilterProxyModel(QObject *parent = nullptr);

    // Only nodes with a warning or worse anywhere in their row.
    bool problemsOnly() const { return m_problemsOnly; }
    void setProblemsOnly(bool problemsOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_problemsOnly = false;
};
