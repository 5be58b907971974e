// LocalStoreNodeKeys: maps a (cluster id, node id) pair to the small integer key that the
// store's samples and last-up times are kept under, remembering the map between poll cycles.
#pragma once

#include <QHash>
#include <QString>

#include <optional>

class QSqlDatabase;

class LocalStoreNodeKeys final
{
public:
    // The node's key, added to node_keys when it is new. Call inside the caller's transaction;
    // if that transaction rolls back, call clear(): keys added in it are gone from the file.
    std::optional<qint64> key(const QSqlDatabase &database, const QString &clusterId,
                              const QString &nodeId, QString *error);
    // After the cluster's rows were deleted.
    void forget(const QString &clusterId) { m_keys.remove(clusterId); }
    void clear() { m_keys.clear(); }

private:
    // cluster id -> node id -> key; a cluster is loaded whole on its first use.
    QHash<QString, QHash<QString, qint64>> m_keys;
};
