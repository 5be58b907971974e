#pragma once
// ClusterTreeModel: the saved clusters as the sidebar shows them, in folders by their group
// path ("EMEA/Production" is the folder "Production" inside "EMEA"), clusters without a group at
// the top level. Folders come first at each level, by name; clusters keep the list's order.
// A folder row tells the truth while collapsed: "EMEA (5, 1 critical)", its worst state and the
// counts of what it holds. Values only: it follows a ClusterListModel (the clusters and their
// states) and the groups kept while empty (setGroups()), and does no I/O.
//
// Cluster rows answer every ClusterListModel role (forwarded); folder rows answer NameRole, the
// display text, the tooltip, WorstSeverityRole and HasSnapshotRole (over their clusters) and the
// roles below. A change of the tree's shape (a cluster added, removed, reordered or moved to
// another group, a group added) is one layout change that keeps persistent indexes (selection,
// expanded folders) on the same folder or cluster; a poll is a narrow dataChanged on the
// cluster's row and its folders.

#include "ClusterListModel.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

class ClusterTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterTreeModel)

public:
    enum ItemRole {
        IsGroupRole = ClusterListModel::GroupRole + 1, // bool: a folder row
        GroupPathRole,     // QString: a folder's own path; a cluster's group (empty: top level)
        ClusterCountRole,  // int: the clusters in a folder and its subfolders; 1 for a cluster
        CriticalCountRole, // int: of those, unreachable or with a critical finding
        WarningCountRole,  // int: of those, with a warning or waiting for a password
        OrderRole,         // int: a cluster's row in the list's order; -1 for a folder
        GroupSummaryRole,  // QString: a folder's counts, "(5, 1 critical)"; empty for a cluster
    };
    Q_ENUM(ItemRole)

    explicit ClusterTreeModel(QObject *parent = nullptr);
    ~ClusterTreeModel() override;

    // Not owned. Null empties the tree.
    void setSourceModel(ClusterListModel *source);
    ClusterListModel *sourceModel() const { return m_source; }
    // Folders shown even while empty (the store's groups); their parents are folders too.
    void setGroups(const QStringList &paths);
    QStringList groups() const { return m_groups; }

    QModelIndex indexOfProfile(const QString &profileId) const;
    QModelIndex indexOfGroup(const QString &path) const;
    // Every folder path in the tree (with parents), sorted: what "Move to Group…" offers.
    QStringList groupPaths() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;
    struct Tally;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    std::unique_ptr<Node> buildTree() const;
    // Rebuilds the tree inside one layout change, moving persistent indexes by identity.
    void rebuild();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    Tally tally(const Node *node) const;
    QVariant groupData(const Node *node, int role) const;

    QPointer<ClusterListModel> m_source;
    QStringList m_groups;
    std::unique_ptr<Node> m_root;
    QList<QMetaObject::Connection> m_connections;
};
