// ClusterSidebar: the saved clusters with their health badges, in collapsible folders by group
// (ClusterTreeModel), and the actions on them (add, edit, remove with confirmation, move up/down
// within a folder, drag and drop onto a folder or between rows, "Move to Group…"; on a folder
// New Group…, Rename Group…, Remove Group). It changes nothing itself: it asks through signals,
// and the tree follows the session's model. Folders open when they first appear and stay as the
// user leaves them.
#pragma once

#include <QModelIndex>
#include <QSet>
#include <QWidget>

#include <functional>

class ClusterListModel;
class ClusterOrderProxyModel;
class ClusterTreeModel;
class QAction;
class QTreeView;
class QToolButton;

class ClusterSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSidebar)

public:
    explicit ClusterSidebar(QWidget *parent = nullptr);

    void setModel(ClusterListModel *model);
    ClusterListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    ClusterTreeModel *treeModel() const { return m_tree; }
    // The folders kept while empty (the session's stored groups).
    void setGroups(const QStringList &paths);

    // Empty when a folder (or nothing) is current.
    QString currentProfileId() const;
    // The current folder's path; empty when a cluster (or nothing) is current.
    QString currentGroup() const;
    void setCurrentGroup(const QString &path);
    // Selects the profile's row (clears the selection for an unknown id).
    void setCurrentProfileId(const QString &profileId);

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    // "Move to Group…" in the list's context menu: the keyboard's way to file a cluster.
    QAction *moveToGroupAction() const { return m_moveToGroupAction; }
    // A folder (inside the current one, if a folder is current).
    QAction *newGroupAction() const { return m_newGroupAction; }
    // On the current folder.
    QAction *renameGroupAction() const { return m_renameGroupAction; }
    QAction *removeGroupAction() const { return m_removeGroupAction; }

    // Asks the user before a removal; returns true to remove. The default shows a question box;
    // tests replace it.
    using ConfirmRemoval = std::function<bool(QWidget *parent, const QString &clusterName)>;
    void setConfirmRemoval(ConfirmRemoval confirm) { m_confirmRemoval = std::move(confirm); }

Q_SIGNALS:
    void currentProfileChanged(const QString &profileId);
    void addRequested();
    void editRequested(const QString &profileId);
    // Already confirmed by the user.
    void removeRequested(const QString &profileId);
    void moveRequested(const QString &profileId, int toRow);
    void moveToGroupRequested(const QString &profileId);
    // A cluster dropped onto a folder (group empty: the top level).
    void groupChangeRequested(const QString &profileId, const QString &group);
    // A folder became current (before currentProfileChanged with an empty id).
    void currentGroupChanged(const QString &path);
    void newGroupRequested(const QString &parentPath);
    void renameGroupRequested(const QString &path);
    void removeGroupRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcons();
    void updateActions();
    void requestRemoval();
    void requestMove(int delta);
    void currentChanged();
    void showContextMenu(const QPoint &position);
    // Opens every folder the user has not closed.
    void applyExpansion(const QModelIndex &parent = {});
    // The cluster `delta` places before (-1) or after (+1) the current one in its folder.
    QModelIndex siblingCluster(int delta) const;

    ClusterListModel *m_model = nullptr;
    ClusterTreeModel *m_tree;
    ClusterOrderProxyModel *m_proxy;
    QTreeView *m_view;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_moveToGroupAction;
    QAction *m_newGroupAction;
    QAction *m_renameGroupAction;
    QAction *m_removeGroupAction;
    QList<QToolButton *> m_buttons;
    ConfirmRemoval m_confirmRemoval;
    QString m_lastCurrentId;
    QString m_lastCurrentGroup;
    QSet<QString> m_collapsed; // folder paths the user closed
};
