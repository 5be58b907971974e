#pragma once
// ResourceDefinition: one external resource as the API reads it (docs/api.md "External
// resources"): an immutable-by-convention value with its revision/ETag. Never holds a secret.

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

struct ResourceDefinition
{
    QString type; // "database", "jdbc", "fileserver", "webservice"
    QString name;
    QString description;
    QJsonObject spec;               // without secret fields (reads never return them)
    QMap<QString, bool> secretsSet; // per secret field of the type: whether one is stored
    qint64 revision = -1;           // -1: not on the server (a resource being created)
    QString etag;                   // the entity tag as sent (with quotes); from revision if absent
    QDateTime updatedAt;            // UTC
    QString updatedBy;

    bool existsOnServer() const { return revision >= 0; }
    // The If-Match value for this version: the ETag header when one came, else "<revision>".
    QByteArray ifMatch() const;

    // The API form ({"type", "name", ..., "secrets": {...}}). Secret fields found in "spec"
    // are dropped rather than kept: a definition never carries a secret.
    static std::optional<ResourceDefinition> fromJson(const QJsonObject &object,
                                                      QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const ResourceDefinition &, const ResourceDefinition &) = default;
};
