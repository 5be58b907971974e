// ClusterOrderProxyModel: the cluster list as the sidebar shows it, with drag and drop. A drop
// does not move anything itself: it asks (moveRequested) for the profile to be reordered, and
// the rows move when the session's list model follows the new order.
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
    // QListView's internal move: requests the move; true when it was requested.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

    // The row a profile dropped "before row `insertBefore`" ends up at (-1 = at the end).
    int targetRow(int fromRow, int insertBefore) const;

Q_SIGNALS:
    void moveRequested(const QString &profileId, int toRow);

private:
    QString profileIdAt(int row) const;
};
