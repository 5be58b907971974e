#include "ClusterOrderProxyModel.h"

#include "ClusterTreeModel.h"

#include <QMimeData>

namespace {

bool isGroup(const QModelIndex &index)
{
    return index.data(ClusterTreeModel::IsGroupRole).toBool();
}

int orderOf(const QModelIndex &index)
{
    return index.data(ClusterTreeModel::OrderRole).toInt();
}

} // namespace

ClusterOrderProxyModel::ClusterOrderProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{}

Qt::ItemFlags ClusterOrderProxyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // the top level
    // Folders take clusters; clusters are dragged (a drop onto one lands in front of it).
    return QIdentityProxyModel::flags(index) |
           (isGroup(index) ? Qt::ItemIsDropEnabled : Qt::ItemIsDragEnabled);
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

QMimeData *ClusterOrderProxyModel::mimeData(const QModelIndexList &indexes) const
{
    // One cluster at a time: the list is single-selection, and folders are not dragged.
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !isGroup(index)) {
            auto *data = new QMimeData;
            data->setData(QString::fromLatin1(MimeType),
                          index.data(ClusterListModel::ProfileIdRole).toString().toUtf8());
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

QModelIndex ClusterOrderProxyModel::indexOfProfile(const QString &profileId) const
{
    if (profileId.isEmpty() || rowCount() == 0)
        return {};
    const QModelIndexList found = match(index(0, 0), ClusterListModel::ProfileIdRole, profileId, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QModelIndex() : found.constFirst();
}

int ClusterOrderProxyModel::targetRow(int fromRow, int insertBefore)
{
    return insertBefore > fromRow ? insertBefore - 1 : insertBefore;
}

bool ClusterOrderProxyModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(QString::fromLatin1(MimeType)));
    const QModelIndex dragged = indexOfProfile(id);
    if (!dragged.isValid())
        return false;
    // Onto a cluster: in front of it, in its folder. Else between the rows of `parent`.
    const bool ontoCluster = parent.isValid() && !isGroup(parent);
    const QModelIndex folder = ontoCluster ? parent.parent() : parent;
    const QString group = folder.data(ClusterTreeModel::GroupPathRole).toString();
    if (group != dragged.data(ClusterTreeModel::GroupPathRole).toString()) {
        Q_EMIT groupRequested(id, group);
        return false;
    }
    // The same folder: the first cluster at or after the drop row goes after it.
    int insertBefore = -1;
    int last = -1;
    const int first = ontoCluster ? parent.row() : (row < 0 ? rowCount(folder) : row);
    for (int i = 0; i < rowCount(folder); ++i) {
        const QModelIndex child = index(i, 0, folder);
        if (isGroup(child))
            continue;
        last = orderOf(child);
        if (i >= first && insertBefore < 0)
            insertBefore = last;
    }
    if (insertBefore < 0)
        insertBefore = last + 1;
    const int from = orderOf(dragged);
    const int to = targetRow(from, insertBefore);
    if (to != from)
        Q_EMIT moveRequested(id, to);
    return false;
}
