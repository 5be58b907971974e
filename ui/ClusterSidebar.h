// ClusterSidebar: the saved clusters with their health badges, and the actions on them (add,
// edit, remove with confirmation, move up/down, drag and drop). It changes nothing itself: it
// asks through signals, and the list follows the session's model.
#pragma once

#include <QWidget>

#include <functional>

class ClusterListModel;
class ClusterOrderProxyModel;
class QAction;
class QListView;
class QToolButton;

class ClusterSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSidebar)

public:
    explicit ClusterSidebar(QWidget *parent = nullptr);

    void setModel(ClusterListModel *model);
    ClusterListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    QString currentProfileId() const;
    // Selects the profile's row (clears the selection for an unknown id).
    void setCurrentProfileId(const QString &profileId);

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *moveUpAction() const { return m_moveUpAction; }
    QAction *moveDownAction() const { return m_moveDownAction; }
    // "Move to Group…" in the list's context menu: the keyboard's way to file a cluster.
    QAction *moveToGroupAction() const { return m_moveToGroupAction; }

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcons();
    void updateActions();
    void requestRemoval();
    void requestMove(int delta);
    int currentRow() const;

    ClusterListModel *m_model = nullptr;
    ClusterOrderProxyModel *m_proxy;
    QListView *m_view;
    QAction *m_addAction;
    QAction *m_editAction;
    QAction *m_removeAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_moveToGroupAction;
    QList<QToolButton *> m_buttons;
    ConfirmRemoval m_confirmRemoval;
    QString m_lastCurrentId;
};
