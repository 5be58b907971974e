#pragma once
// DefinitionsFile: a cluster's resource definitions as a versioned JSON document
// ({"format": "clusterdesk-resources", "version": 1, ...}) and back. Secrets are never written:
// each resource lists the secret fields it had set under "secretsNeeded". Import validates
// everything with ResourceSchema and names the first problem by its JSON path.

#include "ResourceDefinition.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct DefinitionsFile
{
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    QString cluster;      // where it was exported from (informational)
    QDateTime exportedAt; // UTC
    // Without revisions; secretsSet[field] is true where a value is needed.
    QList<ResourceDefinition> resources;

    // A file of these definitions from `cluster`, stamped now: what every export writes.
    static DefinitionsFile exportOf(const QString &cluster,
                                    const QList<ResourceDefinition> &resources);

    QStringList secretsNeeded() const; // "jdbc/orders-db: password", for messages

    QByteArray toJson() const; // indented, resources sorted by type and name
    // Nullopt with `error` like "resources[2].spec.port: must be 1..65535".
    static std::optional<DefinitionsFile> fromJson(const QByteArray &data, QString *error);

    static bool write(const QString &path, const DefinitionsFile &file, QString *error);
    static std::optional<DefinitionsFile> read(const QString &path, QString *error);
};
