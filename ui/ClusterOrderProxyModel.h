// ClusterOrderProxyModel: the sidebar's cluster tree (ClusterTreeModel) as the view shows it,
// with drag and drop. A drop does not move anything itself: a cluster dropped onto a folder (or
// between the rows of another folder, or at the top level) asks to be filed there
// (groupRequested); dropped between the rows of its own folder it asks to be reordered
// (moveRequested, with its row in the whole list's order). The rows move when the session's
// profiles do.
#pragma once

#include <QIdentityProxyModel>

class ClusterOrderProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterOrderProxyModel)

public:
    static constexpr auto MimeType = "application/x-clusterdesk-profile-id";

    explicit ClusterOrderProxyModel(QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Requests the move and returns false: the view must not remove the dragged row itself.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The cluster's index (searched through the folders); invalid when there is none.
    QModelIndex indexOfProfile(const QString &profileId) const;
    // The row in the list's order a profile at `fromRow` ends up at when put before the one at
    // `insertBefore`.
    static int targetRow(int fromRow, int insertBefore);

Q_SIGNALS:
    void moveRequested(const QString &profileId, int toRow);
    void groupRequested(const QString &profileId, const QString &group);
};
