#include "LocalStoreNodeKeys.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

std::optional<qint64> LocalStoreNodeKeys::key(const QSqlDatabase &database,
                                              const QString &clusterId, const QString &nodeId,
                                              QString *error)
{
    auto failed = [&](const QSqlQuery &query) -> std::optional<qint64> {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    };
    auto cluster = m_keys.find(clusterId);
    if (cluster == m_keys.end()) {
        // One query per cluster per store session instead of one per node per cycle.
        QSqlQuery load(database);
        load.setForwardOnly(true);
        if (!load.prepare(
                QStringLiteral("SELECT node_id, key FROM node_keys WHERE cluster_id = ?")))
            return failed(load);
        load.addBindValue(clusterId);
        if (!load.exec())
            return failed(load);
        QHash<QString, qint64> nodes;
        while (load.next())
            nodes.insert(load.value(0).toString(), load.value(1).toLongLong());
        cluster = m_keys.insert(clusterId, nodes);
    }
    const auto known = cluster->constFind(nodeId);
    if (known != cluster->cend())
        return *known;
    QSqlQuery insert(database);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO node_keys (cluster_id, node_id) VALUES (?, ?)")))
        return failed(insert);
    insert.addBindValue(clusterId);
    insert.addBindValue(nodeId);
    if (!insert.exec())
        return failed(insert);
    const qint64 key = insert.lastInsertId().toLongLong();
    cluster->insert(nodeId, key);
    return key;
}
