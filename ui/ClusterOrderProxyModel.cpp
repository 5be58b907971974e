#include "ClusterOrderProxyModel.h"

#include "ClusterListModel.h"

#include <QMimeData>

ClusterOrderProxyModel::ClusterOrderProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

Qt::ItemFlags ClusterOrderProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never onto one
    return QIdentityProxyModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions ClusterOrderProxyModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ClusterOrderProxyModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList ClusterOrderProxyModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QString ClusterOrderProxyModel::profileIdAt(int row) const
{
    return index(row, 0).data(ClusterListModel::ProfileIdRole).toString();
}

QMimeData *ClusterOrderProxyModel::mimeData(const QModelIndexList &indexes) const
{
    // One profile at a time: the list is single-selection.
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType), profileIdAt(index.row()).toUtf8());
            return data;
        }
    }
    return nullptr;
}

bool ClusterOrderProxyModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                             const QModelIndex &) const
{
    return data && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(MimeType));
}

int ClusterOrderProxyModel::targetRow(int fromRow, int insertBefore) const
{
    const int rows = rowCount();
    if (insertBefore < 0 || insertBefore > rows)
        insertBefore = rows;
    return insertBefore > fromRow ? insertBefore - 1 : insertBefore;
}

bool ClusterOrderProxyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)));
    int from = -1;
    for (int i = 0; i < rowCount(); ++i) {
        if (profileIdAt(i) == id)
            from = i;
    }
    if (from < 0)
        return false;
    // Dropped onto an item: in front of it.
    const int before = parent.isValid() ? parent.row() : row;
    const int to = targetRow(from, before);
    if (to != from)
        Q_EMIT moveRequested(id, to);
    return false;
}

bool ClusterOrderProxyModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                      const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= rowCount())
        return false;
    const int to = targetRow(sourceRow, destinationChild);
    if (to != sourceRow)
        Q_EMIT moveRequested(profileIdAt(sourceRow), to);
    return true;
}
